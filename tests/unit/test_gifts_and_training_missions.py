"""Stop 23: equipment handed over "as a gift", "free of cost" or "under a military aid grant" is
aid (072), not a sale or a transfer; patrol boats, vessels and ships "handed ... to" another state
are a transfer; a state that quits or leaves a bloc rejects it; "at the weekend" is dated. Text
written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan on Thursday handed over the patrol vessel Kaimana to Fiji as a gift.",
        "Japan on Thursday handed over two coastal radars to Fiji free of cost.",
        "Japan on Thursday delivered two patrol boats to Fiji under its military aid programme.",
    ],
)
def test_a_gift_handed_over_is_aid(sentence):
    assert typed_events(f"Report\n\n{sentence}\n", dt.date(2021, 4, 10)) == [
        ("AID", "2021-04-08", ("FJI", "JPN"))
    ]


def test_patrol_boats_handed_to_a_coast_guard_are_a_transfer():
    assert typed_events(
        "Report\n\nSpain handed four refurbished patrol boats to Morocco's coast guard on Monday.\n",
        dt.date(2021, 4, 10),
    ) == [("COOPERATE", "2021-04-05", ("ESP", "MAR"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gabon quit ECCAS on Saturday.", [("REJECT", "2023-12-02", ("GAB",))]),
        ("Chad left the G5 Sahel in May last year.", [("REJECT", "2022-05", ("TCD",))]),
        (
            "On Saturday, Chad and Niger said they were quitting the G5 Sahel.",
            [("REJECT", "2023-12-02", ("NER", "TCD"))],
        ),
        # a standing fact told in passing, a summit left, another verb: no rejection
        ("Trade has fallen since Britain left the EU.", []),
        ("Macron left the EU summit early on Friday.", []),
    ],
)
def test_a_state_that_quits_a_bloc_rejects_it(sentence, expected):
    assert typed_events(f"Report\n\n{sentence}\n", dt.date(2023, 12, 5)) == expected


def test_at_the_weekend_is_the_month_of_the_weekend_before_the_report():
    assert typed_events(
        "Report\n\nAt the weekend, Chad and Niger announced their withdrawal from ECOWAS.\n",
        dt.date(2024, 1, 2),
    ) == [("REJECT", "2023-12", ("NER", "TCD"))]
