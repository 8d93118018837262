"""Fiscal years of dates, on any fiscal calendar (C++ on Boost.Date_Time).

>>> import datetime, plan6
>>> plan6.fiscal_year(datetime.date(2013, 3, 31)), plan6.fiscal_year(datetime.date(2013, 4, 1))
(2012, 2013)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from . import _core
from ._core import FiscalCalendar
from ._dates import day_to_date, to_days
from .calendars import JP

__all__ = ["FiscalCalendar", "fiscal_quarter", "fiscal_year", "fiscal_year_range"]


def _map(kernel: Any, dates: Any, calendar: FiscalCalendar, name: str) -> Any:
    if not isinstance(calendar, FiscalCalendar):
        raise TypeError(f"calendar must be a plan6.FiscalCalendar, not {type(calendar).__name__}")
    converted = to_days(dates)
    values, missing = kernel(converted.days, calendar)
    if converted.scalar:
        return None if missing[0] else int(values[0])
    if converted.index is not None:
        result = pd.array(values, dtype="Int64")
        result[missing] = pd.NA
        return pd.Series(result, index=converted.index, name=name)
    if missing.any():
        # NaT in, NaN out: an integer array cannot hold a missing value.
        floats = values.astype(np.float64)
        floats[missing] = np.nan
        return floats
    return values.astype(np.int64)


def fiscal_year(dates: Any, calendar: FiscalCalendar = JP) -> Any:
    """The fiscal year of each date.

    Parameters
    ----------
    dates
        A date, datetime, Timestamp, datetime64 or ISO string; or a sequence, numpy
        datetime64 array, pandas Series or DatetimeIndex of them.
    calendar
        A :class:`FiscalCalendar`; Japan's (1 April, named by the start year) by default.

    Returns
    -------
    int for one date (None for NaT); an int64 array (float64 with NaN where a date is NaT);
    a nullable Int64 Series for a Series, with its index.

    Examples
    --------
    >>> import plan6
    >>> plan6.fiscal_year("2013-01-28")                  # 1月28日 in 平成24年度
    2012
    >>> plan6.fiscal_year("2012-10-01", calendar=plan6.calendars.US_FEDERAL)
    2013
    """
    return _map(_core.fiscal_year_days, dates, calendar, "fiscal_year")


def fiscal_quarter(dates: Any, calendar: FiscalCalendar = JP) -> Any:
    """The fiscal quarter (1–4) of each date; same inputs and outputs as :func:`fiscal_year`.

    >>> import plan6
    >>> plan6.fiscal_quarter("2013-01-28")
    4
    """
    return _map(_core.fiscal_quarter_days, dates, calendar, "fiscal_quarter")


def fiscal_year_range(fiscal_year: int, calendar: FiscalCalendar = JP) -> tuple[dt.date, dt.date]:
    """The first and last day of a fiscal year.

    >>> import plan6
    >>> plan6.fiscal_year_range(2012)
    (datetime.date(2012, 4, 1), datetime.date(2013, 3, 31))
    """
    if isinstance(fiscal_year, bool) or not isinstance(fiscal_year, (int, np.integer)):
        raise TypeError(f"fiscal_year must be an int, not {type(fiscal_year).__name__}")
    return (
        day_to_date(calendar._first_day(int(fiscal_year))),
        day_to_date(calendar._last_day(int(fiscal_year))),
    )
