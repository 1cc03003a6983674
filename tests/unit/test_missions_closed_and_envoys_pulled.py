"""Stop 23: consulates closed and envoys "pulled ... out of" a state are diplomatic sanctions
(SANCTION 161). Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Austria closes Libya's two consulates on Thursday.", ("SANCTION", "2012-09-06", ("AUT", "LBY"))),
        (
            "Ghana on Thursday pulled its charge d'affaires out of Mali.",
            ("SANCTION", "2012-09-06", ("GHA", "MLI")),
        ),
        ("Chile closes its embassy in Caracas on Thursday.", ("SANCTION", "2012-09-06", ("CHL", "VEN"))),
    ],
)
def test_missions_closed_and_envoys_pulled_out(sentence, expected):
    assert typed_events(f"Report\n\n{sentence}\n", dt.date(2012, 9, 8)) == [expected]
