"""Arguments that are not data, read the same way in every area: flags (bools only), whole
numbers within a range, one of a few names, and values quoted in messages (shortened, so that a
1 MB argument never makes a 1 MB message).

Nothing here is public API.

>>> flag(True, "with_reasons"), whole_number(2012, "fiscal_year", 1400, 9998)
(True, 2012)
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable

import numpy as np

__all__ = ["QUOTE_LIMIT", "choice", "flag", "quoted", "whole_number"]

#: The most characters of a value a message quotes (the rest is counted, not shown).
QUOTE_LIMIT = 60


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``repr(value)`` for a message, cut to `limit` characters with the length said.

    >>> quoted("up")
    "'up'"
    >>> quoted("x" * 1000, limit=12)
    "'xxxxxxxxxx… (1000 characters)"
    """
    if isinstance(value, np.generic):
        value = value.item()  # 2012, not np.int64(2012)
    try:
        text = repr(value)
    except Exception:  # a repr that fails must not hide the error being reported
        return f"<{type(value).__name__}>"
    if len(text) <= limit:
        return text
    size = f"{len(value)} characters" if isinstance(value, (str, bytes)) else f"{len(text)} long"
    return f"{text[: limit - 1]}… ({size})"


def flag(value: object, name: str) -> bool:
    """`value` as a bool, or TypeError: a flag is True or False (also numpy's), never a
    truthy string such as ``'no'`` or a number.

    >>> flag(np.True_, "capped")
    True
    >>> flag("no", "with_reasons")
    Traceback (most recent call last):
    ...
    TypeError: with_reasons must be True or False, not 'no'
    """
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise TypeError(f"{name} must be True or False, not {quoted(value)}")


def whole_number(value: object, name: str, low: int, high: int, what: str = "") -> int:
    """`value` as an int in ``low``–``high`` (inclusive): TypeError unless an integer (not a
    bool), ValueError naming the range otherwise — before any C++ call could refuse it with
    pybind11's "incompatible function arguments".

    >>> whole_number(10**10, "fiscal_year", 1400, 9998, "fiscal years")
    Traceback (most recent call last):
    ...
    ValueError: fiscal_year must lie in 1400–9998 (fiscal years), not 10000000000
    """
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    number = int(value)
    if not low <= number <= high:
        detail = f" ({what})" if what else ""
        raise ValueError(f"{name} must lie in {low}–{high}{detail}, not {quoted(number)}")
    return number


def choice(value: object, name: str, choices: Iterable[str]) -> str:
    """`value` if it is one of `choices`; ValueError (TypeError for a non-str) listing them.

    >>> choice("leaf", "levels", ("all", "leaf"))
    'leaf'
    >>> choice("up", "direction", ("higher", "lower"))
    Traceback (most recent call last):
    ...
    ValueError: direction must be 'higher' or 'lower', not 'up'
    """
    names = tuple(choices)
    listed = ", ".join(repr(c) for c in names[:-1]) + f" or {names[-1]!r}"
    if not isinstance(value, str):
        raise TypeError(f"{name} must be {listed}, not {type(value).__name__}")
    if value not in names:
        raise ValueError(f"{name} must be {listed}, not {quoted(value)}")
    return value
