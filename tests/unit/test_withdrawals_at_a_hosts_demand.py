"""Stop 23: the end of a foreign force's presence told as "marked the end of operations by ...",
"ended/ending ... military presence", "the last ... troops leave", servicemen who left, the last
troops that "crossed into" a neighbour on their way out (not an incursion); a page's copy of its
headline is the headline. Text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

from pipelines.dedup.cluster import cluster_events
from pipelines.extract import ArticleInput, extract


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chad on Sunday formally marked the end of operations by Belgian special forces on its soil.",
            ("RETREAT", "2023-03-05", ("BEL", "TCD")),
        ),
        (
            "The last 900 Italian servicemen left Niger yesterday, ending a decade of Italian military presence "
            "in the country.",
            ("RETREAT", "2023-03-06", ("ITA", "NER")),
        ),
        (
            "The last Dutch soldiers crossed into Senegal on March 1, completing the pull-out from Mali.",
            ("RETREAT", "2023-03-01", ("MLI", "NLD", "SEN")),
        ),
        (
            "About 60 Fijian soldiers crossed into Jordan on Monday and were flown home from Amman.",
            ("RETREAT", "2023-03-06", ("FJI", "JOR")),
        ),
    ],
)
def test_a_foreign_force_that_leaves(sentence, expected):
    assert typed_events(f"Report\n\n{sentence}\n", dt.date(2023, 3, 7)) == [expected]


def test_troops_that_are_due_to_leave_have_not_left():
    assert (
        typed_events(
            "Report\n\nThe last Italian troops are due to leave Niger by March.\n", dt.date(2023, 1, 7)
        )
        == []
    )


def test_a_pages_copy_of_its_headline_is_the_headline():
    text = (
        "Last Korean troops leave Lebanon as deadline passes | The Courier\n\nSkip to content\n\n"
        "Last Korean troops leave Lebanon as deadline passes\n\n"
        "The last of the 80 Korean soldiers flew out on Thursday night, a spokesman said.\n"
    )
    records = extract(ArticleInput("k" * 16, text, dt.date(2024, 5, 11))).events
    assert [(r.plover_type, r.date.iso()) for r in records] == [
        ("RETREAT", "2024-05"),
        ("RETREAT", "2024-05"),
        ("RETREAT", "2024-05-09"),
    ]
    assert len(set(cluster_events(records))) == 1  # one withdrawal, told three times


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Chilean Senate voted 12-11 on Monday to reject a new bases treaty with Peru.",
            [("REJECT", "2012-04-09", ("CHL", "PER"))],
        ),
        (
            "The Thai government on Saturday ordered all Australian military personnel out of the country.",
            [("SANCTION", "2012-04-07", ("AUS", "THA"))],
        ),
    ],
)
def test_a_treaty_voted_down_and_forces_ordered_out(sentence, expected):
    assert typed_events(f"Report\n\n{sentence}\n", dt.date(2012, 4, 12)) == expected
