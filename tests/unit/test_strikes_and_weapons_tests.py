"""Stop 20: the state where an attacker strikes is its target, even when the article is about two
other states; nuclear and missile tests "carried out" or "conducted" are shows of force
(MOBILIZE). Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_the_state_struck_in_is_the_target_when_the_story_is_about_others():
    text = (
        "Report\n\n"
        "Chile's army chief held talks in Lima on Monday with his Peruvian counterpart.\n\n"
        "The visit came a week after Ecuador struck rebel camps in Colombia on March 3.\n"
    )
    events = typed_events(text, dt.date(2025, 3, 12))
    assert ("ASSAULT", "2025-03-03", ("COL", "ECU")) in events
    assert ("CONSULT", "2025-03-10", ("CHL", "PER")) in events


def test_nuclear_and_missile_tests_are_shows_of_force():
    assert typed_events(
        "Report\n\nPakistan conducted five nuclear tests at Chagai in May 1998.\n", dt.date(2024, 5, 28)
    ) == [("MOBILIZE", "1998-05", ("PAK",))]
    assert typed_events(
        "Report\n\nSEOUL, June 3 (Reuters) - North Korea carried out its fourth nuclear test on Monday.\n",
        dt.date(2024, 6, 3),
    ) == [("MOBILIZE", "2024-06-03", ("PRK",))]
    assert typed_events(
        "Report\n\nIran conducted a ballistic missile test near Semnan on Tuesday.\n", dt.date(2024, 6, 6)
    ) == [("MOBILIZE", "2024-06-04", ("IRN",))]


def test_a_test_named_as_a_reason_is_no_new_event():
    assert (
        typed_events(
            "Report\n\nThe sanctions were imposed over the nuclear tests of 1998.\n", dt.date(2024, 6, 6)
        )
        == []
    )


def test_flight_tests_and_missiles_tested_are_shows_of_force():
    assert typed_events(
        "Report\n\nIran tested a medium-range ballistic missile on Sunday.\n", dt.date(2017, 2, 1)
    ) == [("MOBILIZE", "2017-01-29", ("IRN",))]
    assert typed_events(
        "Report\n\nPakistan on Tuesday conducted the first flight test of Ababeel, a surface-to-surface missile.\n",
        dt.date(2017, 2, 1),
    ) == [("MOBILIZE", "2017-01-31", ("PAK",))]
    assert (
        typed_events(
            "Report\n\nThe ministry said a flight test of the new missile is planned for next year.\n",
            dt.date(2017, 2, 1),
        )
        == []
    )


def test_ground_and_military_operations_launched_are_attacks():
    assert typed_events(
        "Report\n\nThailand launched ground operations in western Cambodia on Oct. 1.\n", dt.date(2025, 10, 8)
    ) == [("ASSAULT", "2025-10-01", ("KHM", "THA"))]
    assert typed_events(
        "Report\n\nIran launched a new military operation in northern Iraq in April 2022.\n",
        dt.date(2025, 10, 8),
    ) == [("ASSAULT", "2022-04", ("IRN", "IRQ"))]


def test_missiles_launched_at_a_state_are_an_attack_and_into_the_sea_a_test():
    assert typed_events(
        "Report\n\nSyria launched more than 40 drones and missiles at Turkey late on Saturday.\n",
        dt.date(2024, 4, 15),
    ) == [("ASSAULT", "2024-04-13", ("SYR", "TUR"))]
    assert typed_events(
        "Report\n\nNorth Korea fired a ballistic missile into the Sea of Japan on Monday.\n",
        dt.date(2024, 4, 15),
    ) == [("MOBILIZE", "2024-04-15", ("PRK",))]


def test_raids_named_operations_and_posts_targeted_are_attacks():
    day = dt.date(2025, 9, 15)
    assert typed_events(
        "Report\n\nOn May 2, 2019, French special forces raided a militant compound in Menaka, Mali.\n", day
    ) == [("ASSAULT", "2019-05-02", ("FRA", "MLI"))]
    assert typed_events(
        "Report\n\nThe Kenyan army launched Operation Linda Nchi in southern Somalia in October 2011.\n", day
    ) == [("ASSAULT", "2011-10", ("KEN", "SOM"))]
    assert typed_events(
        "Report\n\nEritrean border forces targeted Ethiopian military posts with heavy weapons on Monday.\n",
        day,
    ) == [("ASSAULT", "2025-09-15", ("ERI", "ETH"))]
    assert (
        typed_events("Report\n\nPolice in Nairobi raided the offices of a Somali newspaper on Monday.\n", day)
        == []
    )


def test_a_military_deployment_ended_is_a_withdrawal():
    assert typed_events(
        "Report\n\nNew Zealand ended its military deployment in Iraq in June 2020.\n", dt.date(2025, 9, 15)
    ) == [("RETREAT", "2020-06", ("IRQ", "NZL"))]


def test_peacekeepers_killed_by_an_armed_group_make_an_attack_on_their_state():
    day = dt.date(2016, 6, 1)
    assert typed_events(
        "Report\n\nFive Nepali peacekeepers were killed in an ambush west of Kidal on Sunday.\n", day
    ) == [("ASSAULT", "2016-05-29", ("NPL",))]
    assert typed_events(
        "Report\n\nTwo Ghanaian peacekeepers were killed when armed youths stormed a U.N. base in Akobo on Thursday.\n",
        day,
    ) == [("ASSAULT", "2016-05-26", ("GHA",))]
    assert typed_events("Report\n\nTen Peruvian soldiers were killed in an ambush on Sunday.\n", day) == []
