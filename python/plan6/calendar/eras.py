"""Japanese eras (元号): 明治, 大正, 昭和, 平成, 令和, with their exact first days.

明治 is counted from 1868-10-23 (the Gregorian day of its proclamation); 平成 began on
1989-01-08 (1989-01-07 is 昭和64年) and 令和 on 2019-05-01 (2019-04-30 is 平成31年). Year 1 is
written 元年. Japan kept the lunisolar calendar until 明治5年, so plan6 reads early 明治 dates
as Gregorian dates.

Which era names a year — one rule, for calendar years and fiscal years (April–March), in every
function (:func:`from_era`, :func:`plan6.parse_fiscal_year`, :func:`plan6.format_fiscal_year`,
:func:`plan6.scan_dates`, the report reader):

- **Reading**: year N of an era is a year in which the era was in force on at least one day.
  昭和64年 (1989-01-01 … 07), 平成31年度 (FY2019 began a month before 令和), and both 大正15年度
  and 昭和元年度 (FY1926) are read; 平成32年, 平成32年度 and 昭和64年度 (FY1989 began after 昭和
  ended) need ``lenient=True``, which counts on as some documents do.
- **Writing** a fiscal year: the era in force for the larger part of it, i.e. on 1 October:
  FY1912 is 大正元年度, FY1926 大正15年度 (昭和 began on 25 December), FY1989 平成元年度, FY2019
  令和元年度. FY1868 is 明治元年度.
- **Years**: calendar years 1400–9999 and fiscal years 1400–9998, lenient or not; in text an
  era year has at most three digits (令和999年度 = FY3017), later years are written in
  Gregorian styles.

>>> import datetime, plan6
>>> plan6.to_era(datetime.date(1989, 1, 7)), plan6.to_era(datetime.date(1989, 1, 8))
(EraYear(era='昭和', year=64), EraYear(era='平成', year=1))
"""

from __future__ import annotations

import numbers
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from .._core import calendar as _core
from ..common.arguments import flag, quoted, whole_number
from ..common.arrays import check_elements, check_lengths, is_polars
from .days import NAT_DAYS, day_to_date, days_to_datetime64, outside_the_years, to_days

__all__ = ["ERAS", "Era", "EraYear", "from_era", "to_era"]


class Era(NamedTuple):
    """An era and the Gregorian date of its first day."""

    name: str
    romaji: str
    letter: str
    first_year: int
    first_month: int
    first_day: int


class EraYear(NamedTuple):
    """An era name and a year within it (1 is written 元年).

    >>> str(EraYear("令和", 1))
    '令和元年'
    """

    era: str
    year: int

    def __str__(self) -> str:
        return f"{self.era}{'元' if self.year == 1 else self.year}年"


#: The eras in order, from the compiled core's table.
ERAS: tuple[Era, ...] = tuple(Era(*row) for row in _core.era_table())
_ERA_DTYPE = pd.CategoricalDtype([era.name for era in ERAS], ordered=True)
#: The last calendar year plan6 represents (Boost.Date_Time's); fiscal years end by 9998.
_LAST_CALENDAR_YEAR = 9999


def to_era(date: Any) -> Any:
    """The era and era year of a date, or of each of many.

    Parameters
    ----------
    date
        One date (date, datetime, Timestamp, datetime64, ISO string), or many: a sequence,
        numpy datetime64 array of any unit, pandas Series or DatetimeIndex, polars Series.

    Returns
    -------
    An :class:`EraYear` for one date. For many, a DataFrame with columns ``era`` (an ordered
    categorical, 明治 < … < 令和) and ``year`` (nullable Int64), indexed like a Series input or
    by a DatetimeIndex input; NaT gives a missing row.

    Raises
    ------
    ValueError
        A date before 明治 (1868-10-23), naming its position; one missing date (NaT/None).

    Examples
    --------
    >>> import plan6
    >>> plan6.to_era("2019-04-30"), plan6.to_era("2019-05-01")
    (EraYear(era='平成', year=31), EraYear(era='令和', year=1))
    >>> plan6.to_era(["1926-12-24", "1926-12-25"])
      era  year
    0  大正    15
    1  昭和     1
    """
    converted = to_days(date, "date")
    if converted.scalar:
        day = int(converted.days[0])
        if day == NAT_DAYS:
            raise ValueError("to_era: the date is missing (NaT/None)")
        try:
            return EraYear(*_core.to_era_day(day))
        except ValueError as error:
            raise outside_the_years([(converted, "date")]) or error from None
    try:
        codes, years = _core.to_era_ticks(converted.ticks, converted.ticks_per_day)
    except ValueError as error:
        raise outside_the_years([(converted, "date")]) or error from None
    return pd.DataFrame(
        {
            # A categorical in era order: compact, and sorts 明治 < 大正 < … < 令和.
            "era": pd.Categorical.from_codes(codes, dtype=_ERA_DTYPE),
            "year": pd.arrays.IntegerArray(years.astype(np.int64), codes < 0),
        },
        index=converted.index,
    )


def _era_index(era: object) -> int:
    if not isinstance(era, str):
        raise TypeError(f"era must be an era name such as '平成', not {type(era).__name__}")
    return int(_core.find_era(era))


def _year_value(year: object, era: Era) -> int:
    """An era year as an int within the years plan6 represents (checked here, before the
    compiled core's int arguments could refuse a large one with pybind11's message)."""
    if year == "元":
        return 1
    if isinstance(year, (bool, np.bool_)) or not isinstance(year, numbers.Integral):
        raise TypeError(f"year must be an int (or '元'), not {type(year).__name__}")
    value = int(year)
    last = _LAST_CALENDAR_YEAR - era.first_year + 1
    if value < 1:
        raise ValueError(f"{era.name}{quoted(value)}年 does not exist: era years start at 1 (元年)")
    if value > last:
        raise ValueError(
            f"year must lie in 1–{last} for {era.name} (the Gregorian years up to "
            f"{_LAST_CALENDAR_YEAR}), not {quoted(value)}"
        )
    return value


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _int_value(value: object, name: str, high: int) -> int:
    return whole_number(value, name, 1, high)


def _int_column(value: Any, name: str, length: int) -> np.ndarray:
    """Int64 values (int64 minimum where missing) broadcast to `length`."""
    if isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_)):
        number = whole_number(value, name, -_LAST_CALENDAR_YEAR, _LAST_CALENDAR_YEAR)
        return np.full(length, number, dtype=np.int64)
    if isinstance(value, pd.Series):
        if not pd.api.types.is_numeric_dtype(value.dtype) or value.dtype.kind in "bc":
            raise TypeError(f"{name} must hold integers, not {value.dtype} values")
        array: np.ndarray = value.to_numpy(dtype=np.float64, na_value=np.nan)
    else:
        if isinstance(value, (list, tuple)):
            check_elements(value, name, "integers")  # numpy would read [24, True] as ints
        array = np.asarray(value)
    if array.dtype.kind == "O":
        check_elements(array.reshape(-1), name, "integers")
        numbers_read = pd.to_numeric(array.reshape(-1))
        array = np.asarray(numbers_read, dtype=np.float64).reshape(array.shape)
    if array.dtype.kind == "b" or array.dtype.kind not in "iuf":
        raise TypeError(f"{name} must hold integers, not {array.dtype} values")
    if array.ndim != 1:  # its length is from_era's to check, with the others'
        raise ValueError(f"{name} must be one-dimensional, not of shape {array.shape}")
    floats = array.astype(np.float64)
    missing = np.isnan(floats)
    if np.any(floats[~missing] != np.round(floats[~missing])):
        raise ValueError(f"{name} must hold whole numbers")
    if np.any(np.abs(floats[~missing]) > _LAST_CALENDAR_YEAR):  # no era year, month or day is
        position = int(np.flatnonzero(~missing & (np.abs(floats) > _LAST_CALENDAR_YEAR))[0])
        raise ValueError(
            f"{name}[{position}] = {quoted(array[position])} is out of range "
            f"(at most {_LAST_CALENDAR_YEAR})"
        )
    out = np.full(length, NAT_DAYS, dtype=np.int64)
    out[~missing] = floats[~missing].astype(np.int64)
    return out


def from_era(
    era: Any,
    year: Any,
    month: Any = None,
    day: Any = None,
    *,
    lenient: bool = False,
) -> Any:
    """The Gregorian year of an era year, or the date of an era date.

    Parameters
    ----------
    era
        A name (平成), romaji (Heisei) or letter (H); or a sequence / Series of them.
    year
        The era year (1 is 元年; "元" is accepted); or a sequence / Series of them.
    month, day
        Give both for a date (平成24年4月1日); leave both out for the year.
    lenient
        Count on past the era's end, as some documents do (平成32年 = 2020).

    Returns
    -------
    An int year, or a ``datetime.date`` when month and day are given. For many values, an
    int64 array or datetime64[D] array (a Series with the index for pandas input).

    Raises
    ------
    ValueError
        Saying why: a year past the era's end (平成32年) unless lenient, year 0 (昭和0年), an
        unknown era, a day that does not exist, a date before the era began (平成元年1月7日
        was 昭和64年) or before 明治.

    Examples
    --------
    >>> import plan6
    >>> plan6.from_era("平成", 24), plan6.from_era("R", 1)
    (2012, 2019)
    >>> plan6.from_era("令和", "元", 5, 1)
    datetime.date(2019, 5, 1)
    >>> plan6.from_era("平成", 32, lenient=True)
    2020
    """
    if (month is None) != (day is None):
        raise TypeError("give both month and day for a date, or neither for the year")
    dates = month is not None
    many = [
        isinstance(v, (list, tuple, np.ndarray, pd.Series)) or is_polars(v)
        for v in (era, year, month, day)
    ]
    lenient = flag(lenient, "lenient")
    if not any(many):
        named = ERAS[_era_index(era)]
        y = _year_value(year, named)
        if not dates:
            return int(_core.gregorian_year(era, y, lenient))
        return day_to_date(
            _core.era_date_days(
                era, y, _int_value(month, "month", 12), _int_value(day, "day", 31), lenient
            )
        )
    index = next((v.index for v in (era, year, month, day) if isinstance(v, pd.Series)), None)
    length = check_lengths(
        [
            (name, len(v))
            for name, v, is_many in zip(
                ("era", "year", "month", "day"), (era, year, month, day), many, strict=True
            )
            if is_many
        ]
    )
    if isinstance(era, str):
        codes = np.full(length, _era_index(era), dtype=np.int8)
    else:
        names = list(era)
        for position, name in enumerate(names):
            if not isinstance(name, str) and not _is_missing(name):
                raise TypeError(
                    f"era[{position}] must be an era name such as '平成', not {type(name).__name__}"
                )
        lookup = {name: _era_index(name) for name in set(names) if isinstance(name, str)}
        codes = np.array(
            [lookup[name] if isinstance(name, str) else -1 for name in names], dtype=np.int8
        )
    years = _int_column(year, "year", length)
    months = _int_column(month, "month", length) if dates else years
    days = _int_column(day, "day", length) if dates else years
    values = _core.from_era_arrays(codes, years, months, days, lenient, dates)
    if dates:
        result: Any = days_to_datetime64(values)
        if index is not None:
            return pd.Series(result.astype("datetime64[s]"), index=index, name="date", copy=False)
        return result
    missing = values == NAT_DAYS
    if index is not None:
        return pd.Series(
            pd.arrays.IntegerArray(values, missing), index=index, name="year", copy=False
        )
    if missing.any():
        floats = values.astype(np.float64)
        floats[missing] = np.nan
        return floats
    return values
