"""Stop 23: "the Prime Minister, Mr X" named with no state holds office in the state the report is
about (the one it is filed from, else the one it names most), and so do later mentions by
surname; "Prime Minister X" may be any state's and stays unplaced. "The same evening" dates like
"the same day". Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import extracted, typed_events

_STORY = (
    "Mauritius marks independence day\n\nMauritius marked its independence day on Saturday with a parade in "
    "Port Louis. At the harbour, {office} Aren Dookhy, held talks with the visiting Indian foreign minister "
    "the same evening.\n\nDookhy later thanked the crowd.\n"
)


def _states_of(text: str, name: str) -> set[str | None]:
    x, _ = extracted(text, dt.date(2021, 3, 14))
    return {e.country_iso3 for e in x.entities if e.entity_type == "PERSON" and name in e.name}


def test_the_prime_minister_named_without_a_state_is_the_story_state():
    assert _states_of(_STORY.format(office="the Prime Minister, Mr"), "Dookhy") == {"MUS"}


def test_a_bare_title_before_a_name_is_not_placed():
    assert _states_of(_STORY.format(office="Prime Minister"), "Dookhy") == {None}


def test_talks_the_same_evening_have_the_day_told_before():
    assert typed_events(_STORY.format(office="the Prime Minister, Mr"), dt.date(2021, 3, 14)) == [
        ("CONSULT", "2021-03-13", ("IND", "MUS"))
    ]
