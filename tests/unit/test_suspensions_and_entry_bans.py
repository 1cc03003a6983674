"""Stop 21: a state suspended from a group of states (the group named after the verb, or the state
told in the passive) is a sanction with that state as its one party; officials barred from entering a
country are sanctioned by it. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_a_state_suspended_from_a_group_is_sanctioned():
    assert typed_events(
        "Report\n\nBelarus was suspended from the Council of Europe in May.\n", dt.date(2024, 6, 3)
    ) == [("SANCTION", "2024-05", ("BLR",))]
    assert typed_events(
        "Report\n\nCentral African leaders suspended Gabon from all ECCAS bodies on Thursday.\n",
        dt.date(2023, 9, 2),
    ) == [("SANCTION", "2023-08-31", ("GAB",))]


def test_a_state_suspending_something_from_nowhere_named_needs_its_other_party():
    assert (
        typed_events("Report\n\nBelarus suspended its envoy from duty in May.\n", dt.date(2024, 6, 3)) == []
    )


def test_officials_barred_from_entering_a_country_are_sanctioned_by_it():
    assert typed_events(
        "Report\n\nCanada on Tuesday barred 14 senior Nicaraguan officials from entering the country.\n",
        dt.date(2024, 6, 6),
    ) == [("SANCTION", "2024-06-04", ("CAN", "NIC"))]


def test_a_deal_shelved_is_rejected_and_a_hotline_call_is_a_meeting():
    assert typed_events(
        "Report\n\nIn March 2019 Armenia shelved a defence deal with Russia.\n", dt.date(2024, 6, 3)
    ) == [("REJECT", "2019-03", ("ARM", "RUS"))]
    assert typed_events(
        "Report\n\nThe army chiefs of Thailand and Cambodia spoke on the hotline on Monday.\n",
        dt.date(2024, 6, 5),
    ) == [("CONSULT", "2024-06-03", ("KHM", "THA"))]


def test_a_hull_launched_at_a_foreign_yard_is_cooperation_with_the_yards_state():
    assert typed_events(
        "Report\n\nThe Egyptian Navy's first MEKO frigate, ENS Al-Aziz, was launched at the Kiel shipyard in May.\n",
        dt.date(2021, 6, 3),
    ) == [("COOPERATE", "2021-05", ("DEU", "EGY"))]
    # a programme launched somewhere is no hull
    assert (
        typed_events(
            "Report\n\nThe Egyptian programme was launched at a ceremony in Berlin in May.\n",
            dt.date(2021, 6, 3),
        )
        == []
    )


def test_troops_withdrawn_from_a_un_or_au_mission_are_a_withdrawal_not_a_rejection():
    assert typed_events(
        "Report\n\nRwanda has started withdrawing its troops from the United Nations mission in Mali.\n",
        dt.date(2023, 6, 2),
    ) == [("RETREAT", "2023-06-02", ("MLI", "RWA"))]
    assert typed_events(
        "Report\n\nBurundi is withdrawing its troops from the African Union force in Somalia, "
        "the government said on Thursday.\n",
        dt.date(2023, 6, 2),
    ) == [("RETREAT", "2023-06-01", ("BDI", "SOM"))]
    # leaving the organisation itself is a rejection of it
    assert typed_events("Report\n\nMali withdrew from ECOWAS in January.\n", dt.date(2024, 6, 2)) == [
        ("REJECT", "2024-01", ("MLI",))
    ]
    assert (
        typed_events("Report\n\nRussia is withdrawing its objections to the plan.\n", dt.date(2024, 6, 2))
        == []
    )


def test_a_state_asking_another_for_an_investigation_or_for_weapons_requests():
    assert typed_events(
        "Report\n\nNepal asked the Indian government on Monday for a full investigation into the shooting.\n",
        dt.date(2023, 6, 7),
    ) == [("REQUEST", "2023-06-05", ("IND", "NPL"))]
    assert typed_events(
        "Report\n\nTaipei asked Washington for Patriot missiles in May.\n", dt.date(2023, 6, 7)
    ) == [("REQUEST", "2023-05", ("TWN", "USA"))]


def test_arms_shipments_and_licences_halted_are_sanctions_but_not_when_only_considered():
    assert typed_events(
        "Report\n\nOttawa paused a shipment of artillery shells to Colombia in May.\n", dt.date(2024, 9, 3)
    ) == [("SANCTION", "2024-05", ("CAN", "COL"))]
    assert typed_events(
        "Report\n\nNorway halted arms sales to Turkey in October 2019.\n", dt.date(2024, 9, 3)
    ) == [("SANCTION", "2019-10", ("NOR", "TUR"))]
    assert (
        typed_events(
            "Report\n\nNorway is considering suspending arms licences to Turkey.\n", dt.date(2024, 9, 3)
        )
        == []
    )


def test_talks_still_to_come_or_stalled_attacks_to_deter_and_none_taking_part_are_no_events():
    assert (
        typed_events(
            "Report\n\nThe talks between Sudan and Chad are to continue on Monday.\n", dt.date(2024, 6, 5)
        )
        == []
    )
    assert (
        typed_events(
            "Report\n\nTalks between Serbia and Kosovo have been stalled since March.\n", dt.date(2024, 6, 5)
        )
        == []
    )
    assert (
        typed_events(
            "Report\n\nNone of the Baltic states took part in the negotiations with Russia.\n",
            dt.date(2024, 6, 5),
        )
        == []
    )
    assert (
        typed_events(
            "Report\n\nFinland's minister said the army needed more mines to deter an attack by Russia.\n",
            dt.date(2024, 6, 5),
        )
        == []
    )


def test_crowds_that_march_demanding_something_are_no_state_requesting():
    assert (
        typed_events(
            "Report\n\nOn Sunday, thousands of people marched through Yerevan demanding war with Azerbaijan.\n",
            dt.date(2020, 7, 16),
        )
        == []
    )
    assert typed_events(
        "Report\n\nArmenia demanded on Sunday that Azerbaijan withdraw its troops.\n", dt.date(2020, 7, 16)
    ) == [("REQUEST", "2020-07-12", ("ARM", "AZE"))]


def test_weapons_counted_as_deployed_and_lists_handed_over_are_no_events():
    assert (
        typed_events(
            "Report\n\nThe treaty between Britain and France caps each side at 200 deployed warheads.\n",
            dt.date(2021, 2, 5),
        )
        == []
    )
    assert (
        typed_events(
            "Report\n\nIndia handed over a list of 300 Nepali prisoners to Nepal in January.\n",
            dt.date(2021, 2, 5),
        )
        == []
    )
    assert typed_events(
        "Report\n\nIndia handed over two patrol boats to Sri Lanka in January.\n", dt.date(2021, 2, 5)
    ) == [("COOPERATE", "2021-01", ("IND", "LKA"))]


def test_none_of_which_opens_a_relative_clause_not_a_denial():
    text = (
        "Report\n\nQatar and Oman, none of which recognize Israel, attended, as did Bahrain, which normalized "
        "ties with Israel under an accord signed at the White House in September 2020.\n"
    )
    assert ("AGREE", "2020-09", ("BHR", "ISR")) in [
        (t, d, tuple(sorted(set(c) & {"BHR", "ISR"}))) for t, d, c in typed_events(text, dt.date(2023, 9, 1))
    ]
