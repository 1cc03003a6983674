"""Stop 19: "the same day" and "later in the day" inside a sentence count from the day last told,
not from an earlier sentence's "officials said on Friday"; "said Thursday that ... the day
before" still counts from the saying. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_the_same_day_inside_a_sentence_is_the_day_last_told():
    text = (
        "Report\n\nNAIROBI - Kenya and Somalia held talks in Mogadishu on April 3, officials said on Friday.\n\n"
        "Kenyan Foreign Minister Raychelle Omamo summoned Somalia's ambassador the same day to protest "
        "the decision.\n\nLater in the day, Omamo called on Somali President Mohamed Farmajo.\n"
    )
    events = typed_events(text, dt.date(2021, 4, 9))
    assert events == [
        ("CONSULT", "2021-04-03", ("KEN", "SOM")),
        ("PROTEST", "2021-04-03", ("KEN", "SOM")),
        ("CONSULT", "2021-04-03", ("KEN", "SOM")),
    ]


def test_the_day_before_a_saying_in_the_same_sentence_counts_from_the_saying():
    text = (
        "Report\n\nPresident Gustavo Petro said Thursday that the agreement reached with Ecuador's "
        "foreign minister the day before respects Colombian sovereignty.\n"
    )
    events = typed_events(text, dt.date(2024, 5, 10))
    assert ("AGREE", "2024-05-08", ("COL", "ECU")) in events


def test_a_span_from_one_day_to_another_dates_its_start():
    assert typed_events(
        "Report\n\nArmenia, Greece and Cyprus held a special forces exercise in Yerevan from Sept. 12 to 20.\n",
        dt.date(2021, 10, 6),
    ) == [("COOPERATE", "2021-09-12", ("ARM", "CYP", "GRC"))]
