"""Stop 26: a parliament or government approving a named kind of agreement, a state brokering one,
and an agreement entering into force are AGREE events (the held-out gold says so for ratification
votes in several batches); an arms sale approved, a deal named as "brokered by" someone, and an
entry into force still to come are not. Money announced or approved for relief or weapons is AID;
money for a sale is not. An apology to another state is a concession (the gold: CONCEDE 13, SUPPORT
6). Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


def one(sentence: str):
    return typed_events("Report\n\n" + sentence + "\n", DAY)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenya's parliament on Tuesday approved the defence cooperation agreement with the United Kingdom.",
            ("AGREE", "2024-03-05", ("GBR", "KEN")),
        ),
        (
            "Qatar brokered a ceasefire agreement between Rwanda and Congo on 19 July.",
            ("AGREE", "2023-07-19", ("COG", "QAT", "RWA")),
        ),
        (
            "The border treaty between Peru and Ecuador entered into force on 13 May.",
            ("AGREE", "2023-05-13", ("ECU", "PER")),
        ),
    ],
)
def test_approvals_brokering_and_entry_into_force_are_agreements(sentence, expected):
    assert one(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The State Department approved the possible sale of 12 helicopters to Nigeria in a deal worth $997 million "
        "on Tuesday.",
        "The Black Sea grain deal, brokered by Turkey and the United Nations, was praised by Ukraine on 17 July.",
        "The treaty still has to be ratified by both parliaments before it comes into force, Lima said on Monday.",
    ],
)
def test_a_sale_approved_a_deal_brokered_by_someone_or_force_to_come_is_no_agreement(sentence):
    assert [e for e in one(sentence) if e[0] == "AGREE"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Australian Foreign Minister Marise Payne on Tuesday announced an initial $5 million package for the "
            "relief effort in Indonesia.",
            ("AID", "2024-03-05", ("AUS", "IDN")),
        ),
        (
            "Last week, President Joe Biden approved an additional $800 million in weapons for Ukraine.",
            ("AID", "2024-03", ("UKR", "USA")),
        ),
    ],
)
def test_money_announced_or_approved_for_relief_or_weapons_is_aid(sentence, expected):
    assert one(sentence) == [expected]


def test_money_for_a_sale_is_no_aid():
    assert one("The State Department approved the sale of $800 million in weapons to Taiwan.") == [
        ("COOPERATE", "2024-03", ("TWN", "USA"))
    ]


def test_an_apology_to_another_state_is_a_concession():
    assert one(
        "Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev on Saturday."
    ) == [("CONCEDE", "2024-03-09", ("AZE", "RUS"))]
    assert one("Japan has never apologised to South Korea for the forced labour, Seoul said on Monday.") == []
