"""Stop 20: what a state is urging others to do, and what officials expect or fear, has not
happened; "long-expected" before a deal does not make its signing a plan. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 4, 15)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's foreign minister said Sunday that he had written to 20 countries urging them to impose"
        " sanctions on Sudan's army.",
        "Ghanaian officials said on Friday they expected a Togolese strike on Ghana within days.",
        "Diplomats fear more expulsions of Latvian envoys from Moscow.",
    ],
)
def test_urged_expected_or_feared_acts_are_no_events(sentence):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == []


def test_a_long_expected_deal_that_was_signed_is_an_event():
    assert typed_events(
        "Report\n\nThe long-expected deal was signed by Chile and Peru on Monday.\n", DAY
    ) == [("AGREE", "2024-04-15", ("CHL", "PER"))]
