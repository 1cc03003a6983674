"""Stop 20: a small group of states (G7, ASEAN, Mercosur, the Quad …) that meets, agrees or
sanctions acts through its members, those of the year of the act; a meeting "on the sidelines of"
the group's summit is only its setting. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events

from pipelines.extract import lexicon

G7 = ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA")


def test_a_group_meeting_is_a_meeting_of_its_members():
    assert typed_events(
        "Report\n\nLeaders of the Group of Seven held a video conference on Sunday.\n", dt.date(2024, 4, 15)
    ) == [("CONSULT", "2024-04-14", G7)]


def test_members_are_those_of_the_year_of_the_act():
    assert typed_events(
        "Report\n\nMercosur suspended Venezuela on 5 August 2017.\n", dt.date(2025, 1, 10)
    ) == [("SANCTION", "2017-08-05", ("ARG", "BRA", "PRY", "URY", "VEN"))]
    assert "BOL" in lexicon.bloc_members("Mercosur", 2025)
    assert "VEN" not in lexicon.bloc_members("Mercosur", 2025)
    assert lexicon.bloc_members("BRICS", 2015) == {"BRA", "CHN", "IND", "RUS", "ZAF"}


def test_a_meeting_on_the_sidelines_of_a_group_summit_has_only_its_own_sides():
    assert typed_events(
        "Report\n\nPeru's foreign minister met his Mexican counterpart on the sidelines of the G20 summit"
        " in Rio de Janeiro on Monday.\n",
        dt.date(2024, 11, 20),
    ) == [("CONSULT", "2024-11-18", ("MEX", "PER"))]


def test_a_signing_during_a_group_summit_is_between_its_signers_only():
    events = typed_events(
        "Report\n\nThe pact was signed by Peru's defence minister and his Chilean counterpart during the"
        " 12th Mercosur summit in Asuncion on Friday.\n",
        dt.date(2024, 11, 20),
    )
    assert [e for e in events if e[0] == "AGREE"] == [("AGREE", "2024-11-15", ("CHL", "PER"))]


def test_a_group_named_far_after_the_verb_is_no_party():
    events = typed_events(
        "Report\n\nPeru's president visited Chile on Monday, and said afterwards that his country's trade with"
        " the Mercosur economies had doubled.\n",
        dt.date(2024, 11, 20),
    )
    assert events == [("CONSULT", "2024-11-18", ("CHL", "PER"))]
