"""Numbers written as Japanese reports write them: 391億7,319万円, 15,200名, 91.5％, 133.1 %.

This is the one formatter of numbers for every output — rich display, the text and HTML
report, charts, and the evidence column of :func:`plan6.consistency` — so that a value reads
the same everywhere. A missing value (None, NaN, NA) is written "—"; an infinite one "∞" or
"-∞" (the indicators never give one, but data may hold one, and a display must not fail).

>>> from plan6.text.formatting import format_amount, format_percent
>>> format_amount(39173190000, "yen"), format_amount(426, "persons", "人")
('391億7,319万円', '426人')
>>> format_percent(1.33125), format_percent(0.0997, signed=True)
('133.1 %', '+10.0 %')
"""

from __future__ import annotations

import math
from typing import Any, cast

import numpy as np
import pandas as pd

from .._core import text as _core
from .units import display_unit

__all__ = ["format_amount", "format_japanese_number", "format_percent", "is_missing"]


def format_japanese_number(value: float, unit: str = "", decimals: int = 0) -> str:
    """Format a number in Japanese style: 万/億/兆 groups with thousands commas, then the unit.

    Below 100,000 (unless a whole number of 万) the number is written with commas only, as
    reports write 15,200人 next to 10万人 and 391億7,319万円.

    Parameters
    ----------
    value
        The number in base units (yen, persons…). NaN gives "—".
    unit
        Appended as written: "円", "人", "％"…
    decimals
        Places kept below 100,000 (trailing zeros dropped); larger values are whole numbers.

    Examples
    --------
    >>> format_japanese_number(100000, "人")
    '10万人'
    >>> format_japanese_number(91.5, "％", decimals=1)
    '91.5％'
    >>> format_japanese_number(2**53 + 1)  # ints are exact: no detour through a float
    '9,007兆1,992億5,474万993'
    """
    if isinstance(value, bool):
        raise TypeError("value must be a number, not a bool")
    if isinstance(value, (int, np.integer)) and -(2**63) <= value < 2**63:
        return str(_core.format_japanese_integer(int(value), unit))
    if not isinstance(value, (int, float)) and not hasattr(value, "__float__"):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    number = float(value)
    if math.isinf(number):
        raise ValueError("cannot format an infinite number")
    return str(_core.format_japanese_number(number, unit, decimals))


def is_missing(value: object) -> bool:
    """True for None, NaN and pandas' NA/NaT.

    >>> is_missing(None), is_missing(float("nan")), is_missing(pd.NA), is_missing(0)
    (True, True, True, False)
    """
    if value is None:
        return True
    missing = pd.isna(cast(Any, value))
    return missing if isinstance(missing, bool) else False


def _finite(value: object) -> float | str:
    """The value as a finite float, or the mark written instead: "—" missing, "∞" infinite."""
    if is_missing(value):
        return "—"
    number = float(value)  # type: ignore[arg-type]
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    return number


def format_amount(
    value: object, unit: str = "", unit_ja: str = "", lower_bound: bool = False
) -> str:
    """A value in base units as the report writes it: 426人, 391億7,319万円, 91.5％.

    Whole numbers get no decimals, others one; a lower bound is written "> …"; a missing
    value is "—", an infinite one "∞".

    >>> format_amount(15200, "persons", "名"), format_amount(3100, "persons", "人", True)
    ('15,200名', '> 3,100人')
    >>> format_amount(float("nan"), "yen"), format_amount(float("inf"), "yen")
    ('—', '∞')
    """
    number = _finite(value)
    if isinstance(number, str):
        return number
    decimals = 0 if number.is_integer() else 1
    text = format_japanese_number(number, display_unit(unit, unit_ja), decimals=decimals)
    return f"> {text}" if lower_bound else text


def format_percent(ratio: object, signed: bool = False, lower_bound: bool = False) -> str:
    """A ratio as a percentage with one decimal, as the report prints it: 133.1 %.

    >>> format_percent(float("nan")), format_percent(-0.085, signed=True)
    ('—', '-8.5 %')
    """
    number = _finite(ratio)
    if isinstance(number, str):
        return number
    text = f"{number * 100:+.1f} %" if signed else f"{number * 100:.1f} %"
    return f"> {text}" if lower_bound else text
