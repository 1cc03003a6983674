"""Stop 22: a person told as arrested or detained, with no state in the clause, in a story of two
states, is held by one of them and is the other's national; a crowd or a gang arrested is not.
Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_a_named_person_arrested_at_an_airport_of_one_of_the_two_states():
    events = typed_events(
        "Report\n\nBelarus freed Lithuanian journalist Tomas Vaitkus on Friday. "
        "Vaitkus was arrested at Minsk airport in March 2021.\n",
        dt.date(2023, 6, 10),
    )
    assert ("COERCE", "2021-03", ("BLR", "LTU")) in events


def test_a_person_detained_with_no_place_told_is_held_between_the_storys_two_states():
    events = typed_events(
        "Report\n\nVenezuela and Guyana traded accusations on Monday. Carla Ruiz, 54, was detained in May.\n",
        dt.date(2023, 6, 10),
    )
    assert ("COERCE", "2023-05", ("GUY", "VEN")) in events


def test_an_arrest_in_a_third_state_is_not_given_the_storys_pair():
    events = typed_events(
        "Report\n\nVenezuela and Guyana traded accusations on Monday. Carla Ruiz was detained in Bogota in May.\n",
        dt.date(2023, 6, 10),
    )
    assert [e for e in events if e[0] == "COERCE"] == []


def test_a_crowd_arrested_is_no_detention_of_a_foreigner():
    events = typed_events(
        "Report\n\nChad accused Sudan of backing the rebels on Monday. Troops fired on protesters in the "
        "capital, killing five. Hundreds more were arrested.\n",
        dt.date(2023, 6, 10),
    )
    assert events == [("ACCUSE", "2023-06-05", ("SDN", "TCD"))]


def test_a_film_review_about_a_kidnapping_is_not_about_states():
    review = (
        "Ransom Road: a tense thriller that loses its nerve\n\n"
        "The movie opens in Kabul, where a former Danish army officer negotiates the release of a hostage. "
        "His next case takes him to an invented republic where rebels have seized an American geologist, "
        "who is detained at a roadblock and marched into the hills. The screenplay has an eye for the dread "
        "of the job, and the actor playing the geologist is the film's best asset, but the thriller falls "
        "apart in a final commando raid borrowed from a lesser war film.\n\n"
        "Ransom Road opens Friday. Two stars out of four.\n"
    )
    assert typed_events(review, dt.date(2023, 6, 10)) == []


def test_a_review_headline_or_star_rating_marks_a_war_film_review():
    from pipelines.extract.relevance import is_relevant

    review = (
        "Review: Red Harbour - a submarine thriller that sinks without trace\n\n"
        "Red Harbour (12A)\n\n"
        "A Chilean navy captain must stop a rogue Argentine submarine before it fires on Punta Arenas. The "
        "defence minister orders the fleet to sea and the military brass argue over a war nobody wants. The "
        "cast does its best with a clumsy script.\n"
    )
    assert not is_relevant(review)
    assert not is_relevant(review.replace("Review: ", "").replace("(12A)", "Two stars out of five."))
    # a defence review told in the headline is news
    news = (
        "Defence review: Norway to double its submarine fleet\n\n"
        "Norway's defence minister said on Tuesday the government would buy four more submarines from "
        "Germany, after a strategic review of the armed forces. The military welcomed the plan, which the "
        "cast of ministers will present to parliament.\n"
    )
    assert is_relevant(news)


def test_hunger_strikes_and_labour_strikes_are_no_attacks():
    assert typed_events(
        "Report\n\nIran and Britain traded accusations. Her husband staged two hunger strikes outside the "
        "Iranian embassy in 2019 and 2021. Dockers in Britain went on strike over Iranian cargo in 2020. "
        "Britain launched strikes on Iranian bases in 2021.\n",
        dt.date(2022, 3, 17),
    ) == [("ASSAULT", "2021", ("GBR", "IRN"))]
