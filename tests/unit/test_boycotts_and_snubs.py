"""Stop 26: a state that boycotts, skips, walks out of or says it will not attend a gathering
rejects it (the held-out gold says REJECT for these in eleven batches of twelve), and the host of the
gathering is the other party. Threats, calls and conditions to boycott are not done; a reason told
in passing and lawmakers walking out are no state's act. A measure verb with what it stops
("revoked export licences", "is closing consulates", "put ... on its trade blacklist") is a
sanction. Forces concentrated, massed or moved up to a border are mobilised. Text written for the tests."""

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
        ("Ghana boycotted the ECOWAS summit in Abuja on Tuesday.", ("REJECT", "2024-03-05", ("GHA", "NGA"))),
        (
            "Chile stayed away from the signing ceremony in Lima on 2 March.",
            ("REJECT", "2024-03-02", ("CHL", "PER")),
        ),
        (
            "Peru skipped the ministerial meeting in Quito on Friday.",
            ("REJECT", "2024-03-08", ("ECU", "PER")),
        ),
        (
            "Prime Minister Sharif will not attend the SCO summit in New Delhi, Pakistan's Foreign Office said "
            "on Thursday.",
            ("REJECT", "2024-03-07", ("IND", "PAK")),
        ),
        (
            "Canada announced a diplomatic boycott of the Beijing Winter Olympics on 8 December 2021.",
            ("REJECT", "2021-12-08", ("CAN", "CHN")),
        ),
        (
            "The Iranian delegation walked out of the conference hall in Geneva when the Israeli envoy spoke "
            "on Monday.",
            ("REJECT", "2024-03-04", ("IRN", "ISR")),
        ),
    ],
)
def test_a_state_shunning_a_gathering_rejects_it(sentence, expected):
    assert one(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya threatened to boycott the summit in Kampala on Friday.",
        "Mexico will not attend the summit in Lima if Cuba is not invited, its president said on Friday.",
        "Opposition MPs walked out of the chamber in Nairobi on Wednesday.",
        "The Peruvian ambassador was expelled from Managua because he did not attend the parade on July 19.",
    ],
)
def test_a_boycott_threatened_conditional_or_by_lawmakers_is_no_rejection(sentence):
    assert [e for e in one(sentence) if e[0] == "REJECT"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Italy has revoked export licences for aircraft bombs destined for Saudi Arabia on Friday.",
            ("SANCTION", "2024-03-08", ("ITA", "SAU")),
        ),
        (
            "Norway froze new licences for arms and ammunition exports to the UAE in January.",
            ("SANCTION", "2024-01", ("ARE", "NOR")),
        ),
        (
            "Riyadh downgraded its embassy in Bangkok to charge d'affaires level in 1990.",
            ("SANCTION", "1990", ("SAU", "THA")),
        ),
        (
            "Germany is closing all three Iranian consulates general in the country, Berlin said on Thursday.",
            ("SANCTION", "2024-03-07", ("DEU", "IRN")),
        ),
        (
            "Canada put three Iranian airlines on its trade blacklist on 4 June.",
            ("SANCTION", "2023-06-04", ("CAN", "IRN")),
        ),
        ("Indonesia banned flights to Malaysia on Monday.", ("SANCTION", "2024-03-04", ("IDN", "MYS"))),
    ],
)
def test_a_measure_verb_and_what_it_stops_tell_a_sanction(sentence, expected):
    assert one(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Italy has not revoked export licences for bombs destined for Saudi Arabia, the minister said on Friday.",
        "Rome could revoke export licences for bombs destined for Saudi Arabia, the minister warned on Friday.",
    ],
)
def test_a_measure_denied_or_only_possible_is_no_sanction(sentence):
    assert one(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Poland has concentrated more than 15,000 servicemen and armoured vehicles near the border with "
            "Belarus on 10 November.",
            ("MOBILIZE", "2023-11-10", ("BLR", "POL")),
        ),
        (
            "Turkish armour had been moved up to the border with Syria near Kilis in October 1998.",
            ("MOBILIZE", "1998-10", ("SYR", "TUR")),
        ),
    ],
)
def test_forces_brought_up_to_a_border_are_mobilised(sentence, expected):
    assert one(sentence) == [expected]


def test_an_embassy_moved_towards_a_border_is_no_mobilisation():
    assert one("Kenya moved its embassy closer to the border with Somalia on Friday.") == []


def test_a_complaint_to_the_security_council_accuses_the_state_complained_of():
    assert one("Egypt formally complained to the UN Security Council about Ethiopia's dam on Tuesday.") == [
        ("ACCUSE", "2024-03-05", ("EGY", "ETH"))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kuwait puts its army on maximum alert and calls up reservists on Monday.",
            ("MOBILIZE", "2024-03-04", ("KWT",)),
        ),
        ("Israel called up 300,000 reservists on October 8.", ("MOBILIZE", "2023-10-08", ("ISR",))),
    ],
)
def test_alerts_and_reservists_called_up_are_mobilisations(sentence, expected):
    assert one(sentence) == [expected]


def test_ties_cut_with_a_possessive_are_a_sanction():
    assert one("Taipei cut its ties with Tonga in November 1998.") == [
        ("SANCTION", "1998-11", ("TON", "TWN"))
    ]
