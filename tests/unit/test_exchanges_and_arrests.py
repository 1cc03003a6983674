"""Stop 19: people exchanged or swapped for others, captives and agents released, releases
brokered by a third state, arrests made by the police of the state where they happen, and
killings by gunfire. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In March 2019, former Canadian soldier Paul Mercer was exchanged at a Tbilisi airport "
            "for Iranian engineer Reza Amini.",
            ("RETREAT", "2019-03", ("CAN", "GEO", "IRN")),
        ),
        (
            "The last large exchange took place on 3 May, when 30 Kenyans were swapped for 12 Somalis "
            "with Ethiopian mediation.",
            ("RETREAT", "2021-05-03", ("ETH", "KEN", "SOM")),
        ),
        (
            "Eritrea on Saturday released 12 Ethiopian captives in exchange for medical supplies.",
            ("RETREAT", "2021-06-12", ("ERI", "ETH")),
        ),
        (
            "Caracas released a Colombian intelligence agent who had been held for six years.",
            ("RETREAT", "2021-06", ("COL", "VEN")),
        ),
        (
            "In May 2020, Kuwait brokered the release of a French aid worker by Yemen.",
            ("RETREAT", "2020-05", ("FRA", "KWT", "YEM")),
        ),
        (
            "Three Ugandan soldiers held by Rwanda returned home on Friday after Tanzania mediated their release.",
            ("RETREAT", "2021-06-11", ("RWA", "TZA", "UGA")),
        ),
    ],
)
def test_people_exchanged_or_released_are_a_release(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2021, 6, 14)) == [expected]


def test_people_exchanged_without_a_counterpart_named_are_a_release_too():
    text = (
        "Report\n\nNine Chilean fishermen held in Peru and four Peruvian sailors held in Chile "
        "were exchanged yesterday at the border.\n"
    )
    assert typed_events(text, dt.date(2016, 2, 10)) == [("RETREAT", "2016-02-09", ("CHL", "PER"))]


def test_papers_or_fire_exchanged_are_no_release():
    text = (
        "Report\n\nNotes verbales were exchanged by Oman and Yemen last week. "
        "Shots were exchanged across the line on Sunday, Thai and Cambodian officials said.\n"
    )
    assert all(e[0] != "RETREAT" for e in typed_events(text, dt.date(2019, 4, 2)))


def test_the_released_people_told_of_later_are_no_second_release():
    text = (
        "Report\n\nTwo of the released Moroccan citizens are travelling to Madrid on their way home "
        "from Algeria.\n"
    )
    assert typed_events(text, dt.date(2022, 5, 4)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two Iranian nationals were arrested in Copenhagen in June 2018 on suspicion of plotting an attack.",
            ("COERCE", "2018-06", ("DNK", "IRN")),
        ),
        (
            "A Belarusian citizen was detained in Vilnius on Tuesday on suspicion of spying.",
            ("COERCE", "2020-11-10", ("BLR", "LTU")),
        ),
    ],
)
def test_an_arrest_is_made_by_the_state_where_it_happens(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2020, 11, 12)) == [expected]


def test_a_state_that_arrests_is_not_replaced_by_the_place():
    text = "Report\n\nChina detained two Australian writers in Beijing in January 2019.\n"
    assert typed_events(text, dt.date(2019, 3, 1)) == [("COERCE", "2019-01", ("AUS", "CHN"))]


def test_a_killing_by_gunfire_is_an_assault():
    text = (
        "Report\n\nAn agent of Saudi intelligence shot dead a Turkish-born dissident in Vienna on "
        "4 March 2017, a court found.\n"
    )
    events = typed_events(text, dt.date(2018, 1, 9))
    assert ("ASSAULT", "2017-03-04") in [(e[0], e[1]) for e in events]
    assert {"SAU", "TUR"} <= set(next(e[2] for e in events if e[0] == "ASSAULT"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers said on Monday that they had deposed President Touré and suspended the constitution of Guinea.",
        "Rebels besieged Cotabato in May, in two weeks of fighting with Philippine troops that left 90 people dead.",
        "The Kenyan opposition leader pulled out of the October 26 re-run election, citing attacks by police.",
        "Bogotá signed the pact with Ecuador weeks after voters narrowly rejected the first version.",
        "Madrid urged Rabat to release wrongfully detained Spaniards.",
    ],
)
def test_coups_casualties_candidates_voters_and_demands_are_no_events_of_these_types(sentence):
    events = typed_events("Report\n\n" + sentence + "\n", dt.date(2022, 2, 1))
    assert [e for e in events if e[0] in ("SANCTION", "RETREAT", "REJECT", "COERCE")] == []


def test_people_said_to_be_wrongfully_detained_in_a_past_arrest_are_still_an_arrest():
    text = "Report\n\nTwo Danish citizens were wrongfully detained in Iran in March, Copenhagen said.\n"
    assert typed_events(text, dt.date(2022, 2, 1)) == [("COERCE", "2021-03", ("DNK", "IRN"))]


def test_peoples_named_by_irregular_plurals_are_their_states():
    text = "Report\n\nTwo Swedes and three Britons were detained in Iran in March.\n"
    assert typed_events(text, dt.date(2022, 2, 1)) == [("COERCE", "2021-03", ("GBR", "IRN", "SWE"))]
    text = "Report\n\nFour Danes were arrested in Tehran on Monday.\n"
    assert typed_events(text, dt.date(2022, 2, 2)) == [("COERCE", "2022-01-31", ("DNK", "IRN"))]


def test_a_release_is_not_dated_by_the_released_peoples_past():
    text = (
        "SANTIAGO (AP) - Chile and Bolivia agreed Wednesday to restore ties.\n\n"
        "In a separate exchange, La Paz released a Chilean intelligence officer who had been held for "
        "years, and Santiago sent home two Bolivian agents convicted in Arica in 2009.\n"
    )
    events = typed_events(text, dt.date(2018, 3, 14))
    assert ("RETREAT", "2018-03", ("BOL", "CHL")) in events
    assert all(e[1] != "2009" for e in events)


def test_a_headline_urging_a_state_to_free_detained_people_tells_no_arrest():
    text = "Canberra urges Hanoi to free detained Australian teacher\n\nNo further details were given.\n"
    assert typed_events(text, dt.date(2023, 4, 2)) == []
