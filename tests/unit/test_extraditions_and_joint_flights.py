"""Stop 20: a suspect extradited from one state to another is judicial cooperation; joint flights
and air patrols of two air forces are military cooperation; a minister who "spoke separately last
week to his Saudi counterpart" held a call. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events

DAY = dt.date(2025, 6, 8)


def test_an_extradition_is_cooperation_between_two_states():
    assert typed_events(
        "Report\n\nColombia on Thursday extradited the cartel leader Dairo Usuga to the United States.\n", DAY
    ) == [("COOPERATE", "2025-06-05", ("COL", "USA"))]


def test_joint_flights_are_military_cooperation():
    assert typed_events(
        "Report\n\nChinese and Russian bombers conducted joint flights near Alaska in late November.\n", DAY
    ) == [("COOPERATE", "2024-11", ("CHN", "RUS"))]


def test_spoke_to_a_counterpart_with_words_between_is_a_call():
    assert typed_events(
        "Report\n\nPeru's foreign minister spoke separately last week to his Chilean counterpart.\n", DAY
    ) == [("CONSULT", "2025-06", ("CHL", "PER"))]
