"""Meetings told from the host's side ("received the Defence Secretary", "was received at the
ministry by", "was chief guest at", "sat down with", "was in Oslo for talks"), and meetings that
were not held: never made, only expected, or a guest who pulled out."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_a_host_receiving_a_visiting_secretary_is_a_meeting():
    events = typed_events(
        "President Ilir Meta of Albania received the Dutch Defence Secretary at the presidential palace on Wednesday.",
        dt.date(2019, 5, 17),
    )
    assert events == [("CONSULT", "2019-05-15", ("ALB", "NLD"))]


def test_received_a_letter_from_a_secretary_is_no_meeting():
    events = typed_events(
        "Kenya's president received a letter from the Dutch Foreign Secretary on Monday.",
        dt.date(2019, 5, 17),
    )
    assert events == []


def test_a_visitor_received_at_a_ministry_by_a_minister_is_a_meeting():
    events = typed_events(
        "Chilean Defence Minister Maya Fernandez was received at the Foreign Ministry by "
        "Peruvian Foreign Minister Javier Gonzalez-Olaechea on 4 March 2024.",
        dt.date(2024, 3, 6),
    )
    assert events == [("CONSULT", "2024-03-04", ("CHL", "PER"))]


def test_troops_received_at_an_airport_are_no_meeting():
    events = typed_events(
        "The Kenyan officers were received at the airport in Port-au-Prince by Haitian officials on Tuesday.",
        dt.date(2024, 6, 27),
    )
    assert not [e for e in events if e[0] == "CONSULT"]


def test_a_chief_guest_at_a_national_day_parade_made_a_visit():
    events = typed_events(
        "Kenyan President William Ruto was chief guest at Uganda's Independence Day parade in Kampala "
        "on October 9, 2023.",
        dt.date(2023, 10, 10),
    )
    assert events == [("CONSULT", "2023-10-09", ("KEN", "UGA"))]


def test_sitting_down_with_a_counterpart_is_a_meeting():
    events = typed_events(
        "When Polish Prime Minister Donald Tusk sat down with German Chancellor Olaf Scholz in Berlin on "
        "May 3, the mood was tense.",
        dt.date(2024, 5, 6),
    )
    assert events == [("CONSULT", "2024-05-03", ("DEU", "POL"))]


def test_being_in_a_capital_for_talks_is_a_meeting_but_being_ready_for_talks_is_not():
    held = typed_events(
        "On Thursday the Dutch defence minister was in Oslo for talks with Norwegian Prime Minister Jonas Gahr Store.",
        dt.date(2024, 6, 15),
    )
    assert held == [("CONSULT", "2024-06-13", ("NLD", "NOR"))]
    ready = typed_events(
        "The Dutch defence minister said on Thursday that he was ready for talks with Norway.",
        dt.date(2024, 6, 15),
    )
    assert not [e for e in ready if e[0] == "CONSULT"]


def test_a_visit_never_made_is_no_visit():
    events = typed_events(
        "Chilean President Gabriel Boric never made an official visit to Peru during his first year in office.",
        dt.date(2023, 3, 10),
    )
    assert events == []


def test_a_summit_widely_expected_in_the_summer_is_to_come():
    events = typed_events(
        "A first trilateral summit of Chile, Peru and Bolivia is widely expected in the summer.",
        dt.date(2023, 3, 10),
    )
    assert events == []


def test_a_guest_who_pulled_out_of_a_summit_did_not_retreat():
    events = typed_events(
        "Bolivia's Luis Arce, who had been expected at the summit in Santiago, pulled out late on Monday.",
        dt.date(2023, 3, 10),
    )
    assert not [e for e in events if e[0] == "RETREAT"]


def test_captives_released_are_a_retreat_and_a_pardon_a_concession():
    """The PLOVER manual: "the actual release or exchange of prisoners should be coded as
    RETREAT"; "formal pardons and amnesties … as CONCEDE"."""
    freed = typed_events("Eritrea freed two Djiboutian soldiers on 12 May.", dt.date(2016, 5, 20))
    assert freed == [("RETREAT", "2016-05-12", ("DJI", "ERI"))]
    walked = typed_events(
        "Colombian captain Pablo Moncayo walked free on Tuesday after twelve years in Venezuelan detention.",
        dt.date(2010, 3, 31),
    )
    assert [e[0] for e in walked] == ["RETREAT"]
    pardoned = typed_events(
        "Eritrean President Isaias Afwerki said on Wednesday he had pardoned the two Djiboutian soldiers.",
        dt.date(2016, 5, 20),
    )
    assert [e[0] for e in pardoned] == ["CONCEDE"]


def test_marines_arriving_on_rotation_are_a_deployment_but_police_asked_for_are_aid():
    moved = typed_events("The first 200 US Marines arrived in Australia in April 2012.", dt.date(2014, 8, 12))
    assert moved == [("MOBILIZE", "2012-04", ("AUS", "USA"))]
    asked = typed_events(
        "The first contingent of Kenyan police officers arrived in Haiti on Tuesday at the request of "
        "the Haitian government.",
        dt.date(2024, 6, 26),
    )
    assert [e[0] for e in asked] == ["AID"]


def test_choosing_a_fighter_or_frigate_is_a_purchase():
    events = typed_events(
        "The Danish government on Thursday chose the American F-35A to replace its F-16 fighter jets.",
        dt.date(2016, 6, 10),
    )
    assert events == [("COOPERATE", "2016-06-09", ("DNK", "USA"))]


def test_a_withdrawn_invitation_to_an_exercise_is_a_sanction_not_the_exercise():
    events = typed_events(
        "The Pentagon on Wednesday withdrew its invitation for Russia to take part in a major naval "
        "exercise in the Baltic.",
        dt.date(2014, 3, 20),
    )
    assert events == [("SANCTION", "2014-03-19", ("RUS", "USA"))]


def test_diplomats_told_to_leave_are_expelled_and_a_won_contract_is_signed():
    told = typed_events(
        "Estonia's Foreign Ministry said on Tuesday that two Russian diplomats had been told to leave within 72 hours.",
        dt.date(2022, 3, 25),
    )
    assert [e[:1] + e[2:] for e in told] == [("SANCTION", ("EST", "RUS"))]
    won = typed_events(
        "Brazil's Embraer won a $300 million contract in May last year to supply 12 Super Tucano trainers to Chile.",
        dt.date(2013, 2, 1),
    )
    assert won == [("AGREE", "2012-05", ("BRA", "CHL"))]


def test_a_navy_receiving_a_corvette_and_a_coast_guard_sinking_a_boat():
    received = typed_events(
        "The Philippine Navy received the corvette Conrado Yap from South Korea at a ceremony in Subic on Saturday.",
        dt.date(2019, 8, 10),
    )
    assert received == [("COOPERATE", "2019-08-10", ("KOR", "PHL"))]
    sank = typed_events(
        "The Indonesian navy sank a Vietnamese-flagged fishing vessel on March 14.", dt.date(2016, 3, 20)
    )
    assert sank == [("ASSAULT", "2016-03-14", ("IDN", "VNM"))]


def test_business_and_art_news_naming_countries_yields_no_events():
    beef = (
        "Paraguayan beef storms the Korean market\n\n"
        "ASUNCION, Sept 20 (Reuters) - Paraguayan beef exports to South Korea doubled this year as growers "
        "and meatpacking plants rushed to meet demand from Korean supermarkets and consumers. Investors "
        "have piled into shares of the country's largest brewer and meat groups, and farmers say the harvest "
        "of feed crops was the best in a decade. Exporters signed a contract in July with a Korean distributor "
        "for 20,000 tonnes of beef, the agriculture minister said."
    )
    assert typed_events(beef, dt.date(2019, 9, 20)) == []
    biennale = (
        "Kenyan pavilion wins at the Biennale\n\n"
        "The Kenyan pavilion, curated by a Nairobi gallery, won the Golden Lion at the Venice Biennale on "
        "Saturday. The artist said the exhibition had conquered the jury; the Italian culture minister "
        "attended the ceremony and fans crowded the pavilion."
    )
    assert typed_events(biennale, dt.date(2022, 4, 24)) == []


def test_a_state_joining_an_alliance_is_its_own_agreement():
    events = typed_events(
        "Montenegro formally became NATO's 29th member on Monday, completing a bid held up for months by Russia's objections.",
        dt.date(2017, 6, 7),
    )
    assert events == [("AGREE", "2017-06-05", ("MNE",))]
    joined = typed_events("North Macedonia joined the alliance on March 27, 2020.", dt.date(2020, 4, 1))
    assert joined == [("AGREE", "2020-03-27", ("MKD",))]


def test_a_document_or_a_trilateral_statement_signed_is_an_agreement():
    document = typed_events(
        "Kyrgyz and Tajik officials signed the document on September 19 during a meeting at a border crossing.",
        dt.date(2022, 9, 20),
    )
    assert ("AGREE", "2022-09-19", ("KGZ", "TJK")) in document
    statement = typed_events(
        "The war ended with the November 9 trilateral statement signed by the leaders of Ecuador, Peru and Brazil.",
        dt.date(1998, 12, 1),
    )
    assert ("AGREE", "1998-11-09", ("BRA", "ECU", "PER")) in statement


def test_extended_formats_and_renewed_calls_extend_no_agreement():
    events = typed_events(
        "The treaty was signed by Presidents Ruto and Museveni of Kenya and Uganda on Monday following talks "
        "held in narrow and extended formats. Kenya renewed calls for a joint border commission.",
        dt.date(2024, 6, 12),
    )
    assert [e for e in events if e[0] == "AGREE"] == [("AGREE", "2024-06-10", ("KEN", "UGA"))]


def test_talks_with_a_president_before_a_signing_are_a_meeting_but_months_of_talks_are_not():
    events = typed_events(
        "US Defense Secretary Mark Esper signed a ten-year roadmap in Tunis on Wednesday after talks there "
        "with Tunisian President Kais Saied.",
        dt.date(2020, 10, 1),
    )
    assert sorted(e[0] for e in events) == ["AGREE", "CONSULT"]
    months = typed_events(
        "Peru and Chile signed the treaty on Monday after months of talks.", dt.date(2020, 10, 1)
    )
    assert [e[0] for e in months] == ["AGREE"]


def test_a_border_closed_and_a_loan_frozen_are_sanctions():
    assert typed_events(
        "Ankara closed its land border with Armenia in April 1993.", dt.date(2009, 10, 1)
    ) == [("SANCTION", "1993-04", ("ARM", "TUR"))]
    assert typed_events(
        "The Thai government froze a soft loan for a road project in Cambodia in November 2009.",
        dt.date(2009, 12, 1),
    ) == [("SANCTION", "2009-11", ("KHM", "THA"))]


def test_wars_fought_fighting_erupted_and_troops_crossing_are_assaults():
    war = typed_events(
        "Ecuador and Peru also fought a brief but bloody border war in 1995.", dt.date(1998, 10, 27)
    )
    assert war == [("ASSAULT", "1995", ("ECU", "PER"))]
    erupted = typed_events(
        "Fighting erupted between Sudanese and South Sudanese forces on March 26, 2012.", dt.date(2012, 4, 2)
    )
    assert erupted == [("ASSAULT", "2012-03-26", ("SDN", "SSD"))]
    crossed = typed_events(
        "On April 10, 2012, South Sudanese troops crossed into Sudan's Heglig region.", dt.date(2012, 4, 12)
    )
    assert crossed == [("ASSAULT", "2012-04-10", ("SDN", "SSD"))]


def test_money_credit_lines_vessels_and_supplies_given_are_aid():
    assert typed_events("In early 2015, Riyadh gave Egypt $2 billion.", dt.date(2016, 1, 5)) == [
        ("AID", "2015", ("EGY", "SAU"))
    ]
    assert typed_events(
        "India extended a credit line of $500 million to Mauritius in May 2016.", dt.date(2016, 6, 1)
    ) == [("AID", "2016-05", ("IND", "MUS"))]
    assert typed_events(
        "In 2017, Seoul provided three used corvettes to the Philippines.", dt.date(2018, 1, 5)
    ) == [("AID", "2017", ("KOR", "PHL"))]
    assert typed_events(
        "Washington pledged $400 million in weapons to Kenya in June 2022.", dt.date(2022, 7, 1)
    ) == [("AID", "2022-06", ("KEN", "USA"))]
    loan = typed_events(
        "In March, Mauritius signed a $50 million line of credit agreement with India to buy a patrol vessel.",
        dt.date(2016, 6, 1),
    )
    assert [e[0] for e in loan] == ["AGREE"]


def test_ratification_exchanged_on_a_day_is_dated_by_that_day_not_the_treaty_year():
    events = typed_events(
        "Ecuador and Peru yesterday exchanged the instruments of ratification of the 1942 Rio Protocol and its "
        "1998 annex.",
        dt.date(1999, 5, 14),
    )
    assert events == [("AGREE", "1999-05-13", ("ECU", "PER"))]


def test_a_swap_of_enclaves_is_no_release_but_a_swap_of_a_soldier_for_prisoners_is():
    enclaves = typed_events(
        "The 2015 protocol provides for the swap of 160 enclaves between Ecuador and Peru.",
        dt.date(2015, 6, 7),
    )
    assert not [e for e in enclaves if e[0] == "RETREAT"]
    soldier = typed_events(
        "Yesterday's swap of a Peruvian soldier for 40 Ecuadorian prisoners was completed at the border.",
        dt.date(1995, 3, 2),
    )
    assert [e[0] for e in soldier] == ["RETREAT"]


def test_a_section_heading_is_no_event_but_the_paragraph_under_it_is():
    text = (
        "Chile and Peru deepen defence ties\n\n"
        "Chilean Defence Minister Ana Perez met her Peruvian counterpart in Lima on Monday.\n\n"
        "NAVAL DRILLS\n\n"
        "The two navies held joint exercises off Callao on Tuesday."
    )
    events = typed_events(text, dt.date(2024, 6, 12))
    assert sorted(events) == [
        ("CONSULT", "2024-06-10", ("CHL", "PER")),
        ("COOPERATE", "2024-06-11", ("CHL", "PER")),
    ]


def test_signed_one_refers_to_the_pact_just_named():
    events = typed_events(
        "Japan has equipment transfer pacts with several Asian states. The Philippines signed one in February 2016.",
        dt.date(2021, 9, 12),
    )
    assert events == [("AGREE", "2016-02", ("JPN", "PHL"))]


def test_an_arms_embargo_lifted_is_a_concession_as_other_restrictions_lifted_are():
    # stop 25: most annotators code an arms embargo lifted as other sanctions lifted (CONCEDE)
    arms = typed_events(
        "Washington lifted its embargo on lethal arms sales to Vietnam in May 2016.", dt.date(2017, 1, 5)
    )
    assert arms == [("CONCEDE", "2016-05", ("USA", "VNM"))]
    council = typed_events(
        "The Security Council on Friday voted unanimously to lift the arms embargo on Somalia.",
        dt.date(2023, 12, 4),
    )
    assert council == [("CONCEDE", "2023-12-01", ("SOM",))]
    travel = typed_events(
        "Australia and New Zealand eased their travel sanctions on Fiji in July 2012.", dt.date(2012, 8, 1)
    )
    assert [e[0] for e in travel] == ["CONCEDE"]


def test_denied_reports_and_tourists_visiting_are_no_events():
    assert (
        typed_events(
            "Kenya's presidency has denied media reports that Russia is negotiating to lease a naval base at Mombasa.",
            dt.date(2016, 10, 20),
        )
        == []
    )
    assert (
        typed_events("Around 1.4 million Russian citizens visited Georgia last year.", dt.date(2019, 6, 21))
        == []
    )


def test_the_last_troops_leaving_a_country_are_the_other_state_of_the_story():
    text = (
        "Chad ends defence pact with France\n\n"
        "Chad ended its defence cooperation agreement with France on November 28, 2024.\n\n"
        "The last soldiers left Chad on January 30, 2025."
    )
    events = typed_events(text, dt.date(2025, 2, 1))
    assert ("RETREAT", "2025-01-30", ("FRA", "TCD")) in events


def test_responding_by_summoning_an_envoy_is_a_summons():
    assert typed_events(
        "Ankara responded on Friday by summoning the Iranian envoy.", dt.date(2020, 12, 20)
    ) == [("PROTEST", "2020-12-18", ("IRN", "TUR"))]


def test_the_first_state_to_officially_recognise_and_candidates_made():
    first = typed_events(
        "Norway became the first Nordic state to officially recognise the State of Palestine on Thursday.",
        dt.date(2024, 5, 31),
    )
    assert first == [("SUPPORT", "2024-05-30", ("NOR", "PSE"))]
    candidates = typed_events(
        "European Union leaders on Thursday agreed to make Georgia and Armenia official candidates to join the bloc.",
        dt.date(2024, 5, 31),
    )
    assert [e[0] for e in candidates] == ["SUPPORT"]


def test_a_treaty_left_or_suspended_is_rejected_but_troops_withdrawn_retreat():
    assert typed_events(
        "Washington pulled out of the 1987 Open Skies Treaty in November 2020.", dt.date(2021, 1, 5)
    ) == [("REJECT", "2020-11", ("USA",))]
    assert typed_events(
        "In February, Russia suspended its participation in the New START Treaty with the United States.",
        dt.date(2023, 11, 3),
    ) == [("REJECT", "2023-02", ("RUS", "USA"))]
    assert typed_events("French troops withdrew from Mali in August 2022.", dt.date(2023, 1, 5)) == [
        ("RETREAT", "2022-08", ("FRA", "MLI"))
    ]
    assert typed_events(
        "France and Portugal on Tuesday refused to let the Bolivian plane cross their airspace.",
        dt.date(2013, 7, 3),
    ) == [("REJECT", "2013-07-02", ("BOL", "FRA", "PRT"))]


def test_forces_deployed_within_hours_of_a_request_and_supplies_flown_in_are_aid():
    assert typed_events(
        "Canberra deployed more than 100 police and soldiers to Solomon Islands within 48 hours of the "
        "government's request.",
        dt.date(2021, 11, 30),
    ) == [("AID", "2021-11", ("AUS", "SLB"))]
    assert typed_events(
        "In February 2018, Australian army helicopters flew in food, water and medical supplies to Papua New Guinea.",
        dt.date(2018, 3, 1),
    ) == [("AID", "2018-02", ("AUS", "PNG"))]
