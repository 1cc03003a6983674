"""Stop 28: a state that evacuates its diplomats or embassy staff from another state pulls out of
it (RETREAT); evacuating its citizens still moves its forces. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Canada evacuated its diplomats from Haiti on Tuesday.",
            [("RETREAT", "2024-03-05", ("CAN", "HTI"))],
        ),
        (
            "Kenya evacuated its embassy staff from South Sudan on Tuesday.",
            [("RETREAT", "2024-03-05", ("KEN", "SSD"))],
        ),
        (
            "Egypt evacuated 2,000 of its citizens from Libya on Tuesday.",
            [("MOBILIZE", "2024-03-05", ("EGY", "LBY"))],
        ),
    ],
)
def test_embassy_evacuations(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected
