"""Stops 19 and 20: borders closed with a neighbour, visas revoked or cancelled, imports restricted and
sanctions imposed in reply ("retaliated by sanctioning") are sanctions; a border closed with no
neighbour named is not. Stop 20: ambassadors "called home", airspace closed "to" a state's aircraft,
"links" cut, forces "ordered out", recalls in the base form after a decision. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Costa Rica on Friday closed its land, sea and air borders with Nicaragua.",
            ("SANCTION", "2022-01-28", ("CRI", "NIC")),
        ),
        (
            "On 3 May the State Department revoked the visa of a Guatemalan judge, Guatemala said.",
            ("SANCTION", "2021-05-03", ("GTM", "USA")),
        ),
        (
            "Ankara cancelled the visas of two Greek journalists on Tuesday (the day of this report).",
            ("SANCTION", "2022-02-01", ("GRC", "TUR")),
        ),
        (
            "Rome responded days later by restricting imports of Tunisian olive oil.",
            ("SANCTION", "2022-02", ("ITA", "TUN")),
        ),
        (
            "Three days later, Beijing retaliated by sanctioning Lithuanian deputy minister Agnė Vaiciukevičiūtė.",
            ("SANCTION", "2022-02", ("CHN", "LTU")),
        ),
    ],
)
def test_sanction_wordings(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2022, 2, 1)) == [expected]


def test_a_border_closed_with_no_neighbour_named_is_no_sanction():
    text = (
        "Report\n\nThe Fijian prime minister arrived in Wellington, the first visit by a foreign leader "
        "to New Zealand since it closed its borders.\n"
    )
    assert all(e[0] != "SANCTION" for e in typed_events(text, dt.date(2022, 2, 1)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bahrain reopened its embassy in Doha in January 2021.",
            ("SUPPORT", "2021-01", ("BHR", "QAT")),
        ),
        (
            "Morocco opened its embassy in Tel Aviv on Wednesday.",
            ("COOPERATE", "2022-01-26", ("ISR", "MAR")),
        ),
    ],
)
def test_an_embassy_opened_in_a_capital_has_that_state_as_its_other_party(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2022, 2, 1)) == [expected]


def test_fighters_scrambled_to_intercept_a_foreign_plane_are_a_coercion():
    text = "Report\n\nDanish F-16s scrambled to intercept a Russian Il-20 over the Baltic on Monday.\n"
    assert typed_events(text, dt.date(2022, 2, 1)) == [("COERCE", "2022-01-31", ("DNK", "RUS"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rabat announced on Monday that its ambassadors in Tunis and Tripoli were being called home"
            " for consultations.",
            ("SANCTION", "2025-04-07", ("LBY", "MAR", "TUN")),
        ),
        (
            "Niger responded late on Monday by closing its own airspace to Beninese aircraft.",
            ("SANCTION", "2025-04-07", ("BEN", "NER")),
        ),
        (
            "Kuwait, Oman and Jordan cut diplomatic, trade and travel links with Beirut in May 2019.",
            ("SANCTION", "2019-05", ("JOR", "KWT", "LBN", "OMN")),
        ),
        (
            "Bishkek then ordered Russian forces out of the Kant air base in 2014.",
            ("SANCTION", "2014", ("KGZ", "RUS")),
        ),
        (
            "The leaders of Ghana and Togo decided to recall the ambassadors accredited to Burkina Faso.",
            ("SANCTION", "2025-04", ("BFA", "GHA", "TGO")),
        ),
    ],
)
def test_recalls_airspace_closures_cut_links_and_forces_ordered_out(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2025, 4, 8)) == [expected]


def test_a_recall_to_come_is_no_sanction():
    assert (
        typed_events("Report\n\nPeru plans to recall its ambassador to Mexico.\n", dt.date(2025, 4, 8)) == []
    )
