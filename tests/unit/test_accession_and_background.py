"""Accession, ruptures and background history: rules written while reading batch H's errors,
tested on text written for them (other states, people and dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import found_dates as _found
from extracted import typed_events as _events

from pipelines.extract.objects import find_generic_agreements


def test_joining_an_alliance_and_ratifying_a_membership_are_agreements():
    text = (
        "VILNIUS, June 4 (Reuters) - Montenegro formally became the 29th member of NATO on Monday.\n\n"
        "Croatia's parliament ratified Montenegro's membership on Feb. 2."
    )
    events = _events(text, dt.date(2017, 6, 6))
    assert [(t, d) for t, d, _ in events] == [("AGREE", "2017-06-05"), ("AGREE", "2017-02-02")]
    assert events[1][2] == ("HRV", "MNE")


def test_handing_over_an_instrument_of_accession_is_not_a_delivery():
    text = "On 5 June 2017, Prime Minister Dusko Markovic of Montenegro handed over the instrument of accession to the United States."
    types = [t for t, _, _ in _events(text, dt.date(2017, 6, 6))]
    assert "COOPERATE" not in types
    assert "AGREE" in types


def test_the_two_governments_agreed_that_is_an_agreement():
    text = "On 3 May 2019, Kenya and Ethiopia held talks in Nairobi. The two governments agreed that Ethiopia would buy power from Kenya."
    events = _events(text, dt.date(2019, 6, 10))
    assert ("AGREE", "2019-05-03", ("ETH", "KEN")) in events


def test_ruptures_export_halts_and_recalls_for_consultations():
    text = (
        "QUITO - Ecuador is breaking off diplomatic relations with Mexico, President Daniel Noboa said on Friday.\n\n"
        "In March, Mexico halted all security exports to Ecuador. At the end of March, Quito recalled "
        "Ambassador Ruiz for consultations."
    )
    events = _events(text, dt.date(2024, 4, 6))
    assert ("SANCTION", "2024-04-05", ("ECU", "MEX")) in events
    assert ("SANCTION", "2024-03", ("ECU", "MEX")) in [e for e in events if e[1] == "2024-03"][:1] or (
        ("SANCTION", "2024-03", ("ECU", "MEX")) in events
    )
    assert sum(1 for e in events if e[0] == "SANCTION" and e[1] == "2024-03") == 2


def test_the_end_of_a_month_is_a_date_and_the_same_day_keeps_the_paragraphs_day():
    assert _found("At the end of October, Quito recalled its envoy.", dt.date(2024, 5, 2)) == [
        ("end of October", "2023-10")
    ]
    text = (
        "Kenya's president visited Addis Ababa on 2 May 2024.\n\n"
        "In the last days of October 2023, Kenya recalled its ambassador from Somalia. "
        "Uganda recalled its ambassador from Somalia on the same day."
    )
    events = _events(text, dt.date(2024, 5, 3))
    assert ("SANCTION", "2023-10", ("SOM", "UGA")) in events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day without a year, in a paragraph telling of 2022, is in 2022
        (
            "The first contracts followed on Aug. 26, 2022. A third was signed on Sept. 16.",
            [("Aug. 26, 2022", "2022-08-26"), ("Sept. 16", "2022-09-16")],
        ),
        # a day of the report's own year, with no earlier year in its paragraph, stays in it
        ("Parliament voted on Jan. 23.", [("Jan. 23", "2024-01-23")]),
    ],
)
def test_days_without_a_year_take_the_year_of_their_story(text, expected):
    assert _found(text, dt.date(2024, 2, 29)) == expected


def test_a_day_just_after_the_report_looks_back_to_the_story_year():
    text = "The plan was announced on Dec. 10, 2020.\n\nOn Dec. 22 the declaration was signed."
    assert _found(text, dt.date(2023, 12, 20))[-1] == ("Dec. 22", "2020-12-22")


def test_passive_killings_without_an_attacker_are_not_attacks():
    text = "In late February 2024, more than 100 people were killed near an aid convoy in Rafah, Egypt said."
    types = [t for t, _, _ in _events(text, dt.date(2024, 3, 5))]
    assert "ASSAULT" not in types and "AID" not in types


def test_summaries_and_references_back_are_not_new_signings():
    text = (
        "Between 2017 and 2019 Bucharest signed the three deals that shaped its army.\n\n"
        "The first 8 K9 howitzers arrived in Romania in May 2019, months after the contracts were signed "
        "with South Korea."
    )
    events = _events(text, dt.date(2024, 7, 1))
    assert [t for t, _, _ in events] == ["COOPERATE"]
    assert events[0][1] == "2019-05"


def test_an_order_for_equipment_is_an_agreement_but_in_order_for_is_not():
    order = (
        "In May 2021, Hungary placed a $300 million order for 44 Lynx vehicles with Germany's Rheinmetall."
    )
    not_order = "In May 2021, Hungary asked Germany for aid in order for its army to modernise."
    assert ("AGREE", "2021-05", ("DEU", "HUN")) in _events(order, dt.date(2021, 6, 1))
    assert "AGREE" not in [t for t, _, _ in _events(not_order, dt.date(2021, 6, 1))]


def test_meetings_that_did_not_happen_and_figurative_meets():
    postponed = (
        "A third ministerial meeting between Peru and Chile, which Lima was to host, was postponed twice."
    )
    figurative = "Chile's bet on Peru meets the trade war"
    assert _events(postponed, dt.date(2023, 5, 1)) == []
    assert [t for t, _, _ in _events(figurative, dt.date(2023, 5, 1))] == []


def test_the_first_minister_to_visit_made_a_visit():
    text = "In July 2022, Li Wei became the first Chinese defence minister to visit Fiji."
    assert ("CONSULT", "2022-07", ("CHN", "FJI")) in _events(text, dt.date(2022, 8, 1))


def test_an_agreement_said_to_remain_in_force_is_not_signed_again():
    text = 'An official told this author that the 2019 memorandum "remains in force" between Chile and Peru.'
    assert [t for t, _, _ in _events(text, dt.date(2024, 1, 5))] == []
    assert [g.name for g in find_generic_agreements(text)] == ["2019 memorandum"]


def test_withdrawals_bases_handed_over_expulsions_and_ended_agreements():
    text = (
        "NIAMEY, Dec 22, 2023 (AFP) - The last German soldiers of the UN stabilisation mission left Niger on "
        "Friday, closing a ten-year deployment.\n\n"
        "Earlier in the day, German troops handed over their last base in the country to Nigerien forces.\n\n"
        "On July 3, Niger's junta gave German ambassador Erik Weber 48 hours to leave the country. "
        "In August the junta went further, announcing on Aug. 14 that it was ending the defence agreements with Germany."
    )
    events = _events(text, dt.date(2023, 12, 22))
    types = [(t, d) for t, d, _ in events]
    assert ("RETREAT", "2023-12-22") in types
    assert ("COOPERATE", "2023-12-22") not in types  # "closing a ten-year deployment"
    assert ("SANCTION", "2023-07-03") in types
    assert ("REJECT", "2023-08-14") in types


def test_coups_at_home_and_militants_seizing_towns_are_not_state_coercion():
    text = (
        "In September 2022, officers led by Ibrahim Traore seized power in Burkina Faso.\n\n"
        "In 2012, militants seized the north of Mali before France intervened."
    )
    assert "COERCE" not in [t for t, _, _ in _events(text, dt.date(2023, 1, 5))]


def test_designations_under_a_sanctions_order_are_sanctions_and_boilerplate_is_not():
    text = (
        "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) "
        "is designating three Belarus-based entities that supplied drones to Russia.\n\n"
        "Minsk Avia is being designated pursuant to Executive Order (E.O.) 14024 for having supplied Russia.\n\n"
        "All property of the designated persons is blocked, and persons that deal with entities designated "
        "today may be exposed to designation. The power of OFAC sanctions derives from its ability to designate "
        "and add persons to the Specially Designated Nationals List."
    )
    events = _events(text, dt.date(2024, 3, 5))
    assert {t for t, _, _ in events} == {"SANCTION"}
    assert len(events) == 2
    assert all(d == "2024-03-05" or d == "2024-03" for _, d, _ in events)


def test_upgrades_normalisation_embargo_lifting_and_ordinal_firsts():
    text = (
        "Indonesia and Australia on Sunday elevated their relationship to a comprehensive strategic partnership.\n\n"
        "The two countries normalized diplomatic relations in May 1950. In June 2018, then-President Joko "
        "Widodo announced in Jakarta the full lifting of a decades-old Australian embargo on Indonesian cattle. "
        "In June 2022, the HMAS Canberra became the third Australian warship to dock in Jakarta."
    )
    events = _events(text, dt.date(2023, 9, 12))
    assert ("AGREE", "2023-09-10", ("AUS", "IDN")) in events
    assert ("AGREE", "1950-05", ("AUS", "IDN")) in events
    assert ("CONCEDE", "2018-06", ("AUS", "IDN")) in events
    assert ("COOPERATE", "2022-06", ("AUS", "IDN")) in events


def test_a_scheduled_meeting_is_not_a_meeting_and_a_newsletter_box_is_not_a_delivery():
    text = (
        "Vietnam and Japan held talks in Hanoi on 9 September 2023.\n\n"
        "On Monday, Japan's prime minister is scheduled to meet Vietnam's president.\n\n"
        "Get the best of our newsroom delivered to your inbox every morning."
    )
    assert [t for t, _, _ in _events(text, dt.date(2023, 9, 10))] == ["CONSULT"]


def test_a_dotted_initialism_before_a_number_does_not_end_a_sentence():
    from pipelines.extract.sentences import split_sentences

    text = "Acme is designated pursuant to E.O. 13382 today. Next one."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Acme is designated pursuant to E.O. 13382 today.",
        "Next one.",
    ]


def test_asides_references_back_and_missiles_fired_at_targets():
    text = (
        "DHAKA: Myanmar's foreign minister Than Swe held talks with Bangladesh's leadership on Monday.\n\n"
        "Mr Than Swe, who arrived on Sunday night, held delegation-level talks with Foreign Minister Hasan "
        "Mahmud. Earlier in the day, the Myanmar minister met the army chief.\n\n"
        "On the night of Jan 8, Myanmar's army fired rockets at targets in Bangladesh. "
        "The strike came hours after Bangladesh's foreign secretary had met Myanmar's envoy. "
        "Two days after the Myanmar attack, Bangladesh recalled its ambassador from Naypyidaw. "
        "Mr Mahmud, who was attending a ministerial meeting in Kampala, spoke to his Myanmar counterpart the same day."
    )
    events = _events(text, dt.date(2024, 1, 15))
    talks = [d for t, d, _ in events if t == "CONSULT"]
    assert "2024-01-14" not in talks  # the aside's Sunday dates nothing but the arrival
    assert ("ASSAULT", "2024-01-08", ("BGD", "MMR")) in events
    assert [t for t, _, _ in events].count("ASSAULT") == 1  # "The strike came", "after the attack"
    assert ("SANCTION", "2024-01-10", ("BGD", "MMR")) in events


def test_contingents_leaving_applications_and_domestic_clashes():
    leaving = (
        "ASTANA - The last units of the bloc's peacekeeping contingent left Tajikistan on Wednesday, "
        "ending the bloc's first-ever deployment."
    )
    events = _events(leaving, dt.date(2022, 1, 20))
    assert [(t, d) for t, d, _ in events] == [("RETREAT", "2022-01-19")]
    applying = "Georgia and Moldova applied to join the European Union in March 2022."
    assert _events(applying, dt.date(2022, 4, 1)) == [("REQUEST", "2022-03", ("GEO", "MDA"))]
    clashes = (
        "In June 2010, when ethnic clashes engulfed the south of Kyrgyzstan, the interim government asked "
        "the CSTO for peacekeepers."
    )
    assert "ASSAULT" not in [t for t, _, _ in _events(clashes, dt.date(2022, 4, 1))]


def test_suspending_a_clause_of_a_dated_pact_is_not_signing_it():
    text = "Thailand suspends the border patrol clause of the 2019 Thai-Cambodian security agreement"
    assert [t for t, _, _ in _events(text, dt.date(2024, 2, 1))] == ["SANCTION"]


def test_deliveries_landing_exports_starting_training_and_who_signed_the_deal():
    text = (
        "A Turkish Air Force A400M landed at Mactan air base on Friday carrying the first batch of drones "
        "for the Philippine Navy.\n\n"
        "Sources said the export of ground stations started last month.\n\n"
        "The contract was signed on March 3, 2022. Then defence secretary Ana Cruz, who signed the deal, "
        "had said the drones would arrive within two years. In early 2023, 30 Philippine Navy personnel "
        "completed training on the system in Turkey.\n\n"
        "The deliveries come as tensions with China run high."
    )
    events = _events(text, dt.date(2024, 4, 20))
    assert ("COOPERATE", "2024-04-19", ("PHL", "TUR")) in events
    assert ("COOPERATE", "2024-03", ("PHL", "TUR")) in events
    assert [t for t, _, _ in events].count("AGREE") == 1
    assert ("COOPERATE", "2023", ("PHL", "TUR")) in events
    assert all(c != ("CHN", "PHL") for _, _, c in events)


def test_a_signing_reported_on_a_day_happened_before_it_and_initialling_is_agreeing():
    text = (
        "Fiji's Prime Minister Sitiveni Rabuka told MPs on Wednesday that Foreign Minister Lisa Tora and China's Wang Yi had "
        "signed the pact a few days ago.\n\n"
        "Officials from the two governments initialled the text at the end of March.\n\n"
        "The signing is a setback for Australia."
    )
    events = _events(text, dt.date(2022, 4, 21))
    assert ("AGREE", "2022-04", ("CHN", "FJI")) in events
    assert ("AGREE", "2022-03", ("CHN", "FJI")) in events
    assert len(events) == 2


def test_a_press_releases_list_of_documents_exchanged_and_courtesy_calls():
    text = (
        "Outcome of the State Visit of the President of Kenya to Japan\n\n"
        "Tokyo, 9 February 2024\n\n"
        "- Foreign Minister Yoko Kamikawa called on President William Ruto on 8 February.\n"
        "- The two leaders adopted a Joint Statement on Strategic Partnership.\n"
        "- Japan called on Kenya to join the framework.\n\n"
        "List of MoUs/Agreements exchanged:\n\n"
        "1. MoU between Japan and Kenya on Maritime Security.\n"
        "2. MoU between the National Defense Academy, Yokosuka and the Kenya Military Academy, Wellington on exchanges.\n"
        "3. Renewal of the MoU on Health.\n\n"
        "Announcements:\n\n"
        "- The two sides agreed to commence negotiations on an Economic Partnership Agreement."
    )
    events = _events(text, dt.date(2024, 2, 9))
    agree = [(d, c) for t, d, c in events if t == "AGREE"]
    assert len(agree) == 4  # the joint statement and three listed documents, not the talks to come
    assert all(c == ("JPN", "KEN") for _, c in agree)
    # the headline's "State Visit" and the courtesy call; "called on Kenya to join" is an appeal
    assert [(t, d) for t, d, _ in events if t == "CONSULT"] == [
        ("CONSULT", "2024-02"),
        ("CONSULT", "2024-02-08"),
    ]


def test_systems_arriving_or_reaching_a_state_and_a_visit_someone_is_due_to_make():
    text = (
        "In October 2022, the first Spanish NASAMS system arrived in Latvia. The first Spanish Patriot "
        "system, with its missiles, reached Latvia in April 2023.\n\n"
        "Sanchez, who is due to travel to Chile on Sunday for a three-day visit, spoke to Latvia's prime "
        "minister by telephone in May 2023."
    )
    events = _events(text, dt.date(2023, 6, 1))
    assert ("COOPERATE", "2022-10", ("ESP", "LVA")) in events
    assert ("COOPERATE", "2023-04", ("ESP", "LVA")) in events
    assert ("CONSULT", "2023-05", ("ESP", "LVA")) in events
    assert all(c != ("CHL", "ESP") for _, _, c in events)


def test_export_controls_white_lists_and_reciprocal_trips():
    text = (
        'TAIPEI, June 27 (CNA) -- Taiwan on Tuesday decided to restore Singapore to its "white list" of '
        "trusted trading partners.\n\n"
        "In July 2019, Taipei tightened controls on exports to Manila of three chip materials. The following "
        "month, it dropped the Philippines from its list of preferred trading partners. The Philippines "
        "returned Taiwan to its own white list in April, and Taiwan's premier made a reciprocal trip to "
        "Manila in May for talks."
    )
    events = _events(text, dt.date(2023, 6, 28))
    assert ("SUPPORT", "2023-06-27", ("SGP", "TWN")) in events
    assert ("SANCTION", "2019-07", ("PHL", "TWN")) in events
    assert ("SANCTION", "2019-08", ("PHL", "TWN")) in events
    assert ("SUPPORT", "2023-04", ("PHL", "TWN")) in events
    assert ("CONSULT", "2023-05", ("PHL", "TWN")) in events


def test_equipment_agreed_in_an_aside_arrives_last_month_and_a_minister_is_received():
    text = (
        "YEREVAN, FEBRUARY 23 - Armenia's defence minister held talks with Greece's defence minister on Friday.\n\n"
        "The first Greek armoured vehicles, whose supply to Armenia was agreed during the visit of the Greek "
        "foreign minister to Yerevan in early October, arrived in Armenia last month.\n\n"
        "Later on Friday, the Greek minister was received by Prime Minister Nikol Pashinyan of Armenia."
    )
    events = _events(text, dt.date(2024, 2, 23))
    assert ("COOPERATE", "2024-01", ("ARM", "GRC")) in events
    assert ("AGREE", "2023-10", ("ARM", "GRC")) in events
    assert ("CONSULT", "2024-02-23", ("ARM", "GRC")) in events
