"""Dates written with two-digit years, and model numbers that look like years (stop 17)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import found_dates, typed_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy toured the naval base on 14 Feb 24 and met the commander.",
            [("14 Feb 24", "2024-02-14")],
        ),
        ("The talks were held in Manila on 03 Nov 21.", [("03 Nov 21", "2021-11-03")]),
        # a span of days is its month, as with four-digit years
        ("The drill ran from 5 to 17 Mar 22.", [("17 Mar 22", "2022-03")]),
    ],
)
def test_a_day_month_and_two_digit_year_is_a_day(text, expected):
    assert found_dates(text, dt.date(2024, 6, 1)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 12 sailors were rescued.",  # a count, not a year
        "The ceremony began at 4 June 12:30.",  # a clock time
    ],
)
def test_a_count_or_a_clock_after_a_day_and_month_is_no_year(text):
    assert all(
        len(iso) != 10 or not iso.startswith("2012") for _, iso in found_dates(text, dt.date(2024, 6, 1))
    )


def test_a_two_digit_year_far_from_the_report_is_no_year():
    assert all(not iso.startswith("1999") for _, iso in found_dates("on 2 Apr 99 units", dt.date(2024, 6, 1)))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt ordered 12 Rafale fighters and 30 K9 2000 self-propelled howitzers.",
        "Greece operates 24 Mirage 2000 jets and 8 Type 2000 boats.",
        "The army fields 40 Marder 1500 vehicles.",
    ],
)
def test_a_number_inside_an_equipment_name_is_no_year(text):
    assert found_dates(text, dt.date(2024, 6, 1)) == []


def test_a_signing_dated_by_two_digit_year_and_a_model_number_left_alone():
    text = (
        "Report\n"
        "Kenya and Uganda signed a border security pact in Nairobi on 21 Sep 23.\n"
        "Uganda bought 6 Dana 2000 self-propelled howitzers from Slovakia in 2019.\n"
    )
    events = typed_events(text, dt.date(2023, 9, 22))
    assert ("AGREE", "2023-09-21", ("KEN", "UGA")) in events
    assert all(date != "2000" for _, date, _ in events)
