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
