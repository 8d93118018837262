"""Japanese number expressions (C++): formatting back as reports write them.

>>> import plan6
>>> plan6.format_japanese_number(39173190000, "円")
'391億7,319万円'
"""

from __future__ import annotations

import math

from . import _core

__all__ = ["format_japanese_number"]


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
    """
    if isinstance(value, bool):
        raise TypeError("value must be a number, not a bool")
    if not isinstance(value, (int, float)) and not hasattr(value, "__float__"):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    number = float(value)
    if math.isinf(number):
        raise ValueError("cannot format an infinite number")
    return str(_core.format_japanese_number(number, unit, decimals))
