"""Stop 24: sanctions and embargoes extended, prolonged or renewed are sanctions (SANCTION 163) as
their first imposition is, a decision not to renew them is a concession, and a resolution that
"would have renewed" them renewed nothing; a lone recall in a run of steps against one state is
aimed at it; vessels barred from waters and envoys told to leave are sanctions; a state leaving a
bloc rejects it; purchases and settlements signed are agreements; a satellite launched for another
state is cooperation. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In February 2023 the EU extended its arms embargo on Zimbabwe by a year.",
            ("SANCTION", "2023-02", ("ZWE",)),
        ),
        (
            "The Security Council on Friday prolonged until 30 June 2025 the arms embargo against South Sudan.",
            ("SANCTION", "2024-03-08", ("SSD",)),
        ),
        (
            "The EU on Monday renewed its economic sanctions on Russia for another six months.",
            ("SANCTION", "2024-03-04", ("RUS",)),
        ),
    ],
)
def test_sanctions_renewed_are_sanctions(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == [expected]


def test_a_decision_not_to_renew_sanctions_is_a_concession():
    text = "Report\n\nThe Council on Tuesday decided not to renew the restrictive measures against 40 officials of Eritrea.\n"
    assert typed_events(text, DAY) == [("CONCEDE", "2024-03-05", ("ERI",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "China vetoed a resolution on Thursday that would have extended the arms embargo on Myanmar.",
        "In May 2022 Moscow blocked a text that would have renewed the sanctions regime for the Central African Republic.",
    ],
)
def test_what_a_vetoed_text_would_have_done_is_no_event(sentence):
    assert all(t != "SANCTION" for t, _, _ in typed_events("Report\n\n" + sentence + "\n", DAY))


def test_a_lone_recall_in_a_run_of_steps_is_aimed_at_the_same_state():
    text = (
        "Envoys called home\n\n"
        "Peru said on Friday it had expelled the ambassador of Venezuela.\n\n"
        "Panama severed relations with Venezuela on Tuesday. Chile recalled its ambassador on Wednesday.\n"
    )
    assert typed_events(text, DAY) == [
        ("SANCTION", "2024-03-08", ("PER", "VEN")),
        ("SANCTION", "2024-03-05", ("PAN", "VEN")),
        ("SANCTION", "2024-03-06", ("CHL", "VEN")),
    ]


def test_a_lone_recall_far_from_any_step_gets_no_target():
    text = (
        "Envoys called home\n\n"
        "Peru said on Friday it had expelled the ambassador of Venezuela.\n\n"
        "Trade grew. Prices fell. Tourism rose. Fishing boomed.\n\n"
        "Chile recalled its ambassador on Wednesday.\n"
    )
    assert typed_events(text, DAY) == [("SANCTION", "2024-03-08", ("PER", "VEN"))]


def test_vessels_barred_from_fishing_are_a_sanction():
    text = "Report\n\nOn March 1, Reykjavik barred British and Belgian trawlers from fishing inside the new limit.\n"
    assert typed_events(text, DAY) == [("SANCTION", "2024-03-01", ("BEL", "GBR", "ISL"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Monday Wellington ordered Samoa's acting high commissioner, Leota Tuiloma, to leave the country.",
            ("SANCTION", "2024-03-04", ("NZL", "WSM")),
        ),
        (
            "Nairobi on Thursday told Somalia's ambassador in Kenya, Mohamud Ahmed Nur, to leave within a week.",
            ("SANCTION", "2024-03-07", ("KEN", "SOM")),
        ),
    ],
)
def test_an_envoy_named_at_length_and_told_to_leave_is_expelled(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == [expected]


def test_reporters_told_of_a_departure_expel_no_one():
    text = "Report\n\nThe ambassador of Peru told reporters on Monday that he would leave Bolivia soon.\n"
    assert all(t != "SANCTION" for t, _, _ in typed_events(text, DAY))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The junta announced on Tuesday that it was withdrawing Guinea from ECOWAS.",
            [("REJECT", "2024-03-05", ("GIN",))],
        ),
        (
            "Chad and Sudan said on Monday that they were leaving the African Union.",
            [("REJECT", "2024-03-04", ("SDN", "TCD"))],
        ),
        ("Georgia's president said any decision on leaving the CSTO would be put to a vote.", []),
    ],
)
def test_a_state_announcing_it_is_leaving_a_bloc_rejects_it(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Peru's Defence Minister on Tuesday signed the purchase of 12 KF-21 fighters from South Korea.",
            [("AGREE", "2024-03-05", ("KOR", "PER"))],
        ),
        (
            "In late January, the governments of Iraq and Kuwait signed a border settlement.",
            [("AGREE", "2024-01", ("IRQ", "KWT"))],
        ),
        ("Israel expanded settlements in the West Bank, Palestinian officials said on Monday.", []),
    ],
)
def test_purchases_and_settlements_signed_are_agreements(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "India launched Bhutan's first satellite, a small imaging craft, in November 2022.",
            [("COOPERATE", "2022-11", ("BTN", "IND"))],
        ),
        (
            "Iran launched a military reconnaissance satellite on Wednesday, Israel said.",
            [("MOBILIZE", "2024-03-06", ("IRN",))],
        ),
    ],
)
def test_a_satellite_launched_for_another_state_is_cooperation(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Sunday the Houthis attacked the Eternal Sun, a Panamanian-flagged bulk carrier.",
            [("ASSAULT", "2024-03-03", ("PAN", "YEM"))],
        ),
        ("The Taliban freed two Australians on Monday.", [("RETREAT", "2024-03-04", ("AFG", "AUS"))]),
        (
            "Kenyan troops attacked al-Shabaab positions near the border on Friday.",
            [("ASSAULT", "2024-03-08", ("KEN", "SOM"))],
        ),
        (
            "Early on Thursday, Israel struck Houthi-held positions around the port of Hodeidah.",
            [("ASSAULT", "2024-03-07", ("ISR", "YEM"))],
        ),
    ],
)
def test_armed_movements_that_hold_a_state_are_coded_as_it(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected


def test_an_act_after_a_week_after_keeps_its_own_day():
    text = (
        "Report\n\nPeru broke off relations with Bolivia on Wednesday, a week after La Paz expelled "
        "the Peruvian ambassador on February 26.\n"
    )
    assert typed_events(text, DAY) == [
        ("SANCTION", "2024-03-06", ("BOL", "PER")),
        ("SANCTION", "2024-02-26", ("BOL", "PER")),
    ]


def test_an_act_after_a_day_after_with_no_day_of_its_own_is_counted_back():
    text = "Report\n\nKenya and Tanzania signed a border pact on Friday, a day after Kenya's president held talks with Uganda's.\n"
    assert ("CONSULT", "2024-03-07", ("KEN", "UGA")) in typed_events(text, DAY)


def test_two_states_joined_by_a_hyphen_in_the_lead_are_the_sides_a_host_brings_together():
    text = (
        "Qatar hosts Ethiopia-Eritrea talks in Doha\n\n"
        "Qatar hosted talks between Ethiopia and Eritrea in Doha on Monday, Qatar's foreign ministry said. "
        "Qatar's emir welcomed both delegations. Qatar has mediated in the region before.\n\n"
        "After four hours, the two sides agreed to reopen their border.\n"
    )
    assert [c for t, _, c in typed_events(text, DAY) if t == "AGREE"] == [("ERI", "ETH")]
