"""Stop 23: states that no longer exist are coded as the state that continues them (the Soviet
Union as Russia, Yugoslavia as Serbia, Czechoslovakia as Czechia), except where they only date or
place a thing ("a former Soviet republic", "Soviet-era jets", "when the Soviet Union collapsed");
a base, air base, airfield or naval station turned over to the host is a withdrawal. Text written
for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Soviet Union signed a friendship treaty with Kenya in 1974.",
            ("AGREE", "1974", ("KEN", "RUS")),
        ),
        ("The USSR invaded Afghanistan in December 1979.", ("ASSAULT", "1979-12", ("AFG", "RUS"))),
        ("Soviet troops withdrew from Austria in 1955.", ("RETREAT", "1955", ("AUT", "RUS"))),
        ("Yugoslavia expelled the Czechoslovak ambassador in 1968.", ("SANCTION", "1968", ("CZE", "SRB"))),
    ],
)
def test_a_bygone_state_is_the_state_that_continues_it(sentence, expected):
    assert typed_events(f"Report\n\n{sentence}\n", dt.date(2021, 1, 5)) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan, a former Soviet republic, signed a gas agreement with China on Monday.",
        "Kazakhstan, which kept its Soviet-era airfields, signed a gas agreement with China on Monday.",
        "Kazakhstan, independent since the collapse of the Soviet Union, signed a gas agreement with China "
        "on Monday.",
    ],
)
def test_a_bygone_state_that_only_dates_a_thing_is_no_party(sentence):
    assert typed_events(f"Report\n\n{sentence}\n", dt.date(2021, 1, 6)) == [
        ("AGREE", "2021-01-04", ("CHN", "KAZ"))
    ]


def test_a_base_turned_over_to_the_host_is_a_withdrawal():
    assert typed_events(
        "Report\n\nChile turned over the Cerro Moreno Air Base to Bolivia in 1999.\n", dt.date(2021, 1, 5)
    ) == [("RETREAT", "1999", ("BOL", "CHL"))]
    assert typed_events(
        "Report\n\nPeru handed over its last naval station at Tumbes to Ecuador on Monday.\n",
        dt.date(2021, 1, 6),
    ) == [("RETREAT", "2021-01-04", ("ECU", "PER"))]
