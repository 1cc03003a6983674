"""Stop 19: a capital opening a sentence and followed by ", which" is its government acting, not
a dateline; the states of the main clause after a which-clause aside do not join the aside's
event. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_a_capital_opening_a_sentence_before_a_which_clause_is_a_government():
    text = (
        "Report\n\nRiyadh, which signed a security pact with Bahrain on September 12, has also sided "
        "with Amman and Rabat on the matter.\n"
    )
    assert typed_events(text, dt.date(2023, 10, 1)) == [("AGREE", "2023-09-12", ("BHR", "SAU"))]


def test_a_dateline_capital_is_still_a_place():
    text = "Report\n\nNAIROBI, Oct 3 (Reuters) - Kenya signed a defence pact with Ethiopia on Monday.\n"
    assert typed_events(text, dt.date(2023, 10, 3)) == [("AGREE", "2023-10-02", ("ETH", "KEN"))]
