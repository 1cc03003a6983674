"""Stop 28: a people counted as they arrive ("a first group of 40 Uyghurs arrived in Ankara") is
no delegation, so no meeting between states; marines arriving are a deployment, and a minister
arriving for talks is still a visit. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Tuesday a first group of 40 Uyghurs arrived in Ankara from Kazakhstan.", []),
        (
            "On Tuesday the first 200 US Marines arrived in Darwin for a six-month rotation in Australia.",
            [("MOBILIZE", "2024-03-05", ("AUS", "USA"))],
        ),
        (
            "On Tuesday Kazakh Foreign Minister Murat Nurtleu arrived in Ankara for talks with Turkey.",
            [("CONSULT", "2024-03-05", ("KAZ", "TUR"))],
        ),
    ],
)
def test_who_arrives(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected
