"""Stop 20: talks told as the setting of a signing ("signed … after talks between the two
leaders", "after talks in Minsk") are a meeting of their own, but "after months of talks" led to
the deal and is none; talks a visitor "flew in for" or was "received for" were held, talks a
visitor "will fly" to are not. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2025, 5, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "The accord was signed after talks between Kenyan President Ruto and Ugandan President Museveni on Wednesday.",
        "The defence ministers of Kenya and Uganda signed the documents in Kampala after talks at a joint"
        " session of the two ministries' boards on Wednesday.",
    ],
)
def test_talks_before_a_signing_are_a_meeting_too(sentence):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == [
        ("AGREE", "2025-05-07", ("KEN", "UGA")),
        ("CONSULT", "2025-05-07", ("KEN", "UGA")),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya and Uganda signed the treaty on Wednesday after months of talks.",
        "Kenya and Uganda signed the treaty on Wednesday after talks that began in 2019.",
    ],
)
def test_talks_that_led_to_a_deal_are_no_meeting(sentence):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == [("AGREE", "2025-05-07", ("KEN", "UGA"))]


def test_talks_a_visitor_came_for_were_held():
    assert typed_events(
        "Report\n\nKenyan President William Ruto flew in for talks with Qatar's emir on Wednesday.\n", DAY
    ) == [("CONSULT", "2025-05-07", ("KEN", "QAT"))]
    assert (
        typed_events(
            "Report\n\nKenyan President William Ruto will fly to Doha for talks with Qatar's emir on Friday.\n",
            DAY,
        )
        == []
    )


def test_a_signing_a_visitor_travelled_to_make_is_told_as_done():
    assert sorted(
        typed_events(
            "Report\n\nBrazil's president traveled to Luanda in August 2010 to sign a protocol on naval cooperation.\n",
            DAY,
        )
    ) == [("AGREE", "2010-08", ("AGO", "BRA")), ("CONSULT", "2010-08", ("AGO", "BRA"))]
    assert (
        typed_events(
            "Report\n\nBrazil's president will travel to Luanda next week to sign the protocol.\n", DAY
        )
        == []
    )
