"""Stop 27: a state that stops, cuts or shuts what ties it to another (intelligence sharing,
communication channels, imports of a good, a border check post, budget support) sanctions it; an
envoy called home for consultations is a recall. A formal extradition request is a request, and so
is a state asking another for something. A case brought against a state ("the case Quito filed
against Bogota", "took Myanmar to the tribunal") accuses it. A state that declares its support for
another, backs its bid or its claim, or endorses its candidacy supports it. Duties scrapped and death
sentences commuted are concessions; an appeal for help is a request. A foreign force that hands over
its base, ends its mission or flies its last aircraft out retreats. A letter asking for something is a
request. A visitor "in Dodoma for talks with" the president consults. A state that ends its agreement
with another rejects it; doctors and nurses sent to another state are aid. Text written for the tests."""

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
            "Canada has stopped sharing intelligence with Peru, the foreign ministry confirmed on Wednesday.",
            ("SANCTION", "2024-03-06", ("CAN", "PER")),
        ),
        (
            "In June last year Sudan cut all official communication channels with Chad.",
            ("SANCTION", "2023-06", ("SDN", "TCD")),
        ),
        (
            "Armenia shut the Bagratashen check post with Georgia to traffic on Tuesday.",
            ("SANCTION", "2024-03-05", ("ARM", "GEO")),
        ),
        (
            "Latvia closed the Pāternieki and Silene checkpoints on the Belarus border in 2023.",
            ("SANCTION", "2023", ("BLR", "LVA")),
        ),
        (
            "On Friday Ghana stopped imports of Ivorian cocoa.",
            ("SANCTION", "2024-03-08", ("CIV", "GHA")),
        ),
        (
            "On Tuesday Vietnam tightened controls on exports to Cambodia of rice and fertiliser.",
            ("SANCTION", "2024-03-05", ("KHM", "VNM")),
        ),
        (
            "In January, Norway postponed 40 million euros in budget support to Malawi.",
            ("SANCTION", "2024-01", ("MWI", "NOR")),
        ),
        (
            "Eritrea cut the last military communication line with Ethiopia on Friday.",
            ("SANCTION", "2024-03-08", ("ERI", "ETH")),
        ),
        (
            "Uruguay called its ambassador in Caracas home for consultations on Monday.",
            ("SANCTION", "2024-03-04", ("URY", "VEN")),
        ),
    ],
)
def test_a_measure_told_by_what_it_stops_is_a_sanction(sentence, expected):
    assert expected in one(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The inspectors' convoy of Austrian and Swiss experts stopped at the last Ukrainian checkpoint on Monday.",
        "Mongolia said on Monday it would stop imports of Chinese coal if prices rose.",
    ],
)
def test_a_halt_or_a_measure_not_taken_is_no_sanction(sentence):
    assert not [e for e in one(sentence) if e[0] == "SANCTION"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In a joint statement on Tuesday, Tokyo declared its support for Kenya to join the council.",
            ("SUPPORT", "2024-03-05", ("JPN", "KEN")),
        ),
        (
            "Kenya on Monday backed Ghana's bid for a seat on the Security Council.",
            ("SUPPORT", "2024-03-04", ("GHA", "KEN")),
        ),
        (
            "Venezuela on Thursday backed Argentina's claim to the islands.",
            ("SUPPORT", "2024-03-07", ("ARG", "VEN")),
        ),
        (
            "Norway on Friday threw its support behind Chile's candidate for the post.",
            ("SUPPORT", "2024-03-08", ("CHL", "NOR")),
        ),
    ],
)
def test_support_declared_for_another_state_is_support(sentence, expected):
    assert expected in one(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenya then lodged a formal extradition request with Tanzania in December.",
            ("REQUEST", "2023-12", ("KEN", "TZA")),
        ),
        (
            "Bolivia filed its extradition request with Brazil in May 2019.",
            ("REQUEST", "2019-05", ("BOL", "BRA")),
        ),
    ],
)
def test_an_extradition_request_lodged_is_a_request(sentence, expected):
    assert expected in one(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chile asked Argentina on Sunday evening for two firefighting aircraft.",
            ("REQUEST", "2024-03-03", ("ARG", "CHL")),
        ),
        (
            "The Fijian government formally asked New Zealand for police help on Tuesday.",
            ("REQUEST", "2024-03-05", ("FJI", "NZL")),
        ),
    ],
)
def test_a_state_that_asks_another_for_something_requests_it(sentence, expected):
    assert expected in one(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senegal has not asked Gambia for troops, the ministry said on Monday.",
        "Reuters asked the Mexican embassy in Lima for comment on Monday.",
    ],
)
def test_a_request_not_made_or_made_of_no_state_is_no_request(sentence):
    assert not [e for e in one(sentence) if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ruling settled the case Quito filed against Bogota in March 2008.",
            ("ACCUSE", "2008-03", ("COL", "ECU")),
        ),
        (
            "Bangladesh took Myanmar to the International Tribunal for the Law of the Sea in October 2009.",
            ("ACCUSE", "2009-10", ("BGD", "MMR")),
        ),
    ],
)
def test_a_case_brought_against_a_state_is_an_accusation(sentence, expected):
    assert expected in one(sentence)


def test_an_act_told_again_with_a_second_date_is_two_events():
    events = one(
        "Peru's foreign minister met his Bolivian counterpart in Lima on May 4 and again at the OAS "
        "assembly in Asunción on June 25."
    )
    assert ("CONSULT", "2023-05-04", ("BOL", "PER")) in events
    assert ("CONSULT", "2023-06-25", ("BOL", "PER")) in events


def test_two_dates_of_one_meeting_are_not_split():
    events = one(
        "Peru's foreign minister met his Bolivian counterpart in Lima on May 4 and returned home on May 5."
    )
    assert [e for e in events if e[0] == "CONSULT"] == [("CONSULT", "2023-05-04", ("BOL", "PER"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "India on Thursday scrapped the punitive tariffs of up to 50 per cent on Turkish steel.",
            ("CONCEDE", "2024-03-07", ("IND", "TUR")),
        ),
        (
            "On Monday an Indonesian appeals court commuted the death sentences of two Malaysian sailors.",
            ("CONCEDE", "2024-03-04", ("IDN", "MYS")),
        ),
        (
            "Tonga appealed for help to Australia and New Zealand on Sunday.",
            ("REQUEST", "2024-03-03", ("AUS", "NZL", "TON")),
        ),
    ],
)
def test_duties_scrapped_sentences_commuted_and_appeals_for_help(sentence, expected):
    assert expected in one(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Belgian forces handed the Kamina base to the Congolese army on 26 December.",
            ("RETREAT", "2023-12-26", ("BEL", "COD")),
        ),
        (
            "The base at Gao was returned to Mali by Germany on December 12.",
            ("RETREAT", "2023-12-12", ("DEU", "MLI")),
        ),
        (
            "Britain ended its Operation Newcombe mission in Mali in November 2022.",
            ("RETREAT", "2022-11", ("GBR", "MLI")),
        ),
        (
            "The last German aircraft left the base in Termez, Uzbekistan in November 2015.",
            ("RETREAT", "2015-11", ("DEU", "UZB")),
        ),
    ],
)
def test_a_foreign_force_giving_up_its_base_or_mission_retreats(sentence, expected):
    assert expected in one(sentence)


def test_a_letter_asking_for_something_is_a_request():
    assert ("REQUEST", "2023-10", ("AUT", "HUN")) in one(
        "Austria's interior minister had written to Hungary at the end of October asking it to reconsider."
    )


def test_a_visitor_in_a_capital_for_talks_consults():
    assert ("CONSULT", "2024-03-04", ("KEN", "TZA")) in one(
        "Kenya's defence minister was in Dodoma on Monday for talks with Tanzania's president."
    )


def test_a_state_ending_its_agreement_with_another_rejects_it():
    assert ("REJECT", "2023-11-28", ("FRA", "SEN")) in one(
        "Senegal ended its defence cooperation agreement with Paris on November 28."
    )
    assert not [
        e
        for e in one("The war between Chile and Bolivia ended in 1904 with a peace treaty.")
        if e[0] == "REJECT"
    ]


def test_doctors_and_nurses_sent_to_another_state_are_aid():
    assert ("AID", "2023-10-02", ("HTI", "VEN")) in one(
        "Venezuela sent 120 doctors and nurses to Haiti on October 2."
    )
