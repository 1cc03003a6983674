"""Stop 21: a state joining a treaty open to all is an agreement with that state alone; a state that
stops implementing, declares void, denounces by law or votes to leave a treaty rejects it; border
troops that exchange fire, scuffle or skirmish attack each other. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_a_state_joining_a_multilateral_treaty_is_the_agreements_one_state():
    assert typed_events(
        "Report\n\nNamibia acceded to the Arms Trade Treaty in 2017.\n", dt.date(2024, 2, 3)
    ) == [("AGREE", "2017", ("NAM",))]
    assert typed_events(
        "Report\n\nArgentina joined the Non-Proliferation Treaty in February 1995.\n", dt.date(2024, 2, 3)
    ) == [("AGREE", "1995-02", ("ARG",))]
    assert typed_events(
        "Report\n\nTunisia ratified the Chemical Weapons Convention in 1997.\n", dt.date(2024, 2, 3)
    ) == [("AGREE", "1997", ("TUN",))]


def test_a_bilateral_treaty_ratified_by_one_side_is_no_one_state_agreement():
    # the other party is not named: a half-read event is better left out than given one state
    assert typed_events("Report\n\nNorway ratified the treaty in 2019.\n", dt.date(2024, 2, 3)) == []


def test_a_city_in_a_treatys_name_is_no_party_to_it():
    assert typed_events("Report\n\nMalaysia signed the Ottawa Treaty in 1997.\n", dt.date(2024, 2, 3)) == [
        ("AGREE", "1997", ("MYS",))
    ]


def test_a_treaty_opened_for_signature_is_no_signing():
    assert (
        typed_events(
            "Report\n\nThe treaty was opened for signature in 1996, but Egypt and Iran have not ratified it.\n",
            dt.date(2024, 2, 3),
        )
        == []
    )


def test_treaties_stopped_declared_void_denounced_or_voted_out_are_rejected():
    assert typed_events(
        "Report\n\nIn March 2022, Iran stopped implementing the Additional Protocol.\n", dt.date(2024, 2, 3)
    ) == [("REJECT", "2022-03", ("IRN",))]
    assert typed_events(
        "Report\n\nBolivia declared the 1904 treaty with Chile null in 1962.\n", dt.date(2024, 2, 3)
    ) == [("REJECT", "1962", ("BOL", "CHL"))]
    assert typed_events(
        "Report\n\nPolish President Andrzej Duda signed a law denouncing the convention in March 2023.\n",
        dt.date(2024, 2, 3),
    ) == [("REJECT", "2023-03", ("POL",))]
    assert typed_events(
        "Report\n\nEstonia's parliament voted in June to withdraw from the Ottawa Convention.\n",
        dt.date(2025, 7, 3),
    ) == [("REJECT", "2025-06", ("EST",))]


def test_border_troops_exchanging_fire_scuffling_or_skirmishing_attack_each_other():
    assert typed_events(
        "Report\n\nUzbek and Kyrgyz border guards exchanged machine-gun fire near Kerben on Tuesday.\n",
        dt.date(2024, 3, 8),
    ) == [("ASSAULT", "2024-03-05", ("KGZ", "UZB"))]
    assert typed_events(
        "Report\n\nNepal and India dispute Kalapani. Last week, soldiers of the two countries scuffled at the pass.\n",
        dt.date(2024, 3, 8),
    ) == [("ASSAULT", "2024-03", ("IND", "NPL"))]  # "last week": the month is what is sure
    assert typed_events(
        "Report\n\nSkirmishes between Eritrean and Djiboutian soldiers in June 2008 left dozens dead.\n",
        dt.date(2024, 3, 8),
    ) == [("ASSAULT", "2008-06", ("DJI", "ERI"))]


def test_a_patent_war_between_companies_is_no_news_of_states():
    from pipelines.extract.relevance import is_relevant

    text = (
        "Report\n\nThe two carmakers agreed to a truce on Monday and will drop their patent lawsuits in "
        "Germany and Japan. The litigation began in 2019, when one accused the other of copying its "
        "electric vehicles; revenue from the disputed cars was small, and both defend a high valuation.\n"
    )
    assert not is_relevant(text)
    assert typed_events(text, dt.date(2024, 3, 8)) == []


def test_a_ceasefire_one_side_declares_is_a_step_back_and_one_both_agree_is_an_agreement():
    text = (
        "Report\n\nEritrea and Ethiopia fought over Badme.\n\n"
        "Ethiopian Prime Minister Meles Zenawi declared a unilateral ceasefire on Tuesday.\n"
    )
    assert ("RETREAT", "2024-01-30", ("ERI", "ETH")) in typed_events(text, dt.date(2024, 2, 3))
    assert typed_events(
        "Report\n\nRussia declared a 36-hour Christmas truce on Friday in its war with Ukraine.\n",
        dt.date(2024, 2, 3),
    ) == [("RETREAT", "2024-02-02", ("RUS", "UKR"))]
    assert typed_events(
        "Report\n\nArmenia and Azerbaijan declared a ceasefire on Tuesday.\n", dt.date(2024, 2, 3)
    ) == [("AGREE", "2024-01-30", ("ARM", "AZE"))]


def test_weapons_ordered_from_another_state_are_cooperation_but_troops_ordered_are_not():
    assert typed_events(
        "Report\n\nAlgeria ordered two Meko frigates from Germany's TKMS in 2012.\n", dt.date(2024, 2, 3)
    ) == [("COOPERATE", "2012", ("DEU", "DZA"))]
    assert (
        typed_events(
            "Report\n\nThe Pentagon ordered 500 soldiers from the 101st Airborne Division to Romania on Monday.\n",
            dt.date(2024, 2, 3),
        )
        == []
    )
    assert (
        typed_events(
            "Report\n\nThe court ordered Guyana to refrain from any action on Friday.\n", dt.date(2024, 2, 3)
        )
        == []
    )
    # the ships, told by where they were ordered, are no new order
    assert (
        typed_events("Report\n\nThe navy operates four frigates ordered from China.\n", dt.date(2024, 2, 3))
        == []
    )


def test_fighting_that_broke_out_in_a_story_of_two_states_at_war_is_theirs_unless_it_is_civil():
    text = (
        "Report\n\nEritrea and Ethiopia signed a peace agreement on Friday.\n\n"
        "Fighting broke out on May 6 near the border town of Badme.\n"
    )
    assert ("ASSAULT", "1998-05-06", ("ERI", "ETH")) in typed_events(text, dt.date(1998, 6, 5))
    civil = (
        "Report\n\nEritrea and Ethiopia signed a peace agreement on Friday.\n\n"
        "Fighting broke out on May 6 between government forces and rebels near Badme.\n"
    )
    assert [e for e in typed_events(civil, dt.date(1998, 6, 5)) if e[0] == "ASSAULT"] == []


def test_shelling_that_resumed_in_a_story_of_two_states_at_war_is_theirs():
    text = (
        "Report\n\nKyrgyzstan and Tajikistan traded blame on Wednesday.\n\n"
        "Heavy shelling resumed on Tuesday near the village of Vorukh.\n"
    )
    assert ("ASSAULT", "2022-09-13", ("KGZ", "TJK")) in typed_events(text, dt.date(2022, 9, 15))
