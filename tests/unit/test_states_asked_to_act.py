"""Stop 20: a state that "asked" another to act made a request (REQUEST), whatever the act; an
official "who asked not to be named" or who "asked reporters to leave" made none. Text written for
the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import typed_events

DAY = dt.date(2023, 9, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In August 2016, Nairobi asked Kampala to replace its first ambassador.",
            ("REQUEST", "2016-08", ("KEN", "UGA")),
        ),
        (
            "On Monday, Chile's defence minister asked Peru and Bolivia to allow Chilean transport aircraft"
            " to cross their airspace.",
            ("REQUEST", "2023-08-28", ("BOL", "CHL", "PER")),
        ),
    ],
)
def test_a_state_asking_another_to_act_makes_a_request(sentence, expected):
    assert typed_events("Report\n\n" + sentence + "\n", DAY) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Kenyan official, who asked not to be named, said Uganda had agreed.",
        "The Ugandan minister asked reporters to leave the room before Kenya's envoy arrived.",
    ],
)
def test_asked_not_to_be_named_is_no_request(sentence):
    assert all(e[0] != "REQUEST" for e in typed_events("Report\n\n" + sentence + "\n", DAY))
