"""Stop 19: arms or relief "sent" or "dispatched" to a state are aid, whatever words stand
between the verb and the cargo; letters, envoys, missiles fired over a state and gerunds of
intent are not. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Latvia on Monday sent Stinger missiles, 120-millimetre mortars and other equipment to Ukraine.",
            ("AID", "2022-01-31", ("LVA", "UKR")),
        ),
        (
            "Bangladesh on Sunday sent two C-130 aircraft carrying tents, blankets and medicines to Turkey.",
            ("AID", "2022-01-30", ("BGD", "TUR")),
        ),
    ],
)
def test_arms_or_relief_sent_to_a_state_are_aid(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2022, 2, 1)) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lula said no Latin American country was thinking of sending weapons to Ukraine.",
        "North Korea sent a ballistic missile over northern Japan on Tuesday.",
        "President Boric sent a letter to his Peruvian counterpart on Monday.",
        "Italy has sent its foreign minister to Tunisia.",
    ],
)
def test_sendings_that_are_no_aid(sentence):
    assert all(e[0] != "AID" for e in typed_events("Report\n\n" + sentence + "\n", dt.date(2022, 2, 1)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Turkey began evacuating its citizens from Libya on Tuesday aboard two navy ships.",
            ("MOBILIZE", "2023-04-25", ("LBY", "TUR")),
        ),
        (
            "A Korean navy destroyer evacuated 140 foreign nationals from twelve countries from the Libyan port of Benghazi on Thursday.",
            ("AID", "2023-04-27", ("KOR", "LBY")),
        ),
    ],
)
def test_evacuating_own_citizens_moves_forces_and_evacuating_foreigners_is_aid(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2023, 4, 27)) == [expected]


def test_help_in_evacuating_told_in_passing_is_no_evacuation():
    text = "Report\n\nThe minister thanked Romania for its help in evacuating Pakistani nationals from Ukraine in 2022.\n"
    assert all(e[0] != "MOBILIZE" for e in typed_events(text, dt.date(2023, 4, 27)))
