"""Stop 23: aid "was being paused", "a suspension of military aid", "a freeze on aid" stop aid
(SANCTION 162), aid resumed is aid; a state's name without its accents or with either apostrophe
("Cote d'Ivoire", "Côte d’Ivoire", "Sao Tome and Principe") is the state. Text written for the
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An official said on Monday that military aid to Armenia was being paused.",
            ("SANCTION", "2025-03-03", ("ARM", "FRA")),
        ),
        (
            "The freeze followed a suspension of French military aid to Armenia announced on Monday.",
            ("SANCTION", "2025-03-03", ("ARM", "FRA")),
        ),
        (
            "Paris resumed military aid to Armenia on Monday after a pause.",
            ("AID", "2025-03-03", ("ARM", "FRA")),
        ),
    ],
)
def test_aid_paused_is_aid_stopped(sentence, expected):
    text = f"France and Armenia\n\nFrance and Armenia have long been close. {sentence}\n"
    assert expected in typed_events(text, dt.date(2025, 3, 5))


@pytest.mark.parametrize("name", ["Cote d'Ivoire", "Côte d’Ivoire", "Cote d’Ivoire"])
def test_a_state_written_without_accents_or_with_a_curly_apostrophe(name):
    assert typed_events(
        f"Report\n\nGhana and {name} signed a maritime boundary agreement on Monday.\n", dt.date(2025, 3, 5)
    ) == [("AGREE", "2025-03-03", ("CIV", "GHA"))]
