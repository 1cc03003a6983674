"""Stop 28: blacklisting a state's officials sanctions it; La Paz is Bolivia's seat of government
(the gazetteer's capital is Sucre), and ordering a state's diplomats "out of the country" still
expels them. Withdrawing an invitation to a state sanctions it. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Canada followed on Friday, with Ottawa blacklisting nine Nicaraguan officials.",
            [("SANCTION", "2024-03-08", ("CAN", "NIC"))],
        ),
        (
            "In January, La Paz suspended relations with Israel.",
            [("SANCTION", "2024-01", ("BOL", "ISR"))],
        ),
        (
            "In November Peru ordered Mexican diplomats out of the country.",
            [("SANCTION", "2023-11", ("MEX", "PER"))],
        ),
    ],
)
def test_blacklists_and_seats(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected


def test_invitation_withdrawn() -> None:
    """A state that withdraws or rescinds an invitation to another sanctions it."""
    for sentence, expected in [
        ("In April Hanoi withdrew an invitation for the Thai navy to attend its fleet review.", "2023-04"),
        ("In May Peru rescinded its invitation to the Mexican president.", "2023-05"),
    ]:
        events = typed_events("Report\n\n" + sentence + "\n", DAY)
        assert [(t, d) for t, d, _ in events] == [("SANCTION", expected)]
