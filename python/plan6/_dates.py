"""Conversion of date-like inputs to int64 days since 1970-01-01 (numpy datetime64[D]).

Accepted: datetime.date/datetime, pandas Timestamp, numpy datetime64, ISO strings, and
sequences, numpy arrays, pandas Series/DatetimeIndex of those. NaT/None become numpy's NaT
(int64 minimum), which the kernels report as missing rather than failing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

__all__ = ["NAT_DAYS", "DayInput", "day_to_date", "to_days"]

NAT_DAYS = np.iinfo(np.int64).min
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class DayInput:
    """Dates as int64 days, whether the caller gave one date, and the Series index if any."""

    days: npt.NDArray[np.int64]
    scalar: bool
    index: pd.Index | None


def _scalar_days(value: object, name: str) -> int:
    if value is None or value is pd.NaT:
        return int(NAT_DAYS)
    if isinstance(value, np.datetime64):
        return int(value.astype("datetime64[D]").astype(np.int64))
    if isinstance(value, dt.datetime):
        return value.date().toordinal() - _EPOCH_ORDINAL
    if isinstance(value, dt.date):
        return value.toordinal() - _EPOCH_ORDINAL
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]).toordinal() - _EPOCH_ORDINAL
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(
        f"{name} must be a date, datetime, Timestamp, datetime64 or ISO string, "
        f"not {type(value).__name__}"
    )


def to_days(value: object, name: str = "dates") -> DayInput:
    """Convert `value` to int64 days since 1970-01-01."""
    if isinstance(value, (pd.Series, pd.Index)):
        index = value.index if isinstance(value, pd.Series) else None
        if not isinstance(value.dtype, pd.DatetimeTZDtype) and value.dtype.kind != "M":
            try:
                value = pd.to_datetime(value)
            except (TypeError, ValueError) as error:
                raise TypeError(f"{name} must hold dates; {error}") from None
        if isinstance(value.dtype, pd.DatetimeTZDtype):
            value = (
                value.dt.tz_localize(None)
                if isinstance(value, pd.Series)
                else value.tz_localize(None)  # type: ignore[union-attr]
            )
        days = np.asarray(value.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]"))
        return DayInput(days.view(np.int64), scalar=False, index=index)
    if isinstance(value, np.ndarray):
        if value.dtype.kind == "M":
            return DayInput(value.astype("datetime64[D]").view(np.int64).ravel(), False, None)
        if value.dtype.kind != "O":
            raise TypeError(f"{name} must hold dates, not {value.dtype} values")
        return DayInput(
            np.array([_scalar_days(v, name) for v in value.ravel()], np.int64), False, None
        )
    if isinstance(value, (list, tuple)):
        return DayInput(
            np.array([_scalar_days(v, name) for v in value], dtype=np.int64), False, None
        )
    return DayInput(np.array([_scalar_days(value, name)], dtype=np.int64), True, None)


def day_to_date(days: int) -> dt.date:
    """The date `days` after 1970-01-01."""
    return dt.date.fromordinal(int(days) + _EPOCH_ORDINAL)
