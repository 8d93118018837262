"""Dates and fiscal years mentioned in report text: month-days placed in their fiscal year,
ranges, and a scanner that finds every mention with its span (C++).

Evaluation reports write "1月28日" in a section about 平成24年度: in Japan's fiscal year 2012
(2012-04-01 … 2013-03-31) that is 2013-01-28, while "7月25日" is 2012-07-25.

>>> import plan6
>>> plan6.resolve_date("1月28日", 2012)
datetime.date(2013, 1, 28)
>>> plan6.resolve_date("８月１５日～１０月７日", "平成23年度")
DateRange(start=datetime.date(2011, 8, 15), end=datetime.date(2011, 10, 7))
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from typing import Any, Literal, NamedTuple

import numpy as np
import pandas as pd

from .._core import ParseError
from .._core import calendar as _core
from .._core.calendar import FiscalCalendar
from ..common.arguments import choice, flag, whole_number
from ..common.arrays import check_indexes, check_lengths, is_polars
from .days import NAT_DAYS, check_text, day_to_date, days_to_datetime64, many_texts
from .fiscal import parse_fiscal_year
from .presets import JP

__all__ = ["DateRange", "resolve_date", "scan_dates"]

_KINDS = np.array(_core.mention_kinds(), dtype=object)
_STYLES = np.array(_core.fiscal_year_styles(), dtype=object)
_ERA_NAMES = np.array([row[0] for row in _core.era_table()] + [None], dtype=object)


class DateRange(NamedTuple):
    """The first and last day of a range, a month or a fiscal year (both included); ``end``
    is None when the text leaves it open (以降)."""

    start: dt.date
    end: dt.date | None


def _fiscal_year_number(value: object, name: str = "fiscal_year") -> int | None:
    """An int fiscal year from an int or a fiscal-year text ("平成24年度")."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return int(parse_fiscal_year(value).fiscal_year)
        except ParseError as error:  # said of the argument, with the fault's position kept
            named = ParseError(f"{name}: {error}")
            named.position = getattr(error, "position", None)  # type: ignore[attr-defined]
            raise named from None
    if isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_)):
        return whole_number(value, name, 1400, 9998, "the supported fiscal years")
    raise TypeError(
        f"{name} must be an int or a fiscal-year text such as '平成24年度', "
        f"not {type(value).__name__}"
    )


def _fiscal_year_or_missing(value: object, name: str) -> int:
    """A fiscal year from one element of a sequence; int64 minimum when it is missing."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return int(NAT_DAYS)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    year = _fiscal_year_number(value, name)
    return int(NAT_DAYS) if year is None else year


def _check_options(calendar: object, era: object) -> None:
    if not isinstance(calendar, FiscalCalendar):
        raise TypeError(f"calendar must be a plan6.FiscalCalendar, not {type(calendar).__name__}")
    if era is not None and not isinstance(era, str):
        raise TypeError(f"era must be an era name such as '平成', not {type(era).__name__}")


def resolve_date(
    text: Any,
    fiscal_year: Any = None,
    *,
    calendar: FiscalCalendar = JP,
    era: str | None = None,
    lenient: bool = False,
    errors: Literal["raise", "coerce"] = "raise",
) -> Any:
    """The date, or first and last day, that a date text names inside a fiscal year.

    Parameters
    ----------
    text
        One mention: a month-day ("1月28日", "（9月3日）"), a range ("8月15日～10月7日",
        "6月1日～7月29日", "11月15～16日", "1月17日から19日", "７月２５日 ２７日" whose range
        mark the PDF lost), a month or month range ("10月から11月"), a dated mention
        ("平成25年3月31日") or a fiscal year ("平成24年度"). Or a sequence / Series of texts.
    fiscal_year
        The fiscal year the text is about: an int (2012) or a text ("平成24年度"); for many
        texts also a sequence / Series of them. Not needed for texts that name their year.
    calendar
        The fiscal calendar (Japan's by default).
    era
        The era of an era-less year such as "24年度".
    lenient
        Read years past an era's end (平成32年度 = FY2020).
    errors
        For many texts: "raise" (the default) or "coerce" (NaT and a ``problem`` message).

    Returns
    -------
    For one text: a ``datetime.date`` for one day, else a :class:`DateRange` (a month, a range,
    a fiscal year). For many: a DataFrame with ``start_date``, ``end_date``, ``kind``,
    ``is_range`` and ``problem`` (index kept for a Series).

    Raises
    ------
    plan6.ParseError
        A ValueError naming the text: not a single date mention, a date that does not exist
        (2月30日), a month-day with no fiscal year to place it in.

    Examples
    --------
    >>> import plan6
    >>> plan6.resolve_date("7月25日", 2012)
    datetime.date(2012, 7, 25)
    >>> plan6.resolve_date("11月15～16日", 2011)
    DateRange(start=datetime.date(2011, 11, 15), end=datetime.date(2011, 11, 16))
    >>> plan6.resolve_date("3月から2月", 2011)     # the range began before the fiscal year
    DateRange(start=datetime.date(2011, 3, 1), end=datetime.date(2012, 2, 29))
    """
    _check_options(calendar, era)
    lenient = flag(lenient, "lenient")
    choice(errors, "errors", ("raise", "coerce"))
    if isinstance(text, str):
        check_text(text)
        year = _fiscal_year_number(fiscal_year)
        fiscal_years = np.array([NAT_DAYS if year is None else year], dtype=np.int64)
        first, last, kinds, is_range, _, _ = _core.resolve_dates(
            [text], fiscal_years, calendar, era, lenient, True
        )
        start = day_to_date(first[0])
        end = None if last[0] == NAT_DAYS else day_to_date(last[0])
        if _KINDS[kinds[0]] == "date" and not is_range[0]:
            return start
        return DateRange(start, end)
    index, texts = many_texts(text)
    for position, value in enumerate(texts):
        if not isinstance(value, str):
            raise TypeError(f"text[{position}] must be a str, not {type(value).__name__}")
        check_text(value, f"text[{position}]")
    if isinstance(fiscal_year, (list, tuple, np.ndarray, pd.Series)) or is_polars(fiscal_year):
        year_index = fiscal_year.index if isinstance(fiscal_year, pd.Series) else None
        check_indexes([("text", index), ("fiscal_year", year_index)])
        values = list(fiscal_year)
        check_lengths([("text", len(texts)), ("fiscal_year", len(values))])
        fiscal_years = np.array(
            [_fiscal_year_or_missing(v, f"fiscal_year[{i}]") for i, v in enumerate(values)],
            dtype=np.int64,
        )
    else:
        year = _fiscal_year_number(fiscal_year)
        fiscal_years = np.full(len(texts), NAT_DAYS if year is None else year, dtype=np.int64)
    first, last, kinds, is_range, _, problems = _core.resolve_dates(
        texts, fiscal_years, calendar, era, lenient, errors == "raise"
    )
    kind_names = _KINDS[kinds]  # a fresh object array
    kind_names[np.array([p != "" for p in problems], dtype=bool)] = None
    return pd.DataFrame(
        {
            "start_date": days_to_datetime64(first).astype("datetime64[s]"),
            "end_date": days_to_datetime64(last).astype("datetime64[s]"),
            "kind": kind_names,
            "is_range": is_range,
            "problem": [p or None for p in problems],
        },
        index=index,
    )


def _optional_ints(values: np.ndarray, present: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.arrays.IntegerArray(values.astype(np.int64), ~present)


def scan_dates(
    text: str,
    fiscal_year: Any = None,
    *,
    calendar: FiscalCalendar = JP,
    era: str | None = None,
    lenient: bool = False,
) -> pd.DataFrame:
    """Find every fiscal-year and date mention in a text, with its span and the days it covers.

    Finds fiscal years in every form :func:`plan6.parse_fiscal_year` reads (letter forms need
    年度 in running text: "H24年度"), ranges of them ("平成24～26年度"), relative ones (前年度,
    次年度, 今年度), years (平成24年), months ("10月", "10月から11月"), dates ("1月28日",
    "平成25年3月31日") and date ranges ("8月15日～10月7日", "11月15～16日", "1月17日から19日",
    "７月２５日 ２７日" with the range mark lost). In a list "３月２４日、２５日" each day is a
    mention. A line break inside a mention ("8\\n月15日", "平成2\\n5年度") is read through. The scan
    never fails on the text: impossible mentions are kept with a ``problem``.

    Parameters
    ----------
    text
        The text, e.g. a whole report or one section of it.
    fiscal_year
        The fiscal year the text is about (int or text such as "平成24年度"): month-days are
        placed in it, relative years count from it, and "24年度" takes the era that puts it
        nearest. Without it, month-days have no dates.
    calendar, era, lenient
        As for :func:`resolve_date`.

    Returns
    -------
    A DataFrame, one row per mention in text order: ``span_start``, ``span_end`` (code points:
    ``text[span_start:span_end]``), ``text``, ``kind`` (fiscal_year, year, month, date),
    ``start_date`` and ``end_date`` (the days covered; NaT where unknown or open),
    ``fiscal_year`` and ``last_fiscal_year``, ``open_ended`` (以降), ``is_range``,
    ``relative`` (-1 for 前年度), ``style`` (the fiscal-year form), ``era``, ``era_year``, the
    parts as written (``year``, ``month``, ``day``, ``end_year``, ``end_month``, ``end_day``)
    and ``problem``.

    Examples
    --------
    >>> import plan6
    >>> found = plan6.scan_dates("2012（平成24）年度は1月28日に報告会（前年度は３月）", 2012)
    >>> found[["text", "kind", "start_date", "end_date"]]
                   text         kind start_date   end_date
    0  2012（平成24）年度  fiscal_year 2012-04-01 2013-03-31
    1             1月28日         date 2013-01-28 2013-01-28
    2               前年度  fiscal_year 2011-04-01 2012-03-31
    3                ３月        month 2013-03-01 2013-03-31
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    check_text(text)
    _check_options(calendar, era)
    lenient = flag(lenient, "lenient")
    year = _fiscal_year_number(fiscal_year)
    columns = _core.scan_dates(text, year, calendar, era, lenient)
    start = columns["start"]
    end = columns["end"]
    fy_kind = columns["kind"] == 0
    relative_style = columns["style"] == list(_STYLES).index("relative")

    def written(name: str) -> pd.arrays.IntegerArray:
        values = columns[name]
        return _optional_ints(values, values != 0)

    problems = columns["problem"]
    frame: pd.DataFrame = pd.DataFrame(
        {
            "span_start": start,
            "span_end": end,
            "text": pd.array([text[s:e] for s, e in zip(start, end, strict=True)], dtype=object),
            "kind": pd.array(_KINDS[columns["kind"]], dtype=object),
            "start_date": days_to_datetime64(columns["first_day"]).astype("datetime64[s]"),
            "end_date": days_to_datetime64(columns["last_day_of_range"]).astype("datetime64[s]"),
            "fiscal_year": _optional_ints(columns["fiscal_year"], columns["has_fiscal_year"]),
            "last_fiscal_year": _optional_ints(
                columns["last_fiscal_year"], columns["has_last_fiscal_year"]
            ),
            "open_ended": columns["open_ended"],
            "is_range": columns["is_range"],
            "relative": _optional_ints(columns["relative"], relative_style),
            "style": pd.array(np.where(fy_kind, _STYLES[columns["style"]], None), dtype=object),
            "era": pd.array(_ERA_NAMES[columns["era"]], dtype=object),
            "era_year": written("era_year"),
            "year": written("year"),
            "month": written("month"),
            "day": written("day"),
            "end_year": written("last_year"),
            "end_month": written("last_month"),
            "end_day": written("last_day"),
            "problem": pd.array([p or None for p in problems], dtype=object),
        }
    )
    return frame
