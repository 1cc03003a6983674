"""Which statements are one real-world event: within an article and across reports."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from pipelines.dedup.cluster import cluster_events, names_match
from pipelines.extract import ArticleInput, extract


def _clusters(*articles: tuple[str, str, dt.date | None]):
    records = []
    for article_id, text, published in articles:
        records += extract(ArticleInput(article_id, text, published)).events
    labels = cluster_events(records)
    groups: dict[int, list] = defaultdict(list)
    for r, label in zip(records, labels, strict=True):
        groups[label].append(r)
    return list(groups.values())


WIRE = (
    "a" * 16,
    "Greece and Cyprus sign 10-year defence deal\n"
    "NICOSIA, March 14 (Reuters) - Greece and Cyprus signed a 10-year defence deal on Friday, "
    "officials said. The agreement covers joint training and shared air surveillance.",
    dt.date(2025, 3, 15),
)
PRESS_RELEASE = (
    "b" * 16,
    "Ministry of Defence - press release\n"
    "On 14 March 2025 the ministers of defence of Greece and Cyprus signed the Framework for "
    "the Greece-Cyprus Strategic Defence Partnership in Nicosia.",
    None,
)
BACKGROUND = (
    "c" * 16,
    "Greece and Cyprus deepen defence ties\n"
    "The Greece-Cyprus Strategic Defence Partnership framework was signed this month. It builds on "
    "the Mutual Defence Pact (MDP, 1993) and the Status of Forces Agreement (SOFA) of 2011.",
    dt.date(2025, 3, 20),
)


def test_generic_and_named_wordings_of_one_signing_are_one_event():
    agree = [g for g in _clusters(WIRE, PRESS_RELEASE, BACKGROUND) if g[0].plover_type == "AGREE"]
    signing = [g for g in agree if any(r.date and r.date.iso().startswith("2025-03") for r in g)]
    assert len(signing) == 1
    assert {r.article_id for r in signing[0]} == {"a" * 16, "b" * 16, "c" * 16}


def test_background_agreements_stay_apart_from_the_news():
    agree = [g for g in _clusters(WIRE, PRESS_RELEASE, BACKGROUND) if g[0].plover_type == "AGREE"]
    years = sorted({r.date.iso()[:4] for g in agree for r in g if r.date})
    assert years == ["1993", "2011", "2025"]
    assert len(agree) == 3


def test_two_agreements_same_month_same_states_stay_two_events():
    first = (
        "d" * 16,
        "Chile and Peru signed the Maritime Search and Rescue Accord in Lima on 3 November 2025.",
        None,
    )
    second = (
        "e" * 16,
        "Chile and Peru signed the Humanitarian Demining Agreement in Santiago on 24 November 2025.",
        None,
    )
    agree = [g for g in _clusters(first, second) if g[0].plover_type == "AGREE"]
    assert len(agree) == 2


def test_purchase_contract_is_not_the_framework_signed_the_same_day():
    text = (
        "f" * 16,
        "Turkey and Qatar signed a defence cooperation framework on 9 September 2025. "
        "A separate contract for four patrol vessels was signed by the two governments the same day.",
        None,
    )
    agree = [g for g in _clusters(text) if g[0].plover_type == "AGREE"]
    assert len(agree) == 2


def test_acronym_matches_its_expansion():
    assert names_match("SOFA", "Status of Forces Agreement")
    assert names_match("Status of Forces Agreement (SOFA)", "SOFA")
    assert not names_match("Status of Forces Agreement (SOFA)", "Mutual Defence Pact (MDP)")


def test_protests_in_opposite_directions_are_two_events():
    text = (
        "Kenya and Somalia trade protests over border shelling\n"
        "During the call on 11 February 2024, the Kenyan side lodged a strong protest with Somalia over the "
        "shelling. Somalia's foreign ministry later summoned Kenya's charge d'affaires in Mogadishu."
    )
    groups = _clusters(("k" * 16, text, dt.date(2024, 2, 12)))
    protests = [g for g in groups if g[0].plover_type == "PROTEST"]
    assert len(protests) == 2
    assert sorted(g[0].source_iso3 for g in protests) == ["KEN", "SOM"]


def test_the_contract_told_again_joins_the_contract_signed_beside_a_framework():
    text = (
        "g" * 16,
        "Oman and Spain sign defence pact and corvette deal\n"
        "Oman and Spain signed a defence cooperation framework and a contract for two corvettes "
        "on Monday, officials said. The corvette contract was signed by state shipbuilder Navantia "
        "and the Omani navy.",
        dt.date(2025, 6, 10),
    )
    agree = [g for g in _clusters(text) if g[0].plover_type == "AGREE" and len(g) > 0]
    kinds = sorted(sorted({r.object_name for r in g if r.object_name}) for g in agree)
    # the framework and the contract stay two events; the contract told again is the contract
    assert len(agree) == 2, kinds
    assert any({"contract", "corvette contract"} <= set(k) for k in kinds), kinds


def test_a_later_meeting_with_a_third_state_is_a_second_meeting():
    text = (
        "Chilean, Peruvian ministers meet in Lima\n"
        "LIMA, May 8 (Reuters) - The defence ministers of Chile and Peru met in Lima on Thursday. "
        "The two ministers later met Bolivian Defence Minister Edmundo Novillo."
    )
    meetings = [g for g in _clusters(("d" * 16, text, dt.date(2025, 5, 8))) if g[0].plover_type == "CONSULT"]
    states = sorted(tuple(sorted({c for r in g for c in r.countries})) for g in meetings)
    assert states == [("BOL", "CHL", "PER"), ("CHL", "PER")]


def test_a_contract_told_by_its_year_then_by_its_day_is_one_signing():
    text = (
        "Brazilian navy receives first Swedish-built corvette\n"
        "STOCKHOLM, June 3 (Reuters) - Sweden delivered the first of four corvettes to Brazil on Monday. "
        "The delivery comes more than three years after Brasilia signed a $1.2 billion contract "
        "for the ships with Saab.\n"
        "The contract was signed on March 2, 2021, after a two-year tender."
    )
    agree = [g for g in _clusters(("e" * 16, text, dt.date(2024, 6, 3))) if g[0].plover_type == "AGREE"]
    assert len(agree) == 1
    assert sorted(r.date.iso() for r in agree[0]) == ["2021", "2021-03-02"]


def test_a_minister_also_received_by_the_prime_minister_is_a_second_meeting():
    text = (
        "Latvia and Lithuania sign air defence memorandum\n"
        "1. On 12 May 2025, the defence ministers of Latvia and Lithuania held bilateral talks in Riga "
        "and signed a memorandum on air defence.\n"
        "2. Minister Kaunas was also received by Prime Minister Evika Silina at the State Chancery."
    )
    meetings = [g for g in _clusters(("f" * 16, text, dt.date(2025, 5, 12))) if g[0].plover_type == "CONSULT"]
    assert len(meetings) == 2


def test_an_also_concluded_document_beside_the_lead_signing_is_a_second_agreement():
    text = (
        "Qatar and Turkey sign economic pact\n"
        "DOHA, Dec 7 (Reuters) - Qatar and Turkey on Tuesday signed a strategic economic partnership agreement. "
        "The two sides also concluded an arms sales agreement worth $2 billion, which officials described as "
        '"the largest in history."'
    )
    agree = [g for g in _clusters(("9" * 16, text, dt.date(2021, 12, 8))) if g[0].plover_type == "AGREE"]
    assert len(agree) == 2
    assert all(r.date is not None and r.date.iso().startswith("2021-12") for g in agree for r in g)


def test_a_courtesy_call_on_the_president_is_not_the_ministers_talks_that_day():
    text = (
        "Indonesia, Malaysia sign border pact\n"
        "JAKARTA, June 8 (Reuters) - Indonesia and Malaysia signed a border pact on Monday.\n"
        "Before the signing, Malaysian ministers Mohamad Hasan and Khaled Nordin paid a courtesy call on "
        "Indonesian President Joko Widodo.\n"
        "In the afternoon, the four ministers held talks in the Indonesian capital."
    )
    meetings = [g for g in _clusters(("c" * 16, text, dt.date(2023, 6, 8))) if g[0].plover_type == "CONSULT"]
    assert len(meetings) == 2


def test_an_expulsion_in_response_is_the_other_sides_own_act():
    text = (
        "Report\nThat November, Rabat expelled Algeria's ambassador and downgraded relations, and "
        "Algiers declared Morocco's envoy persona non grata in response.\n"
    )
    sanctions = [
        g for g in _clusters(("7" * 16, text, dt.date(2015, 1, 5))) if g[0].plover_type == "SANCTION"
    ]
    assert len(sanctions) == 2


def test_troops_leaving_and_a_base_handed_over_the_same_day_are_two_retreats():
    text = (
        "Report\nNIAMEY, Dec 22, 2023 (AFP) - The last German soldiers of the training mission left Niger on Friday.\n"
        "Earlier in the day, German troops handed over their last base in the country to Nigerien forces.\n"
    )
    retreats = [
        g for g in _clusters(("6" * 16, text, dt.date(2023, 12, 22))) if g[0].plover_type == "RETREAT"
    ]
    assert len(retreats) == 2


def test_separately_signed_and_also_signed_four_agreements_are_further_signings():
    text = (
        "Rabat, Dec 22, 2020 (AFP) - Morocco and Israel signed a joint declaration on Tuesday.\n"
        "Officials from the two countries also signed four bilateral agreements on air links and visas.\n"
        "Separately, the head of a US agency signed a memorandum with Moroccan officials on investment.\n"
    )
    agree = [g for g in _clusters(("5" * 16, text, None)) if g[0].plover_type == "AGREE"]
    assert len(agree) == 3


def test_a_separate_contract_signed_the_same_day_is_a_second_signing():
    article = (
        "d" * 16,
        "Chile buys drones\n"
        "SANTIAGO, 15 October 2024 - Chile and Israel signed a contract on Tuesday for 12 drones. "
        "A separate contract was signed with the Israeli manufacturer for a maintenance facility in Chile.",
        dt.date(2024, 10, 15),
    )
    # the headline's purchase is told again by the first contract, and joins it
    agree = [g for g in _clusters(article) if any(r.plover_type == "AGREE" for r in g)]
    assert len(agree) == 2
    assert [len(g) for g in agree] == [2, 1]


def test_a_document_signed_in_a_separate_document_the_same_day_is_a_second_signing():
    article = (
        "e" * 16,
        "Turkey and Ukraine sign deals\n"
        "KYIV, 3 February 2022 - Turkey and Ukraine signed a free trade agreement on Thursday. "
        "In a separate document the same day, the two governments signed a framework agreement on drones.",
        dt.date(2022, 2, 3),
    )
    agree = [g for g in _clusters(article) if g[0].plover_type == "AGREE"]
    assert len(agree) == 2


def test_two_acts_told_side_by_side_stay_two_events():
    text = (
        "Chile recalls envoy\n"
        "SANTIAGO, March 3 (Reuters) - Chile on Tuesday expelled Peru's ambassador, Juan Perez, "
        "and recalled its own envoy from Lima, accusing Peru of meddling."
    )
    groups = _clusters(("d" * 16, text, dt.date(2026, 3, 3)))
    sanctions = [g for g in groups if g[0].plover_type == "SANCTION"]
    assert len(sanctions) == 2  # the headline is told again by one of them
    assert sorted(r.trigger for g in sanctions for r in g if r.sentence_index > 0) == [
        "expelled",
        "recalled its own envoy",
    ]
    assert all(r.countries == ("CHL", "PER") for g in sanctions for r in g)  # the same counterpart


def test_each_listed_document_is_its_own_signing_not_the_leaders_agreeing():
    text = (
        "Ghana and Togo lift ties\n\n"
        "President Ama Mensah of Ghana held talks with Togolese President Kofi Adjo in Accra on 12 March 2024.\n\n"
        "The two leaders agreed to further promote exchanges of delegations at all levels.\n\n"
        "After the talks, the two Presidents witnessed the exchange of cooperation documents, including:\n\n"
        "- Memorandum of Understanding between the two foreign ministries on border management;\n"
        "- Memorandum of Understanding between the Ghana Navy and the Togolese Navy on maritime patrols;\n"
        "- Memorandum of Understanding on rice trade cooperation.\n"
    )
    groups = _clusters(("e" * 16, text, dt.date(2024, 3, 13)))
    agree = [g for g in groups if g[0].plover_type == "AGREE"]
    listed = [g for g in agree if any(r.trigger == "Memorandum of Understanding" for r in g)]
    assert len(listed) == 3  # each item of the list, none folded into "agreed to promote"
    assert not any(
        "witnessed the exchange" in r.evidence for g in agree for r in g
    )  # the header is no fourth


def test_the_contract_was_signed_by_named_signatories_is_the_signing_told_again():
    text = (
        "Defence Secretary signs Typhoon contract with Oman\n"
        "British Defence Secretary Tom Hale today signed a contract with Oman for 12 Typhoon aircraft.\n\n"
        "The contract was signed in Muscat by the Defence Secretary and Sayyid Badr bin Saud, Oman's Minister "
        "Responsible for Defence Affairs."
    )
    groups = _clusters(("f" * 16, text, dt.date(2017, 12, 10)))
    agree = [g for g in groups if g[0].plover_type == "AGREE"]
    assert len(agree) == 1 and len(agree[0]) == 3


def test_a_headline_told_in_other_words_is_the_body_s_act_but_not_a_background_one():
    text = (
        "KAI clinches $920 mln deal to export 18 FA-50 jets to Malaysia\n"
        "SEOUL, Feb 24 (Yonhap) -- Malaysia's defence ministry signed a contract with South Korea's aircraft maker "
        "on Friday for 18 FA-50 light combat aircraft, the company said.\n\n"
        "South Korea and Malaysia signed the Mutual Logistics Support Agreement in 2018."
    )
    groups = _clusters(("g" * 16, text, dt.date(2023, 2, 24)))
    agree = [g for g in groups if g[0].plover_type == "AGREE"]
    assert len(agree) == 2  # the contract (told by headline and lead) and the 2018 agreement
    assert any({r.sentence_index for r in g} == {0, 1} for g in agree)


def test_two_acts_joined_by_and_without_a_comma_stay_two_events():
    text = (
        "Chile recalls envoy\n"
        "SANTIAGO, March 3 (Reuters) - Chile on Tuesday expelled Peru's ambassador and recalled its own "
        "envoy from Lima."
    )
    groups = _clusters(("h" * 16, text, dt.date(2026, 3, 3)))
    assert len([g for g in groups if g[0].plover_type == "SANCTION"]) == 2


def test_an_expulsion_a_recall_and_an_embargo_told_in_turn_are_three_acts():
    text = (
        "Kenya expels Somali envoy, bans imports over border remarks\n\n"
        "NAIROBI, March 6 (Reuters) - Kenya gave Somalia's ambassador 72 hours to leave the country on "
        "Friday and recalled its own envoy from Mogadishu for consultations.\n\n"
        "The government also halted all Somali imports, the trade ministry said."
    )
    groups = _clusters(("e" * 16, text, dt.date(2026, 3, 6)))
    sanctions = [g for g in groups if g[0].plover_type == "SANCTION"]
    body = sorted(sorted(r.cameo_code for r in g if r.sentence_index > 0) for g in sanctions)
    assert body == [["161"], ["163"], ["166"]]
    assert all({"KEN", "SOM"} <= set(r.countries) for g in sanctions for r in g)


def test_an_undated_report_s_now_is_not_a_year_still_to_come_and_the_sale_is_the_contract():
    text = (
        "Qatar signs for 24 Rafales in first French sale of the year\n\n"
        "Qatar signed a contract worth 6.3 billion euros for 24 Rafale combat aircraft on May 4, 2015, "
        "handing France's Dassault a much-needed sale in the Gulf.\n\n"
        "The contract was signed in Doha by the Qatari defence ministry and the manufacturer.\n\n"
        "Deliveries are expected to begin in 2018."
    )
    groups = _clusters(("f" * 16, text, None))
    # one signing told three times (headline, lead, "The contract was signed"), of the lead's day:
    # not background to a "now" of 2018, and no separate "sale"
    assert [(g[0].plover_type, len(g)) for g in groups] == [("AGREE", 3)]
    assert {r.date.iso() for r in groups[0] if r.date} == {"2015-05-04"}


def test_a_further_document_told_with_also_or_then_is_its_own_event():
    text = (
        "Chile and Peru deepen ties\n"
        "LIMA, May 11 (Reuters) - Chilean President Ana Soto and Peruvian President Luis Vega signed a "
        "border security pact in Lima on Tuesday. The two leaders then signed a joint declaration on "
        "enhanced strategic partnership. The two countries' defence ministries also signed an agreement "
        "on the exchange of military intelligence. The pact was signed after two hours of talks."
    )
    agreements = [g for g in _clusters(("d" * 16, text, dt.date(2022, 5, 11))) if g[0].plover_type == "AGREE"]
    assert len(agreements) == 3  # the pact (told twice), the declaration, the intelligence agreement


def test_a_purchase_in_the_headline_is_the_contract_the_body_tells():
    groups = _clusters(
        (
            "p" * 16,
            "Chile buys six frigates from Britain\n"
            "SANTIAGO, May 6 (Reuters) - Chile signed a contract with Britain on Tuesday for six Type 31 "
            "frigates, the defence ministry said.",
            dt.date(2025, 5, 6),
        )
    )
    assert len(groups) == 1  # the headline's purchase and the lead's signing
    assert sorted(r.plover_type for r in groups[0]) == ["AGREE", "COOPERATE"]
