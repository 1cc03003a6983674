"""Stop 25: energy cut-offs and agreements to impose measures are sanctions; a referral to the
International Criminal Court and a declaration that a state is responsible are accusations; meeting
or bowing to another state's demands is a concession; an envoy named in full and asked to leave is
expelled; state-owned energy and nuclear companies act for their state; a dateline's agency may
carry digits; "this month" after a second verb dates that verb; and "following the May 20
election" dates the election, not the act. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

from pipelines.extract.dates import dateline_date

DAY = dt.date(2024, 3, 9)


def one(sentence: str, published: dt.date | None = DAY):
    return typed_events("Report\n\n" + sentence + "\n", published)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Algeria cut flows through the Medgaz pipeline to Spain by a third on Tuesday.",
            ("SANCTION", "2024-03-05", ("DZA", "ESP")),
        ),
        (
            "Uzbekistan halted gas deliveries to Tajikistan on 1 April 2012.",
            ("SANCTION", "2012-04-01", ("TJK", "UZB")),
        ),
        (
            "Nigeria cut off electricity exports to Niger in August 2023.",
            ("SANCTION", "2023-08", ("NER", "NGA")),
        ),
        (
            "EU foreign ministers agreed on Monday to impose asset freezes on Belarusian officials.",
            ("SANCTION", "2024-03-04", ("BLR",)),
        ),
    ],
)
def test_cut_offs_and_agreements_to_impose_measures_are_sanctions(sentence, expected):
    assert one(sentence) == [expected]


def test_a_state_company_acts_for_its_state():
    # Gazprom is named, Russia is not: the company is Russia's
    assert one("Gazprom cut flows through the Yamal pipeline to Poland on 27 April 2022.") == [
        ("SANCTION", "2022-04-27", ("POL", "RUS"))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lithuania, Latvia and Estonia on Monday asked the International Criminal Court to investigate Belarus.",
            ("ACCUSE", "2024-03-04", ("BLR", "EST", "LTU", "LVA")),
        ),
        (
            "Mexico and Chile referred Myanmar to the ICC in January 2024.",
            ("ACCUSE", "2024-01", ("CHL", "MEX", "MMR")),
        ),
        (
            "Japan and South Korea on Friday formally declared that North Korea was responsible for the attack.",
            ("ACCUSE", "2024-03-08", ("JPN", "KOR", "PRK")),
        ),
    ],
)
def test_referrals_and_declarations_of_responsibility_are_accusations(sentence, expected):
    assert one(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Baku met Yerevan's main demand by releasing the soldiers on 12 June 2021.",
            ("CONCEDE", "2021-06-12", ("ARM", "AZE")),
        ),
        (
            "Chile bowed to Bolivia's demands on Tuesday.",
            ("CONCEDE", "2024-03-05", ("BOL", "CHL")),
        ),
    ],
)
def test_meeting_or_bowing_to_demands_is_a_concession(sentence, expected):
    assert one(sentence) == [expected]


def test_an_envoy_named_in_full_and_asked_to_leave_is_expelled():
    sentence = "On June 3 Nairobi asked Somalia's High Commissioner, Mr Abdi Ahmed Nur, to leave the country."
    assert one(sentence) == [("SANCTION", "2023-06-03", ("KEN", "SOM"))]


def test_an_agency_with_digits_closes_a_dateline():
    text = "Title\n\nACCRA, March 4, 2019 (Radio3FM) - Ghana on Monday summoned Togo's ambassador.\n"
    assert str(dateline_date(text, None).value) == "2019-03-04"
    assert typed_events(text, None) == [("PROTEST", "2019-03-04", ("GHA", "TGO"))]


def test_this_month_after_a_second_verb_dates_that_verb():
    sentence = (
        "Morocco had massed troops near the border in late January and warned Algeria this month "
        "that it would act."
    )
    assert ("THREATEN", "2024-03", ("DZA", "MAR")) in one(sentence)


def test_the_date_of_the_election_an_act_followed_is_not_the_act_s():
    sentence = "On May 30, 2018, Canada sanctioned 14 officials of Venezuela following the May 20 presidential election."
    assert one(sentence) == [("SANCTION", "2018-05-30", ("CAN", "VEN"))]


def test_pausing_participation_in_a_body_s_meetings_is_no_meeting():
    sentence = "Norway and Finland said on Thursday they are pausing participation in the council's meetings."
    assert [e for e in one(sentence) if e[0] == "CONSULT"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyatta was also scheduled to hold bilateral meetings with his Ugandan and Rwandan counterparts at the summit.",
        "Lula has said he wants to meet Milei at the Mercosur summit in Asuncion on Monday.",
        "Sato is scheduled to address a joint session of parliament on Thursday, and to hold a summit with the leaders of Chile and Peru.",
        "The two governments intend to hold the first Spain-Morocco ministerial meeting at an early date.",
        "The visit was to have been the first state visit by a Brazilian president to Nigeria.",
        "A phone call between Ruto and Museveni has been mentioned but not scheduled.",
        "A trilateral meeting with Aliyev remains hypothetical.",
        "The decision comes days before Prime Minister Albanese holds talks in Canberra with Indonesian President Prabowo.",
    ],
)
def test_meetings_still_to_come_are_no_meetings(sentence):
    assert [e for e in one(sentence, dt.date(2021, 4, 24)) if e[0] == "CONSULT"] == []


def test_a_meeting_told_after_a_plan_that_happened_is_kept():
    sentence = "Kenya's president, who had planned to visit Kampala in May, held talks with Uganda's president in Nairobi on Tuesday."
    assert one(sentence) == [("CONSULT", "2024-03-05", ("KEN", "UGA"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two Turkish F-16 fighter jets entered Greek airspace over the Aegean on Thursday morning.",
            ("MOBILIZE", "2024-03-07", ("GRC", "TUR")),
        ),
        (
            "Thirty Chinese military aircraft entered Taiwan's air defense identification zone on Monday.",
            ("MOBILIZE", "2024-03-04", ("CHN", "TWN")),
        ),
        (
            "A Venezuelan Su-30 violated Colombian airspace on Friday.",
            ("MOBILIZE", "2024-03-08", ("COL", "VEN")),
        ),
    ],
)
def test_military_aircraft_entering_another_state_s_airspace_is_a_show_of_force(sentence, expected):
    assert one(sentence) == [expected]


def test_a_crossing_told_as_the_moment_of_another_act_is_not_one():
    sentence = (
        "Saudi F-15 jets escorted the Egyptian president's plane as it entered Saudi airspace on Monday."
    )
    assert [e for e in one(sentence) if e[0] == "MOBILIZE"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bolivia yesterday instituted proceedings against Chile at the International Court of Justice.",
            ("ACCUSE", "2024-03-08", ("BOL", "CHL")),
        ),
        (
            "On 2 May 2019, Ukraine instituted arbitral proceedings against Russia.",
            ("ACCUSE", "2019-05-02", ("RUS", "UKR")),
        ),
        (
            "Guyana took Venezuela to the International Court of Justice in March 2018.",
            ("ACCUSE", "2018-03", ("GUY", "VEN")),
        ),
        (
            "Qatar's envoy lodged a complaint against Bahrain with the Security Council on Thursday.",
            ("ACCUSE", "2024-03-07", ("BHR", "QAT")),
        ),
        (
            "Canada on Monday charged two officers of Iran's intelligence ministry.",
            ("ACCUSE", "2024-03-04", ("CAN", "IRN")),
        ),
        (
            "Poland on Friday attributed a cyberattack on its news agency to Russian military intelligence.",
            ("ACCUSE", "2024-03-08", ("POL", "RUS")),
        ),
    ],
)
def test_cases_complaints_charges_and_attributions_are_accusations(sentence, expected):
    assert one(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Niger's junta tore up the 2014 border agreement with Chad in January.",
            ("REJECT", "2024-01", ("NER", "TCD")),
        ),
        (
            "Chad scrapped a 2019 defence accord with France on November 28.",
            ("REJECT", "2023-11-28", ("FRA", "TCD")),
        ),
        (
            "Peru decided on Thursday to terminate its intelligence-sharing pact with Bolivia.",
            ("REJECT", "2024-03-07", ("BOL", "PER")),
        ),
        (
            "Brazil has pulled out of the multinational naval exercise hosted by Argentina.",
            ("REJECT", "2024-03-09", ("ARG", "BRA")),
        ),
    ],
)
def test_agreements_torn_up_or_scrapped_and_exercises_left_are_rejections(sentence, expected):
    assert one(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Morocco withdrew from the Organisation of African Unity in 1984.",
        "Russia said on Monday it was withdrawing from the Barents Euro-Arctic Council.",
        "Venezuela quit the Andean Community in April 2006.",
    ],
)
def test_leaving_a_body_or_treaty_named_in_full_is_a_rejection(sentence):
    assert [e[0] for e in one(sentence)] == ["REJECT"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Quito said Lima had violated the Brasilia Declaration of October 26, 1998 with Ecuador.",
            ("AGREE", "1998-10-26", ("ECU", "PER")),
        ),
        (
            "The two countries revived the Canberra Declaration of March 2012 between Australia and Chile.",
            ("AGREE", "2012-03", ("AUS", "CHL")),
        ),
    ],
)
def test_a_named_declaration_of_a_day_or_month_was_signed_then(sentence, expected):
    assert one(sentence) == [expected]
