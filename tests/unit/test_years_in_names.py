"""Stop 28: a year that names something is not the date of the act told about it. "A protocol
amending the 1994 accord was signed in May 2011" dates the protocol to May 2011; "signed at Expo
2020 in November 2021" dates the signing to November 2021. A named year still dates the act when
the sentence has no other year. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A protocol amending the 1994 defence accord between Chile and Peru was signed in May 2011.",
            [("AGREE", "2011-05", ("CHL", "PER"))],
        ),
        (
            "Ghana and Togo signed a memorandum on the corridor at Expo 2020 in Dubai in November 2021.",
            [("AGREE", "2021-11", ("GHA", "TGO"))],
        ),
        (
            "Ghana and Togo signed a memorandum on the corridor at Expo 2020 in Dubai.",
            [("AGREE", "2020", ("GHA", "TGO"))],
        ),
        (
            "Norway and Poland held their first joint exercise, Baltic Shield 2005, from August 18 to 25, 2005.",
            [("COOPERATE", "2005", ("NOR", "POL"))],
        ),
    ],
)
def test_year_of_a_name(sentence: str, expected: list) -> None:
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == expected
