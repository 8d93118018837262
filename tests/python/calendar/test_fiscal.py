"""Fiscal years and Japanese eras through the compiled core, checked against dates worked out
by hand and against an independent pure-Python computation (datetime)."""

from __future__ import annotations

import datetime as dt
import pickle

import numpy as np
import pandas as pd
import pytest

import plan6
from plan6 import calendars


def python_fiscal_year(day: dt.date, start_month: int, start_day: int, by_end: bool) -> int:
    """Independent reference with datetime only."""
    start_year = day.year if (day.month, day.day) >= (start_month, start_day) else day.year - 1
    return start_year + 1 if by_end and (start_month, start_day) != (1, 1) else start_year


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2012-03-31", 2011),
        ("2012-04-01", 2012),
        ("2013-01-28", 2012),
        ("2013-03-31", 2012),
        ("2013-04-01", 2013),
    ],
)
def test_japanese_fiscal_year_boundaries(day: str, expected: int) -> None:
    assert plan6.fiscal_year(day) == expected
    assert plan6.fiscal_year(dt.date.fromisoformat(day)) == expected
    assert plan6.fiscal_year(pd.Timestamp(day)) == expected
    assert plan6.fiscal_year(np.datetime64(day)) == expected


def test_vectorised_against_python_on_random_dates() -> None:
    rng = np.random.default_rng(2012)
    days = rng.integers(dt.date(1900, 1, 1).toordinal(), dt.date(2100, 12, 31).toordinal(), 5000)
    dates = [dt.date.fromordinal(int(d)) for d in days]
    array = np.array(dates, dtype="datetime64[D]")
    for calendar in (calendars.JP, calendars.US_FEDERAL, calendars.UK_TAX, calendars.AU):
        expected = [
            python_fiscal_year(
                d, calendar.start_month, calendar.start_day, calendar.naming == "end"
            )
            for d in dates
        ]
        np.testing.assert_array_equal(plan6.fiscal_year(array, calendar), expected)


def test_nat_is_missing_not_an_error() -> None:
    series = pd.Series(pd.to_datetime(["2012-04-01", None, "2013-03-31"]), index=[10, 20, 30])
    result = plan6.fiscal_year(series)
    assert result.dtype == "Int64"
    assert result.index.tolist() == [10, 20, 30]
    assert result.tolist() == [2012, pd.NA, 2012]
    array = np.array(["2012-04-01", "NaT"], dtype="datetime64[D]")
    values = plan6.fiscal_year(array)
    assert values[0] == 2012
    assert np.isnan(values[1])


def test_fiscal_year_range_and_quarter() -> None:
    assert plan6.fiscal_year_range(2012) == (dt.date(2012, 4, 1), dt.date(2013, 3, 31))
    assert plan6.fiscal_year_range(2013, calendars.US_FEDERAL) == (
        dt.date(2012, 10, 1),
        dt.date(2013, 9, 30),
    )
    assert plan6.fiscal_quarter("2012-04-01") == 1
    assert plan6.fiscal_quarter("2013-03-31") == 4


@pytest.mark.parametrize(
    ("day", "era", "year"),
    [
        ("1989-01-07", "昭和", 64),
        ("1989-01-08", "平成", 1),
        ("2019-04-30", "平成", 31),
        ("2019-05-01", "令和", 1),
        ("2012-04-01", "平成", 24),
        ("1912-07-30", "大正", 1),
    ],
)
def test_era_boundaries(day: str, era: str, year: int) -> None:
    assert plan6.to_era(day) == (era, year)


def test_era_errors() -> None:
    with pytest.raises(ValueError, match="before the Meiji era"):
        plan6.to_era("1868-01-01")
    with pytest.raises(ValueError, match="past the end of 平成"):
        plan6.from_era("平成", 32)
    assert plan6.from_era("平成", 32, lenient=True) == 2020
    with pytest.raises(ValueError, match="era years start at 1"):
        plan6.from_era("昭和", 0)
    with pytest.raises(ValueError, match="unknown Japanese era"):
        plan6.from_era("天平", 1)


def test_calendar_objects() -> None:
    assert plan6.FiscalCalendar(4, 1, "start") == calendars.JP
    assert hash(calendars.JP) == hash(plan6.FiscalCalendar(4, 1, "start"))
    assert pickle.loads(pickle.dumps(calendars.US_FEDERAL)) == calendars.US_FEDERAL
    with pytest.raises(ValueError, match="29"):
        plan6.FiscalCalendar(2, 29)
    with pytest.raises(ValueError, match="naming"):
        plan6.FiscalCalendar(4, 1, "middle")
    with pytest.raises(TypeError, match="FiscalCalendar"):
        plan6.fiscal_year("2012-04-01", calendar="JP")  # type: ignore[arg-type]


def test_bad_dates() -> None:
    with pytest.raises(ValueError, match="not an ISO date"):
        plan6.fiscal_year("2012-02-30")
    with pytest.raises(TypeError, match="must be a date"):
        plan6.fiscal_year(2012)
    with pytest.raises(ValueError, match="outside the supported years"):
        plan6.fiscal_year("1300-01-01")
