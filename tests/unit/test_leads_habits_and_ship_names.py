"""Stop 17: a present-perfect lead dated by the story, habits, appositives before a modal, and
words that only look like events (ship types, remarks delivered). Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


def test_a_present_perfect_lead_takes_the_day_the_next_sentence_gives():
    text = (
        "Chile cuts ties with Peru\n\n"
        "Santiago – Chile has severed its diplomatic relations with Peru, accusing Lima of arming rebels.\n\n"
        "Foreign Minister Ana Soto announced the decision on Tuesday at a press conference in Santiago.\n"
    )
    assert typed_events(text, dt.date(2018, 5, 3)) == [("SANCTION", "2018-05-01", ("CHL", "PER"))]


def test_a_dateline_date_does_not_date_the_lead_when_the_story_gives_the_day():
    text = (
        "Ghana cuts ties with Togo\n\n"
        "June 9, 2011 (ACCRA) — Ghana has severed diplomatic relations with neighbouring Togo, accusing "
        "Lome of sheltering coup plotters.\n\n"
        "President Kwame Boateng announced the decision in a televised address late on Tuesday, hours "
        "after the army reported the arrests.\n"
    )
    assert typed_events(text, dt.date(2011, 6, 9)) == [("SANCTION", "2011-06-07", ("GHA", "TGO"))]


def test_a_present_perfect_lead_alone_keeps_the_publication_day():
    text = "Report\n\nNorway has expelled two Iranian diplomats, the foreign ministry said.\n"
    assert typed_events(text, dt.date(2019, 2, 14)) == [("SANCTION", "2019-02-14", ("IRN", "NOR"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The navies of Brazil and Portugal regularly hold the Lusitania naval exercise.",
        "Kenyan and Tanzanian troops routinely conduct joint border patrols.",
    ],
)
def test_a_habit_is_no_event(sentence):
    assert typed_events("Report\n" + sentence + "\n", dt.date(2022, 3, 1)) == []


def test_a_habit_told_in_the_past_perfect_is_still_read():
    text = "Report\nIn May 2019 Brazil and Portugal held the Lusitania naval exercise off Lisbon.\n"
    assert typed_events(text, dt.date(2022, 3, 1)) == [("COOPERATE", "2019-05", ("BRA", "PRT"))]


def test_an_appositive_between_the_event_noun_and_a_modal_keeps_the_plan():
    text = (
        "Report\nThe Cutlass Express drill, co-hosted by Kenya and the United States, will open in "
        "Mombasa on June 28 with forces from twelve countries.\n"
    )
    assert typed_events(text, dt.date(2021, 6, 20)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru is represented by the landing platform dock BAP Pisco, alongside Chilean frigates.",
        "The US side is represented by the amphibious dock landing ship USS Ashland, alongside Chilean frigates.",
        "Ambassador Lee delivered remarks at the ceremony with Chilean and Peruvian officials.",
        "Letters were delivered by Chile and Peru to the United Nations mediator.",
    ],
)
def test_ship_types_and_delivered_remarks_are_no_port_calls_or_deliveries(sentence):
    assert all(
        plover != "COOPERATE"
        for plover, _, _ in typed_events("Report\n" + sentence + "\n", dt.date(2021, 6, 1))
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A Syrian missile hit a school in Reyhanli, Turkey, on Monday.",
            ("ASSAULT", "2021-06-21", ("SYR", "TUR")),
        ),
        ("Mali ordered French troops to leave the Gao base in 2019.", ("SANCTION", "2019", ("FRA", "MLI"))),
        (
            "Egypt and Kenya have raised their relations to the level of a strategic partnership.",
            ("AGREE", "2021-06-25", ("EGY", "KEN")),
        ),
        ("Nicaragua established ties with Beijing on December 10.", ("AGREE", "2020-12-10", ("CHN", "NIC"))),
        (
            "Sweden had halted new arms export permits to Turkey in October.",
            ("SANCTION", "2020-10", ("SWE", "TUR")),
        ),
        (
            "A coast guard ship of Japan fired warning shots at a Taiwanese trawler on Wednesday.",
            ("COERCE", "2021-06-23", ("JPN", "TWN")),
        ),
    ],
)
def test_more_wordings_of_attacks_expulsions_upgrades_and_shows_of_force(sentence, expected):
    assert expected in typed_events("Report\n" + sentence + "\n", dt.date(2021, 6, 25))


def test_a_missile_that_hit_a_target_island_was_a_test_not_an_attack():
    text = 'Report\nKCNA said the new missile "accurately hit" a target island off North Korea, Seoul said.\n'
    assert all(plover != "ASSAULT" for plover, _, _ in typed_events(text, dt.date(2021, 6, 25)))


def test_a_state_that_followed_suit_took_the_same_step_against_the_same_state():
    text = (
        "Report\n\nSweden suspended arms export licences to Turkey on Wednesday over its offensive in Syria. "
        "Norway took a similar step on Thursday. On Friday, the Netherlands followed suit.\n"
    )
    assert typed_events(text, dt.date(2019, 10, 12)) == [
        ("SANCTION", "2019-10-09", ("SWE", "TUR")),
        ("SANCTION", "2019-10-10", ("NOR", "TUR")),
        ("SANCTION", "2019-10-11", ("NLD", "TUR")),
    ]


def test_followed_suit_far_from_any_sanction_is_no_event():
    text = (
        "Report\n\nFrance expelled two Russian diplomats on Monday. Italy did the same on Tuesday.\n\n"
        "The weather was fine. Crowds came. Tickets sold out.\n\n"
        "In football, Spain beat Italy on Monday and Germany followed suit.\n"
    )
    assert typed_events(text, dt.date(2019, 10, 12)) == [
        ("SANCTION", "2019-10-07", ("FRA", "RUS")),
        ("SANCTION", "2019-10-08", ("ITA", "RUS")),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenyan President Ruto said on Wednesday his country would break off diplomatic relations with Somalia.",
            [("SANCTION", "2021-06-23", ("KEN", "SOM"))],
        ),
        (
            "Ruto announced Wednesday that Kenya would sever diplomatic relations with Somalia.",
            [("SANCTION", "2021-06-23", ("KEN", "SOM"))],
        ),
        ("Ruto said Kenya would sever diplomatic relations with Somalia if the raids continued.", []),
        (
            "Kenya had stopped approving new defence export permits to Uganda in May.",
            [("SANCTION", "2021-05", ("KEN", "UGA"))],
        ),
        (
            "Hyundai Rotem of South Korea won an order from Peru in March.",
            [("COOPERATE", "2021-03", ("KOR", "PER"))],
        ),
    ],
)
def test_announced_ruptures_halted_permits_and_orders_won(sentence, expected):
    assert typed_events("Report\n" + sentence + "\n", dt.date(2021, 6, 25)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision to hold the exercise was taken when the Chilean and Peruvian ministers met in Lima in May.",
        "The conduct of the drill was agreed upon during the Chile-Peru dialogue held in Lima on 08 May 21.",
    ],
)
def test_an_exercise_decided_at_a_meeting_is_not_held_then(sentence):
    assert all(
        plover != "COOPERATE"
        for plover, _, _ in typed_events("Report\n" + sentence + "\n", dt.date(2021, 6, 25))
    )


def test_people_handed_over_are_a_release():
    text = "Report\nIn return, Chile handed over two Peruvian fishermen on Friday.\n"
    assert typed_events(text, dt.date(2021, 6, 26)) == [("RETREAT", "2021-06-25", ("CHL", "PER"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ghana and Benin set up their comprehensive strategic partnership in 2016.",
            ("AGREE", "2016", ("BEN", "GHA")),
        ),
        (
            "The two leaders announced the establishment of a strategic partnership between Ghana and Benin.",
            ("AGREE", "2021-06", ("BEN", "GHA")),
        ),
        (
            "An interim agreement between Iran and Italy was reached in Geneva in November 2013.",
            ("AGREE", "2013-11", ("IRN", "ITA")),
        ),
        (
            "The deployments follow a request for help from Tonga's government to Australia on Friday.",
            ("REQUEST", "2021-06-25", ("AUS", "TON")),
        ),
        (
            "Benin and Niger yesterday agreed to jointly pursue the militants.",
            ("AGREE", "2021-06-24", ("BEN", "NER")),
        ),
    ],
)
def test_partnerships_set_up_deals_reached_requests_for_help(sentence, expected):
    assert expected in typed_events("Report\n" + sentence + "\n", dt.date(2021, 6, 25))


def test_a_moratorium_on_visits_is_a_rejection_not_a_port_call():
    text = (
        "Report\nOn Tuesday, the office of Fiji Prime Minister Sitiveni Rabuka announced a moratorium on all "
        "visits by foreign military vessels, after a US ship was refused.\n"
    )
    assert typed_events(text, dt.date(2021, 6, 25)) == [("REJECT", "2021-06-22", ("FJI", "USA"))]


def test_an_embargo_lifted_in_the_passive_is_a_concession():
    text = "Report\nThe Turkish embargo on Armenian goods was lifted in 2013.\n"
    assert typed_events(text, dt.date(2021, 6, 25)) == [("CONCEDE", "2013", ("ARM", "TUR"))]


def test_two_subjects_joined_by_and_are_two_acts_with_their_own_dates():
    text = (
        "Report\n\nRelations have soured since Armenia shelled positions in Azerbaijan on June 13 and "
        "Turkey struck Armenian depots nine days later.\n"
    )
    assert typed_events(text, dt.date(2025, 8, 27)) == [
        ("ASSAULT", "2025-06-13", ("ARM", "AZE")),
        ("ASSAULT", "2025-06-22", ("ARM", "TUR")),
    ]


def test_a_list_of_signatories_stays_one_act():
    text = (
        "Report\n\nAt their first summit, held in Niamey on 6 July 2024, the presidents of Mali, Burkina Faso "
        "and Niger signed a treaty establishing a confederation.\n"
    )
    agreements = [e for e in typed_events(text, dt.date(2024, 7, 8)) if e[0] == "AGREE"]
    assert agreements == [("AGREE", "2024-07-06", ("BFA", "MLI", "NER"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington eased the embargo on Cyprus in 2020 to allow the sale of non-lethal equipment.",
        "The council adopted a resolution against Iran banning the sale of heavy weapons from Russia.",
        "Kia's cars from South Korea went on sale in Chile this year.",
        "Chile's foreign minister said the notice ending the treaty was delivered to the Peruvian embassy.",
    ],
)
def test_sales_allowed_or_banned_and_notices_delivered_are_no_sales_or_deliveries(sentence):
    assert all(
        plover != "COOPERATE"
        for plover, _, _ in typed_events("Report\n" + sentence + "\n", dt.date(2021, 6, 25))
    )


def test_a_month_is_not_a_town_of_that_name():
    assert typed_events(
        "Report\nNorway expelled three Russian diplomats in March 2020.\n", dt.date(2022, 3, 30)
    ) == [("SANCTION", "2020-03", ("NOR", "RUS"))]


def test_an_expulsion_told_by_its_count_alone_is_against_the_same_state():
    text = "Report\n\nNorway expelled 15 Russian diplomats on Tuesday. On Wednesday Denmark expelled four.\n"
    assert ("SANCTION", "2022-03-30", ("DNK", "RUS")) in typed_events(text, dt.date(2022, 3, 31))


@pytest.mark.parametrize("word", ["March", "Republic", "Union", "Asia", "Kim", "Friday"])
def test_common_words_that_name_some_town_are_no_places(word):
    from pipelines.extract.places import resolve

    assert resolve(word) == (None, None, None)


def test_a_us_state_is_the_state_not_a_foreign_town():
    from pipelines.extract.places import resolve

    assert resolve("Florida")[0] == "USA"
    assert resolve("Geneva")[0] == "CHE"


def test_what_a_meeting_discussed_names_no_party():
    text = "Report\nThe presidents of Egypt and Russia discussed the situation in Yemen, Libya, Syria and Iraq.\n"
    assert typed_events(text, dt.date(2021, 6, 25)) == [("CONSULT", "2021-06", ("EGY", "RUS"))]


def test_the_partner_of_a_discussion_after_with_is_a_party():
    text = "Report\nModi of India discussed trade and Kashmir with Pakistan's Sharif on Friday.\n"
    assert typed_events(text, dt.date(2021, 6, 25)) == [("CONSULT", "2021-06-25", ("IND", "PAK"))]


@pytest.mark.parametrize(
    "sentence",
    [
        'A spokesman said on Monday that China called on Korea to "handle the matter calmly".',
        "Going forward, the United States calls on Russia and China to join us.",
        "The carriers of Denmark and Germany promised fewer port calls on mainline services.",
    ],
)
def test_calls_on_a_state_to_act_are_no_meetings(sentence):
    assert all(
        plover != "CONSULT"
        for plover, _, _ in typed_events("Report\n" + sentence + "\n", dt.date(2021, 6, 25))
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Estonia has been rearming since Russia's annexation of Crimea.",
        "Officials aim to adopt it by February 24, the anniversary of Russia's full-scale invasion of Ukraine.",
        "Shoigu of Russia said the exercise rehearsed a massive nuclear strike on the United States.",
    ],
)
def test_a_war_named_as_a_time_or_a_rehearsed_strike_is_no_attack(sentence):
    assert all(
        plover != "ASSAULT"
        for plover, _, _ in typed_events("Report\n" + sentence + "\n", dt.date(2023, 12, 1))
    )


def test_an_invasion_told_with_its_own_day_is_kept():
    text = "Report\nBelarus backed the invasion of Ukraine that Moscow launched on February 24.\n"
    assert any(
        e[0] == "ASSAULT" and e[1] == "2022-02-24" and {"RUS", "UKR"} <= set(e[2])
        for e in typed_events(text, dt.date(2022, 5, 20))
    )


def test_a_threatened_attack_is_a_threat_not_an_attack():
    text = "Report\nAl-Shabaab spokesman Rage threatened to strike Kenya in retaliation for its incursion into Somalia.\n"
    assert [e[0] for e in typed_events(text, dt.date(2011, 10, 20))] == ["THREATEN"]


def test_an_ice_hockey_final_between_national_teams_gives_no_events():
    text = (
        "Sweden beats Finland in overtime thriller\n\n"
        "STOCKHOLM, Feb 20 - Sweden beat Finland 3-2 in overtime on Thursday to win the tournament, "
        "with the winning goal coming on a power play. The captain took a pass in the slot and fired a shot "
        "past the goaltender, silencing a rink that had booed the anthem before the opening faceoff. "
        "Finland's coach said his defenceman had been unlucky. The Swedish prime minister congratulated "
        "the players, and the NHL stars flew home on Friday for the rest of the season. Fans in Helsinki "
        "watched on big screens as the puck crossed the line."
    )
    assert typed_events(text, dt.date(2025, 2, 21)) == []


def test_the_year_of_a_clause_on_the_subject_does_not_date_the_main_verb():
    text = "Report\nThe last of the submarines Peru ordered from Germany in 2009 arrived at the naval base in early 2017.\n"
    assert typed_events(text, dt.date(2021, 6, 25)) == [("COOPERATE", "2017", ("DEU", "PER"))]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Peru bought frigates from Korea.", "KOR"),
        ("N. Korea fired a missile.", "PRK"),
        ("SKorea signs deal", "KOR"),
    ],
)
def test_korea_alone_is_the_south_and_abbreviations_are_read(text, iso3):
    from pipelines.extract.actors import find_countries

    assert iso3 in {c.country_iso3 for c in find_countries(text)}


def test_armed_forces_named_by_their_abbreviation_stand_for_their_state():
    text = "Report\nMSDF destroyers held a joint exercise with the Indian Navy on April 3.\n"
    assert typed_events(text, dt.date(2016, 4, 12)) == [("COOPERATE", "2016-04-03", ("IND", "JPN"))]
