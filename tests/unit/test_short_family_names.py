"""Stop 28: a person first named in full is followed by a two-letter family name too ("Xi", "Li",
"Ho", "Wu"), as Chinese, Korean and Vietnamese names are reported, but never by a two-letter English
word that opens sentences ("So", "My", "If"). Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import extracted, typed_events

DAY = dt.date(2024, 3, 9)


def test_two_letter_family_name_is_followed() -> None:
    text = (
        "Report\n\n"
        "Singapore's Foreign Minister Ho Ren Wei flew to Jakarta on Monday.\n\n"
        "Malaysian and Thai officials said they had been briefed.\n\n"
        "Ho and Indonesian Foreign Minister Dewi Lestari signed a maritime boundary agreement on Wednesday.\n"
    )
    assert ("AGREE", "2024-03-06", ("IDN", "SGP")) in typed_events(text, DAY)


def test_sentence_opening_word_is_not_a_family_name() -> None:
    text = (
        "Report\n\n"
        "Vietnamese envoy So Minh Tri opened a fair in Nairobi on Monday.\n\n"
        "So did Uganda's trade minister, and Tanzania signed an agreement with China.\n"
    )
    people = {
        (text[e.start : e.end], e.country_iso3)
        for e in extracted(text, DAY)[0].entities
        if e.entity_type == "PERSON"
    }
    assert people == {("So Minh Tri", "VNM")}
