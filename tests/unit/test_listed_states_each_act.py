"""Stop 28: states listed as the subject of a summons or a recall each take their own step, one
event per pair ("Lithuania, Latvia and Estonia summoned Chinese diplomats"); a joint signing stays
one event. Text written for the tests."""

from __future__ import annotations

import datetime as dt

from extracted import extracted

DAY = dt.date(2024, 3, 9)


def _events(sentence: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
    return set(extracted("Report\n\n" + sentence + "\n", DAY)[1])


def test_each_listed_state_summons() -> None:
    assert _events("Norway, Sweden and Finland summoned Iranian diplomats on Monday.") == {
        ("PROTEST", "2024-03-04", ("IRN", "NOR")),
        ("PROTEST", "2024-03-04", ("IRN", "SWE")),
        ("PROTEST", "2024-03-04", ("FIN", "IRN")),
    }


def test_each_listed_state_recalls() -> None:
    assert _events("Peru and Ecuador recalled their ambassadors from Venezuela on Monday.") == {
        ("SANCTION", "2024-03-04", ("PER", "VEN")),
        ("SANCTION", "2024-03-04", ("ECU", "VEN")),
    }


def test_a_joint_signing_stays_one_event() -> None:
    assert _events("Ghana and Togo signed a border treaty with Benin on Monday.") == {
        ("AGREE", "2024-03-04", ("BEN", "GHA", "TGO")),
    }
