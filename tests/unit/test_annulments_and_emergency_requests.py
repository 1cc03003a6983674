"""Stop 19: agreements annulled or declared null and void are rejections; a state asking for an
emergency session or meeting makes a request; a court annulling an election is no state event.
Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Cyprus declared the Turkish-Libyan maritime accord "null and void" on Monday.',
            ("REJECT", "2024-03-04", ("CYP", "LBY", "TUR")),
        ),
        (
            "Georgia formally annulled the protocols with Abkhazia and Russia in May 2019.",
            ("REJECT", "2019-05", ("GEO", "RUS")),
        ),
        (
            "Lithuania asked for an emergency meeting of NATO allies with Belarus on Tuesday.",
            ("REQUEST", "2024-03-05", ("BLR", "LTU")),
        ),
    ],
)
def test_annulments_and_emergency_requests(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2024, 3, 10)) == [expected]


def test_a_court_annulling_an_election_is_no_state_event():
    text = "Report\n\nThe constitutional court annulled the election results in Kenya in 2017.\n"
    assert typed_events(text, dt.date(2024, 3, 10)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A meeting between the Lithuanian and Polish presidents, expected on the sidelines of the assembly, never took place.",
        "The Dutch government on Friday chose the Swedish bid, Defence Minister Jan Smit announced after a meeting of the inner cabinet with Danish officials.",
        "Tokyo's national security adviser said after a meeting of the National Security Council that Japan would send no arms to Israel.",
    ],
)
def test_meetings_that_never_took_place_or_of_one_government_alone_are_no_consultations(sentence):
    events = typed_events("Report\n\n" + sentence + "\n", dt.date(2024, 3, 10))
    assert [e for e in events if e[0] == "CONSULT"] == []


def test_a_meeting_of_the_un_security_council_is_still_a_consultation():
    text = "Report\n\nThe UN Security Council held an emergency meeting on Ukraine on Monday at the request of Britain and France.\n"
    assert typed_events(text, dt.date(2024, 3, 10)) == [("CONSULT", "2024-03-04", ("FRA", "GBR", "UKR"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Morocco declared a state of emergency on Monday and called for international assistance.",
            ("REQUEST", "2024-03-04", ("MAR",)),
        ),
        (
            "Bolivia requested international assistance on Saturday after the floods.",
            ("REQUEST", "2024-03-09", ("BOL",)),
        ),
    ],
)
def test_a_state_asking_for_international_assistance_makes_a_request_alone(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2024, 3, 10)) == [expected]
