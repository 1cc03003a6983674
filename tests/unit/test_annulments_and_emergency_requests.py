"""Stop 19: agreements annulled or declared null and void are rejections; a state asking for an
emergency session or meeting makes a request; a court annulling an election is no state event.
Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Cyprus declared the Turkish-Libyan maritime accord "null and void" on Monday.',
            ("REJECT", "2024-03-04", ("CYP", "LBY", "TUR")),
        ),
        (
            "Georgia formally annulled the protocols with Abkhazia and Russia in May 2019.",
            ("REJECT", "2019-05", ("GEO", "RUS")),
        ),
        (
            "Lithuania asked for an emergency meeting of NATO allies with Belarus on Tuesday.",
            ("REQUEST", "2024-03-05", ("BLR", "LTU")),
        ),
    ],
)
def test_annulments_and_emergency_requests(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", dt.date(2024, 3, 10)) == [expected]


def test_a_court_annulling_an_election_is_no_state_event():
    text = "Report\n\nThe constitutional court annulled the election results in Kenya in 2017.\n"
    assert typed_events(text, dt.date(2024, 3, 10)) == []
