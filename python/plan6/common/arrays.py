"""Conversion of user inputs (scalars, lists, numpy, pandas, polars) to the float64 arrays the
compiled kernels read, and of kernel outputs back to the caller's kind of object.

One place decides what is accepted, with one rule for scalars, lists, object arrays, pandas
and polars Series: real numbers (int, float, numpy numbers, Decimal, Fraction) and missing
values (None, NaN, pd.NA, NaT) are; booleans, strings (also "426" and numeric-looking text in
an object array or Series), bytes, dates and complex numbers are refused with a TypeError
naming the argument and the first offending element; shapes that do not fit (2-D, ragged)
raise ValueError. float64 numpy arrays pass through without a copy (any stride); other numeric
inputs are converted once.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from .arguments import quoted

__all__ = [
    "Input",
    "check_elements",
    "check_indexes",
    "check_lengths",
    "is_polars",
    "is_scalar",
    "prepare",
    "wrap",
]

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Input:
    """An argument converted for a kernel, and what is needed to wrap the result like it."""

    array: FloatArray
    index: pd.Index | None
    polars: bool


def is_scalar(value: object) -> bool:
    """True for a real number (int, float, numpy scalar) that is not a bool.

    >>> is_scalar(426), is_scalar(True), is_scalar([426])
    (True, False, False)
    """
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))


def is_polars(value: object) -> bool:
    """Whether `value` is a polars Series (without importing polars).

    >>> is_polars([1.0]), is_polars(pd.Series([1.0]))
    (False, False)
    """
    return type(value).__module__.startswith("polars") and hasattr(value, "to_numpy")


_MISSING_TYPES = (type(None), type(pd.NA), type(pd.NaT))
# Element types known to be numbers (or missing) without an isinstance check per element.
_NUMBER_TYPES = frozenset({float, int, np.float64, np.float32, np.int64, np.int32, Decimal})


def _is_number_type(kind: type) -> bool:
    """Whether values of type `kind` are real numbers or missing values: the one rule for
    the elements of lists, object arrays and object Series (a str is never a number)."""
    if kind in _NUMBER_TYPES or issubclass(kind, _MISSING_TYPES):
        return True
    if issubclass(kind, (bool, np.bool_)):
        return False
    return issubclass(kind, (numbers.Real, Decimal))


def _element_kind(kind: type) -> str:
    if issubclass(kind, (bool, np.bool_)):
        return "a bool"
    if issubclass(kind, (str, bytes)):
        return f"a {kind.__name__} (text is not a number: read it with plan6.parse_number)"
    return f"a {kind.__name__}"


def check_elements(items: Sequence[Any] | np.ndarray, name: str, what: str = "numbers") -> None:
    """TypeError naming the first element that is neither a real number nor missing
    (ValueError for a sequence: the input is not one-dimensional).

    >>> check_elements([426, None, 1.5], "actual")
    >>> check_elements([426, True], "target")
    Traceback (most recent call last):
    ...
    TypeError: target must hold numbers, but target[1] is a bool: True
    """
    kinds = set(map(type, items))
    if all(_is_number_type(kind) for kind in kinds):
        return
    for position, item in enumerate(items):
        if not _is_number_type(type(item)):
            if isinstance(item, (list, tuple, np.ndarray)):
                raise ValueError(
                    f"{name} must be one-dimensional, but {name}[{position}] is a sequence: "
                    f"{quoted(item)}"
                )
            raise TypeError(
                f"{name} must hold {what}, but {name}[{position}] is "
                f"{_element_kind(type(item))}: {quoted(item)}"
            )


def _as_array(value: object, name: str) -> np.ndarray:
    """``np.asarray(value)``, with the numpy message for a ragged sequence replaced by one
    that names the argument, and the elements of a list or tuple checked first (numpy would
    read ``[1, True]`` as integers and ``['1', 2]`` as text)."""
    if isinstance(value, (list, tuple)):
        kinds = set(map(type, value))
        # Plain numbers go straight to numpy; nested sequences are numpy's to shape (a 2-D or
        # ragged input is refused below).
        if not kinds <= {float, int} and not any(
            issubclass(kind, (list, tuple, np.ndarray)) for kind in kinds
        ):
            check_elements(value, name)
    try:
        return np.asarray(value)
    except ValueError as error:
        if "inhomogeneous" not in str(error) and "sequence" not in str(error):
            raise
        raise ValueError(
            f"{name} is ragged: its items are sequences of different lengths; "
            "it must be one-dimensional"
        ) from None


def _from_numpy(array: np.ndarray, name: str) -> FloatArray:
    kind = array.dtype.kind
    if kind == "f":
        result = array if array.dtype == np.float64 else array.astype(np.float64)
    elif kind in "iu":
        result = array.astype(np.float64)
    elif kind == "O":
        if array.ndim > 1:
            raise ValueError(f"{name} must be one-dimensional, not of shape {array.shape}")
        flat = array.reshape(-1)
        check_elements(flat, name)
        missing = pd.isna(array)  # None, NaN, pd.NA and NaT are all missing values
        if missing.any():
            array = np.where(missing, np.nan, array)
        try:
            result = array.astype(np.float64)
        except (TypeError, ValueError, OverflowError) as error:
            raise TypeError(f"{name} must hold numbers; {error}") from None
    else:
        raise TypeError(f"{name} must hold numbers, not {array.dtype} values")
    if result.ndim == 0:
        result = result.reshape(1)
    if result.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, not of shape {array.shape}")
    return result


def _from_series(value: pd.Series, name: str) -> FloatArray:
    dtype = value.dtype
    if (
        dtype.kind in "bcMm"
        or isinstance(dtype, (pd.CategoricalDtype, pd.StringDtype))
        or pd.api.types.is_bool_dtype(dtype)
    ):
        raise TypeError(f"{name} must hold numbers, not {dtype} values")
    if dtype.kind == "O":  # also pyarrow strings: each element is checked
        check_elements(value.to_numpy(dtype=object), name)
    try:
        return value.to_numpy(dtype=np.float64, na_value=np.nan)
    except (TypeError, ValueError, OverflowError) as error:
        raise TypeError(f"{name} must hold numbers; {error}") from None


def _convert(value: object, name: str) -> Input:
    if isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{name} must be a number or an array of numbers, not a bool")
    if isinstance(value, (str, bytes)):
        raise TypeError(
            f"{name} must be a number or an array of numbers, not {type(value).__name__}"
        )
    if isinstance(value, pd.Series):
        return Input(_from_series(value, name), value.index, polars=False)
    if is_polars(value) and hasattr(value, "dtype"):
        if not value.dtype.is_numeric():
            raise TypeError(f"{name} must hold numbers, not {value.dtype} values")
        array = np.asarray(value.cast(float).to_numpy(), dtype=np.float64)  # type: ignore[attr-defined]
        return Input(array, None, polars=True)
    if isinstance(value, pd.DataFrame):
        raise TypeError(f"{name} must be one column (a Series), not a DataFrame")
    return Input(_from_numpy(_as_array(value, name), name), None, polars=False)


def check_lengths(named: Sequence[tuple[str, int]], *, broadcast: bool = False) -> int:
    """The common length of the named arguments, or the one ValueError of plan6 for lengths
    that differ, naming each argument's. With `broadcast`, a length of 1 goes with any other
    (and the longer length is returned).

    >>> check_lengths([("ids", 3), ("years", 3)])
    3
    >>> check_lengths([("actual", 3), ("target", 2)], broadcast=True)
    Traceback (most recent call last):
    ...
    ValueError: lengths must match or be 1: actual has 3, target has 2
    """
    lengths = {length for _, length in named}
    different = lengths - {1} if broadcast else lengths
    if len(different) > 1:
        described = ", ".join(f"{name} has {length}" for name, length in named)
        raise ValueError(f"lengths must match{' or be 1' if broadcast else ''}: {described}")
    return min(different, default=1 if lengths else 0)


def check_indexes(named: Sequence[tuple[str, pd.Index | None]]) -> pd.Index | None:
    """The index the named pandas arguments share (None when none is pandas), or ValueError:
    plan6 never aligns silently.

    >>> check_indexes([("a", pd.Index([0, 1])), ("b", None), ("c", pd.Index([1, 2]))])
    Traceback (most recent call last):
    ...
    ValueError: a and c are Series with different indexes; align them first
    """
    indexed = [(name, index) for name, index in named if index is not None]
    if any(not index.equals(indexed[0][1]) for _, index in indexed[1:]):
        names = " and ".join(name for name, _ in indexed)
        raise ValueError(f"{names} are Series with different indexes; align them first")
    return indexed[0][1] if indexed else None


def prepare(arguments: Sequence[tuple[object, str]]) -> tuple[list[FloatArray], Input]:
    """Convert and broadcast the arguments; returns the arrays and the input to wrap like.

    Arrays of one value broadcast against longer ones (without a copy: stride 0); otherwise
    lengths must agree. Two pandas Series must share their index: plan6 does not align
    silently.

    >>> arrays, like = prepare([(pd.Series([426, 829], index=["a", "b"]), "actual"), (320, "plan")])
    >>> [a.tolist() for a in arrays], list(like.index)
    ([[426.0, 829.0], [320.0, 320.0]], ['a', 'b'])
    """
    inputs = [_convert(value, name) for value, name in arguments]
    names = [name for _, name in arguments]
    # Length 1 broadcasts to the other length (also to 0, as numpy does).
    longest = check_lengths(
        [(name, len(item.array)) for name, item in zip(names, inputs, strict=True)],
        broadcast=True,
    )
    check_indexes([(name, item.index) for name, item in zip(names, inputs, strict=True)])
    arrays = [
        np.broadcast_to(item.array, (longest,)) if len(item.array) != longest else item.array
        for item in inputs
    ]
    like = next((item for item in inputs if item.index is not None), None) or next(
        (item for item in inputs if item.polars), inputs[0]
    )
    return arrays, like


def wrap(values: np.ndarray, like: Input, name: str) -> Any:
    """Return `values` as the caller's kind of object: Series with its index, polars, numpy.

    >>> _, like = prepare([(pd.Series([1.0], index=["FY2012"]), "x")])
    >>> wrap(np.array([0.5]), like, "growth")
    FY2012    0.5
    Name: growth, dtype: float64
    """
    if like.index is not None:
        return pd.Series(values, index=like.index, name=name)
    if like.polars:
        import polars as pl

        return pl.Series(name, values)
    return values
