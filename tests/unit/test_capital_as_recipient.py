"""Stop 28: a seat of government that receives a sale, an export or a protest ("sold 24 jets to
Canberra", "protested to Hanoi") stands for its government, where "flew to Hanoi" or "sent troops
to Kabul" name a place. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sweden sold 24 Gripen fighter jets to Bangkok in 2011.",
            [("COOPERATE", "2011", ("SWE", "THA"))],
        ),
        (
            "Manila protested to Hanoi on Monday over the new outpost.",
            [("PROTEST", "2024-03-04", ("PHL", "VNM"))],
        ),
        (
            "Pakistan sent troops to Kabul on Monday.",
            [("MOBILIZE", "2024-03-04", ("PAK",))],
        ),
    ],
)
def test_capital_as_recipient(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected
