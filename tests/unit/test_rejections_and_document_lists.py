"""Rejections told with other words ("called off the summit", "left the format", "voted to
terminate", "would not extend"), martial law, long treaty titles with their year in brackets, and
documents listed after a colon or under a header, each a signing with its own year or day."""

from __future__ import annotations

import datetime as dt

from extracted import extracted, typed_events

from pipelines.extract.objects import find_agreements


def test_calling_off_a_summit_or_talks_is_a_rejection():
    events = typed_events(
        "On March 3, Hanoi abruptly called off high-level talks with Phnom Penh scheduled for that day.",
        dt.date(2019, 3, 20),
    )
    assert ("REJECT", "2019-03-03", ("KHM", "VNM")) in events
    assert not [e for e in events if e[0] == "CONSULT"]  # talks called off were not held


def test_leaving_a_cooperation_format_is_a_rejection_of_it():
    events = typed_events(
        "Slovenia and Croatia are leaving the cooperation format between Japan and the countries of the "
        "Adriatic, the two foreign ministries said on Thursday.",
        dt.date(2021, 4, 9),
    )
    assert events == [("REJECT", "2021-04-08", ("HRV", "JPN", "SVN"))]
    ceased = typed_events(
        "Portugal has decided to cease its participation in the dialogue forum of Atlantic states and Brazil.",
        dt.date(2021, 4, 9),
    )
    assert [e[0] for e in ceased] == ["REJECT"]


def test_a_parliament_voting_to_terminate_an_agreement_rejects_it():
    events = typed_events(
        "On 4 March 2011 the Tajik parliament voted 80 to 3 to terminate the basing agreement with France.",
        dt.date(2011, 3, 10),
    )
    assert events == [("REJECT", "2011-03-04", ("FRA", "TJK"))]


def test_a_notice_terminating_a_pact_is_a_rejection():
    events = typed_events(
        "Bogota sent Quito a notice terminating the fisheries pact in June 2017.", dt.date(2019, 1, 5)
    )
    assert events == [("REJECT", "2017-06", ("COL", "ECU"))]


def test_would_not_extend_is_a_decision_only_when_notified_and_about_an_agreement():
    notified = typed_events(
        "Tbilisi formally notified Ankara in May that it would not extend the Treaty of Friendship, "
        "Cooperation and Partnership (1994).",
        dt.date(2016, 8, 1),
    )
    assert ("REJECT", "2016-05", ("GEO", "TUR")) in notified
    assert ("AGREE", "1994", ("GEO", "TUR")) in notified  # the title's bracketed year is its signing
    conditional = typed_events(
        "Officials said Turkey would not renew the deal if Georgia kept raising tariffs.", dt.date(2016, 8, 1)
    )
    assert not [e for e in conditional if e[0] == "REJECT"]
    not_a_pact = typed_events(
        "Hours after the European Commission decided not to extend an EU-wide measure, Poland barred "
        "Ukrainian grain.",
        dt.date(2023, 9, 16),
    )
    assert not [e for e in not_a_pact if e[0] == "REJECT"]


def test_a_parliament_imposing_martial_law_mobilises():
    events = typed_events(
        "Armenia's parliament voted on Monday to impose martial law in the border regions for 30 days.",
        dt.date(2020, 9, 30),
    )
    assert events == [("MOBILIZE", "2020-09-28", ("ARM",))]


def test_a_treaty_title_runs_on_past_its_commas_and_in_the():
    text = (
        "The Treaty of Friendship, Cooperation and Mutual Assistance (1955) bound them. "
        "The Agreement on Cooperation in the Use of the Lake Chad Basin (1964) is older. "
        "They signed the Agreement on Cooperation in Accra. "
        "The Treaty of Friendship, Ghana and Togo said, holds."
    )
    found = {a.name: a.year for a in find_agreements(text)}
    assert found["Treaty of Friendship, Cooperation and Mutual Assistance"] == 1955
    assert found["Agreement on Cooperation in the Use of the Lake Chad Basin"] == 1964
    assert "Agreement on Cooperation" in found  # "in Accra" is a place, not part of the title
    assert "Treaty of Friendship" in found  # states after the comma do not join the title


def test_agreements_listed_each_with_in_year_are_signings_of_those_years():
    events = typed_events(
        "Brazil and France signed the Defence Cooperation Agreement (DCA) in 2008, the Submarine "
        "Development Accord in 2009 and the Strategic Partnership Charter (SPC) in 2012.",
        dt.date(2023, 3, 28),
    )
    assert sorted(e[1] for e in events if e[0] == "AGREE") == ["2008", "2009", "2012"]


def test_the_agreements_a_state_signs_with_partners_is_a_habit_not_a_signing():
    events = typed_events(
        "The pact is the last of the agreements Canberra usually signs with close partners. "
        "Australia and Fiji signed the Vuvale Union agreement in 2019.",
        dt.date(2024, 3, 1),
    )
    assert [e for e in events if e[0] == "AGREE"] == [("AGREE", "2019", ("AUS", "FJI"))]


def test_another_agreement_s_bracketed_year_does_not_date_the_signing_welcomed():
    events = typed_events(
        "The ministers of Chile and Japan welcomed the signing of the Security Information Agreement "
        "(SIA), which builds on the Acquisition and Cross-Servicing Agreement (ACSA, 2017) and the "
        "Equipment Transfer Agreement (ETA, 2019).",
        dt.date(2024, 11, 12),
    )
    assert sorted(e[1] for e in events if e[0] == "AGREE") == ["2017", "2019", "2024-11"]


def test_documents_listed_after_a_colon_are_one_signing_each_on_the_occasion_s_day():
    text = (
        "Kenya and Norway on Tuesday signed a maritime security agreement.\n\n"
        "Three other documents were exchanged on the occasion: a memorandum of understanding on fisheries "
        "research; an agreement on the exchange of hydrographic data; and a letter of intent on "
        "cooperation in renewable energy."
    )
    events = typed_events(text, dt.date(2022, 6, 9))
    assert events.count(("AGREE", "2022-06-07", ("KEN", "NOR"))) == 4


def test_documents_listed_under_a_header_with_roman_numerals_take_the_header_s_day():
    text = (
        "Joint statement on the visit of the President of Ghana to Spain\n\n"
        "1. The President of Ghana and the Prime Minister of Spain met in Madrid on 14 May 2024.\n\n"
        "2. The following documents were also signed or exchanged today, 14 May 2024:\n"
        "   (i) Memorandum of Understanding on Cooperation in Tourism;\n"
        "   (ii) Arrangement on Youth Mobility;\n"
        "   (iii) Letter of Intent on Cooperation in Fisheries.\n"
    )
    x, events = extracted(text, dt.date(2024, 5, 14))
    listed = [
        e for e in x.events if e.trigger in ("Memorandum of Understanding", "Arrangement", "Letter of Intent")
    ]
    assert len(listed) == 3
    assert {(e.date.iso(), e.countries) for e in listed} == {("2024-05-14", ("ESP", "GHA"))}


def test_cancelling_a_meeting_with_a_counterpart_rejects_it():
    events = typed_events(
        "Interior Minister Ana Lopes of Portugal cancelled a meeting with her Spanish counterpart on March 2.",
        dt.date(2017, 3, 14),
    )
    assert events == [("REJECT", "2017-03-02", ("ESP", "PRT"))]


def test_a_recall_or_summons_of_an_envoy_posted_in_a_city_names_that_city_s_state():
    events = typed_events(
        "In May 2021 Ghana recalled its ambassador to Berlin for consultations.", dt.date(2022, 3, 1)
    )
    assert events == [("SANCTION", "2021-05", ("DEU", "GHA"))]
    home = typed_events(
        "In April 2015, Kenya recalled its acting high commissioner and its consul-general in Johannesburg.",
        dt.date(2016, 1, 1),
    )
    assert home == [("SANCTION", "2015-04", ("KEN", "ZAF"))]
    called = typed_events(
        "On Friday Peru called its envoy in Caracas home for consultations.", dt.date(2019, 3, 4)
    )
    assert called == [("SANCTION", "2019-03-01", ("PER", "VEN"))]


def test_freezing_official_business_and_closing_a_crossing_are_sanctions():
    frozen = typed_events(
        "On 9 May Norway froze all official bilateral business with Belarus.", dt.date(2021, 6, 1)
    )
    assert frozen == [("SANCTION", "2021-05-09", ("BLR", "NOR"))]
    closed = typed_events(
        "Uzbekistan closed the Oybek crossing into Tajikistan for 11 days in May 2012.", dt.date(2013, 1, 1)
    )
    assert closed == [("SANCTION", "2012-05", ("TJK", "UZB"))]


def test_pulling_out_of_a_forum_or_hearings_rejects_it_rather_than_withdrawing_troops():
    events = typed_events(
        "On September 4, Ghana pulled out of the Trade Forum on Africa in Durban, South Africa.",
        dt.date(2019, 10, 5),
    )
    assert events == [("REJECT", "2019-09-04", ("GHA", "ZAF"))]


def test_withdrawing_landing_permission_is_a_sanction():
    events = typed_events(
        "On March 11 the Belgian government withdrew landing permission for the plane of the Turkish foreign minister.",
        dt.date(2017, 3, 20),
    )
    assert events == [("SANCTION", "2017-03-11", ("BEL", "TUR"))]


def test_a_base_handed_over_is_a_withdrawal_active_or_passive():
    active = typed_events(
        "On July 17 the French army handed over its last two sites in Gabon to the Gabonese armed forces.",
        dt.date(2025, 7, 18),
    )
    assert active == [("RETREAT", "2025-07-17", ("FRA", "GAB"))]


def test_a_sign_of_a_partnership_a_judgment_delivered_and_books_sold_out_are_no_events():
    for text in (
        "The port call is the most visible sign yet of the growing partnership between Peru and Japan.",
        "Chile has taken note of the judgment delivered today by the court in its case with Bolivia.",
        "Booksellers in Austria reported that her novels, printed in Hungary, had sold out within hours.",
        "The second Japan-Africa Defence Ministers' Meeting with Kenya is reportedly being planned.",
    ):
        assert typed_events(text, dt.date(2022, 4, 20)) == [], text
    assert typed_events(
        "11 May 2021: Chile, Peru and Ecuador sign a Joint Declaration in Lima.", dt.date(2022, 4, 20)
    ) == [("AGREE", "2021-05-11", ("CHL", "ECU", "PER"))]


def test_renouncing_an_agreement_rejects_it_and_waiving_restrictions_concedes():
    assert typed_events(
        "Argentina's military rulers renounced a 1964 military assistance agreement with Washington in May 1978.",
        dt.date(1979, 1, 1),
    ) == [("REJECT", "1978-05", ("ARG", "USA"))]
    assert typed_events(
        "In January the Obama administration waived restrictions on military assistance to Kazakhstan.",
        dt.date(2012, 3, 1),
    ) == [("CONCEDE", "2012-01", ("KAZ", "USA"))]


def test_agreeing_to_ban_or_impose_is_a_sanction_and_a_bloc_s_names_only_its_target():
    assert typed_events(
        "EU leaders agreed to impose sanctions on Belarus on Friday.", dt.date(2021, 6, 28)
    ) == [("SANCTION", "2021-06-25", ("BLR",))]
    assert typed_events(
        "On 21 November, Canada ordered all its financial institutions to cease business with Syrian banks.",
        dt.date(2011, 12, 1),
    ) == [("SANCTION", "2011-11-21", ("CAN", "SYR"))]


def test_ships_and_aircraft_sent_to_a_rescue_are_aid_to_the_state_of_the_story():
    text = (
        "Peru's navy lost contact with the submarine BAP Islay on Wednesday, the Peruvian navy said.\n\n"
        "A Chilean Navy P-3 surveillance aircraft joined the search on Saturday, Chile's navy said."
    )
    events = typed_events(text, dt.date(2022, 5, 9))
    assert ("AID", "2022-05-07", ("CHL", "PER")) in events
    assert not [e for e in events if e[0] == "ASSAULT"]
    images = typed_events(
        "Images captured on Sunday by a vehicle deployed from Ecuador's rescue ship showed the wreck off Peru.",
        dt.date(2022, 5, 9),
    )
    assert not [e for e in images if e[0] == "ASSAULT"]


def test_talks_yet_to_be_held_proposed_or_only_welcomed_and_their_length_are_no_meetings():
    for text in (
        "Chile and Argentina have yet to hold a formal dialogue on maritime affairs.",
        "President Lula of Brazil has signalled that he is open to bilateral talks with Caracas.",
        "More than 14,000 Venezuelans have arrived in Peru since the start of the crisis.",
        "Flight LA800 of a Chilean airline took off in Chile and touched down in New Jersey at 5.29am.",
    ):
        assert typed_events(text, dt.date(2016, 7, 20)) == [], text
    after = typed_events(
        "In May 2014, Chile and Peru signed an agreement on their boundary after two decades of talks.",
        dt.date(2016, 7, 20),
    )
    assert after == [("AGREE", "2014-05", ("CHL", "PER"))]


def test_exercises_named_in_a_suspension_were_not_held():
    events = typed_events(
        "Ghana on Wednesday suspended military cooperation with Togo, including joint exercises and patrols.",
        dt.date(2013, 11, 20),
    )
    assert [e[0] for e in events] == ["SANCTION"]


def test_a_purchase_told_with_its_contract_is_that_contract_and_blocked_talks_were_not_held():
    events = typed_events(
        "The first of 12 new jets that Chile bought from Sweden under a 2017 contract arrived at Antofagasta in June 2019.",
        dt.date(2020, 1, 1),
    )
    assert sorted(e[0] for e in events) == ["AGREE", "COOPERATE"]
    assert ("COOPERATE", "2019-06", ("CHL", "SWE")) in events
    blocked = typed_events(
        "In 2009 Bulgaria blocked the opening of EU accession talks with Albania.", dt.date(2020, 1, 1)
    )
    assert not [e for e in blocked if e[0] == "CONSULT"]


def test_deliveries_received_purchases_signed_for_and_options_taken_up():
    assert typed_events(
        "The Peruvian Air Force received its 12 Mirage 2000 fighters from France in 1986.",
        dt.date(2022, 9, 10),
    ) == [("COOPERATE", "1986", ("FRA", "PER"))]
    assert typed_events("Greece signed for 18 jets from France in January.", dt.date(2021, 9, 10)) == [
        ("AGREE", "2021-01", ("FRA", "GRC"))
    ]
    assert typed_events(
        "Croatia took up an option with France for six more Rafales in November 2022.", dt.date(2023, 1, 1)
    ) == [("AGREE", "2022-11", ("FRA", "HRV"))]


def test_halted_or_frozen_arms_exports_to_a_capital_are_sanctions_on_its_state():
    assert typed_events(
        "Denmark halted new arms export approvals to Riyadh in November 2018.", dt.date(2019, 1, 1)
    ) == [("SANCTION", "2018-11", ("DNK", "SAU"))]
    assert typed_events(
        "Canada lifted its moratorium on arms export permits to Turkey in May.", dt.date(2021, 9, 1)
    ) == [("CONCEDE", "2021-05", ("CAN", "TUR"))]


def test_an_announced_withdrawal_a_withdrawn_signature_and_denounced_agreements():
    assert typed_events(
        "President Tinubu of Nigeria on Thursday announced that Nigeria would withdraw its troops from Gambia.",
        dt.date(2024, 9, 6),
    ) == [("RETREAT", "2024-09-05", ("GMB", "NGA"))]
    assert typed_events(
        "Belarus withdrew its signature from the border treaty with Lithuania in September 2005.",
        dt.date(2010, 1, 1),
    ) == [("REJECT", "2005-09", ("BLR", "LTU"))]
    assert typed_events(
        "On May 2 Niamey denounced its defence agreements with France.", dt.date(2023, 5, 9)
    ) == [("REJECT", "2023-05-02", ("FRA", "NER"))]


def test_a_leader_at_a_parade_abroad_is_a_meeting_but_one_expected_as_chief_guest_is_not():
    assert typed_events(
        "Erdogan of Turkey attended the victory parade in Tbilisi, Georgia, on May 26, 2021.",
        dt.date(2021, 6, 1),
    ) == [("CONSULT", "2021-05-26", ("GEO", "TUR"))]
    assert (
        typed_events(
            "Indian President Droupadi Murmu is expected in Port Louis, Mauritius, as chief guest on 12 March.",
            dt.date(2025, 3, 1),
        )
        == []
    )


def test_denials_open_letters_defeats_conceded_votes_phoned_in_and_captured_equipment_are_no_events():
    for text in (
        "Officials in Bamako have denied that any contract with Russia has been signed.",
        "More than 30 business leaders in Norway had signed an open letter to the government on Monday.",
        "Switzerland had conceded defeat to Austria with good grace.",
        "By the time the last juries of Sweden phoned in their votes, Norway had won.",
        "Aliyev of Azerbaijan watched troops march with captured Armenian equipment.",
    ):
        assert typed_events(text, dt.date(2021, 10, 10)) == [], text
    assert typed_events(
        "In January, Zuma authorised the deployment of up to 400 South African soldiers to the CAR.",
        dt.date(2013, 4, 5),
    )[0][2] == ("CAF", "ZAF")


def test_water_cannons_fired_coerce_and_aircraft_sent_to_help_are_aid():
    assert typed_events(
        "On Aug. 5, Chinese Coast Guard vessels fired water cannons at Vietnamese boats near the Paracels.",
        dt.date(2023, 8, 20),
    ) == [("COERCE", "2023-08-05", ("CHN", "VNM"))]
    assert typed_events(
        "In March, Japan sent two P-3C surveillance aircraft to help Malaysian forces search the sea.",
        dt.date(2014, 5, 1),
    ) == [("AID", "2014-03", ("JPN", "MYS"))]


def test_agreeing_to_seek_meet_or_look_for_is_an_intention_but_agreeing_to_maintain_a_ceasefire_is_not():
    for text in (
        "Kishida and President Yoon of South Korea met in Tokyo on 16 March and agreed to seek a solution through dialogue.",
        "Ministers of Chile and Peru said on Monday they had agreed to look for a solution.",
    ):
        assert not [e for e in typed_events(text, dt.date(2023, 3, 20)) if e[0] == "AGREE"], text
    events = typed_events(
        "On 30 October Pakistan and Afghanistan agreed to maintain the ceasefire and to set up a monitoring mechanism.",
        dt.date(2025, 11, 1),
    )
    assert ("AGREE", "2025-10-30", ("AFG", "PAK")) in events


def test_a_deal_to_be_signed_before_something_and_a_signed_project_are_no_signings():
    for text in (
        "Analysts in Baku doubt that Ankara will open the border with Armenia before a peace deal is signed.",
        "The memorandum between Spain and Morocco has not produced a signed project.",
    ):
        assert typed_events(text, dt.date(2023, 3, 1)) == [], text


def test_meetings_refused_pulled_out_of_or_summoned_to_were_not_held_as_talks():
    # no talks held; refusing to attend is itself a rejection (test_boycotts_and_snubs.py)
    assert typed_events(
        "Ankara refused to attend a meeting of foreign ministers that Paris had planned to host on November 20.",
        dt.date(2023, 11, 25),
    ) == [("REJECT", "2023-11-20", ("FRA", "TUR"))]
    assert typed_events(
        "Tokayev of Kazakhstan pulled out of a meeting with Japarov of Kyrgyzstan planned in Astana in October.",
        dt.date(2023, 11, 25),
    ) == [("REJECT", "2023-10", ("KAZ", "KGZ"))]
    summoned = typed_events(
        "Foreign Minister Penny Wong of Australia summoned Iran's ambassador, Ahmad Sadeghi, to a meeting in "
        "Canberra on Monday.",
        dt.date(2023, 11, 25),
    )
    assert [e[0] for e in summoned] == ["PROTEST"]


def test_visits_never_held_not_announced_or_hoped_for_were_not_held():
    for text in (
        "Tebboune's state visit to Spain, first pencilled in for May 2023, has never taken place.",
        "A visit to Hungary by Chancellor Olaf Scholz of Germany has not been announced.",
        "Port Louis says it hopes the first visit by Mauritian officials to the Seychelles can take place soon.",
    ):
        assert typed_events(text, dt.date(2024, 3, 1)) == [], text
    assert typed_events(
        "Officials in Ankara said talks on Egypt acquiring Turkish drones are continuing, though no contract has "
        "been announced.",
        dt.date(2024, 3, 1),
    ) == [("CONSULT", "2024-03-01", ("EGY", "TUR"))]
