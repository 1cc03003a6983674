"""Stop 23: the date that names a document ("the agreement of 17 December 2018") is not the date
of what is done to it; a renewal has its own date, at whatever precision; a law "struck down" is no
deal struck. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import extracted, typed_events


def test_an_agreement_denounced_has_the_date_of_the_denunciation():
    assert typed_events(
        "Report\n\nOn 3 March 2022 the government of Mali denounced the agreement of 12 May 2015 with Spain.\n",
        dt.date(2023, 3, 5),
    ) == [("REJECT", "2022-03-03", ("ESP", "MLI"))]
    assert typed_events(
        "Report\n\nGabon denounced the defence agreement of 4 June 2010 with Spain on Friday.\n",
        dt.date(2023, 3, 5),
    ) == [("REJECT", "2023-03-03", ("ESP", "GAB"))]


def test_a_pact_renewed_last_month_is_dated_last_month():
    assert typed_events(
        "Report\n\nChile renewed the 2003 defence pact with Peru last month.\n", dt.date(2023, 3, 5)
    ) == [("AGREE", "2023-02", ("CHL", "PER"))]


def test_a_law_struck_down_is_no_deal_struck():
    x, _ = extracted(
        "Report\n\nKenya on Sunday protested to Uganda over a ruling by a Ugandan court last week that struck "
        "down the law ratifying the 2012 agreement on Lake Victoria fishing.\n",
        dt.date(2023, 9, 12),
    )
    assert [(e.plover_type, e.trigger) for e in x.events] == [
        ("PROTEST", "protested"),
        ("AGREE", "2012 agreement"),
    ]


def test_an_act_counted_back_from_the_main_clause_that_owns_the_date():
    events = typed_events(
        "Report\n\nLIMA - Peru and Chile yesterday agreed to resume diplomatic relations, three years after "
        "Lima severed ties over the border ruling.\n",
        dt.date(2015, 11, 30),
    )
    assert events == [("AGREE", "2015-11-29", ("CHL", "PER")), ("SANCTION", "2012", ("CHL", "PER"))]


def test_nearly_five_months_after_counts_back_five_months():
    events = typed_events(
        "Report\n\nThe Peruvian government on Thursday said it had restored relations with Chile on November 3, "
        "nearly five months after it severed ties with Santiago.\n",
        dt.date(2015, 11, 30),
    )
    assert ("SANCTION", "2015-06", ("CHL", "PER")) in events
