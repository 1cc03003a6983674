"""Stop 28: trade duties imposed on another state's goods sanction it, as tariffs already did:
anti-dumping and countervailing duties, counter-tariffs, and duties "imposed" or "slapped" on its
goods. A minister's duties are not a trade measure. Text written for the tests."""

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
            "Chile's ambassador to Peru imposed new duties on her staff in Lima on Tuesday.",
            [],
        ),
    ],
)
def test_duties_on_goods(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected
