"""Stop 23: a navy or coast guard that boards another state's boats, vessels, trawlers or tankers
coerces it (COERCE 170); a boarding with knives, axes or injuries is an attack (ASSAULT 180); a
minister who boards a plane does nothing to anybody. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Indonesian Navy boarded and inspected six Vietnamese fishing boats off Natuna on Tuesday.",
            [("COERCE", "2012-04-10", ("IDN", "VNM"))],
        ),
        (
            "On Tuesday, Vietnamese coast guard personnel wielding knives boarded Indonesian patrol boats, injuring two sailors.",
            [("ASSAULT", "2012-04-10", ("IDN", "VNM"))],
        ),
        ("The Indonesian minister boarded a plane to Hanoi on Tuesday.", []),
    ],
)
def test_boardings(sentence, expected):
    assert typed_events(f"Report\n\n{sentence}\n", dt.date(2012, 4, 12)) == expected
