"""Stop 22: borders shut, checkpoints closed and crossings reopened; controls reintroduced at a
border; migrants returned or expelled en masse; a date a when-clause hangs on dates that clause's
event. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_borders_shut_with_several_neighbours_are_one_step_against_them_all():
    assert typed_events(
        "Report\n\nGhana shut its land borders with Togo, Burkina Faso and Ivory Coast on March 3, 2020.\n",
        dt.date(2021, 1, 5),
    ) == [("COERCE", "2020-03-03", ("BFA", "CIV", "GHA", "TGO"))]


def test_a_checkpoint_closed_and_a_border_post_reopened():
    assert typed_events(
        "Report\n\nArmenia closed the Meghri checkpoint with Iran on Tuesday.\n", dt.date(2022, 1, 5)
    ) == [("SANCTION", "2022-01-04", ("ARM", "IRN"))]
    assert typed_events(
        "Report\n\nBurundi on Monday reopened the Ruhwa border post with Rwanda.\n", dt.date(2022, 1, 5)
    ) == [("COOPERATE", "2022-01-03", ("BDI", "RWA"))]


def test_controls_reintroduced_on_a_border():
    assert typed_events(
        "Report\n\nAustria on Friday reintroduced controls on its border with Slovenia.\n",
        dt.date(2022, 1, 9),
    ) == [("COERCE", "2022-01-07", ("AUT", "SVN"))]


def test_migrants_returned_or_expelled_en_masse():
    assert typed_events(
        "Report\n\nMexico said on Monday it had returned more than 2,000 Guatemalan migrants to their country.\n",
        dt.date(2022, 1, 5),
    ) == [("COERCE", "2022-01-03", ("GTM", "MEX"))]
    assert typed_events(
        "Report\n\nSince March, Iran has expelled tens of thousands of Afghan refugees.\n",
        dt.date(2022, 6, 5),
    ) == [("COERCE", "2022-03", ("AFG", "IRN"))]


def test_the_date_a_when_clause_hangs_on_is_that_clauses():
    events = typed_events(
        "Report\n\nQatar and Bahrain on Thursday reopened their embassies for the first time since 2017, "
        "when Manama severed relations with Doha.\n",
        dt.date(2023, 4, 14),
    )
    assert ("SANCTION", "2017", ("BHR", "QAT")) in events


def test_unnamed_troops_clashing_in_a_two_state_story_are_the_two_states():
    assert typed_events(
        "Report\n\nIndia and China traded blame on Friday. Troops clashed again at Yangtse in the Tawang "
        "sector on December 9 last year.\n",
        dt.date(2023, 6, 10),
    ) == [("ASSAULT", "2022-12-09", ("CHN", "IND"))]
    # rebels in the clause: not the two states' fight
    assert (
        typed_events(
            "Report\n\nThailand and Cambodia traded blame on Friday. Rebels and government troops clashed "
            "in October.\n",
            dt.date(2023, 6, 10),
        )
        == []
    )


def test_troops_sent_to_a_states_own_border_are_a_show_of_force_not_cooperation():
    assert typed_events(
        "Report\n\nAlgeria deployed troops to its southern borders with Mali and Niger in early March.\n",
        dt.date(2023, 4, 17),
    ) == [("MOBILIZE", "2023-03", ("DZA", "MLI", "NER"))]


def test_troops_sent_to_the_border_in_a_two_state_story_face_the_other_state():
    assert typed_events(
        "Report\n\nArmenia and Azerbaijan traded accusations on Tuesday. Baku has sent around 5,000 troops "
        "to its western border.\n",
        dt.date(2021, 11, 10),
    ) == [("MOBILIZE", "2021-11", ("ARM", "AZE"))]
    # a build-up far from any border stays the state's own
    assert typed_events(
        "Report\n\nArmenia and Azerbaijan traded accusations on Tuesday. Baku has sent around 5,000 troops "
        "to the capital.\n",
        dt.date(2021, 11, 10),
    ) == [("MOBILIZE", "2021-11", ("AZE",))]
