"""Stop 28: an official of an international organisation, titled as such before or after the name,
acts for the organisation, not for the state the leaders lexicon knows them from: the guidelines
keep organisations out of ``countries``. Text written for the tests; the officials are real people
whose earlier national offices are in the lexicon."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2025, 3, 8)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "NATO Secretary General Mark Rutte met Kenyan President William Ruto in Nairobi on Tuesday.",
            [("CONSULT", "2025-03-04", ("KEN",))],
        ),
        (
            "Kaja Kallas, the EU's foreign policy chief, held talks with Chilean President Gabriel Boric on Tuesday.",
            [("CONSULT", "2025-03-04", ("CHL",))],
        ),
        (
            "UN Secretary-General Antonio Guterres held talks with Bolivian President Luis Arce on Tuesday.",
            [("CONSULT", "2025-03-04", ("BOL",))],
        ),
    ],
)
def test_international_official_is_not_their_state(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected


def test_former_leader_without_an_international_title_keeps_their_state() -> None:
    text = "Report\n\nFormer Dutch prime minister Mark Rutte met Kenyan President William Ruto in Nairobi on Tuesday.\n"
    assert typed_events(text, DAY) == [("CONSULT", "2025-03-04", ("KEN", "NLD"))]
