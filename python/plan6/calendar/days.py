"""Conversion of date-like inputs to the int64 datetime64 ticks the compiled kernels read, and
of kernel outputs back to the caller's kind of object.

Accepted: datetime.date/datetime, pandas Timestamp, numpy datetime64 (any unit), ISO strings,
and sequences, numpy arrays, pandas Series/DatetimeIndex and polars Series of those. NaT/None
become numpy's NaT (int64 minimum), which the kernels report as missing rather than failing.
datetime64 arrays are passed in their own unit (ticks per day), so [ns] arrays are not copied
and [s]/[us] arrays keep dates outside the nanosecond range (1677–2262).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..common.arguments import quoted
from ..common.arrays import is_polars

__all__ = [
    "NAT_DAYS",
    "DayInput",
    "check_text",
    "day_to_date",
    "days_to_datetime64",
    "many_texts",
    "outside_the_years",
    "to_days",
    "wrap_dates",
    "wrap_ints",
]

NAT_DAYS = np.iinfo(np.int64).min
_MAX_TICKS_PER_DAY = np.iinfo(np.int64).max
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_SECONDS_PER_DAY = 86400
# Ticks of each datetime64 unit in a day, for units no longer than a day.
_TICKS_PER_DAY = {
    "D": 1,
    "h": 24,
    "m": 24 * 60,
    "s": _SECONDS_PER_DAY,
    "ms": _SECONDS_PER_DAY * 10**3,
    "us": _SECONDS_PER_DAY * 10**6,
    "ns": _SECONDS_PER_DAY * 10**9,
    "ps": _SECONDS_PER_DAY * 10**12,
    "fs": _SECONDS_PER_DAY * 10**15,
    "as": _SECONDS_PER_DAY * 10**18,
}


@dataclass(frozen=True)
class DayInput:
    """Dates as datetime64 ticks viewed as int64, and how to wrap results like the input.

    ``kind`` is "scalar", "numpy" (arrays, lists), "series", "index" or "polars".
    """

    ticks: npt.NDArray[np.int64]
    ticks_per_day: int
    kind: str
    index: pd.Index | None = None
    name: Any = None

    @property
    def scalar(self) -> bool:
        return self.kind == "scalar"

    @property
    def days(self) -> npt.NDArray[np.int64]:
        """Whole days since 1970-01-01 (floored), NaT kept as int64 minimum."""
        if self.ticks_per_day == 1:
            return self.ticks
        days = np.floor_divide(self.ticks, self.ticks_per_day)
        days[self.ticks == NAT_DAYS] = NAT_DAYS
        return days


def _scalar_days(value: object, name: str) -> int:
    if value is None or value is pd.NaT:
        return int(NAT_DAYS)
    if isinstance(value, float) and math.isnan(value):
        return int(NAT_DAYS)
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return int(NAT_DAYS)
        ticks, per_day = _from_datetime64(np.array([value]))
        return int(np.floor_divide(ticks, per_day)[0])
    if isinstance(value, dt.datetime):
        # Wall-clock date, also for a timezone-aware value: 2012-04-01 00:30+09:00 is 1 April.
        return value.date().toordinal() - _EPOCH_ORDINAL
    if isinstance(value, dt.date):
        return value.toordinal() - _EPOCH_ORDINAL
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).toordinal() - _EPOCH_ORDINAL
        except ValueError:
            raise ValueError(f"{name}: {quoted(value)} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(
        f"{name} must be a date, datetime, Timestamp, datetime64 or ISO string, "
        f"not {type(value).__name__}"
    )


def _from_datetime64(array: np.ndarray) -> tuple[npt.NDArray[np.int64], int]:
    if array.ndim == 1 and array.strides[0] % array.itemsize != 0:
        array = np.ascontiguousarray(array)  # a field of a record array: copied once
    unit, count = np.datetime_data(array.dtype)
    per_day = _TICKS_PER_DAY.get(unit)
    if per_day is not None and per_day // count > _MAX_TICKS_PER_DAY:
        # fs and as: a day has more ticks than an int64 holds (numpy's own conversion to days
        # overflows). Every such value lies within hours of 1970, so a float64 reads its day
        # (misplacing only ticks within ~100 fs of a midnight).
        ticks = array.view(np.int64)
        days = np.floor(ticks.astype(np.float64) * (count / per_day)).astype(np.int64)
        days[ticks == NAT_DAYS] = NAT_DAYS
        return days, 1
    if per_day is None or per_day % count != 0:
        # Years, months, weeks or odd multiples: numpy converts them to days exactly.
        return array.astype("datetime64[D]").view(np.int64), 1
    return array.view(np.int64), per_day // count


def _from_objects(values: Any, name: str) -> npt.NDArray[np.int64]:
    return np.array([_scalar_days(v, name) for v in values], dtype=np.int64)


def _from_array(array: np.ndarray, name: str) -> tuple[npt.NDArray[np.int64], int]:
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, not of shape {array.shape}")
    if array.dtype.kind == "M":
        return _from_datetime64(array)
    if array.dtype.kind in "OUS" or isinstance(array.dtype, pd.StringDtype):
        return _from_objects(array, name), 1
    raise TypeError(f"{name} must hold dates, not {array.dtype} values")


def to_days(value: object, name: str = "dates") -> DayInput:
    """Convert `value` to datetime64 ticks; see the module docstring for what is accepted.

    >>> converted = to_days(np.array(["2012-04-01"], dtype="datetime64[s]"))
    >>> converted.ticks_per_day, converted.days.tolist()
    (86400, [15431])
    """
    if isinstance(value, (pd.Series, pd.Index)):
        series_like = value
        if isinstance(series_like.dtype, pd.PeriodDtype):
            raise TypeError(
                f"{name} holds periods; convert them with .dt.start_time or .dt.end_time first"
            )
        if isinstance(series_like.dtype, pd.DatetimeTZDtype):
            # Wall-clock dates in the values' own time zone.
            series_like = (
                series_like.dt.tz_localize(None)
                if isinstance(series_like, pd.Series)
                else pd.DatetimeIndex(series_like).tz_localize(None)
            )
        kind = "series" if isinstance(value, pd.Series) else "index"
        index = value.index if isinstance(value, pd.Series) else value
        if series_like.dtype.kind == "M":
            ticks, per_day = _from_datetime64(np.asarray(series_like.to_numpy()))
        elif series_like.dtype.kind == "O" or isinstance(series_like.dtype, pd.StringDtype):
            ticks, per_day = _from_objects(series_like.to_numpy(dtype=object), name), 1
        else:
            raise TypeError(f"{name} must hold dates, not {series_like.dtype} values")
        return DayInput(ticks, per_day, kind, index, value.name)
    if is_polars(value):
        array = np.asarray(value.to_numpy())  # type: ignore[attr-defined]
        ticks, per_day = _from_array(array, name)
        return DayInput(ticks, per_day, "polars", None, value.name)  # type: ignore[attr-defined]
    if isinstance(value, pd.DataFrame):
        raise TypeError(f"{name} must be one column (a Series), not a DataFrame")
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            return DayInput(np.array([_scalar_days(value[()], name)], np.int64), 1, "scalar")
        ticks, per_day = _from_array(value, name)
        return DayInput(ticks, per_day, "numpy")
    if isinstance(value, (list, tuple)):
        return DayInput(_from_objects(value, name), 1, "numpy")
    return DayInput(np.array([_scalar_days(value, name)], dtype=np.int64), 1, "scalar")


#: The days plan6 represents: 1400-01-01 … 9999-12-31 (Boost.Date_Time's years).
_FIRST_DAY = int(np.datetime64("1400-01-01", "D").astype(np.int64))
_LAST_DAY = int(np.datetime64("9999-12-31", "D").astype(np.int64))


def outside_the_years(inputs: list[tuple[DayInput, str]]) -> ValueError | None:
    """The ValueError naming the first date of `inputs` outside 1400–9999 by its argument and
    position, or None. Only for the error path (a kernel refused a day): it reads the days again
    rather than making every call pay a range check.

    >>> outside_the_years([(to_days(["2012-04-01", "1000-01-01"]), "start")])
    ValueError('start[1]: 1000-01-01 is outside the supported years 1400-9999')
    """
    for converted, name in inputs:
        days = converted.days
        bad = np.flatnonzero((days != NAT_DAYS) & ((days < _FIRST_DAY) | (days > _LAST_DAY)))
        if len(bad):
            where = name if converted.scalar else f"{name}[{int(bad[0])}]"
            day = np.datetime64(int(days[bad[0]]), "D")
            return ValueError(f"{where}: {day} is outside the supported years 1400-9999")
    return None


def check_text(text: str, name: str = "text") -> None:
    """Raise ValueError for a str that cannot be UTF-8 (a lone surrogate, as from a bad
    decode), rather than letting the compiled core refuse it with a TypeError.

    >>> check_text("\\ud800")
    Traceback (most recent call last):
    ...
    ValueError: text holds a lone surrogate at position 0: it is not valid Unicode
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(
            f"{name} holds a lone surrogate at position {error.start}: it is not valid Unicode"
        ) from None


def many_texts(text: object) -> tuple[pd.Index | None, list[Any]]:
    """The items of a sequence or Series of texts (checked one by one by the caller), and the
    Series' index; TypeError for anything else.

    >>> many_texts(pd.Series(["平成24年度"], index=[7]))
    (Index([7], dtype='int64'), ['平成24年度'])
    """
    if isinstance(text, pd.Series):
        return text.index, text.to_list()
    if isinstance(text, (list, tuple, np.ndarray)) or is_polars(text):
        return None, list(text)  # type: ignore[call-overload]
    raise TypeError(f"text must be a str or a sequence of str, not {type(text).__name__}")


def day_to_date(days: int) -> dt.date:
    """The date `days` after 1970-01-01.

    >>> day_to_date(15431)
    datetime.date(2012, 4, 1)
    """
    return dt.date.fromordinal(int(days) + _EPOCH_ORDINAL)


def days_to_datetime64(days: npt.NDArray[np.int64]) -> npt.NDArray[np.datetime64]:
    """Epoch days (int64 minimum for missing) as datetime64[D].

    >>> days_to_datetime64(np.array([15431, NAT_DAYS]))
    array(['2012-04-01',        'NaT'], dtype='datetime64[D]')
    """
    return np.asarray(days, dtype=np.int64).view("datetime64[D]")


def wrap_ints(values: np.ndarray, missing: npt.NDArray[np.bool_], like: DayInput, name: str) -> Any:
    """Integer results in the caller's kind: int/None for one date; a nullable Int64 Series
    (index kept) or Index for pandas; polars Int64 with nulls; int64 numpy, or float64 with NaN
    where a date was missing (as pandas' DatetimeIndex.year does).

    >>> like = to_days(["2012-04-01", None])
    >>> wrap_ints(np.array([2012, 0]), np.array([False, True]), like, "fiscal_year")
    array([2012.,   nan])
    """
    if like.scalar:
        return None if missing[0] else int(values[0])
    ints = values.astype(np.int64, copy=False)
    if like.kind in ("series", "index"):
        array = pd.arrays.IntegerArray(ints, missing)
        if like.kind == "index":
            return pd.Index(array, name=name, copy=False)
        return pd.Series(array, index=like.index, name=name, copy=False)
    if like.kind == "polars":
        import polars as pl

        return pl.Series(name, ints).scatter(np.flatnonzero(missing), None)
    if missing.any():
        floats = ints.astype(np.float64)
        floats[missing] = np.nan
        return floats
    return ints


def wrap_dates(days: npt.NDArray[np.int64], like: DayInput | None, name: str) -> Any:
    """Epoch days as datetime64[D] numpy, or a datetime64[s] Series with the caller's index.

    >>> wrap_dates(np.array([15431]), None, "first_day")
    array(['2012-04-01'], dtype='datetime64[D]')
    """
    dates = days_to_datetime64(days)
    if like is not None and like.kind in ("series", "index"):
        seconds = dates.astype("datetime64[s]")
        if like.kind == "index":
            return pd.DatetimeIndex(seconds, name=name, copy=False)
        return pd.Series(seconds, index=like.index, name=name, copy=False)
    if like is not None and like.kind == "polars":
        import polars as pl

        return pl.Series(name, dates)
    return dates
