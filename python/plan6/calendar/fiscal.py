"""Fiscal years of dates on any fiscal calendar, and fiscal years written as text (C++ on
Boost.Date_Time).

Every date function takes one date or many: numpy datetime64 arrays of any unit ([D], [ns]…),
pandas Series and DatetimeIndex (results keep the index), polars Series, lists. A missing date
(NaT, None) gives a missing result, never an error.

>>> import datetime, plan6
>>> plan6.fiscal_year(datetime.date(2013, 3, 31)), plan6.fiscal_year(datetime.date(2013, 4, 1))
(2012, 2013)
>>> plan6.parse_fiscal_year("2011(平成23）年度").fiscal_year
2011
"""

from __future__ import annotations

import datetime as dt
import numbers
from typing import Any, Literal, NamedTuple

import numpy as np
import pandas as pd

from .._core import ParseError
from .._core import calendar as _core
from .._core.calendar import FiscalCalendar
from ..common.arguments import choice, flag, quoted, whole_number
from ..common.arrays import check_elements, check_indexes
from .days import (
    NAT_DAYS,
    check_text,
    day_to_date,
    many_texts,
    outside_the_years,
    to_days,
    wrap_dates,
    wrap_ints,
)
from .presets import JP

__all__ = [
    "FiscalCalendar",
    "FiscalYearText",
    "day_of_fiscal_year",
    "fiscal_month",
    "fiscal_quarter",
    "fiscal_year",
    "fiscal_year_range",
    "fiscal_years_spanned",
    "format_fiscal_year",
    "parse_fiscal_year",
]


def _check_calendar(calendar: object) -> None:
    if not isinstance(calendar, FiscalCalendar):
        raise TypeError(f"calendar must be a plan6.FiscalCalendar, not {type(calendar).__name__}")


def _field(dates: Any, calendar: FiscalCalendar, field: str, name: str) -> Any:
    _check_calendar(calendar)
    converted = to_days(dates)
    try:
        values, missing = _core.fiscal_field_ticks(
            converted.ticks, converted.ticks_per_day, calendar, field
        )
    except ValueError as error:
        raise outside_the_years([(converted, "dates")]) or error from None
    return wrap_ints(values, missing, converted, name)


def fiscal_year(dates: Any, calendar: FiscalCalendar = JP) -> Any:
    """The fiscal year of each date.

    Parameters
    ----------
    dates
        A date, datetime, Timestamp, datetime64 or ISO string; or a sequence, numpy
        datetime64 array (any unit), pandas Series or DatetimeIndex, or polars Series of them.
    calendar
        A :class:`FiscalCalendar`; Japan's (1 April, named by the start year) by default.

    Returns
    -------
    int for one date (None for NaT); for many: a nullable Int64 Series (index kept) or Index
    for pandas input, a polars Series for polars, else an int64 array (float64 with NaN where a
    date is NaT, as pandas' ``DatetimeIndex.year`` does).

    Examples
    --------
    >>> import plan6
    >>> plan6.fiscal_year("2013-01-28")                  # 1月28日 in 平成24年度
    2012
    >>> plan6.fiscal_year("2012-10-01", calendar=plan6.calendars.US_FEDERAL)
    2013
    >>> import pandas as pd
    >>> plan6.fiscal_year(pd.Series(pd.to_datetime(["2012-03-31", None, "2012-04-01"])))
    0    2011
    1    <NA>
    2    2012
    Name: fiscal_year, dtype: Int64
    """
    return _field(dates, calendar, "year", "fiscal_year")


def fiscal_quarter(dates: Any, calendar: FiscalCalendar = JP) -> Any:
    """The fiscal quarter (1–4) of each date; same inputs and outputs as :func:`fiscal_year`.

    Examples
    --------
    >>> import plan6
    >>> plan6.fiscal_quarter("2013-01-28")
    4
    >>> plan6.fiscal_quarter(["2012-04-01", "2012-07-01"], calendar=plan6.calendars.US_FEDERAL)
    array([3, 4])
    """
    return _field(dates, calendar, "quarter", "fiscal_quarter")


def fiscal_month(dates: Any, calendar: FiscalCalendar = JP) -> Any:
    """The fiscal month (1–12) of each date; same inputs and outputs as :func:`fiscal_year`.

    Month 1 runs from the calendar's start day to the day before the same day of the next
    month (6 April – 5 May for the UK tax year).

    Examples
    --------
    >>> import plan6
    >>> plan6.fiscal_month("2013-01-28")                  # April is month 1 in Japan
    10
    >>> plan6.fiscal_month("2013-05-05", calendar=plan6.calendars.UK_TAX)
    1
    """
    return _field(dates, calendar, "month", "fiscal_month")


def day_of_fiscal_year(dates: Any, calendar: FiscalCalendar = JP) -> Any:
    """The day of the fiscal year (1 on its first day) of each date; as :func:`fiscal_year`.

    Examples
    --------
    >>> import plan6
    >>> plan6.day_of_fiscal_year("2012-03-31")            # FY2011 holds 29 February 2012
    366
    """
    return _field(dates, calendar, "day", "day_of_fiscal_year")


def _fiscal_year_values(values: Any, name: str) -> tuple[np.ndarray, pd.Index | None, str]:
    """Fiscal years as int64 (int64 minimum where missing), the index, and the input kind."""
    if isinstance(values, pd.Series):
        dtype = values.dtype
        if not (pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_float_dtype(dtype)):
            raise TypeError(f"{name} must hold integer years, not {dtype} values")
        floats = values.to_numpy(dtype=np.float64, na_value=np.nan)
        kind, index = "series", values.index
    else:
        if isinstance(values, (list, tuple)):
            check_elements(values, name, "integer years")  # numpy reads [2012, True] as ints
        array = np.asarray(values)
        if array.dtype.kind == "b" or array.dtype.kind not in "iuf":
            raise TypeError(f"{name} must hold integer years, not {array.dtype} values")
        if array.ndim != 1:
            raise ValueError(f"{name} must be one-dimensional, not of shape {array.shape}")
        floats = array.astype(np.float64)
        kind, index = "numpy", None
    missing = np.isnan(floats)
    present = floats[~missing]
    if np.any(present != np.round(present)):
        raise ValueError(f"{name} must hold whole years")
    outside = ~missing & ((floats < 1400) | (floats > 9999))
    if outside.any():  # (the calendar checks the exact range, 1400–9998 for Japan's)
        position = int(np.flatnonzero(outside)[0])
        raise ValueError(
            f"{name}[{position}] = {quoted(floats[position])} is outside the supported "
            "fiscal years 1400–9998"
        )
    years = np.full(len(floats), NAT_DAYS, dtype=np.int64)
    years[~missing] = present.astype(np.int64)
    return years, index, kind


def _is_int(value: object) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))


def fiscal_year_range(fiscal_year: Any, calendar: FiscalCalendar = JP) -> Any:
    """The first and last day of a fiscal year, or of each of many.

    Returns
    -------
    (first, last) as ``datetime.date`` for one year; for a pandas Series a DataFrame with
    ``first_day`` and ``last_day`` (index kept); for arrays two datetime64[D] arrays (NaT
    where a year is missing).

    Examples
    --------
    >>> import plan6
    >>> plan6.fiscal_year_range(2012)
    (datetime.date(2012, 4, 1), datetime.date(2013, 3, 31))
    >>> plan6.fiscal_year_range(2013, plan6.calendars.AU)
    (datetime.date(2012, 7, 1), datetime.date(2013, 6, 30))
    """
    _check_calendar(calendar)
    if _is_int(fiscal_year):
        year = int(fiscal_year)
        return day_to_date(calendar._first_day(year)), day_to_date(calendar._last_day(year))
    if isinstance(fiscal_year, (bool, np.bool_, str, float)):
        raise TypeError(f"fiscal_year must be an int, not {type(fiscal_year).__name__}")
    years, index, kind = _fiscal_year_values(fiscal_year, "fiscal_year")
    first, last = _core.fiscal_year_bounds(years, calendar)
    if kind == "series":
        return pd.DataFrame(
            {
                "first_day": wrap_dates(first, None, "first_day").astype("datetime64[s]"),
                "last_day": wrap_dates(last, None, "last_day").astype("datetime64[s]"),
            },
            index=index,
        )
    return wrap_dates(first, None, "first_day"), wrap_dates(last, None, "last_day")


def fiscal_years_spanned(start: Any, end: Any, calendar: FiscalCalendar = JP) -> Any:
    """The fiscal years that the days from `start` to `end` (inclusive) touch.

    Returns
    -------
    A list of fiscal years for two dates. For many: a DataFrame with ``first_fiscal_year`` and
    ``last_fiscal_year`` (nullable Int64; index kept) for pandas input, else a tuple of two
    arrays as :func:`fiscal_year` returns them. ValueError when a period ends before it starts.

    Examples
    --------
    >>> import plan6
    >>> plan6.fiscal_years_spanned("2012-03-01", "2013-04-01")
    [2011, 2012, 2013]
    >>> plan6.fiscal_years_spanned("2012-04-01", "2012-09-30", calendar=plan6.calendars.US_FEDERAL)
    [2012]
    """
    _check_calendar(calendar)
    first = to_days(start, "start")
    last = to_days(end, "end")
    if first.scalar != last.scalar:
        raise TypeError("start and end must both be one date or both many dates")
    if first.ticks_per_day != last.ticks_per_day:
        first_ticks, last_ticks, per_day = first.days, last.days, 1
    else:
        first_ticks, last_ticks, per_day = first.ticks, last.ticks, first.ticks_per_day
    check_indexes([("start", first.index), ("end", last.index)])
    try:
        low, high, missing = _core.fiscal_years_spanned_ticks(
            first_ticks, last_ticks, per_day, calendar
        )
    except ValueError as error:
        raise outside_the_years([(first, "start"), (last, "end")]) or error from None
    if first.scalar:
        if missing[0]:
            return None
        return list(range(int(low[0]), int(high[0]) + 1))
    like = first if first.index is not None else last
    if like.kind in ("series", "index"):
        return pd.DataFrame(
            {
                "first_fiscal_year": pd.arrays.IntegerArray(low.astype(np.int64), missing.copy()),
                "last_fiscal_year": pd.arrays.IntegerArray(high.astype(np.int64), missing.copy()),
            },
            index=like.index,
        )
    return (
        wrap_ints(low, missing, like, "first_fiscal_year"),
        wrap_ints(high, missing, like, "last_fiscal_year"),
    )


class FiscalYearText(NamedTuple):
    """A fiscal year read from text.

    ``era`` and ``era_year`` are as written, or, for a form without an era (2012年度, FY2012),
    the era year that names the fiscal year. ``style`` says which form was written (a
    :func:`format_fiscal_year` style), so ``format_fiscal_year(r.fiscal_year, r.style)``
    writes it back.
    """

    fiscal_year: int
    era: str
    era_year: int
    open_ended: bool
    style: str


def _era_name(era: str | None) -> str | None:
    if era is None:
        return None
    if not isinstance(era, str):
        raise TypeError(f"era must be an era name such as '平成', not {type(era).__name__}")
    return era


def _parse_one(text: str, era: str | None, lenient: bool) -> FiscalYearText:
    check_text(text)
    year, written_era, era_year, open_ended, style = _core.parse_fiscal_year(
        text, era=era, lenient=lenient
    )
    if written_era is None:
        try:
            written_era, era_year = _core.era_of_fiscal_year(year)
        except ValueError as error:  # FY9999 is read, but beyond the fiscal years plan6 has
            raised = ParseError(f"{quoted(text)}: {error}")
            raised.position = 0  # type: ignore[attr-defined]
            raise raised from None
    return FiscalYearText(int(year), str(written_era), int(era_year), bool(open_ended), style)


def parse_fiscal_year(
    text: Any,
    *,
    era: str | None = None,
    lenient: bool = False,
    errors: Literal["raise", "coerce"] = "raise",
) -> Any:
    """Read a fiscal year written as text.

    Forms: "平成24年度", "平成 24 年度", "平成２３年度", "2012（平成24）年度", "2011(平成23）年度"
    (mixed brackets), "平成24（2012）年度", "2014（平成26）年度以降" (open-ended), "24年度" (with
    ``era``), "H24", "R6", "令和元年度", "FY2012", "2012年度"; ASCII or full-width digits, spaces
    anywhere between the parts.

    Parameters
    ----------
    text
        One text, or a sequence / pandas Series of texts.
    era
        The era of an era-less year such as "24年度" (name, romaji or letter).
    lenient
        Read years past an era's end as some documents write them (平成32年度 = FY2020).
    errors
        For many texts: "raise" (the default) or "coerce" (an unreadable text gives a missing
        row).

    Returns
    -------
    A :class:`FiscalYearText` for one text; a DataFrame with its fields as columns for many
    (index kept for a Series).

    Raises
    ------
    plan6.ParseError
        A ValueError with ``position``: not a fiscal year, a calendar year (平成24年), an
        impossible year (平成32年度, 昭和0年度, 2012（平成23）年度), an unknown era, a range.

    Examples
    --------
    >>> import plan6
    >>> plan6.parse_fiscal_year("2014（平成26）年度以降")  # doctest: +NORMALIZE_WHITESPACE
    FiscalYearText(fiscal_year=2014, era='平成', era_year=26, open_ended=True,
                   style='gregorian_era')
    >>> plan6.parse_fiscal_year("24年度", era="平成").fiscal_year
    2012
    >>> plan6.parse_fiscal_year("ＦＹ２０１２")
    FiscalYearText(fiscal_year=2012, era='平成', era_year=24, open_ended=False, style='fy')
    """
    era = _era_name(era)
    lenient = flag(lenient, "lenient")
    choice(errors, "errors", ("raise", "coerce"))
    if isinstance(text, str):
        return _parse_one(text, era, lenient)
    index, values = many_texts(text)
    rows: list[tuple[Any, ...]] = []
    for position, value in enumerate(values):
        if not isinstance(value, str):
            if errors == "coerce" and (value is None or value is pd.NA or value != value):
                rows.append((pd.NA, None, pd.NA, pd.NA, None))
                continue
            raise TypeError(f"text[{position}] must be a str, not {type(value).__name__}")
        try:
            rows.append(tuple(_parse_one(value, era, lenient)))
        except ValueError as error:
            if errors == "raise":
                named = type(error)(f"text[{position}]: {error}")
                if hasattr(error, "position"):
                    named.position = error.position  # type: ignore[attr-defined]
                raise named from None
            rows.append((pd.NA, None, pd.NA, pd.NA, None))
    frame = pd.DataFrame(rows, columns=list(FiscalYearText._fields), index=index)
    frame["fiscal_year"] = frame["fiscal_year"].astype("Int64")
    frame["era_year"] = frame["era_year"].astype("Int64")
    frame["open_ended"] = frame["open_ended"].astype("boolean")
    return frame


def format_fiscal_year(
    fiscal_year: Any,
    style: str = "gregorian_era",
    *,
    open_ended: bool = False,
    fullwidth: bool = False,
    gannen: bool = True,
) -> Any:
    """Write a fiscal year as Japanese reports do.

    Parameters
    ----------
    fiscal_year
        A year, or a sequence / pandas Series of years (missing stays missing).
    style
        "gregorian_era" ("2012（平成24）年度", the default), "era" ("平成24年度"), "gregorian"
        ("2012年度"), "fy" ("FY2012"), "letter" ("H24") or "era_year" ("24年度"). The era is
        the one that names the year: FY2019 is 令和元年度 (the era changed in May 2019).
    open_ended
        Append 以降 ("2014（平成26）年度以降").
    fullwidth
        Full-width digits ("２０１２（平成２４）年度").
    gannen
        Write year 1 as 元 ("令和元年度"); otherwise "令和1年度".

    Examples
    --------
    >>> import plan6
    >>> plan6.format_fiscal_year(2012)
    '2012（平成24）年度'
    >>> [plan6.format_fiscal_year(2019, s) for s in ("era", "fy", "letter")]
    ['令和元年度', 'FY2019', 'R1']
    >>> plan6.format_fiscal_year(2014, "era", open_ended=True)
    '平成26年度以降'
    """
    if not isinstance(style, str):
        raise TypeError(f"style must be a str, not {type(style).__name__}")
    open_ended = flag(open_ended, "open_ended")
    fullwidth = flag(fullwidth, "fullwidth")
    gannen = flag(gannen, "gannen")

    def one(year: int) -> str:
        return str(_core.format_fiscal_year(year, style, open_ended, fullwidth, gannen))

    if _is_int(fiscal_year):
        return one(
            whole_number(fiscal_year, "fiscal_year", 1400, 9998, "the supported fiscal years")
        )
    if isinstance(fiscal_year, (bool, np.bool_, str, float, dt.date)):
        raise TypeError(f"fiscal_year must be an int, not {type(fiscal_year).__name__}")
    years, index, kind = _fiscal_year_values(fiscal_year, "fiscal_year")
    cache = {int(y): one(int(y)) for y in np.unique(years[years != NAT_DAYS])}
    texts = [None if y == NAT_DAYS else cache[int(y)] for y in years]
    if kind == "series":
        return pd.Series(texts, index=index, name="fiscal_year_text", dtype=object)
    return texts
