"""Stop 28: trade duties imposed on another state's goods sanction it, as tariffs already did:
anti-dumping and countervailing duties, counter-tariffs, and duties "imposed" or "slapped" on its
goods, and a duty or levy on a state's goods that comes into force. A minister's duties, and
duties paused "on Feb. 3", are not a new measure. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Turkey imposed anti-dumping duties on Egyptian steel in May 2022.",
            [("SANCTION", "2022-05", ("EGY", "TUR"))],
        ),
        (
            "Brazil announced counter-tariffs on Argentine wheat and wine on Tuesday.",
            [("SANCTION", "2024-03-05", ("ARG", "BRA"))],
        ),
        (
            "In January, Indonesia slapped duties of up to 30 per cent on Vietnamese rice.",
            [("SANCTION", "2024-01", ("IDN", "VNM"))],
        ),
        (
            "On Saturday Colombia raised customs duties on all Ecuadorian imports to 80 percent.",
            [("SANCTION", "2024-03-09", ("COL", "ECU"))],
        ),
        (
            "Argentina paused the duties on Feb. 3 after talks with Chile's president.",
            [("CONSULT", "2024-02-03", ("ARG", "CHL"))],
        ),
        (
            "Chile's ambassador to Peru imposed new duties on her staff in Lima on Tuesday.",
            [],
        ),
    ],
)
def test_duties_on_goods(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Wednesday Chile granted Peru and Bolivia a one-month exemption from its new tariffs.",
            [("CONCEDE", "2024-03-06", ("BOL", "CHL", "PER"))],
        ),
        (
            "Kenya exempted Ugandan sugar from the new duties on Wednesday.",
            [("CONCEDE", "2024-03-06", ("KEN", "UGA"))],
        ),
    ],
)
def test_exemptions_from_duties(sentence: str, expected: list) -> None:
    """An exemption from a state's own tariffs eases the measure for the other: a concession."""
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected
