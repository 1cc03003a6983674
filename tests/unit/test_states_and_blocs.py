"""Who acts when the text names no state in the clause: ruling bodies, blocs, designations.

All text is written for these tests (other states, bodies and dates than the seeds).
"""

from __future__ import annotations

import datetime as dt

from extracted import typed_events
from extracted import typed_events as _events

from pipelines.extract.actors import find_countries


def test_the_junta_is_the_state_its_ruling_body_was_tied_to():
    text = "Guinea's military government expelled the envoy. Later the junta put its troops on high alert."
    found = [(c.text, c.country_iso3, c.via) for c in find_countries(text)]
    assert found == [("Guinea", "GIN", "name"), ("junta", "GIN", "anaphor")]


def test_the_junta_stays_nobodys_when_two_states_have_one():
    text = "Mali's junta and Burkina Faso's junta met. The junta said nothing."
    assert [c.text for c in find_countries(text) if c.via == "anaphor"] == []


def test_a_ruling_body_before_its_state_is_named_is_not_followed():
    text = "The junta spoke first. Then Sudan's military rulers agreed."
    assert [c.text for c in find_countries(text) if c.via == "anaphor"] == []


def test_a_bloc_acting_alone_acts_on_the_state_it_last_acted_on():
    text = (
        "In May 2021, the Southern African Development Community (SADC) imposed sanctions on Lesotho "
        "over the crisis.\n\nSADC lifted most of the sanctions in January 2022, citing progress."
    )
    assert ("CONCEDE", "2022-01", ("LSO",)) in _events(text, dt.date(2022, 2, 1))


def test_a_verb_phrase_beats_the_event_noun_inside_it():
    text = "The European Union lifted most of the remaining sanctions on Belarus in March 2016."
    events = _events(text, dt.date(2016, 4, 1))
    assert [e[0] for e in events] == ["CONCEDE"]


def test_an_ultimatum_with_or_face_is_a_threat():
    text = (
        "On 2 August 2023, Ghana gave Togo's government ten days to withdraw its troops from the border "
        "or face military action."
    )
    assert ("THREATEN", "2023-08-02", ("GHA", "TGO")) in _events(text, dt.date(2023, 8, 3))


def test_designating_a_coup_or_terrorists_cuts_ties_it_does_not_endorse():
    coup = "In October 2021, Canada formally designated the takeover in Sudan a coup, halting aid."
    terror = (
        "In March 2019, Britain designated the Hezbollah-linked group in Lebanon as a terrorist organisation."
    )
    ally = "In June 2019, Brazil was designated a major non-NATO ally by the United States."
    assert [e[0] for e in _events(coup, dt.date(2021, 11, 1))] == ["SANCTION"]
    assert [e[0] for e in _events(terror, dt.date(2019, 4, 1))] == ["SANCTION"]
    assert [e[0] for e in _events(ally, dt.date(2019, 7, 1))] == ["SUPPORT"]


def test_ending_a_deployment_is_not_a_deployment():
    text = "The last Dutch soldiers left Mali in May 2019, ending a six-year deployment in the north."
    types = [e[0] for e in _events(text, dt.date(2019, 6, 1))]
    assert "COOPERATE" not in types and "MOBILIZE" not in types
    assert "RETREAT" in types


def test_troops_sent_to_a_un_mission_cooperate_those_sent_to_a_border_mobilise():
    un = "In April 2022, Nepal deployed 200 soldiers to the UN Interim Force in Lebanon."
    border = "In April 2022, Azerbaijan deployed 200 soldiers to its border."
    assert [e[0] for e in _events(un, dt.date(2022, 5, 1))] == ["COOPERATE"]
    assert [e[0] for e in _events(border, dt.date(2022, 5, 1))] == ["MOBILIZE"]


def test_the_maker_of_a_weapon_is_not_a_party_to_a_sanction_over_it():
    text = "On 4 May 2021, Canada imposed sanctions on Egypt over its purchase of the Russian Su-35 jets."
    assert _events(text, dt.date(2021, 5, 5)) == [("SANCTION", "2021-05-04", ("CAN", "EGY"))]


def test_the_maker_of_a_weapon_takes_part_in_its_delivery():
    text = "On 4 May 2021, the first Russian Su-35 jets were delivered to Egypt."
    assert ("COOPERATE", "2021-05-04", ("EGY", "RUS")) in _events(text, dt.date(2021, 5, 5))


def test_proposals_removals_and_components_flown_in():
    text = (
        "In March 2016, Jakarta formally proposed a joint patrol to Malaysia.\n\n"
        "In July 2018, Peru was removed from the joint training programme by Chile.\n\n"
        "The first Chinese radar components were flown into Korat air base in Thailand on 2 June 2019."
    )
    events = _events(text, dt.date(2019, 7, 1))
    assert ("REQUEST", "2016-03", ("IDN", "MYS")) in events
    assert ("SANCTION", "2018-07", ("CHL", "PER")) in events
    assert ("COOPERATE", "2019-06-02", ("CHN", "THA")) in events


def test_the_quartet_is_the_last_list_of_four_states_and_charges_are_not_parties():
    text = (
        "When Chad, Niger, Mali and Sudan closed their borders with Libya on June 5, 2019, few expected it to last.\n\n"
        "That June, Egypt's envoy shuttled between Cairo, Tunis and Algiers.\n\n"
        "In July 2019 the quartet accused Tripoli of arming rebels and cosying up to Turkey."
    )
    events = _events(text, dt.date(2019, 9, 1))
    accuse = [c for t, _, c in events if t == "ACCUSE"]
    assert accuse == [("LBY", "MLI", "NER", "SDN", "TCD")]


def test_the_delegation_is_the_state_it_came_from():
    text = (
        "SUVA, May 12 (Reuters) - A senior Japanese delegation met Fiji's prime minister on Friday.\n\n"
        "Earlier in the week the delegation held talks in Apia with Samoa's prime minister."
    )
    events = _events(text, dt.date(2023, 5, 12))
    assert ("CONSULT", "2023-05", ("JPN", "WSM")) in events


def test_states_alarmed_by_a_pact_are_not_its_parties_and_days_after_keeps_the_month():
    text = (
        "PORT VILA, June 9 (Reuters) - A Chinese delegation met Vanuatu's prime minister on Friday.\n\n"
        "The visit came days after Beijing and Port Vila signed a policing pact that has alarmed "
        "Australia and New Zealand."
    )
    events = _events(text, dt.date(2023, 6, 9))
    assert ("AGREE", "2023-06", ("CHN", "VUT")) in events


def test_troops_sent_at_a_hosts_request_are_aid_and_envoys_dispatched_are_visits():
    text = (
        "New Zealand, which sent police and soldiers to Nuku'alofa at Tonga's request in March 2022, "
        "had dispatched its foreign minister, Ana Reti, to Tonga last week."
    )
    events = _events(text, dt.date(2022, 6, 20))
    assert ("AID", "2022-03", ("NZL", "TON")) in events
    assert ("CONSULT", "2022-06", ("NZL", "TON")) in events


def test_switching_recognition_is_a_recognition():
    text = "Nicaragua switched diplomatic ties from Taiwan to China in December 2021."
    assert [t for t, _, _ in _events(text, dt.date(2022, 1, 5))] == ["SUPPORT"]


def test_an_acronym_defined_after_a_state_s_body_stands_for_that_state():
    text = (
        "Coast guard row\n\n"
        "A fishing boat collided with two Philippine Coast Guard (PCG) vessels near Scarborough Shoal.\n\n"
        "The PCG boarded the boat and, early on 8 September, arrested its Vietnamese captain."
    )
    assert ("COERCE", "2016-09-08", ("PHL", "VNM")) in _events(text, dt.date(2016, 9, 20))


def test_demonyms_of_smaller_states_name_them():
    text = (
        "The Nicaraguan government expelled the Honduran ambassador on Monday. Gabonese and Malagasy "
        "officers trained with Mauritian coast guards, and Haitian and Ivorian envoys met Kosovar ones."
    )
    found = {c.country_iso3 for c in find_countries(text)}
    assert found == {"NIC", "HND", "GAB", "MDG", "MUS", "HTI", "CIV", "XKX"}


def test_meeting_a_fate_or_a_target_is_no_meeting():
    text = (
        "Two island projects launched on the same tour in 2015 have met very different fates, and "
        "Poland met NATO's spending target in 2023."
    )
    assert _events(text, dt.date(2024, 3, 1)) == []


def test_recognition_switched_from_one_capital_to_another_names_both_governments():
    text = (
        "On September 16, 2019 the Kiribati cabinet voted to switch recognition from Taipei to Beijing. "
        "Taiwan terminated diplomatic relations with Kiribati the same day. Kiribati, which had "
        "recognised Taipei since 2003, was one of its last Pacific allies."
    )
    assert _events(text, dt.date(2019, 9, 20)) == [
        ("SUPPORT", "2019-09-16", ("CHN", "KIR", "TWN")),
        ("SANCTION", "2019-09-16", ("KIR", "TWN")),
    ]


def test_a_titled_host_without_a_state_is_of_the_place_of_the_talks_but_not_at_a_summit():
    text = (
        "Gulf tour\n\n"
        "On Saturday the Italian prime minister was in Muscat, where she held talks with Sultan "
        "Haitham bin Tariq.\n\n"
        "On Sunday she met Emir Sheikh Nawaf on the sidelines of a summit in Riyadh."
    )
    events = _events(text, dt.date(2023, 1, 16))
    assert events[0] == ("CONSULT", "2023-01-14", ("ITA", "OMN"))
    assert all("SAU" not in e[2] for e in events)


def test_the_three_countries_are_the_last_three_states_named():
    text = (
        "Canada has stepped up defence cooperation with Norway and Denmark. "
        "In May the three countries held their first Arctic exercise, Polar Shield, off Greenland."
    )
    assert typed_events(text, dt.date(2024, 9, 10)) == [("COOPERATE", "2024-05", ("CAN", "DNK", "NOR"))]


def test_the_two_koreas_and_an_inter_korean_summit_name_both_states():
    assert typed_events(
        "The inter-Korean summit was held at Panmunjom on April 27.", dt.date(2018, 5, 1)
    ) == [("CONSULT", "2018-04-27", ("KOR", "PRK"))]


def test_a_family_name_shared_by_a_spokesman_and_a_leader_is_the_leader_s():
    text = (
        "By Sarah Kim\n\n"
        "North Korean leader Kim Jong-un received a delegation on Monday, spokesman Kim Eui-kyeom said. "
        "In March, South Korean envoy Chung Eui-yong met Kim in Pyongyang."
    )
    events = typed_events(text, dt.date(2018, 6, 13))
    assert ("CONSULT", "2018-03", ("KOR", "PRK")) in events


def test_pm_before_a_leader_s_family_name_is_a_title_and_bilateral_meetings_split():
    events = typed_events(
        "PM Sanchez held bilateral meetings with Moroccan Prime Minister Aziz Akhannouch and "
        "Mauritanian President Mohamed Ould Ghazouani on Friday.",
        dt.date(2023, 2, 4),
    )
    assert sorted(events) == [
        ("CONSULT", "2023-02-03", ("ESP", "MAR")),
        ("CONSULT", "2023-02-03", ("ESP", "MRT")),
    ]


def test_a_state_s_agreement_or_step_with_a_bloc_is_an_event_of_that_one_state():
    assert typed_events(
        "In May 2014 Moldova signed an association agreement with the EU.", dt.date(2016, 1, 10)
    ) == [("AGREE", "2014-05", ("MDA",))]
    assert typed_events(
        "NATO foreign ministers invited North Macedonia to begin accession talks in July 2018.",
        dt.date(2019, 1, 10),
    ) == [("SUPPORT", "2018-07", ("MKD",))]
    assert typed_events(
        "In December 2009 the North Atlantic Council granted Georgia the Membership Action Plan.",
        dt.date(2011, 1, 10),
    ) == [("SUPPORT", "2009-12", ("GEO",))]


def test_a_state_only_talked_about_beside_a_bloc_is_no_meeting_of_it():
    text = "The ministers also discussed continued military support for Georgia and cooperation across NATO's flank."
    assert typed_events(text, dt.date(2024, 10, 10)) == []


def test_depositing_an_instrument_of_accession_is_a_treaty_step_not_aid():
    events = typed_events(
        "5 June 2017 – North Macedonia deposits its instrument of accession to NATO in Washington.",
        dt.date(2020, 3, 27),
    )
    assert [e[0] for e in events] == ["AGREE"]


def test_one_state_signing_in_another_s_capital_signs_with_that_state():
    assert typed_events(
        "Lithuania signed its border treaty in Minsk in March 2007.", dt.date(2010, 1, 1)
    ) == [("AGREE", "2007-03", ("BLR", "LTU"))]


def test_it_opening_a_sentence_after_a_state_s_purchase_is_that_state():
    events = typed_events(
        "Kuwait bought 28 Typhoon jets from Italy in 2016. It signed a contract for 30 Caracal helicopters "
        "with France in August 2016.",
        dt.date(2024, 3, 1),
    )
    assert ("AGREE", "2016-08", ("FRA", "KWT")) in events


def test_bric_before_south_africa_joined_is_its_four_founders():
    assert typed_events(
        "Report\n\nBRIC held its first leaders' summit in the city of Yekaterinburg in June 2009.\n",
        dt.date(2023, 8, 24),
    ) == [("CONSULT", "2009-06", ("BRA", "CHN", "IND", "RUS"))]
