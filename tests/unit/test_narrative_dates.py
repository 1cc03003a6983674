"""Dates told relative to the story, not to the publication day: "that June", "five days later"."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extracted as _ev
from extracted import found_dates as _found
from extracted import typed_events

from pipelines.extract.dates import dateline_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 2017, Quito asked for radars. The pressure grew that August. Later that month, envoys met.",
            [("May 2017", "2017-05"), ("that August", "2017-08"), ("Later that month", "2017-08")],
        ),
        (
            "The first jets landed on 4 February 2012. Six days later, Lima protested.",
            [("4 February 2012", "2012-02-04"), ("Six days later", "2012-02-10")],
        ),
        (
            "The pact was revealed in June 2014. Within days, Hanoi recalled its envoy.",
            [("June 2014", "2014-06"), ("Within days", "2014-06")],
        ),
        (
            "The frigates sailed on 9 May 2016. Hours earlier, the coast guard fired flares.",
            [("9 May 2016", "2016-05-09"), ("Hours earlier", "2016-05-09")],
        ),
        (
            "The summit opened on 12 April 2018 and the ministers dined together that evening.",
            [("12 April 2018", "2018-04-12"), ("that evening", "2018-04-12")],
        ),
        (
            "The ceasefire failed in 2009. Later that year, the army retook the valley.",
            [("2009", "2009"), ("Later that year", "2009")],
        ),
        (
            "Chile bought radars in October 2011 and Peru signed a loan deal in March of that year.",
            [("October 2011", "2011-10"), ("March of that year", "2011-03")],
        ),
        (
            "Kenya signed a pact in 2014; the first drill followed in June the following year.",
            [("2014", "2014"), ("June the following year", "2015-06")],
        ),
    ],
)
def test_story_relative_dates_count_from_the_last_date_stated(text, expected):
    assert _found(text) == expected


def test_a_day_after_in_mid_sentence_counts_back_from_that_sentence_s_date():
    text = "Chile and Peru began drills on 7 October 2019, a day after Bolivia fired a rocket."
    assert _found(text)[-1] == ("a day after", "2019-10-06")


def test_came_days_after_without_a_date_in_the_sentence_gives_no_date():
    # "X came two days after Y" counts back from X, whose date this sentence does not give
    text = "Ghana signed a deal on 2 March 2020. The signing came two days after Togo expelled an envoy."
    assert [iso for _, iso in _found(text)] == ["2020-03-02"]


def test_a_multi_day_span_is_dated_by_its_month():
    assert _found("during the state visit on 3-4 June 2015") == [("4 June 2015", "2015-06")]


def test_event_after_hours_earlier_takes_the_day_of_the_previous_sentence():
    text = (
        "Manila, 20 May 2022 - Philippine and Japanese coast guards held a joint drill on Thursday.\n"
        "Hours earlier, Chinese coast guard vessels fired water cannon at a Philippine supply boat."
    )
    _, events = _ev(text, dt.date(2022, 5, 20))
    assert ("COOPERATE", "2022-05-19", ("JPN", "PHL")) in events
    assert ("COERCE", "2022-05-19", ("CHN", "PHL")) in events


def test_a_deadline_is_not_what_later_that_month_counts_from_and_dates_to_begins_a_story():
    published = dt.date(2020, 12, 15)
    text = (
        "The row dates to 2016, when Ankara signed a deal with Moscow for S-300 batteries.\n"
        "In April 2018 Washington protested. The pressure mounted that June, when a letter warned "
        "Ankara to drop the purchase by July 31. Later that month, Recep Tayyip Erdogan held talks with Donald Trump."
    )
    _, events = _ev(text, published)
    assert ("AGREE", "2016", ("RUS", "TUR")) in events
    assert ("CONSULT", "2018-06", ("TUR", "USA")) in events


def test_an_undated_statement_takes_the_date_its_paragraph_was_telling():
    text = (
        "Pressure grew that spring. In May 2018, Chile recalled its envoy from Lima. "
        "Santiago then sent Lima a letter warning that talks would be suspended unless it apologised.\n\n"
        "Peru's foreign ministry summoned Chile's ambassador on Monday."
    )
    _, events = _ev(text, dt.date(2019, 3, 14))
    assert ("THREATEN", "2018-05", ("CHL", "PER")) in events
    assert ("PROTEST", "2019-03-11", ("CHL", "PER")) in events


def test_news_of_the_reports_month_does_not_carry_into_the_next_sentence():
    text = "On 3 March 2019, Chile and Peru held talks in Lima. Chile later protested to Peru."
    _, events = _ev(text, dt.date(2019, 3, 14))
    assert ("PROTEST", "2019-03", ("CHL", "PER")) in events


def test_a_live_blogs_day_headers_date_the_entries_under_them():
    text = (
        "Missile launch - live\n\nThu 14 Mar\n\n09.10 KST\nJapan lodged a protest with North Korea.\n\n"
        "Wed 13 Mar\n\n22.58 KST\nNorth Korea launched what it claims is a satellite at 10.43pm."
    )
    _, events = _ev(text, dt.date(2024, 3, 14))
    assert ("PROTEST", "2024-03-14", ("JPN", "PRK")) in events
    assert any(t == "MOBILIZE" and d == "2024-03-13" for t, d, _ in events)


def test_one_date_line_is_a_byline_not_a_section():
    text = (
        "Saturday, May 3, 2025\n\nPeru and Chile signed a pact in Lima on Friday.\n\n"
        "The pact was signed after a day of talks."
    )
    _, events = _ev(text, dt.date(2025, 5, 3))
    assert all(d != "2025-05-03" for _, d, _ in events)


def test_a_date_does_not_run_across_lines():
    assert _found("Wed 22 Nov\n\n15.40 KST", dt.date(2023, 11, 22)) == [("22 Nov", "2023-11-22")]


def test_without_a_report_date_months_and_paragraphs_take_the_story_year():
    text = (
        "Chad and Niger closed their border with Libya on June 5, 2019. Tripoli rejected the demands in "
        "early July.\n\nThe two countries decided to resume diplomatic ties in April 2021, when envoys met in Rabat."
    )
    assert ("in early July", "2019-07") in _found(text, None) or ("early July", "2019-07") in _found(
        text, None
    )
    _, events = _ev(text, None)
    assert any(t == "AGREE" and d == "2021-04" for t, d, _ in events)


def test_a_month_before_a_blank_line_and_a_number_is_still_a_month():
    text = "Kim met Putin at the cosmodrome in September.\n\n22.48 KST"
    assert _found(text, dt.date(2023, 11, 22)) == [("in September", "2023-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a publication date, a day with no year takes the story's latest year, not the
        # year of the background told just before it
        (
            "Kenya recalled its envoy on March 2, 2021.\n\nUganda, which expelled a Kenyan attaché in "
            "May 2019, said nothing.\n\nThe envoys met again in Nairobi on March 9.",
            ("March 9", "2021-03-09"),
        ),
        # a paragraph that states its own year keeps it
        (
            "Kenya recalled its envoy on March 2, 2021.\n\nIn May 2019, Uganda expelled an attaché, and "
            "the envoys met again on June 4.",
            ("June 4", "2019-06-04"),
        ),
    ],
)
def test_day_without_year_and_without_publication_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_a_month_last_year_counts_from_the_publication_date() -> None:
    # read in March 2025, "January last year" is January 2024 (not January 2025, nor 2023)
    assert _found("Oslo and Rome signed it in January last year.", dt.date(2025, 3, 10)) == [
        ("January last year", "2024-01")
    ]


def test_ago_counts_back_from_the_publication_date() -> None:
    text = "Oslo signed a pact a year ago. They met two months ago and spoke three weeks ago."
    assert _found(text, dt.date(2024, 3, 20)) == [
        ("a year ago", "2023"),
        ("two months ago", "2024-01"),
        ("three weeks ago", "2024-02-28"),
    ]


def test_a_date_in_another_time_zone_in_brackets_is_not_a_second_date() -> None:
    text = "On 4 June (local time; 5 June, Tokyo time), the pact was signed. Talks were held the same day."
    assert _found(text, dt.date(2024, 6, 6)) == [("4 June", "2024-06-04"), ("the same day", "2024-06-04")]
    # a date in brackets that says which weekday is meant is kept
    assert ("Jan 17", "2024-01-17") in _found("On Wednesday (Jan 17), envoys met.", dt.date(2024, 1, 20))


def test_a_timelines_first_date_heading_is_not_the_reports_date():
    text = (
        "Timeline: how the border crisis unfolded\n\n"
        "March 3, 2024\n\nEthiopian and Somali troops clash near Dolow.\n\n"
        "March 9\n\nSomalia recalled its ambassador from Addis Ababa.\n\n"
        "March 20\n\nEthiopia and Somalia held talks in Ankara.\n"
    )
    assert dateline_date(text, None) is None
    dated = {e[0]: e[1] for e in typed_events(text)}
    assert dated["SANCTION"] == "2024-03-09"
    assert dated["CONSULT"] == "2024-03-20"


def test_a_which_clause_dates_its_own_verb_unless_it_tells_the_triggers_occurrence():
    aside = (
        "At the talks on Monday, the ministers of Peru and Chile praised the Strategic Partnership, "
        "which was established in March 2019, and agreed to expand naval training."
    )
    own = "The 4th session of the Peru-Chile defence committee, which was held in Lima in May 2023, approved a plan."
    assert [e[1] for e in typed_events(aside, dt.date(2024, 6, 5)) if e[0] == "CONSULT"] == ["2024-06-03"]
    assert [e[1] for e in typed_events(own, dt.date(2024, 6, 5)) if e[0] == "CONSULT"] == ["2023-05"]


def test_an_undated_statement_of_a_report_just_after_month_end_keeps_the_storys_month():
    text = (
        "Leaders of three Central Asian states sign border deal\n"
        "ALMATY, March 31 (Reuters) - The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan signed a "
        "border treaty in Almaty on Monday.\n"
        "The three leaders also concluded a declaration on regional security."
    )
    dated = [e[1] for e in typed_events(text, dt.date(2025, 4, 1)) if e[0] == "AGREE"]
    assert dated == ["2025-03", "2025-03-31", "2025-03"]  # headline, lead, the declaration


def test_weeks_or_months_later_keep_only_the_year_they_fall_in():
    text = (
        "Ghana summoned Togo's envoy on December 20, 2022.\n"
        "Weeks later, Togo and Benin signed a border pact.\n"
        "Months later, Ghana and Burkina Faso signed a security deal."
    )
    dated = [e[1] for e in typed_events(text, dt.date(2023, 8, 1)) if e[0] == "AGREE"]
    assert dated == ["2023", "2023"]


def test_a_date_carried_by_a_participle_of_the_object_is_the_objects():
    text = (
        "In January 2026, Latvia took delivery of the first Swedish-made air defence units ordered in 2023."
    )
    assert [e[1] for e in typed_events(text, dt.date(2026, 2, 5))] == ["2026-01"]


def test_that_vote_came_days_after_counts_back_from_the_vote():
    text = (
        "Slovakia joins the pact\n"
        "BRATISLAVA, March 8 (Reuters) - Slovakia formally joined the defence pact on Thursday.\n"
        "Hungary's parliament ratified the accession on 26 February. That vote came three days after "
        "Slovak Prime Minister Robert Fico flew to Budapest for talks with Hungarian Prime Minister Viktor Orban.\n"
    )
    dated = [e[1] for e in typed_events(text, dt.date(2024, 3, 8)) if e[0] == "CONSULT"]
    assert dated == ["2024-02-23"]


def test_a_date_inside_the_objects_relative_clause_is_not_the_acts():
    text = "Report\nIn March 2023, Norway lifted an arms embargo it had imposed on Turkey in 2019.\n"
    assert typed_events(text, dt.date(2024, 1, 5)) == [("CONCEDE", "2023-03", ("NOR", "TUR"))]


def test_a_day_after_a_sentence_that_set_the_year_is_in_that_year_and_twelve_days_count():
    text = (
        "The thaw came in the spring of 2019. On 14 May, Kenya's foreign minister met his Somali "
        "counterpart in Nairobi; twelve days later the two presidents spoke by telephone."
    )
    found = dict(_found(text, dt.date(2021, 3, 1)))
    assert found["14 May"] == "2019-05-14"
    assert found["twelve days later"] == "2019-05-26"


def test_less_than_a_month_after_gives_no_day_and_the_sentence_s_own_date_wins():
    text = (
        "On 3 March, less than a month after the floods that devastated the north, Peru and Chile "
        "signed a trade agreement in Lima."
    )
    assert typed_events(text, dt.date(2024, 3, 20)) == [("AGREE", "2024-03-03", ("CHL", "PER"))]


def test_a_year_in_a_clause_before_does_not_date_a_month_told_next():
    text = (
        "Peru bought 12 more jets, adding to the 24 it ordered in 2015. In June, it signed a deal for "
        "radars with Chile."
    )
    found = dict(_found(text, dt.date(2017, 11, 2)))
    assert found["In June"] == "2017-06"


def test_a_pluperfect_day_without_a_year_looks_back_weeks_to_the_year_just_told():
    text = (
        "Moldova applied for membership on 3 March 2022, a week after the invasion. "
        "Kyiv had submitted its own application on 28 February."
    )
    assert dict(_found(text, dt.date(2024, 6, 25)))["28 February"] == "2022-02-28"


def test_an_aside_s_since_and_a_year_that_names_a_treaty_do_not_date_the_signing():
    text = (
        "Ankara and Athens sign declaration\n\n"
        "When the Turkish president landed in Athens on Thursday, it was his first visit since the 1923 "
        "Treaty of Lausanne was debated. The Council, which had not met since 2016, convened in the Greek "
        "capital, and the Turkish president and the Greek prime minister signed the Athens Declaration."
    )
    signed = [e for e in typed_events(text, dt.date(2023, 12, 11)) if e[0] == "AGREE" and e[1] != "1923"]
    assert set(signed) == {("AGREE", "2023-12", ("GRC", "TUR"))}  # the headline's and the body's


def test_that_same_evening_opening_a_paragraph_is_the_day_the_paragraph_before_ended_on():
    text = (
        "How the war ended\n\n"
        "On 12 August 2008 the French president held talks in Moscow with his Russian counterpart.\n\n"
        "That same evening the French president flew on to Tbilisi, where he met Georgian President "
        "Saakashvili."
    )
    assert ("CONSULT", "2008-08-12", ("FRA", "GEO")) in typed_events(text)


def test_a_dateline_without_a_year_takes_the_latest_year_the_text_states():
    text = (
        "Navies launch joint patrols\n\n"
        "SANDAKAN (Malaysia), June 19 (Bernama) -- Malaysia and Brunei today launched coordinated maritime "
        "patrols in the South China Sea.\n\n"
        "The patrols were agreed in a joint declaration signed in March 2017, the minister said."
    )
    events = typed_events(text, None)
    assert ("COOPERATE", "2017-06-19", ("BRN", "MYS")) in events


def test_the_same_day_opening_takes_the_day_just_told_not_a_later_participle_s_year():
    text = (
        "On November 14, the presidents of Chile and South Korea inaugurated a port near Valparaiso. "
        "The same day, the two leaders oversaw the signing of a protocol upgrading the Chile–Korea "
        "free trade agreement, first signed in February 2003."
    )
    events = typed_events(text, dt.date(2024, 11, 25))
    assert ("AGREE", "2024-11-14", ("CHL", "KOR")) in events
    assert not [e for e in events if e[1] == "2003-02"]


def test_a_meeting_following_an_earlier_summit_keeps_its_own_day():
    text = (
        "On November 16, on the sidelines of the summit, the leaders of Japan and Mexico met for the "
        "second time, following their November 2023 summit in Tokyo."
    )
    assert typed_events(text, dt.date(2024, 11, 20)) == [("CONSULT", "2024-11-16", ("JPN", "MEX"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2016, Ecuador and Peru fought over fishing grounds until a truce signed on November 10.",
            ("November 10", "2016-11-10"),
        ),
        (
            "Relations are cold, in contrast with 2019, when the two presidents met in March.",
            ("in March", "2019-03"),
        ),
    ],
)
def test_a_year_that_opens_the_sentence_dates_the_days_told_after_it(text, expected):
    assert expected in _found(text, dt.date(2025, 8, 9))


def test_a_year_in_an_aside_does_not_date_the_main_clause():
    found = _found(
        "Costa Rica, which abolished its army in 1948, lodged a formal protest with Managua on October 20.",
        dt.date(2025, 8, 9),
    )
    assert ("October 20", "2024-10-20") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lula flew on to Lima after his June summit with Boric.", ("his June", "2025-06")),
        ("Seoul blamed the February attack on Pyongyang.", ("the February", "2025-02")),
        ("Quito summoned Bogota's envoy after the March strikes.", ("the March", "2025-03")),
    ],
)
def test_a_month_that_names_an_event_dates_it(text, expected):
    assert expected in _found(text, dt.date(2025, 8, 9))


def test_a_month_before_a_day_is_not_a_month_alone():
    assert ("The May", "2025-05") not in _found(
        "The May 17 agreement between Peru and Chile holds.", dt.date(2025, 8, 9)
    )
