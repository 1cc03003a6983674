"""Stop 20: sanctions and embargoes lifted, ended, revoked, suspended or terminated, designations
revoked and entities taken off a blacklist are concessions (CONCEDE), not new sanctions; a lifting
refused or to come is none. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2025, 11, 8)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On June 30, the president signed an executive order ending the US sanctions program on Cuba.",
            ("CONCEDE", "2025-06-30", ("CUB", "USA")),
        ),
        (
            "Hours later Canada signed an order revoking its nuclear-related sanctions on Iran.",
            ("CONCEDE", "2025-11", ("CAN", "IRN")),
        ),
        (
            "The EU suspended a range of sanctions on Belarus on Monday, including curbs on its potash sector.",
            ("CONCEDE", "2025-11-03", ("BLR",)),
        ),
        (
            "The Security Council on Friday voted unanimously to lift the sanctions on the government of Liberia.",
            ("CONCEDE", "2025-11-07", ("LBR",)),
        ),
    ],
)
def test_sanctions_lifted_or_ended_are_concessions(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == [expected]


@pytest.mark.parametrize(
    "sentence",
    ["The EU will not lift sanctions on Russia.", "Washington refused to lift the embargo on Venezuela."],
)
def test_a_lifting_refused_or_to_come_is_none(sentence):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == []
