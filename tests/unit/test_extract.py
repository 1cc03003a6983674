"""The extractor on text written for these tests: other states, officials, agreements, dates."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extracted as _events
from extracted import typed_events

from pipelines.extract import ArticleInput, extract
from pipelines.extract.actors import find_countries, find_people
from pipelines.extract.dates import find_dates
from pipelines.extract.objects import find_agreements, find_equipment
from pipelines.extract.places import find_places
from pipelines.extract.sentences import split_sentences


def test_sentences_keep_abbreviations_and_initials_together():
    text = "Lt. Gen. A. Moreno met U.S. officials. Talks ended.\nNext line"
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == ["Lt. Gen. A. Moreno met U.S. officials.", "Talks ended.", "Next line"]


def test_dates_with_precision_and_relative_resolution():
    text = "It was signed on 3 March 2019, renewed in June 2021 and reviewed in 2023. Talks on Tuesday."
    found = [(text[d.start : d.end], d.date.iso()) for d in find_dates(text, dt.date(2024, 2, 16))]
    assert found == [
        ("3 March 2019", "2019-03-03"),
        ("June 2021", "2021-06"),
        ("2023", "2023"),
        ("on Tuesday", "2024-02-13"),
    ]


def test_the_following_month_is_relative_to_the_previous_date():
    text = "In May 2019 they agreed a framework. The following month, they signed the deal."
    iso = [d.date.iso() for d in find_dates(text, None)]
    assert iso == ["2019-05", "2019-06"]


def test_countries_by_name_demonym_and_seat_of_government():
    text = "Canberra's decision pleased Japanese officials while Germany waited in Berlin."
    found = {(m.text, m.entity_type, m.country_iso3) for m in find_countries(text)}
    assert ("Canberra", "COUNTRY", "AUS") in found
    assert ("Japanese", "COUNTRY", "JPN") in found
    assert ("Germany", "COUNTRY", "DEU") in found
    assert ("Berlin", "LOCATION", "DEU") in found  # "in Berlin" is a place, not the government


def test_sea_names_are_not_states():
    assert find_countries("Ships sailed in the South China Sea and the Indian Ocean.") == []


def test_people_with_title_country_and_surname_follow_up():
    text = (
        "Japanese Foreign Minister Yoko Kamikawa met Philippine Defense Secretary Gilberto Teodoro. "
        "Kamikawa said the talks went well, and Teodoro agreed."
    )
    countries = find_countries(text)
    people = find_people(text, countries)
    named = {(p.text, p.name, p.country_iso3) for p in people}
    assert ("Yoko Kamikawa", "Yoko Kamikawa", "JPN") in named
    assert ("Gilberto Teodoro", "Gilberto Teodoro", "PHL") in named
    assert ("Kamikawa", "Yoko Kamikawa", "JPN") in named
    assert ("Teodoro", "Gilberto Teodoro", "PHL") in named


def test_agreement_names_with_years_and_acronyms():
    text = (
        "Both sides recalled the Status of Forces Agreement (SOFA) of 1998, RAA (Reciprocal Access "
        "Agreement, 2024) and the 2011 Joint Declaration on Security Cooperation."
    )
    found = {(o.name, o.acronym, o.year) for o in find_agreements(text)}
    assert ("Status of Forces Agreement (SOFA)", "SOFA", 1998) in found
    assert ("Reciprocal Access Agreement (RAA)", "RAA", 2024) in found
    assert ("Joint Declaration on Security Cooperation", None, 2011) in found


def test_equipment_shapes():
    names = {o.name for o in find_equipment("It bought F-35A fighters, two HMS Albion and 48 K9 howitzers.")}
    assert "F-35A fighters" in names
    assert "K9 howitzers" in names
    assert "HMS Albion" in names


def test_places_resolve_to_states_and_coordinates():
    places = find_places("The ministers met in Jakarta, Indonesia and later at Fort Bragg, North Carolina.")
    got = {(p.name, p.iso3) for p in places}
    assert ("Jakarta, Indonesia", "IDN") in got
    assert ("Fort Bragg, North Carolina", "USA") in got
    jakarta = next(p for p in places if p.name.startswith("Jakarta"))
    assert jakarta.latitude is not None and round(jakarta.latitude) == -6


def test_signing_with_date_and_two_states():
    text = (
        "Japan and the Philippines sign troop pact\n"
        "Japan and the Philippines signed a Reciprocal Access Agreement in Manila on July 8, 2024, "
        "allowing their forces to train in each other's territory."
    )
    x, events = _events(text)
    agree = [e for e in x.events if e.plover_type == "AGREE" and e.date]
    assert agree, events
    e = agree[0]
    assert e.date.iso() == "2024-07-08"
    assert e.countries == ("JPN", "PHL")
    assert e.location_iso3 == "PHL"  # the venue is known but is not added as a participant
    assert e.object_name == "Reciprocal Access Agreement"
    assert text[e.start : e.end] == e.evidence


def test_background_agreement_gets_its_own_year():
    text = (
        "Germany and Lithuania deepened defence ties this week.\n"
        "The cooperation builds on agreements including the NDCA (National Defence Cooperation "
        "Agreement, 2017) and the Host Nation Support Arrangement from 2019."
    )
    _, events = _events(text, dt.date(2025, 3, 14))
    dated = sorted(e for e in events if e[0] == "AGREE")
    assert ("AGREE", "2017", ("DEU", "LTU")) in dated
    assert ("AGREE", "2019", ("DEU", "LTU")) in dated


def test_weekday_resolved_against_publication_date():
    text = "Australia and Indonesia held talks in Canberra on Thursday, the defence ministers said."
    _, events = _events(text, dt.date(2024, 8, 31))
    assert ("CONSULT", "2024-08-29", ("AUS", "IDN")) in events


def test_plans_hopes_and_negations_are_not_events():
    text = (
        "France and India will sign a submarine deal next month. "
        "Officials hope to hold joint exercises in 2030. "
        "Brazil did not sign the agreement with Argentina."
    )
    _, events = _events(text, dt.date(2025, 1, 10))
    assert events == []


def test_sanction_needs_two_states_and_keeps_direction():
    text = "Canada imposed sanctions on Iranian officials on 2 October 2023."
    x, events = _events(text)
    assert events == [("SANCTION", "2023-10-02", ("CAN", "IRN"))]
    assert (x.events[0].source_iso3, x.events[0].target_iso3) == ("CAN", "IRN")


def test_exercise_named_and_dated():
    text = "Troops from Thailand and the United States began the Cobra Gold exercise in February 2025."
    x, events = _events(text)
    assert ("COOPERATE", "2025-02", ("THA", "USA")) in events
    assert any(e.object_name == "Cobra Gold" for e in x.events)


def test_football_report_names_teams_not_states():
    text = (
        "Brazil beat Argentina 2-1 in a World Cup qualifier on Tuesday.\n"
        "Argentina's coach said his team would recover before facing Uruguay."
    )
    _, events = _events(text, dt.date(2025, 3, 26))
    assert events == []


def test_quotes_have_their_speaker():
    text = (
        "South Korean Defense Minister Shin Won-sik met his Australian counterpart on Monday. "
        '"We will deepen our cooperation in every domain," Shin said.'
    )
    x = extract(ArticleInput("b" * 16, text, dt.date(2024, 5, 1)))
    assert len(x.quotes) == 1
    q = x.quotes[0]
    assert q.text == "We will deepen our cooperation in every domain,"
    assert text[q.start : q.end] == q.text
    assert q.speaker is not None and q.speaker.name == "Shin Won-sik"


def test_every_span_is_exact():
    text = (
        "Poland and South Korea signed a contract for 96 K9 howitzers on 1 December 2023 in Warsaw. "
        "Seoul's defence ministry said deliveries began in 2024."
    )
    x = extract(ArticleInput("c" * 16, text, None))
    for e in x.events:
        assert text[e.start : e.end] == e.evidence
    for m in x.entities:
        assert text[m.start : m.end] == m.text


def _only(text: str, published: dt.date | None = None):
    return extract(ArticleInput("d" * 16, text, published))


def test_government_metonyms_and_ministries_are_actors():
    text = "The Pentagon and Japan's Ministry of Defense held talks in Tokyo on 4 March 2024."
    x = _only(text)
    assert [(e.plover_type, e.countries) for e in x.events] == [("CONSULT", ("JPN", "USA"))]
    orgs = {(m.name, m.country_iso3) for m in x.entities if m.entity_type == "ORG"}
    assert ("Ministry of Defense", "JPN") in orgs


def test_honorific_surname_follow_up():
    text = (
        "Indonesian Defence Minister Sjafrie Sjamsoeddin met French Armed Forces Minister "
        "Catherine Vautrin in Paris on 10 May 2025. Mr Sjamsoeddin later toured a shipyard."
    )
    x = _only(text)
    people = [(m.text, m.name, m.country_iso3) for m in x.entities if m.entity_type == "PERSON"]
    assert ("Sjamsoeddin", "Sjafrie Sjamsoeddin", "IDN") in people
    assert ("Catherine Vautrin", "Catherine Vautrin", "FRA") in people


def test_company_with_its_state():
    text = "Poland signed a contract with South Korea's Hanwha Aerospace for 152 K9 howitzers on 1 June 2023."
    x = _only(text)
    orgs = {(m.name, m.country_iso3) for m in x.entities if m.entity_type == "ORG"}
    assert ("Hanwha Aerospace", "KOR") in orgs
    assert [(e.plover_type, e.countries) for e in x.events] == [("AGREE", ("KOR", "POL"))]


def test_event_kinds_are_typed():
    cases = {
        "The USS Ohio made a port call in Colombo, Sri Lanka, on 2 April 2024 with Sri Lankan and US officials present.": "COOPERATE",
        "Australia designated Japan a major security partner in 2023.": "SUPPORT",
        "Washington blacklisted 12 Chinese firms on 9 May 2024.": "SANCTION",
        "Britain deployed 900 troops to Estonia in March 2017.": "COOPERATE",  # at an ally's side
        "Russia deployed 10,000 troops to its border with Ukraine in November 2021.": "MOBILIZE",
        "North Korea test-fired two ballistic missiles on 3 May 2024, Japan said.": "MOBILIZE",
        "Russian missiles struck Odesa on 6 July 2024, Ukraine said.": "ASSAULT",
        "Turkey delivered 20 armed drones to Kenya in 2022.": "COOPERATE",
        "Israel and Morocco co-production of drones began in 2023.": "COOPERATE",
    }
    for text, plover in cases.items():
        assert plover in [e.plover_type for e in _only(text).events], text


def test_signed_purchase_contract_is_agree_not_cooperate():
    x = _only("Egypt signed a contract to buy 30 Rafale jets from France on 4 May 2021.")
    assert [e.plover_type for e in x.events] == ["AGREE"]


def test_future_and_aims_are_not_events():
    text = (
        "Canada and Mexico signed a border pact in 2019.\n"
        "The pact will strengthen joint patrols. A second accord will be signed next week. "
        "The two countries aim to hold joint exercises later this year."
    )
    x = _only(text, dt.date(2024, 5, 2))
    assert [(e.plover_type, e.date.iso()) for e in x.events] == [("AGREE", "2019")]


def test_relative_dates_against_publication_date():
    x = _only(
        "Chile and Peru held talks last month. Chile had sanctioned Bolivia last year.", dt.date(2024, 3, 5)
    )
    got = [(e.plover_type, e.date.iso()) for e in x.events]
    assert ("CONSULT", "2024-02") in got
    assert ("SANCTION", "2023") in got


def test_listed_agreements_between_two_years_keep_their_own_years():
    text = (
        "Between 2009 and 2014 Greece and Cyprus signed three accords: the DCA (Defence "
        "Cooperation Agreement, 2009), the MAA (Mutual Assistance Arrangement, 2011) and the "
        "SOFA (Status of Forces Agreement, 2014)."
    )
    got = sorted((e.object_name, e.date.iso()) for e in _only(text).events if e.plover_type == "AGREE")
    assert [d for _, d in got] == ["2009", "2011", "2014"]
    assert [n.split(" (")[-1] for n, _ in got] == ["DCA)", "MAA)", "SOFA)"]


def test_caption_date_is_used():
    text = "Norwegian and Finnish soldiers during exercise Nordic Shield on 12 March 2024. Photo: Army\nThe drills ended."
    x = _only(text)
    assert ("COOPERATE", "2024-03-12") in [
        (e.plover_type, e.date.iso() if e.date else None) for e in x.events
    ]


def test_place_on_the_sidelines_is_venue_not_participant():
    text = (
        "Greek Defence Minister Nikos Dendias met Turkish Defence Minister Yasar Guler on the sidelines "
        "of the NATO summit in Vilnius, Lithuania, on 11 July 2023."
    )
    x = _only(text)
    e = next(e for e in x.events if e.plover_type == "CONSULT")
    assert e.countries == ("GRC", "TUR")
    assert e.location_iso3 == "LTU"


def test_multilateral_event_has_every_named_state():
    text = "Troops from Japan, Australia, the Philippines and the United States began drills in Luzon on 5 May 2025."
    x = _only(text)
    assert [e.countries for e in x.events] == [("AUS", "JPN", "PHL", "USA")]


def test_acronym_and_expansion_name_one_object():
    text = "Spain and Morocco renewed the MCA (Maritime Cooperation Agreement) in June 2022."
    agreements = find_agreements(text)
    assert {(o.name, o.acronym) for o in agreements} >= {("Maritime Cooperation Agreement (MCA)", "MCA")}


def test_non_defence_articles_have_no_events():
    review = (
        "Phone review: the new handset from a Chinese maker\n"
        "The phone, launched in India and the United States on Friday, has a bright screen. "
        "Its camera beat rivals from Japan and South Korea in our tests."
    )
    assert _only(review, dt.date(2025, 4, 4)).events == []


def test_confidence_orders_explicit_over_weak_statements():
    strong = _only(
        "Spain and Morocco signed the Maritime Cooperation Agreement in Rabat on 3 June 2024."
    ).events[0]
    weak = _only("The talks between the two sides went on.\nSpain and Morocco held talks.").events[0]
    assert strong.plover_type == "AGREE" and weak.plover_type == "CONSULT"
    assert strong.confidence > weak.confidence
    assert 0.0 < weak.confidence < strong.confidence <= 1.0


def test_unnamed_agreement_with_a_year_is_a_dated_background_signing():
    text = "Norway and Germany signed a submarine contract on 8 July 2021. It follows a 2017 memorandum between them."
    got = sorted((e.plover_type, e.date.iso()) for e in _only(text).events)
    assert got == [("AGREE", "2017"), ("AGREE", "2021-07-08")]


def test_day_month_takes_the_year_the_text_last_stated():
    text = "On 15 March 2025 Pakistani aircraft struck targets in Afghanistan. On 16 March Afghan forces attacked Pakistani posts."
    dates = sorted(e.date.iso() for e in _only(text).events)
    assert dates == ["2025-03-15", "2025-03-16"]


def test_missile_launch_is_not_an_attack_and_the_reporter_is_not_a_party():
    x = _only(
        "North Korea fired a short-range ballistic missile into the sea on Saturday, South Korea's military said.",
        dt.date(2025, 9, 21),
    )
    assert [(e.plover_type, e.countries, e.date.iso()) for e in x.events] == [
        ("MOBILIZE", ("PRK",), "2025-09-20")
    ]


def test_sport_report_between_states_has_no_events():
    text = (
        "Kazakhstan's Bekova beats Russia's Orlova to win the title\n"
        "The fourth seed won the final 6-4, 3-6, 7-5 after a tiebreak, her first WTA tennis title. "
        "Orlova had won their previous meeting in the tournament last year."
    )
    assert _only(text, dt.date(2025, 10, 5)).events == []


def test_links_to_other_stories_give_no_events():
    text = (
        "Greece and Egypt signed a maritime accord in Cairo on 6 August 2020.\n"
        "Also read: Turkey and Libya sign energy deal\n"
        "ALSO READ\n"
        "- \n"
        "Russia and China hold naval drills\n"
        "- \n"
        "India and Japan sign logistics pact.\n"
        "Share this article: Facebook | X"
    )
    got = [(e.plover_type, e.countries) for e in _only(text).events]
    assert got == [("AGREE", ("EGY", "GRC"))]


def test_present_tense_counts_in_headlines_and_timelines_not_in_running_text():
    text = (
        "Japan summons Chinese envoy over incursion\n"
        "The minister is expected to raise the issue when he meets his Chinese counterpart in Japan.\n"
        "2019 – Japan and China sign a maritime communication memorandum."
    )
    got = sorted(
        (e.plover_type, e.date.iso() if e.date else None) for e in _only(text, dt.date(2026, 5, 12)).events
    )
    assert got == [("AGREE", "2019"), ("PROTEST", "2026-05")]


def test_dateline_dates_the_report_not_the_event():
    text = "Bangladesh summons Myanmar envoy\nDHAKA, Feb 6 (Wire) – Bangladesh summoned Myanmar's ambassador on Monday over shelling."
    x = _only(text, dt.date(2024, 2, 6))
    assert [(e.plover_type, e.date.iso()) for e in x.events if e.sentence_index == 1] == [
        ("PROTEST", "2024-02-05")
    ]


def test_lower_case_agreement_word_after_a_name_and_negotiations_under_way():
    text = (
        "Vietnam and India praised the Mutual Logistics Support (MLS) agreement (2022).\n"
        "Negotiations are under way for the sale of cruise missiles to Vietnam, Indian officials said. "
        "The framework will help."
    )
    got = sorted(
        (e.plover_type, e.date.iso() if e.date else None) for e in _only(text, dt.date(2025, 11, 15)).events
    )
    assert got == [("AGREE", "2022"), ("CONSULT", "2025-11-15")]  # a state under way: the report's day
    assert {o.name for o in find_agreements(text)} == {"Mutual Logistics Support agreement (MLS)"}


def test_a_modal_further_back_in_the_clause_still_makes_a_plan():
    published = dt.date(2019, 6, 3)
    text = (
        "Kenya and Uganda signed a border security pact in Nairobi on Monday.\n"
        "Once in force, it will allow Ugandan troops to take part in joint patrols and live-fire drills in Kenya.\n"
        "The pact will take effect only after it is ratified by both parliaments.\n"
        "The first of six patrol boats is to be delivered in 2021.\n"
        "A first joint exercise under the pact could be held as early as next year."
    )
    _, events = _events(text, published)
    assert events == [("AGREE", "2019-06-03", ("KEN", "UGA"))]


def test_a_past_participle_after_a_modal_still_tells_of_a_signing():
    published = dt.date(2018, 9, 12)
    text = (
        "Oman's navy will receive two corvettes built in Spain under a contract inked in Madrid on Tuesday."
    )
    _, events = _events(text, published)
    assert events == [("AGREE", "2018-09-11", ("ESP", "OMN"))]


def test_gapped_triggers_and_a_weekday_between_agreed_and_to():
    published = dt.date(2016, 8, 26)
    text = (
        "Cairo and Khartoum agreed Thursday to reopen their border crossings.\n"
        "On Wednesday, Sudan launched a Hadid-3 short-range ballistic missile into the sea.\n"
        "Egypt lifted the remaining import curbs on Sudanese cattle the same day."
    )
    _, events = _events(text, published)
    assert ("AGREE", "2016-08-25", ("EGY", "SDN")) in events
    assert ("MOBILIZE", "2016-08-24", ("SDN",)) in events
    assert ("CONCEDE", "2016-08-24", ("EGY", "SDN")) in events


def test_counts_laws_settings_and_agreements_to_talk_are_not_events():
    published = dt.date(2017, 5, 9)
    text = (
        "Canada imposed sanctions on Venezuela's defence minister on Monday.\n"
        "It is the first time Ottawa has used the Justice for Victims of Corrupt Foreign Officials Act against a Latin American official.\n"
        "The measures were announced amid the annual meeting of the Organization of American States.\n"
        "It is the second such measure Canada has imposed this year.\n"
        "Mexico and Canada also agreed to begin formal negotiations on a cyber defence accord."
    )
    _, events = _events(text, published)
    assert events == [("SANCTION", "2017-05-08", ("CAN", "VEN"))]


def test_a_dateline_country_is_where_the_story_was_filed_not_a_participant():
    published = dt.date(2014, 4, 4)
    text = (
        "NAIROBI, Kenya (AP) — Somalia and Ethiopia signed a security pact on Friday.\n"
        "It was not clear whether Somalia's president had approved a visit by Ethiopian troops."
    )
    _, events = _events(text, published)
    assert events == [("AGREE", "2014-04-04", ("ETH", "SOM"))]


def test_the_north_is_a_korea_once_both_are_named_and_foes_are_not_partners():
    published = dt.date(2017, 8, 21)
    text = (
        "SEOUL, Aug 21 (Yonhap) -- South Korea and the United States began their annual "
        "Ulchi Freedom Guardian exercise on Monday, designed to counter threats from North Korea.\n"
        "Last Tuesday, the North fired a ballistic missile over the East Sea."
    )
    _, events = _events(text, published)
    assert events == [
        ("COOPERATE", "2017-08-21", ("KOR", "USA")),
        ("MOBILIZE", "2017-08-15", ("PRK",)),
    ]


def test_one_verb_with_two_partners_each_with_its_own_date_is_two_events():
    published = dt.date(2019, 3, 1)
    text = "Brazil signed similar border-security accords with Peru in 2014 and Colombia in 2017."
    _, events = _events(text, published)
    assert sorted(events) == [("AGREE", "2014", ("BRA", "PER")), ("AGREE", "2017", ("BRA", "COL"))]


def test_two_clauses_with_their_own_subjects_are_not_split_again():
    published = dt.date(2025, 1, 18)
    text = "Germany on Wednesday sent air-defence systems to Ukraine, while Britain on Thursday imposed sanctions on Russia."
    _, events = _events(text, published)
    assert ("SANCTION", "2025-01-16", ("GBR", "RUS")) in events
    assert all(set(c) != {"DEU", "RUS"} for _, _, c in events)


def test_heads_of_state_named_without_a_title_get_their_state():
    published = dt.date(2019, 2, 28)
    text = (
        "Hanoi summit ends without a deal\n"
        "Donald Trump and Kim Jong Un met in Hanoi on Thursday. Moon Jae-in spoke with Trump by phone later that day."
    )
    x, events = _events(text, published)
    people = {(m.name, m.country_iso3) for m in x.entities if m.entity_type == "PERSON"}
    assert {("Donald Trump", "USA"), ("Kim Jong Un", "PRK"), ("Moon Jae-in", "KOR")} <= people
    assert ("CONSULT", "2019-02-28", ("PRK", "USA")) in events
    assert ("CONSULT", "2019-02-28", ("KOR", "USA")) in events


def test_a_leader_s_name_shared_by_two_states_is_told_apart_by_the_year():
    from pipelines.extract import lexicon

    assert lexicon.leader_country("Joe Biden", 2023) == ("USA", "president")
    assert lexicon.leader_country("Nobody Atall", 2023) is None


def test_phone_calls_in_the_plural_are_one_event_per_partner():
    published = dt.date(2020, 9, 28)
    text = (
        "Georgia's Prime Minister Giorgi Gakharia held telephone conversations on Monday with "
        "Turkish President Recep Tayyip Erdogan and Ukrainian President Volodymyr Zelensky."
    )
    _, events = _events(text, published)
    assert sorted(events) == [
        ("CONSULT", "2020-09-28", ("GEO", "TUR")),
        ("CONSULT", "2020-09-28", ("GEO", "UKR")),
    ]


def test_a_dated_treaty_cited_in_a_list_is_one_background_signing():
    published = dt.date(2021, 5, 4)
    text = (
        "Under the 2003 Treaty on Friendship, Trade and Mutual Assistance between Laos and Vietnam "
        "and Article 2 of the Border Protocol, Laos asked Vietnam for help on Tuesday."
    )
    _, events = _events(text, published)
    assert [e for e in events if e[0] == "AGREE"] == [("AGREE", "2003", ("LAO", "VNM"))]


def test_revoking_pacts_refusing_visitors_and_leaving_are_events():
    published = dt.date(2022, 3, 14)
    text = (
        "Mali's junta on Saturday revoked its defence agreements with France.\n"
        "Colonel Assimi Goita declined to receive the French envoy on Sunday.\n"
        "The last Danish soldiers left Mali in February."
    )
    _, events = _events(text, published)
    assert ("REJECT", "2022-03-12", ("FRA", "MLI")) in events
    assert ("REJECT", "2022-03-13", ("FRA", "MLI")) in events
    assert ("RETREAT", "2022-02", ("DNK", "MLI")) in events


def test_came_a_day_after_counts_back_from_the_lead_and_the_following_month_after_and():
    published = dt.date(2016, 5, 24)
    text = (
        "HANOI, May 23 (Reuters) - Vietnam and Japan signed a coast guard pact on Monday.\n"
        "The deal came a day after the Japanese prime minister flew into Hanoi for talks with Vietnam's president.\n"
        "In March 2015 Tokyo gave Hanoi six patrol boats, and the following month Vietnam's defence minister visited Tokyo."
    )
    _, events = _events(text, published)
    assert ("CONSULT", "2016-05-22", ("JPN", "VNM")) in events
    assert ("CONSULT", "2015-04", ("JPN", "VNM")) in events


def test_a_pact_signed_in_the_past_inside_a_plan_is_still_a_signing():
    published = dt.date(2023, 3, 11)
    text = (
        "Under the deal, Egypt and Turkey will revive a naval cooperation pact signed in 2009.\n"
        'Libya on Saturday revoked "with immediate effect" its security agreement with Chad.'
    )
    _, events = _events(text, published)
    assert ("AGREE", "2009", ("EGY", "TUR")) in events
    assert ("REJECT", "2023-03-11", ("LBY", "TCD")) in events


def test_water_cannon_is_coercion_and_analysts_opinions_are_not_events():
    published = dt.date(2023, 8, 7)
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday.\n"
        "Analysts say another such incident could push Washington to send aid to Manila."
    )
    _, events = _events(text, published)
    assert events == [("COERCE", "2023-08-05", ("CHN", "PHL"))]


def test_talks_the_signing_came_after_take_the_lead_day():
    published = dt.date(2019, 4, 26)
    text = (
        "VLADIVOSTOK, April 25 (Reuters) - Belarus and Russia signed a customs treaty on Thursday.\n"
        "The signing came after the two presidents held lengthy summit talks on Russky Island, where the "
        "Belarusian leader stayed after arriving in the region for a three-day visit."
    )
    _, events = _events(text, published)
    assert ("CONSULT", "2019-04-25", ("BLR", "RUS")) in events


def test_a_pact_formally_announced_is_an_agreement_but_a_signing_beside_it_speaks_first():
    published = dt.date(2019, 10, 2)
    text = (
        "The Delhi-Tokyo security partnership was announced in March 2017 by Japan and India.\n"
        "That pact was announced on the day that Indian and French ministers signed a contract for 36 jets in Paris.\n"
        "Norway announced plans for a new pact with Iceland."
    )
    _, events = _events(text, published)
    assert ("AGREE", "2017-03", ("IND", "JPN")) in events
    signing = [e for e in events if e[0] == "AGREE" and "FRA" in e[2]]
    assert signing == [("AGREE", "2019-10", ("FRA", "IND"))]
    assert not [e for e in events if "NOR" in e[2]]


def test_a_deal_with_a_known_manufacturer_involves_its_home_state():
    published = dt.date(2021, 12, 4)
    text = "The United Arab Emirates signed a contract with Dassault Aviation for 80 Rafale jets on Friday."
    x, events = _events(text, published)
    assert events == [("AGREE", "2021-12-03", ("ARE", "FRA"))]
    orgs = {(m.name, m.country_iso3) for m in x.entities if m.entity_type == "ORG"}
    assert ("Dassault Aviation", "FRA") in orgs


def test_negotiations_under_way_are_dated_by_the_report_not_merged_with_the_visit():
    published = dt.date(2017, 6, 10)
    text = (
        "Malaysia and South Korea signed a defence MoU in Kuching on Friday during a visit by Korean officials.\n"
        "Negotiations are under way for the sale of FA-50 light fighters to Malaysia, officials said."
    )
    _, events = _events(text, published)
    assert ("CONSULT", "2017-06-10", ("KOR", "MYS")) in events


def test_a_warning_without_a_threatened_step_is_a_view_not_a_threat():
    published = dt.date(2018, 3, 2)
    text = (
        "Former Philippine senator Ana Cruz warned that Manila was surrendering its sovereignty to Beijing.\n"
        "China warned the Philippines on Thursday that it would take action if the survey ship entered the shoal."
    )
    _, events = _events(text, published)
    assert [e for e in events if e[0] == "THREATEN"] == [("THREATEN", "2018-03-01", ("CHN", "PHL"))]


def test_stern_representations_complaints_and_scrambles():
    published = dt.date(2016, 9, 2)
    text = (
        "China lodged stern representations with Singapore on Thursday over its remarks.\n"
        "Taiwan scrambled fighter jets on Friday as Chinese bombers flew near the island."
    )
    _, events = _events(text, published)
    assert ("PROTEST", "2016-09-01", ("CHN", "SGP")) in events
    assert any(t == "MOBILIZE" and d == "2016-09-02" and "TWN" in c for t, d, c in events)


def test_base_form_recognise_and_sever_are_acts_only_after_to():
    published = dt.date(2019, 1, 30)
    text = (
        "In January 2019, Paraguay became the first state to recognise the new government in Caracas, "
        "prompting Venezuela to sever diplomatic relations with Asuncion.\n"
        "Under the treaty, Peru and Ecuador recognise each other's borders."
    )
    _, events = _events(text, published)
    assert ("SUPPORT", "2019-01", ("PRY", "VEN")) in events
    assert ("SANCTION", "2019-01", ("PRY", "VEN")) in events
    assert not [e for e in events if "PER" in e[2]]


def test_a_month_after_in_is_a_date_not_a_town():
    text = "Troops were sent in March 2022 and talks were held in May."
    assert [p.name for p in find_places(text)] == []


def test_offices_written_in_lower_case_after_a_state():
    text = (
        "Japan's foreign minister Yoko Kamikawa met Britain's defence secretary Grant Shapps. "
        "The team was led by White House Indo-Pacific coordinator Kurt Campbell. "
        "The administrator Bob Lee said the minister was away."
    )
    people = [(p.text, p.country_iso3) for p in find_people(text, find_countries(text), 2024)]
    assert people == [("Yoko Kamikawa", "JPN"), ("Grant Shapps", "GBR"), ("Kurt Campbell", "USA")]


def test_issued_pledge_or_declaration_is_an_agreement() -> None:
    events = typed_events(
        "Chile, Peru and Ecuador issued the Lima Pledge on coastal security on 4 May 2022.",
        dt.date(2022, 5, 6),
    )
    assert ("AGREE", "2022-05-04", ("CHL", "ECU", "PER")) in events


def test_told_an_ambassador_to_leave_is_an_expulsion() -> None:
    events = typed_events(
        "Ghana told Nigerian Ambassador Musa Bello to leave the country on Monday.", dt.date(2024, 3, 6)
    )
    assert ("SANCTION", "2024-03-04", ("GHA", "NGA")) in events


def test_weekday_possessive_opening_tells_an_event_again() -> None:
    text = (
        "The defence ministers of Kenya and Ethiopia met in Nairobi on Tuesday.\n\n"
        "Tuesday's meeting follows a surprise agreement announced in Kampala on March 3, under which the "
        "two neighbours agreed, with Ugandan mediation, to reopen border posts."
    )
    consult = [e for e in typed_events(text, dt.date(2024, 5, 9)) if e[0] == "CONSULT"]
    assert consult == [("CONSULT", "2024-05-07", ("ETH", "KEN"))]


def test_sentence_opening_no_negates_the_event() -> None:
    text = "Chile bought two frigates from Britain on 4 May 2021. No contract has been signed for the Dutch submarines."
    events = typed_events(text, dt.date(2021, 5, 6))
    assert [e for e in events if e[0] == "AGREE"] == []


def test_no_does_not_negate_the_event_of_a_time_clause() -> None:
    text = (
        "No contract was signed during the visit of Chilean Defence Minister Ana Soto to Peru on 4 May 2021."
    )
    events = typed_events(text, dt.date(2021, 5, 6))
    assert [e[0] for e in events] == ["CONSULT"]


def test_two_signings_of_one_sentence_keep_their_own_states_and_dates() -> None:
    text = (
        "Ghana orders patrol boats\n"
        "Ghana signed a contract with Turkey on 4 March 2024 for six patrol boats, the navy said. "
        "Ghana has long bought Turkish hardware. Turkey's shipyards are busy. "
        "Nigeria signed a contract with Turkey in May last year, and the Senegalese government "
        "signed a deal with Spain during Spanish Prime Minister Ramon Alvarez's visit to Dakar on Dec. 3."
    )
    events = sorted(typed_events(text, dt.date(2024, 3, 5)))
    assert ("AGREE", "2023-05", ("NGA", "TUR")) in events
    assert ("AGREE", "2023-12-03", ("ESP", "SEN")) in events
    # neither signing borrows the other's states
    assert not any(e[0] == "AGREE" and {"NGA", "SEN"} <= set(e[2]) for e in events)


def test_a_purchase_naming_only_the_buyer_takes_the_maker_state_of_the_weapon() -> None:
    text = (
        "Air force renewal\n"
        "Colombia signed a contract for 17 Gripens on 14 November 2025, the defence ministry said."
    )
    assert ("AGREE", "2025-11-14", ("COL", "SWE")) in typed_events(text, dt.date(2025, 11, 15))
    # a seller that is named is not replaced by the maker
    named = "Jets bought\nPeru signed a contract with Brazil for 12 F-16V jets on 3 June 2024."
    assert [e[2] for e in typed_events(named, dt.date(2024, 6, 4)) if e[0] == "AGREE"] == [("BRA", "PER")]


def test_weapon_family_names_match_variants_but_not_longer_designators() -> None:
    from pipelines.extract.lexicon import makers_named

    for phrase, makers in [
        ("30 more Rafales", {"FRA"}),
        ("K9A1 howitzers", {"KOR"}),
        ("Su-35S fighters", {"RUS"}),
        ("a K22 rifle", set()),
        ("a patriot's duty", set()),
    ]:
        assert makers_named(phrase, 0, len(phrase)) == makers, phrase


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Egypt and Qatar restored ties on Tuesday.", ("AGREE", "2024-05-07", ("EGY", "QAT"))),
        (
            "Morocco and Iran re-established diplomatic relations on Monday.",
            ("AGREE", "2024-05-06", ("IRN", "MAR")),
        ),
        (
            "Indonesia received its first Rafale fighter jets from France on Monday.",
            ("COOPERATE", "2024-05-06", ("FRA", "IDN")),
        ),
        (
            "Algeria closed its airspace to Moroccan aircraft on Monday.",
            ("SANCTION", "2024-05-06", ("DZA", "MAR")),
        ),
        (
            "Kenya's foreign minister received the Ethiopian ambassador in Nairobi on Monday.",
            ("CONSULT", "2024-05-06", ("ETH", "KEN")),
        ),
    ],
)
def test_restored_ties_first_deliveries_closed_airspace_and_receptions(sentence, expected) -> None:
    assert typed_events("Report\n" + sentence + "\n", dt.date(2024, 5, 10)) == [expected]


def test_one_verb_with_two_new_documents_gives_two_signings() -> None:
    text = (
        "Cairo and Nairobi sign accords\n"
        "Egypt and Kenya signed a memorandum on health and an agreement on visas on 3 May 2024. "
        "Ghana and Togo signed a memorandum on fisheries on 6 May 2024, the ministry said, and a "
        "second deal was expected."
    )
    x, events = _events(text, dt.date(2024, 5, 10))
    body = text.index("\n")
    signings = [
        (e.object_name, e.date.iso()) for e in x.events if e.plover_type == "AGREE" and e.start > body
    ]
    assert signings == [
        ("memorandum", "2024-05-03"),
        ("agreement", "2024-05-03"),
        ("memorandum", "2024-05-06"),
    ]


def test_a_long_treaty_name_renamed_in_brackets_is_known_by_its_short_name() -> None:
    text = (
        "Treaty signed\n"
        'Kenya and Italy signed the "Agreement between the Republic of Kenya and the Italian Republic '
        'Concerning Defence Cooperation" (the Kenya-Italy Defence Cooperation Agreement) on 2 May 2024.'
    )
    x, _ = _events(text, dt.date(2024, 5, 3))
    assert [e.object_name for e in x.events if e.plover_type == "AGREE" and e.sentence_index > 0] == [
        "Kenya-Italy Defence Cooperation Agreement"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The pact sets the legal status of visiting personnel from Peru and Chile.",
        "It lets the forces of Peru train while visiting the other, officials from Chile said.",
        "The deal spares Peru and Chile from negotiating case-by-case arrangements.",
    ],
)
def test_visiting_as_an_adjective_and_gerunds_after_from_are_not_events(sentence) -> None:
    assert typed_events("Report\n" + sentence + "\n", dt.date(2024, 5, 10)) == []


def test_agreed_in_principle_and_an_aside_dated_to_the_end_of_the_sentence() -> None:
    events = typed_events(
        "Report\nPeru and Chile agreed in principle on the pact in May last year.\n"
        "Cairo hosted talks between Egypt and Qatar, who cut diplomatic relations five years ago.\n",
        dt.date(2024, 5, 10),
    )
    assert ("AGREE", "2023-05", ("CHL", "PER")) in events
    talks = [e for e in events if e[0] == "CONSULT"]
    assert talks and all(e[1] != "2019" for e in talks)  # the aside's date is the cutting of ties


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("President Abdel Fattah al-Sisi received them in Cairo.", "Abdel Fattah al-Sisi", "EGY"),
        ("Crown Prince Mohammed bin Salman received them.", "Mohammed bin Salman", "SAU"),
        ("President Luiz Inacio Lula da Silva said so.", "Luiz Inacio Lula da Silva", "BRA"),
        # an honorific inside a name does not make the name a title
        ("President Hassan Sheikh Mohamud signed a law.", "Hassan Sheikh Mohamud", "SOM"),
    ],
)
def test_names_with_particles_and_honorifics_are_whole(text, person, state) -> None:
    people = find_people(text, find_countries(text), 2024)
    assert [(p.text, p.country_iso3) for p in people][:1] == [(person, state)]


def test_a_person_followed_by_the_first_two_words_of_a_three_word_name() -> None:
    text = (
        "Report\nPresident Hassan Sheikh Mohamud of Somalia flew to Nairobi on 3 May 2024. "
        "Hassan Sheikh and Kenyan President William Ruto signed a border security pact on 4 May 2024."
    )
    events = typed_events(text, dt.date(2024, 5, 5))
    assert ("AGREE", "2024-05-04", ("KEN", "SOM")) in events


@pytest.mark.parametrize(
    "sentence",
    [
        "The technical negotiations between Peru and Chile are due to open by the end of June.",
        "Chile has offered troops to the Peruvian mission, but none have deployed.",
    ],
)
def test_plans_after_an_event_noun_and_none_are_not_events(sentence) -> None:
    assert typed_events("Report\n" + sentence + "\n", dt.date(2024, 5, 10)) == []


def test_aircraft_landing_in_a_capital_and_an_announced_declaration() -> None:
    events = typed_events(
        "Report\nAt the end of that month two Turkish Air Force transport aircraft landed in Tripoli "
        "carrying drones. Turkey had signed a pact with Libya on 2 May 2024.\n"
        "On 6 May 2024 the leaders of Ghana and Togo announced the Lome Declaration.\n",
        dt.date(2024, 5, 10),
    )
    assert any(e[0] == "COOPERATE" and set(e[2]) == {"LBY", "TUR"} for e in events)
    assert ("AGREE", "2024-05-06", ("GHA", "TGO")) in events


def test_a_deal_for_the_jets_named_earlier_takes_their_maker_not_the_next_clause_subject() -> None:
    text = (
        "Jet sales\n"
        "Exports of the Gripen have grown. Sweden markets the jet widely.\n"
        "Thailand signed a $2 billion deal for 12 of the jets in 2022, and Brazil ordered 36 in 2014.\n"
    )
    events = typed_events(text, dt.date(2024, 5, 10))
    assert ("AGREE", "2022", ("SWE", "THA")) in events
    assert not any("BRA" in e[2] and "THA" in e[2] for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Philippines bought the light attack variant from South Korea in 2014. The Philippines "
        "has since flown strikes against communist insurgents.",
    ],
)
def test_attack_as_a_modifier_and_strikes_on_insurgents_are_not_attacks_between_states(sentence) -> None:
    events = typed_events("Report\n" + sentence + "\n", dt.date(2024, 5, 10))
    assert not any(e[0] == "ASSAULT" for e in events), events


def test_border_clash_story_downgrades_import_stops_requests_and_mutual_accusations() -> None:
    text = (
        "Border fighting\n"
        "Thailand and Cambodia clashed on 24 July 2025. Each side accused the other of starting it.\n"
        "Cambodia downgraded diplomatic relations with Thailand on 24 July 2025.\n"
        "In June, Cambodia stopped importing Thai fruit.\n"
        "Cambodian Prime Minister Hun Manet wrote to the UN Security Council on 24 July 2025 "
        "requesting an urgent meeting.\n"
        "The zone lies where the borders of Thailand, Cambodia and Laos meet.\n"
    )
    events = typed_events(text, dt.date(2025, 7, 25))
    assert ("SANCTION", "2025-07-24", ("KHM", "THA")) in events
    assert ("SANCTION", "2025-06", ("KHM", "THA")) in events
    assert any(e[0] == "ACCUSE" and e[2] == ("KHM", "THA") for e in events)
    assert any(e[0] == "REQUEST" and e[1] == "2025-07-24" for e in events)
    assert not any(e[0] == "CONSULT" for e in events)  # the meeting asked for; borders that meet


def test_first_that_counts_is_no_past_cue_and_a_prefixed_surname_follows_the_person() -> None:
    text = (
        "Leaders meet\n"
        "CAIRO, March 5, 2024 (AFP) - Algerian President Abdelmadjid Tebboune arrived in Cairo on Tuesday.\n"
        "President Abdel Fattah al-Sisi greeted him before the two leaders held talks, first one-on-one "
        "and then with their delegations.\n"
        "Sisi and Tebboune then co-chaired the first meeting of a joint council.\n"
    )
    x, events = _events(text)
    assert ("CONSULT", "2024-03-05", ("DZA", "EGY")) in events  # the talks: the lead's day
    sisi = [m for m in x.entities if m.entity_type == "PERSON" and m.text == "Sisi"]
    assert sisi and sisi[0].country_iso3 == "EGY"


def test_where_he_held_talks_is_his_own_meeting_and_in_which_names_topics_not_parties() -> None:
    text = (
        "Tour\n"
        "Ghanaian President John Mahama arrived in Lagos on 3 June 2025 from Abidjan, where he held "
        "talks with Ivorian President Alassane Ouattara, and is scheduled to meet Senegal's president "
        "in Dakar on Friday.\n"
        "The two leaders held talks in Lagos on 3 June 2025, in which they also voiced support for Sudan.\n"
        "The leaders of Togo and Benin announced the Lome Declaration on 4 June 2025, in which Niger "
        "and Chad also joined.\n"
    )
    events = typed_events(text, dt.date(2025, 6, 5))
    assert ("CONSULT", "2025-06-03", ("CIV", "GHA")) in events
    assert not any("SEN" in e[2] for e in events if e[0] == "CONSULT")  # a meeting to come
    assert not any("SDN" in e[2] for e in events)  # what the talks covered
    assert any(e[0] == "AGREE" and {"NER", "TCD"} <= set(e[2]) for e in events)  # an agreement's parties


def test_group_of_seven_is_not_equipment_and_looking_forward_is_a_plan() -> None:
    assert [o.name for o in find_equipment("Japan shores up G7 ties. Japan buys K9 howitzers.")] == [
        "K9 howitzers"
    ]
    text = "Report\nIshiba said he looked forward to welcoming Starmer to Osaka in May for the summit.\n"
    assert typed_events(text, dt.date(2025, 3, 1)) == []


def test_troops_beginning_to_pull_out_and_a_declaration_of_independence() -> None:
    text = (
        "Report\n"
        "The Kremlin confirmed that its troops began pulling out of Moldova on 17 April 2024.\n"
        "Chisinau wants Moscow to drop its claim, which rests on the 1991 declaration of independence of Moldova.\n"
    )
    events = typed_events(text, dt.date(2024, 5, 1))
    assert ("RETREAT", "2024-04-17", ("MDA", "RUS")) in events
    assert not any(e[0] == "AGREE" for e in events)


def test_follow_up_story_dates_and_acronyms_that_spell_a_named_agreement() -> None:
    text = (
        "Pact faces ratification\n"
        "OSLO -- A week after Norway and Poland agreed to let their forces train on each other's soil, "
        "attention has turned to parliament.\n"
        "Last Monday's signing capped eight months of negotiations on the Mutual Training Agreement.\n"
        "Precedent suggests patience. Norway's first MTA, with Sweden, was signed in January 2022. "
        "The pact with Finland, signed in Helsinki on Jan. 11, 2023, moved faster.\n"
    )
    x, events = _events(text, dt.date(2024, 7, 15))  # a Monday
    assert ("AGREE", "2024-07-08", ("NOR", "POL")) in events
    assert not any(e[0] == "CONSULT" for e in events)  # months of negotiations: the process
    mta = [e for e in x.events if e.object_name == "Mutual Training Agreement (MTA)"]
    assert [(e.date.iso(), e.countries) for e in mta] == [("2022-01", ("NOR", "SWE"))]
    assert ("AGREE", "2023-01-11", ("FIN", "NOR")) in events  # Norway: the state the paragraph tells of


def test_a_shift_to_another_event_does_not_date_the_meeting_and_a_minister_visit_is_no_troop_visit() -> None:
    text = (
        "Report\n"
        "On July 2, less than a week before the signing, Chilean and Peruvian envoys met in Lima, "
        "where both sides agreed to keep talking.\n"
        "French Armed Forces Minister Paul Durand visited Lima in December, when he and Peru's "
        "defence minister launched talks on a visiting forces agreement.\n"
    )
    events = typed_events(text, dt.date(2024, 7, 15))
    assert ("CONSULT", "2024-07-02", ("CHL", "PER")) in events
    assert not any(e[0] == "AGREE" for e in events)  # agreeing to keep talking is no agreement
    assert any(e[0] == "CONSULT" and e[1] == "2023-12" and {"FRA", "PER"} <= set(e[2]) for e in events)
    assert not any(e[0] == "COOPERATE" for e in events)


def test_words_of_agreement_names_courtesy_calls_notes_and_leaders_by_surname() -> None:
    text = (
        "Report\n"
        "Manila's decades-old Visiting Forces Agreement with the United States remains the model.\n"
        "Before the signing, Japanese Defense Minister Minoru Kihara paid a courtesy call on President "
        "Marcos on 8 July 2024.\n"
        "During that visit, the two governments also signed an exchange of notes on radars on 9 July 2024.\n"
    )
    events = typed_events(text, dt.date(2024, 7, 10))
    assert not any(e[1] is None or "USA" in e[2] for e in events)  # "Visiting" in a name is no visit
    assert ("CONSULT", "2024-07-08", ("JPN", "PHL")) in events  # Marcos: the president in 2024
    assert ("AGREE", "2024-07-09", ("JPN", "PHL")) in events


def test_troop_withdrawal_story_requests_refusals_and_the_deal_s_own_date() -> None:
    text = (
        "Last Indian troops leave Maldives\n"
        "All Indian military personnel have left the Maldives, the government said on Friday, meeting "
        "the May 10 deadline.\n"
        "The last of the 76 soldiers flew out on Thursday night.\n"
        "The first batch left in March, under a schedule the two governments agreed in New Delhi on February 2.\n"
        "On January 14, the Maldives asked India to pull out all of its military personnel by March 15.\n"
        "The Maldives also declined in December to renew an agreement with India on surveys.\n"
    )
    events = typed_events(text, dt.date(2024, 5, 11))
    assert not any(e[0] == "CONSULT" for e in events)  # meeting a deadline is no meeting
    assert ("RETREAT", "2024-05-09", ("IND", "MDV")) in events
    assert ("AGREE", "2024-02-02", ("IND", "MDV")) in events
    assert ("REQUEST", "2024-01-14", ("IND", "MDV")) in events
    assert ("REJECT", "2023-12", ("IND", "MDV")) in events


def test_timeline_in_the_present_tense_and_a_name_defined_as_a_pact() -> None:
    text = (
        "The key dates\n"
        "TRIPACT is a trilateral security pact between Chile, Peru and Ecuador.\n"
        "- 15 September 2021: The leaders of Chile, Peru and Ecuador unveil TRIPACT.\n"
        "- On the same day, Peru tears up its US$9 billion contract with Spain for four frigates.\n"
        "- 17 September 2021: Spain recalls its ambassadors to Lima and Quito for consultations.\n"
        "- 11 June 2022: Peru pays Spain a settlement over the cancelled contract.\n"
    )
    events = typed_events(text)
    assert ("AGREE", "2021-09-15", ("CHL", "ECU", "PER")) in events
    assert ("REJECT", "2021-09-15", ("ESP", "PER")) in events
    assert any(e[0] == "SANCTION" and e[1] == "2021-09-17" and "ESP" in e[2] for e in events)
    assert not any(e[0] == "REJECT" and e[1].startswith("2022") for e in events)  # "the cancelled contract"


def test_present_tense_is_derived_from_past_forms() -> None:
    from pipelines.extract.lexicon import third_person

    pairs = {
        "signed": "signs",
        "imposed": "imposes",
        "held": "holds",
        "agreed": "agrees",
        "banned": "bans",
        "launched": "launches",
        "expelled": "expels",
        "recalled": "recalls",
        "vetoed": "vetoes",
    }
    assert {w: third_person(w) for w in pairs} == pairs
    assert third_person("talks") is None


def test_pacific_tour_refusals_plans_after_before_and_one_sided_meetings() -> None:
    text = (
        "Tour rolls on\n"
        "Pacific island nations declined on Monday to endorse a security agreement proposed by China, "
        "as Chinese Foreign Minister Wang Yi met counterparts from Fiji and Samoa in Suva.\n"
        "Wang is expected to travel to Tonga on Tuesday, before visiting Vanuatu and Papua New Guinea.\n"
        "He met President Taneti Maamau.\n"
    )
    events = typed_events(text, dt.date(2022, 5, 30))
    assert any(e[0] == "REJECT" and e[1] == "2022-05-30" and "CHN" in e[2] for e in events)
    assert not any("VUT" in e[2] or "PNG" in e[2] for e in events)  # visits to come
    assert all(len(e[2]) >= 2 for e in events if e[0] in ("AGREE", "CONSULT", "COOPERATE"))


def test_datelines_with_a_long_region_latin_american_and_travel_pieces() -> None:
    from pipelines.extract.dates import dateline_date
    from pipelines.extract.relevance import is_relevant

    text = "Head\n\nARGYLE, St Vincent and the Grenadines, Dec 14, 2023 (Reuters) - Leaders met."
    assert dateline_date(text, None).iso() == "2023-12-14"
    states = find_countries("the Community of Latin American and Caribbean States met")
    assert [c.country_iso3 for c in states if c.entity_type == "COUNTRY"] == []
    travel = (
        "There is a war over the falls between Zambia and Zimbabwe. Tour operators on each flank "
        "sell the views; the hotel, the hike, the rafting and the bungee are better on one side, "
        "the tourists say, and the safari lodges on the other."
    )
    assert not is_relevant(travel)


def test_relations_broken_off_in_any_tense() -> None:
    text = (
        "Report\n"
        "Chile has broken off diplomatic relations with Bolivia after a border raid on Friday.\n"
        "Peru's government announced on Saturday that it was breaking diplomatic relations with Bolivia.\n"
    )
    events = typed_events(text, dt.date(2024, 4, 8))
    assert ("SANCTION", "2024-04-05", ("BOL", "CHL")) in events
    assert any(e[0] == "SANCTION" and e[1] == "2024-04-06" and {"BOL", "PER"} <= set(e[2]) for e in events)


def test_a_which_clause_keeps_its_own_date_and_a_request_is_not_what_it_asked_for() -> None:
    text = (
        "PRESS STATEMENT\n"
        "3. The deployment responds to the request made by the Government of Chad in October 2022 for "
        "the urgent deployment of a specialised force.\n"
        "5. On 1 March 2024, President Tinubu and the Prime Minister of Chad witnessed the signing of the "
        "Reciprocal Agreement between Nigeria and Chad, which addresses the ruling of 26 January 2024.\n"
    )
    events = typed_events(text, dt.date(2024, 6, 25))
    assert ("AGREE", "2024-03-01", ("NGA", "TCD")) in events
    assert any(e[0] == "REQUEST" and e[1] == "2022-10" for e in events)
    assert not any(e[0] == "MOBILIZE" for e in events)


def test_court_cases_solo_drills_opening_clauses_and_adopted_declarations() -> None:
    text = (
        "Report\n"
        "Belize filed its application with the court on March 29, 2018.\n"
        "When the British patrol vessel HMS Tyne called at Belmopan at the end of December 2023, "
        "Guatemala's president ordered a defensive exercise involving 5,000 troops on December 28, 2023.\n"
        "The Joint Declaration of Sarstoon, adopted on 4 January 2024, committed Belize and Guatemala "
        "to peace.\n"
        "Secretary of State Marco Rubio visited Belmopan on March 27, 2025.\n"
    )
    events = typed_events(text, dt.date(2025, 4, 15))
    assert any(e[0] == "ACCUSE" and e[1] == "2018-03-29" for e in events)
    assert any(e[0] == "MOBILIZE" and e[1] == "2023-12-28" and "GTM" in e[2] for e in events)
    assert not any(e[0] == "COOPERATE" and e[1] == "2023-12-28" for e in events)
    assert ("AGREE", "2024-01-04", ("BLZ", "GTM")) in events
    assert any(e[0] == "CONSULT" and {"BLZ", "USA"} <= set(e[2]) for e in events)


def test_seizing_a_city_is_an_attack_crowds_are_not_states_diplomats_recalled_and_appeals() -> None:
    text = (
        "Uganda and South Sudan at odds\n"
        "Ugandan troops seized the airport of the South Sudanese city of Nimule on Monday.\n"
        "South Sudan recalled its diplomats from Uganda on Saturday.\n"
        "In Juba, angry crowds attacked the embassies of Uganda and Kenya on Tuesday.\n"
    )
    events = typed_events(text, dt.date(2025, 1, 28))
    assert ("ASSAULT", "2025-01-27", ("SSD", "UGA")) in events
    assert ("SANCTION", "2025-01-25", ("SSD", "UGA")) in events
    assert not any(e[1] == "2025-01-28" for e in events)  # crowds attacking embassies: no state acts


def test_a_crowd_in_an_earlier_clause_is_not_the_subject_of_the_talks():
    text = (
        "The Bolivian president was welcomed at the airport on Saturday by Paraguayan President "
        "Horacio Cartes and a cheering crowd, and the two men held talks at the presidential palace."
    )
    assert typed_events(text, dt.date(2016, 3, 14)) == [("CONSULT", "2016-03-12", ("BOL", "PRY"))]


def test_a_visit_to_a_third_capital_is_with_its_host_not_the_storys_other_state():
    text = (
        "Nepal and India trade barbs over border map\n"
        "Nepal's parliament approved the new map in June, and India summoned Nepal's envoy on June 20.\n"
        "Weeks later, Prime Minister KP Sharma Oli made a state visit to Beijing."
    )
    visits = [e[2] for e in typed_events(text, dt.date(2020, 9, 1)) if e[0] == "CONSULT"]
    assert visits == [("CHN", "NPL")]


def test_hours_of_talks_took_place_and_more_than_is_no_plan():
    text = (
        "After more than four hours of talks in Astana, Kazakh President Kassym-Jomart Tokayev and "
        "Uzbek President Shavkat Mirziyoyev said they had agreed to open two new border crossings."
    )
    assert typed_events(text, dt.date(2022, 12, 23)) == [
        ("CONSULT", "2022-12", ("KAZ", "UZB")),
        ("AGREE", "2022-12", ("KAZ", "UZB")),
    ]


def test_since_when_a_thing_was_closed_does_not_date_the_agreement():
    text = (
        "The foreign ministers of Egypt and Qatar met in Cairo on Tuesday and agreed to reopen "
        "embassies closed since 2017."
    )
    dates = {e[0]: e[1] for e in typed_events(text, dt.date(2021, 2, 24))}
    assert dates == {"CONSULT": "2021-02-23", "AGREE": "2021-02-23"}


def test_a_joint_statement_condemning_a_launch_is_an_accusation():
    text = "Canada, Australia and New Zealand issued a joint statement condemning Iran's missile launch on Monday."
    types = [e[0] for e in typed_events(text, dt.date(2024, 4, 17))]
    assert "ACCUSE" in types and "AGREE" not in types


def test_met_on_a_day_and_signed_is_two_acts():
    text = "The defence ministers of Ghana and Togo met in Lome on Tuesday and signed a border security pact."
    assert typed_events(text, dt.date(2022, 8, 25)) == [
        ("CONSULT", "2022-08-23", ("GHA", "TGO")),
        ("AGREE", "2022-08-23", ("GHA", "TGO")),
    ]


def test_a_sentence_opening_with_he_goes_on_with_the_last_sentences_subject():
    text = (
        "Turkish Foreign Minister Hakan Fidan held talks with Egyptian Foreign Minister Sameh Shoukry "
        "in Cairo on Saturday. He later called on interim Prime Minister Mostafa Madbouly."
    )
    events = typed_events(text, dt.date(2023, 3, 20))
    assert [(e[0], e[2]) for e in events] == [("CONSULT", ("EGY", "TUR")), ("CONSULT", ("EGY", "TUR"))]


def test_spoke_with_an_official_is_a_conversation_but_not_with_reporters():
    call = "Canadian Foreign Minister Melanie Joly spoke with Indian External Affairs Minister S. Jaishankar on Friday."
    press = "Canadian Foreign Minister Melanie Joly spoke to reporters in New Delhi on Friday."
    assert typed_events(call, dt.date(2023, 9, 18)) == [("CONSULT", "2023-09-15", ("CAN", "IND"))]
    assert typed_events(press, dt.date(2023, 9, 18)) == []


def test_police_arriving_for_a_support_mission_is_aid_and_gangs_are_no_state():
    text = (
        "Rwandan police land in Bangui for stabilisation mission\n"
        "BANGUI (Reuters) - A first contingent of 300 Rwandan police officers touched down in Bangui on "
        "Monday to help restore order in the Central African Republic.\n"
        "Armed gangs overran parts of the capital in March."
    )
    assert typed_events(text, dt.date(2021, 2, 16)) == [("AID", "2021-02-15", ("CAF", "RWA"))]


def test_instructors_arriving_without_a_mission_are_cooperation():
    text = "Russian military instructors arrived in Niamey on Friday with an air defence system for Niger."
    assert [e[0] for e in typed_events(text, dt.date(2024, 4, 13))] == ["COOPERATE"]


def test_unilateral_agreeing_habits_and_detainees_are_not_events():
    resign = "Stranded abroad, Prime Minister Mohamed Nasheed later agreed to resign after talks with India."
    habit = (
        "Kyrgyzstan and Tajikistan settled a border dispute that has repeatedly erupted in deadly clashes."
    )
    moved = "Former Ecuadorian vice president Jorge Glas was transferred on Saturday to a maximum-security prison."
    assert [e[0] for e in typed_events(resign, dt.date(2012, 2, 9))] == []
    assert [e[0] for e in typed_events(habit, dt.date(2025, 3, 14)) if e[0] == "ASSAULT"] == []
    assert typed_events(moved, dt.date(2024, 4, 8)) == []


def test_talks_supposed_to_begin_and_a_summit_after_set_to_are_plans():
    supposed = (
        "Technical talks between Ethiopia and Somalia are supposed to begin by the end of February 2025."
    )
    set_to = (
        "The French president is set to meet Egyptian President Abdel Fattah al-Sisi in Cairo on Monday "
        "before a summit with leaders of Jordan and Egypt, an aide said."
    )
    assert typed_events(supposed, dt.date(2025, 1, 10)) == []
    assert typed_events(set_to, dt.date(2025, 4, 5)) == []


def test_a_city_naming_a_convention_or_a_body_of_states_is_no_government():
    text = (
        "Colombia condemned Ecuador's raid on Friday as a violation of the Vienna Convention and said it "
        "would take the matter to the Organization of American States."
    )
    assert typed_events(text, dt.date(2024, 4, 8)) == [("ACCUSE", "2024-04-05", ("COL", "ECU"))]


def test_a_law_voiding_a_pact_is_a_rejection_and_a_mediator_joins_they_signed():
    law = (
        "Georgia and Abkhazia's patron Russia traded barbs in 2008. On May 3, Moldovan President Maia Sandu "
        "signed a law declaring the 1992 ceasefire accord with Russia void."
    )
    mediated = (
        "On June 2, 2022, President Emmanuel Macron brought Armenian Prime Minister Nikol Pashinyan and "
        "Azerbaijani President Ilham Aliyev together in Paris, where they signed a joint declaration."
    )
    assert ("REJECT", "2022-05-03", ("MDA", "RUS")) in typed_events(law, dt.date(2022, 5, 10))
    events = typed_events(mediated, dt.date(2022, 6, 3))
    assert ("CONSULT", "2022-06-02", ("ARM", "AZE", "FRA")) in events
    assert ("AGREE", "2022-06-02", ("ARM", "AZE", "FRA")) in events


def test_a_second_delivery_after_and_in_a_month_is_its_own_statement():
    text = (
        "On August 27, two Turkish transport aircraft delivered armoured vehicles to Tripoli, and in late "
        "September a Turkish warship unloaded a second consignment of weapons for Libya."
    )
    coop = [e for e in typed_events(text, dt.date(2020, 10, 5)) if e[0] == "COOPERATE"]
    assert [e[1] for e in coop] == ["2020-08-27", "2020-09"]


def test_a_signed_law_voiding_a_memorandum_rejects_it_and_signs_no_agreement():
    text = "Report\nOn 6 May 2024 Peru's president signed a law declaring the Chile MoU null and void.\n"
    assert typed_events(text, dt.date(2024, 5, 10)) == [("REJECT", "2024-05-06", ("CHL", "PER"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Indonesia ordered 12 KAAN fighters from Turkey in June 2025 in a contract worth $10 billion.",
            "AGREE",
        ),
        ("In May 2019 Qatar and France announced deals worth more than $12 billion.", "AGREE"),
        ("Algeria closed its border with Morocco in August 1994.", "SANCTION"),
        ("In June 2018 Angola deported more than 3,000 Congolese from Lunda Norte.", "COERCE"),
        (
            "On Monday, Bolivia's Foreign Ministry granted political asylum to a former Peruvian minister.",
            "AID",
        ),
        ("In May 2022, China used its veto to block a US resolution on North Korea.", "REJECT"),
        (
            "In March 2023, Indonesia formally declined an invitation from Russia to join the exercise.",
            "REJECT",
        ),
        (
            "On 3 June 2024, Chad's government revoked its defence cooperation agreement with France.",
            "REJECT",
        ),
        ("The Indian Navy ship INS Sahyadri called at Manila, Philippines, in May 2024.", "COOPERATE"),
        ("In May 2024 Canada held joint flight operations with Poland's air force.", "COOPERATE"),
        (
            "Slovakia and Hungary imposed unilateral restrictions on Ukrainian grain imports in April 2023.",
            "SANCTION",
        ),
        (
            "In May 2019, Qatar filed a complaint against Saudi Arabia at the World Trade Organization.",
            "ACCUSE",
        ),
    ],
)
def test_triggers_added_in_stop_10(sentence, expected) -> None:
    assert [e[0] for e in typed_events("Report\n" + sentence + "\n", dt.date(2025, 7, 1))] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "In January 2024, Estonia took delivery of the first fire units ordered under the joint procurement deal.",
        "In June 2016 Putin ordered his government to lift the ban on Turkish charter flights under the deal.",
        "Prime Minister Ana Brnabic called at the hospital in Belgrade on Monday.",
    ],
)
def test_look_alikes_of_the_stop_10_triggers_are_not_those_events(sentence) -> None:
    assert "AGREE" not in [e[0] for e in typed_events("Report\n" + sentence + "\n", dt.date(2025, 7, 1))]
    assert "COOPERATE" not in [e[0] for e in typed_events("Report\n" + sentence + "\n", dt.date(2025, 7, 1))]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "(2) The two Ministers strongly condemned Iran's launch of a ballistic missile on 3 May 2025.",
            "ACCUSE",
        ),
        (
            "Peruvian officials have threatened to close the border with Bolivia many times but never did.",
            "THREATEN",
        ),
        (
            "In January 2026, Latvia took delivery of the first Swedish-made fire units ordered in 2023.",
            "ASSAULT",
        ),
        (
            "In 2024, the Italian and Spanish carrier strike groups sailed together in the Mediterranean.",
            "ASSAULT",
        ),
        (
            "The Agreement on Cyber Defence provides for the holding of joint exercises by Chile and Peru.",
            "COOPERATE",
        ),
        ("The Chilean-Peruvian exercise is set to end on March 12.", "COOPERATE"),
    ],
)
def test_statement_lines_habits_things_and_an_agreements_terms_are_not_events(sentence, kind) -> None:
    assert kind not in [e[0] for e in typed_events("Report\n" + sentence + "\n", dt.date(2025, 5, 5))]


def test_the_reason_given_for_an_expulsion_is_not_a_second_event():
    text = "Report\nNorway expelled a Russian diplomat on Thursday, accusing him of spying.\n"
    assert typed_events(text, dt.date(2025, 5, 9)) == [("SANCTION", "2025-05-08", ("NOR", "RUS"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On 2 May 2018, the Macron government chose the German Leopard design over rival bids from Italy and Korea.",
            ("COOPERATE", "2018-05-02", ("DEU", "FRA")),
        ),
        (
            "On 4 March 2024, Vietnam's ambassador and Indonesia's foreign minister exchanged notes on a patrol boat grant.",
            ("AGREE", "2024-03-04", ("IDN", "VNM")),
        ),
        (
            "Indian and Omani negotiators held a first formal round in Muscat on 3 May 2023.",
            ("CONSULT", "2023-05-03", ("IND", "OMN")),
        ),
        (
            "In June 2023 Kenya and Uganda signed terms of reference on joint border patrols.",
            ("AGREE", "2023-06", ("KEN", "UGA")),
        ),
        (
            "The Indonesian and Malaysian ministers put their signatures to a border pact on 9 May 2024.",
            ("AGREE", "2024-05-09", ("IDN", "MYS")),
        ),
    ],
)
def test_selections_notes_rounds_and_terms_of_reference(sentence, expected) -> None:
    assert expected in typed_events("Report\n" + sentence + "\n", dt.date(2025, 1, 10))


def test_two_signings_in_one_sentence_split_at_and_on_a_date():
    text = (
        "Report\nA defence pact between Chile and Peru was signed in December 2016, and on 11 February 2019 "
        "the two governments put their signatures to a frigate contract.\n"
    )
    dated = sorted(e[1] for e in typed_events(text, dt.date(2025, 1, 10)) if e[0] == "AGREE")
    assert dated == ["2016-12", "2019-02-11"]


def test_followed_by_a_similar_accord_with_another_state_is_a_second_signing():
    text = (
        "Report\nVietnam and Indonesia signed a maritime boundary pact on Monday.\n"
        "The Vietnam-Malaysia accord was signed in March 2019, followed by a similar accord with Brunei in May 2021.\n"
    )
    events = typed_events(text, dt.date(2022, 12, 24))
    assert ("AGREE", "2019-03", ("MYS", "VNM")) in events
    assert ("AGREE", "2021-05", ("BRN", "VNM")) in events


def test_the_two_after_a_clause_naming_two_leaders_are_those_leaders():
    text = (
        "Report\nCanada and Mexico traded barbs over tariffs in March.\n"
        "A telephone conversation between Argentine President Javier Milei and Brazilian President Luiz Inacio "
        "Lula da Silva on 2 May produced a joint statement, and the two presidents met in Brasilia on 29 June.\n"
    )
    events = typed_events(text, dt.date(2024, 7, 1))
    assert ("CONSULT", "2024-05-02", ("ARG", "BRA")) in events
    assert ("CONSULT", "2024-06-29", ("ARG", "BRA")) in events


def test_signed_for_jets_a_settlement_announced_and_a_second_deal_when_x_also_signed():
    text = (
        "France's Rafale finds buyers\nOn 3 December 2021, the United Arab Emirates signed for 80 Rafale F4s in Dubai.\n"
        "The memorandum was converted into firm contracts in Athens on 24 March 2022, when Greece also "
        "signed for six additional Rafale jets from France.\n"
    )
    agree = [e for e in typed_events(text, dt.date(2022, 6, 12)) if e[0] == "AGREE"]
    assert ("AGREE", "2021-12-03", ("ARE", "FRA")) in agree
    assert [e[1] for e in agree].count("2022-03-24") == 2


def test_a_pact_accompanied_by_a_memorandum_is_two_signings():
    text = (
        "Report\nThe turning point was the signing in Rome on 3 May 2023 of an Italian-Egyptian strategic "
        "partnership, accompanied by a memorandum of understanding on two frigates.\n"
    )
    agree = [e for e in typed_events(text, dt.date(2023, 6, 1)) if e[0] == "AGREE"]
    assert agree == [("AGREE", "2023-05-03", ("EGY", "ITA"))] * 2


def test_allies_firing_missiles_together_drill_jointly_but_a_reported_launch_does_not():
    joint = "Report\nJapan and the United States fired four missiles into the Sea of Japan on Wednesday.\n"
    told = "Report\nSouth Korea's Joint Chiefs of Staff said North Korea launched a missile on Wednesday.\n"
    assert [e[0] for e in typed_events(joint, dt.date(2023, 5, 4))] == ["COOPERATE"]
    assert "COOPERATE" not in [e[0] for e in typed_events(told, dt.date(2023, 5, 4))]


def test_live_fire_drills_near_another_state_show_force_but_joint_ones_cooperate():
    alone = "Report\nIn March 2025 a Russian naval group sailed past Norway and conducted live-fire drills in the Barents Sea.\n"
    joint = "Report\nIn March 2025 India and France conducted live-fire drills off Goa.\n"
    assert [e[0] for e in typed_events(alone, dt.date(2025, 5, 1))] == ["MOBILIZE"]
    assert [e[0] for e in typed_events(joint, dt.date(2025, 5, 1))] == ["COOPERATE"]


def test_a_buyers_purchase_takes_the_makers_state_but_a_suppliers_delivery_does_not():
    bought = (
        "Poland and the US deepen ties\nPoland and the United States held talks on Monday.\n"
        "Poland signed for 48 more FA-50 light combat aircraft in February 2023.\n"
    )
    supplied = (
        "Ukraine war: Europe's air defence\nGermany and Ukraine agreed on more support in April 2024.\n"
        "Berlin has since delivered a second Patriot system to Ukraine.\n"
    )
    assert ("AGREE", "2023-02", ("KOR", "POL")) in typed_events(bought, dt.date(2023, 3, 1))
    assert any(
        e[0] == "COOPERATE" and set(e[2]) == {"DEU", "UKR"}
        for e in typed_events(supplied, dt.date(2024, 5, 1))
    )


def test_a_year_naming_the_event_before_when_dates_the_when_clause():
    text = "Report\nTies froze after Fiji's 2006 military coup, when New Zealand imposed travel bans on Fiji's leaders.\n"
    assert ("SANCTION", "2006", ("FJI", "NZL")) in typed_events(text, dt.date(2022, 6, 1))


def test_disengagement_listed_by_site_and_date_is_one_retreat_per_site():
    text = (
        "India, China ties\nIndia and China held talks in Beijing in May 2024.\n"
        "Disengagement followed in phases after rounds of talks: Galwan (July 2020), Pangong Tso "
        "(February 2021) and Gogra (August 2021).\n"
        "These talks led to disengagement from Depsang in March 2022 and from Demchok in September 2022.\n"
    )
    retreats = sorted(e[1] for e in typed_events(text, dt.date(2024, 6, 1)) if e[0] == "RETREAT")
    assert retreats == ["2020-07", "2021-02", "2021-08", "2022-03", "2022-09"]


def test_a_name_dated_towards_a_year_is_no_plan_and_arriving_at_an_agreement_agrees():
    vision = "India and Vietnam meet\nThe two Ministers signed the 'Joint Vision Statement towards 2030'.\n"
    arrived = "Report\nOn 21 October 2024, India and China arrived at an agreement on patrolling.\n"
    assert [e[0] for e in typed_events(vision, dt.date(2022, 6, 8))].count("AGREE") == 1
    assert typed_events(arrived, dt.date(2024, 10, 22)) == [("AGREE", "2024-10-21", ("CHN", "IND"))]


def test_membership_bids_questions_conditions_and_vehicle_names():
    bid = "Report\nMontenegro applied to join NATO on 2 June 2015.\n"
    question = "Report\nDoes this change what Chile buys from Brazil?\n"
    condition = "Report\nErdogan warned that anyone who attacked the Greek ship would pay a high price.\n"
    vehicles = "Report\nOn Jan. 5, France said it would supply Ukraine with infantry fighting vehicles.\n"
    assert typed_events(bid, dt.date(2015, 6, 5)) == [("REQUEST", "2015-06-02", ("MNE",))]
    assert typed_events(question, dt.date(2020, 1, 1)) == []
    assert "ASSAULT" not in [e[0] for e in typed_events(condition, dt.date(2020, 8, 13))]
    assert "ASSAULT" not in [e[0] for e in typed_events(vehicles, dt.date(2023, 1, 9))]


def test_months_after_count_back_from_the_sentences_date():
    text = "Report\nMoldova applied to join the EU in March 2022, one month after Russia launched its invasion of Ukraine.\n"
    assert ("ASSAULT", "2022-02", ("RUS", "UKR")) in typed_events(text, dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norway announced on Feb. 3 that it would send eight Leopard 2 tanks to Ukraine.",
            ("AID", "2023-02-03", ("NOR", "UKR")),
        ),
        (
            "On Friday, Spain approved the delivery of six Leopard tanks to Ukraine.",
            ("AID", "2023-02-24", ("ESP", "UKR")),
        ),
        (
            "Earlier this month, Sweden pledged 10 Leopard tanks to Ukraine.",
            ("AID", "2023-02", ("SWE", "UKR")),
        ),
        (
            "Denmark has pledged 1 billion euros in military support to Kyiv.",
            ("AID", "2023-02-25", ("DNK", "UKR")),
        ),
    ],
)
def test_arms_announced_or_pledged_to_a_state_are_aid(sentence, expected) -> None:
    assert expected in typed_events("Report\n" + sentence + "\n", dt.date(2023, 2, 25))


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland announced on Monday that it would buy 48 jets from South Korea under a contract.",
        "Seoul said it would reconsider its ban on supplying weapons to Ukraine.",
        "Britain summoned Russia's ambassador over the detention of a British aid worker on Monday.",
        "France delivered the first Mirage 2000-5 jets to Ukraine last month.",
    ],
)
def test_sales_reconsidered_bans_aid_workers_and_model_numbers(sentence) -> None:
    events = typed_events("Report\n" + sentence + "\n", dt.date(2023, 2, 25))
    assert "AID" not in [e[0] for e in events]
    assert all(e[1] != "2000" for e in events)


def test_forces_deployed_to_a_sea_in_support_of_a_state_show_force():
    text = "Report\nItaly deployed two frigates to the eastern Mediterranean on Thursday in a show of support for Cyprus.\n"
    assert typed_events(text, dt.date(2020, 8, 14)) == [("MOBILIZE", "2020-08-13", ("CYP", "ITA"))]


def test_a_paragraphs_buyer_signs_its_purchases_and_since_does_not_date_them():
    text = (
        "Baltic and Nordic defence\nFinland and Sweden joined the alliance.\n\n"
        "Romania remains the region's biggest buyer. Its first big purchase was a $3.9 billion contract for "
        "Patriot systems signed on 5 October 2017. Since March 2022 the pace has quickened: the signing of a "
        "contract for 54 M1A2 Abrams tanks on 20 November 2023 followed.\n"
    )
    events = typed_events(text, dt.date(2024, 3, 1))
    assert ("AGREE", "2017-10-05", ("ROU", "USA")) in events
    assert ("AGREE", "2023-11-20", ("ROU", "USA")) in events


def test_a_joint_vision_adopted_by_two_leaders_is_an_agreement():
    text = (
        "Report\nThe 'Joint Vision for Peace and Prosperity', adopted by the Prime Ministers of Thailand and "
        "Cambodia on 3 May 2021, guides the partnership.\n"
    )
    assert ("AGREE", "2021-05-03", ("KHM", "THA")) in typed_events(text, dt.date(2022, 1, 1))


def test_the_same_step_on_the_same_day_is_against_the_same_state():
    text = (
        "Bolivia cuts ties with Israel\n"
        "At the end of October, La Paz recalled its ambassador to Israel. Peru recalled its ambassador on the same day.\n"
    )
    assert ("SANCTION", "2023-10", ("ISR", "PER")) in typed_events(text, dt.date(2023, 11, 2))


def test_missiles_launched_at_cities_are_an_attack_but_into_the_sea_a_launch():
    attack = "Report\nRussia launched a wave of missiles at cities across Ukraine on Thursday, killing 11 people.\n"
    launch = "Report\nNorth Korea launched two ballistic missiles into the sea on Thursday.\n"
    assert [e[0] for e in typed_events(attack, dt.date(2023, 1, 27))] == ["ASSAULT"]
    assert [e[0] for e in typed_events(launch, dt.date(2023, 1, 27))] == ["MOBILIZE"]


def test_a_count_followed_by_two_dated_earlier_pacts_gives_each_its_partner():
    text = (
        "Vietnam and Thailand sign coast guard pact\n"
        "It is the third such pact Vietnam has concluded, after the agreement with Laos signed in March 2019 "
        "and the one with Cambodia signed in May 2021.\n"
    )
    events = typed_events(text, dt.date(2024, 7, 9))
    assert ("AGREE", "2019-03", ("LAO", "VNM")) in events
    assert ("AGREE", "2021-05", ("KHM", "VNM")) in events


def test_a_request_for_a_security_council_meeting_is_one_states_request():
    text = "Report\nEstonia on Tuesday requested an emergency meeting of the UN Security Council.\n"
    assert typed_events(text, dt.date(2023, 9, 20)) == [("REQUEST", "2023-09-19", ("EST",))]


def test_a_deployment_the_leaders_discussed_is_a_topic():
    text = (
        "Report\nAustin met President William Ruto at State House on Monday, where the two discussed the Haiti "
        "deployment and regional security.\n"
    )
    assert "COOPERATE" not in [e[0] for e in typed_events(text, dt.date(2023, 9, 26))]


def test_two_summits_each_in_its_own_year_are_two_meetings():
    text = (
        "Report\nDonald Trump came twice, for the APEC summit in Da Nang in 2017 and for his summit with North "
        "Korean leader Kim Jong Un in Hanoi in February 2019.\n"
    )
    dated = sorted(e[1] for e in typed_events(text, dt.date(2023, 9, 11)) if e[0] == "CONSULT")
    assert dated == ["2017", "2019-02"]
