"""Months and quarters, with their bounds in Vietnam time."""

from datetime import UTC, date, datetime

import pytest

from workflows.quota.periods import InvalidPeriod, Period, parse_month, parse_period, parse_quarter


def test_month_bounds_are_midnight_in_vietnam():
    start, end = parse_month("2020-01").bounds()
    assert start.astimezone(UTC) == datetime(2019, 12, 31, 17, 0, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2020, 1, 31, 17, 0, tzinfo=UTC)


def test_quarter_covers_three_months():
    quarter = parse_quarter("2020-Q4")
    assert (quarter.start, quarter.end, quarter.months) == (date(2020, 10, 1), date(2021, 1, 1), 3)
    assert quarter.key == "2020-Q4"
    assert quarter.label == "quý IV/2020"


def test_keys_and_labels():
    assert parse_period("2020-3").key == "2020-03"
    assert parse_period("2020-03").label == "tháng 03/2020"
    assert parse_period("2020-q2") == Period.quarter(2020, 2)


@pytest.mark.parametrize("text", ["2024-13", "2024-00", "abc", "", "2024-Q5", "2024-Q0", "0001-01", "9999-12"])
def test_bad_periods_say_why_in_vietnamese(text):
    with pytest.raises(InvalidPeriod, match="không hợp lệ"):
        parse_period(text)
