"""Stop 28: a state that asks an organisation for help, or meets an organisation's head, has the
organisation as its other party; the event keeps the one state, as the guidelines count
organisations apart from states. So does a state asking for foreign troops or regional help. An
organisation that is only the topic of talks is no party.
Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Armenia asked the CSTO for military help late on January 5.",
            [("REQUEST", "2024-01-05", ("ARM",))],
        ),
        (
            "Peru asked the United Nations for emergency food on Tuesday.",
            [("REQUEST", "2024-03-05", ("PER",))],
        ),
        (
            "Greek Prime Minister Kyriakos Mitsotakis met NATO Secretary General Mark Rutte in Athens on Tuesday.",
            [("CONSULT", "2024-03-05", ("GRC",))],
        ),
        (
            "Honduras's government asked for foreign troops in October.",
            [("REQUEST", "2023-10", ("HND",))],
        ),
        (
            "The Fijian government formally requested regional assistance on Sunday.",
            [("REQUEST", "2024-03-03", ("FJI",))],
        ),
        (
            "Serbia held talks on NATO enlargement on Tuesday.",
            [],
        ),
    ],
)
def test_bloc_as_the_other_party(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected
