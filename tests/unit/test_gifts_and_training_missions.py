"""Stop 23: equipment handed over "as a gift", "free of cost" or "under a military aid grant" is
aid (072), not a sale or a transfer; patrol boats, vessels and ships "handed ... to" another state
are a transfer. Text written for the tests."""

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
