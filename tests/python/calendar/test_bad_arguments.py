"""Calendar arguments out of range or of the wrong kind, from issue 14: each raised pybind11's
"incompatible function arguments" (or named a day as "-719162 days from 1970-01-01"); now a
ValueError or TypeError names the argument and the range it must lie in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import plan6

CASES: list[tuple[Callable[[], Any], type, str]] = [
    (lambda: plan6.from_era("平成", 10**20), ValueError, "year must lie in 1–8011 for 平成"),
    (lambda: plan6.from_era("平成", -(10**20)), ValueError, "era years start at 1"),
    (lambda: plan6.from_era("平成", 1, 10**20, 1), ValueError, "month must lie in 1–12"),
    (lambda: plan6.from_era("平成", 1, 4, 2**64), ValueError, "day must lie in 1–31"),
    (lambda: plan6.from_era("平成", [10**18]), ValueError, r"year\[0\] = 1000000000000000000"),
    (lambda: plan6.from_era("平成", [24, True]), TypeError, r"year\[1\] is a bool"),
    (lambda: plan6.from_era("平成", pd.Series(["24"])), TypeError, "year must hold integers"),
    (lambda: plan6.from_era([1, 2], [24, 25]), TypeError, r"era\[0\] must be an era name"),
    (lambda: plan6.from_era("平成", 24, lenient="no"), TypeError, "lenient must be True or"),
    (lambda: plan6.format_fiscal_year(2**63), ValueError, "fiscal_year must lie in 1400–9998"),
    (lambda: plan6.format_fiscal_year([2**62]), ValueError, r"fiscal_year\[0\] = 4.6"),
    (lambda: plan6.format_fiscal_year([2012, True]), TypeError, r"fiscal_year\[1\] is a bool"),
    (lambda: plan6.format_fiscal_year(2012, gannen="yes"), TypeError, "gannen must be True"),
    (lambda: plan6.format_fiscal_year(2012, fullwidth=1), TypeError, "fullwidth must be True"),
    (lambda: plan6.format_fiscal_year(2012, open_ended=None), TypeError, "open_ended must be"),
    (lambda: plan6.fiscal_year_range(10**10), ValueError, "fiscal_year must lie in 1400–9998"),
    (lambda: plan6.fiscal_year_range(1399), ValueError, "fiscal_year must lie in 1400–9998"),
    (
        lambda: plan6.fiscal_year_range(1400, plan6.calendars.US_FEDERAL),
        ValueError,
        "must lie in 1401–9999",  # named by the year it ends in: FY1401 starts in 1400
    ),
    (lambda: plan6.calendars.JP.first_day(2**70), ValueError, "beyond the int64 range"),
    (lambda: plan6.calendars.JP.last_day("2012"), TypeError, "fiscal_year must be an int"),
    (lambda: plan6.FiscalCalendar(10**20, 1), ValueError, "start_month must lie in 1–12"),
    (lambda: plan6.FiscalCalendar(4, True), TypeError, "start_day must be an int"),
    (lambda: plan6.scan_dates("1月28日", 10**10), ValueError, "fiscal_year must lie in 1400"),
    (lambda: plan6.resolve_date("1月28日", 10**10), ValueError, "fiscal_year must lie in 1400"),
    (
        lambda: plan6.resolve_date(["1月28日"], [10**10]),
        ValueError,
        r"fiscal_year\[0\] must lie in 1400",
    ),
    (lambda: plan6.resolve_date("1月28日", 2012, lenient=1), TypeError, "lenient must be"),
    (lambda: plan6.scan_dates("1月28日", 2012, lenient="no"), TypeError, "lenient must be"),
    (lambda: plan6.parse_fiscal_year("平成24年度", lenient="no"), TypeError, "lenient must be"),
    (lambda: plan6.parse_fiscal_year("FY9999"), plan6.ParseError, "outside the years 1400-9998"),
    # a day outside 1400–9999 is named as a date
    (lambda: plan6.fiscal_year(dt.date(1, 1, 1)), ValueError, "0001-01-01 is outside"),
    (lambda: plan6.to_era(np.datetime64("0100-03-01")), ValueError, "0100-03-01 is outside"),
    (
        lambda: plan6.fiscal_year(np.array(["2012-04-01", "-1000-01-01"], "datetime64[D]")),
        ValueError,
        r"dates\[1\]: -1000-01-01 is outside the supported years",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), CASES)
def test_bad_calendar_arguments_name_what_was_wrong(
    call: Callable[[], Any], error: type, message: str
) -> None:
    with pytest.raises(error, match=message) as raised:
        call()
    assert "incompatible function arguments" not in str(raised.value)


@pytest.mark.parametrize("unit", ["fs", "as", "10fs", "100as"])
def test_femto_and_attosecond_dates(unit: str) -> None:
    # A day has more fs ticks than an int64 holds: this raised pybind11's message. Both units
    # cover only hours around 1970; 1970-01-01 is in FY1969 (by hand: April–March).
    dates = np.array(["1970-01-01T00:00:01", "1969-12-31T23:59:59", "NaT"], dtype=f"M8[{unit}]")
    years = plan6.fiscal_year(dates)
    assert years[:2].tolist() == [1969.0, 1969.0]
    assert np.isnan(years[2])
    assert plan6.fiscal_year(dates[0]) == 1969
    # 1969 is 昭和44年, 1970 昭和45年
    assert plan6.to_era(dates[1:2]).iloc[0].tolist() == ["昭和", 44]
    assert plan6.to_era(dates[0]) == ("昭和", 45)
