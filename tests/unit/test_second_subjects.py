"""Stop 22: ", and a committee of officials from X, Y and Z met ..." opens a clause with its own
subject, its own act and its own date. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import typed_events


def test_a_new_subject_after_and_a_is_a_second_meeting_with_its_own_date():
    events = typed_events(
        "Report\n\nGhana closed its border with Togo in May 2021. President Akufo-Addo discussed the closure "
        "with Togolese President Faure Gnassingbe in Accra in June 2021, and a joint commission of officials "
        "from Ghana, Togo and Benin met in Lome the following month.\n",
        dt.date(2022, 3, 1),
    )
    assert ("CONSULT", "2021-06", ("GHA", "TGO")) in events
    assert ("CONSULT", "2021-07", ("BEN", "GHA", "TGO")) in events


def test_a_capital_asked_for_guarantees_is_the_government_asked():
    assert typed_events(
        "Report\n\nTurkey demanded written guarantees from Stockholm on Tuesday.\n", dt.date(2022, 6, 17)
    ) == [("REQUEST", "2022-06-14", ("SWE", "TUR"))]
