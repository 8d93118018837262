"""Fiscal years of dates through the compiled core: the boundaries of Japan's fiscal year,
missing dates, ranges and quarters, the calendar objects and bad dates, checked against
dates worked out by hand."""

from __future__ import annotations

import datetime as dt
import pickle

import numpy as np
import pandas as pd
import pytest

import plan6
from plan6 import calendars


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
