"""Growth over a panel of (indicator, fiscal year, value) rows in any order: each row over
its indicator's previous fiscal year, holes never bridged silently, duplicated keys flagged.

>>> import plan6
>>> plan6.panel_growth([1, 1], [2011, 2012], [324.0, 351.0]).round(4)
array([   nan, 0.0833])
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from .._core import indicators as _core
from ..common.arguments import choice, flag, quoted
from ..common.arrays import (
    Input,
    check_elements,
    check_indexes,
    check_lengths,
    is_polars,
    is_scalar,
    prepare,
    wrap,
)
from .reasons import reasons_like

__all__ = ["panel_growth"]


def _key_column(
    values: Any, name: str, *, labels_allowed: bool
) -> tuple[np.ndarray, np.ndarray | None, pd.Index | None]:
    """An id or year column as int32/int64, the rows that have none, and a pandas index."""
    index = values.index if isinstance(values, pd.Series) else None
    if is_polars(values):
        values = values.to_numpy()  # nulls become NaN (numbers) or None (labels)
    if isinstance(values, pd.DataFrame):
        raise TypeError(f"{name} must be one column (a Series), not a DataFrame")
    if isinstance(values, (str, bytes)) or is_scalar(values) or values is None:
        raise TypeError(f"{name} must be an array or Series, not {type(values).__name__}")
    if isinstance(values, pd.Series):
        dtype = values.dtype
        if isinstance(dtype, pd.CategoricalDtype):
            if not labels_allowed:
                raise TypeError(f"{name} must hold whole numbers, not categories")
            codes = values.cat.codes.to_numpy().astype(np.int32)
            missing = codes < 0
            return codes, (missing if missing.any() else None), index
        if dtype.kind in "iu" and not values.hasnans:
            array = values.to_numpy()
        elif dtype.kind in "iuf" and pd.api.types.is_numeric_dtype(dtype):
            array = values.to_numpy(dtype=np.float64, na_value=np.nan)
        else:
            array = values.to_numpy(dtype=object)
    elif isinstance(values, (list, tuple)):
        # checked before numpy reads [1, "1"] as text and [True, 2] as integers
        kinds = set(map(type, values))
        if labels_allowed:
            _check_one_kind(values, name)
        elif not kinds <= {int, float}:
            check_elements(values, name, "whole numbers")
        # ["a", nan] as an object array: numpy's str array would make NaN the id "nan"
        array = np.asarray(values, dtype=object if len(kinds) > 1 else None)
    else:
        array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, not of shape {array.shape}")
    kind = array.dtype.kind
    if kind == "b":
        raise TypeError(f"{name} must hold whole numbers or labels, not bool")
    if kind in "Mm":
        raise TypeError(
            f"{name} must hold whole numbers, not {array.dtype} (use plan6.fiscal_year for dates)"
        )
    if kind == "i":
        return (
            (array if array.dtype in (np.int32, np.int64) else array.astype(np.int64)),
            None,
            index,
        )
    if kind == "u":
        if len(array) and array.max() > np.iinfo(np.int64).max:
            raise ValueError(f"{name} has values beyond the int64 range")
        return array.astype(np.int64), None, index
    if kind == "f" and not labels_allowed:
        missing = np.isnan(array)
        finite = array[~missing]
        if not np.isfinite(finite).all() or not np.array_equal(finite, np.floor(finite)):
            bad = finite[~np.isfinite(finite) | (finite != np.floor(finite))][0]
            raise ValueError(f"{name} must be whole numbers, not {quoted(bad)}")
        if len(finite) and np.abs(finite).max() >= 2.0**63:
            raise ValueError(f"{name} has values beyond the int64 range")
        return (
            np.where(missing, 0, array).astype(np.int64),
            (missing if missing.any() else None),
            index,
        )
    if not labels_allowed:
        if kind == "O":
            # numbers and missing values only: "2012" is text
            check_elements(array, name, "whole numbers")
            as_float = pd.to_numeric(pd.Series(array), errors="raise").to_numpy(
                dtype=np.float64, na_value=np.nan
            )
            converted, missing_rows, _ = _key_column(as_float, name, labels_allowed=False)
            return converted, missing_rows, index
        raise TypeError(f"{name} must hold whole numbers, not {array.dtype} values")
    if kind == "O":
        _check_one_kind(array, name)
    # Labels (strings, floats, objects): renumber them 0, 1, 2…; missing labels give -1.
    factorized, _ = pd.factorize(array, use_na_sentinel=True)
    label_codes = factorized.astype(np.int64)
    missing = label_codes < 0
    return label_codes, (missing if missing.any() else None), index


def _type_kind(kind: type) -> str | None:
    """The kind of id a type holds: "number", "bool", a type's name, or None (missing)."""
    if issubclass(kind, (type(None), type(pd.NA), type(pd.NaT))):
        return None
    if issubclass(kind, (bool, np.bool_)):
        return "bool"
    if issubclass(kind, numbers.Real):
        return "number"
    return kind.__name__


def _check_one_kind(labels: Sequence[Any] | np.ndarray, name: str) -> None:
    """ValueError when the ids mix kinds (1 and "1" would be two ids, or one if merged: either
    is silently wrong), naming the first id of each kind; TypeError for bools."""
    kinds = {_type_kind(kind) for kind in set(map(type, labels))} - {None}
    if len(kinds) <= 1 and "bool" not in kinds:
        return
    first: dict[str, int] = {}
    for position, label in enumerate(labels):
        # NaN marks a missing id among text ids too
        missing = isinstance(label, float) and label != label
        kind = None if missing else _type_kind(type(label))
        if kind is not None and kind not in first:
            first[kind] = position
    if "bool" in first:
        raise TypeError(
            f"{name} must hold whole numbers or labels, not bool ({name}[{first['bool']}])"
        )
    if len(first) > 1:
        described = ", ".join(
            f"{name}[{position}] = {quoted(labels[position])} ({kind})"
            for kind, position in first.items()
        )
        raise ValueError(
            f"{name} mixes kinds of id: {described}; give ids of one kind (all numbers or all text)"
        )


def panel_growth(
    ids: Any,
    years: Any,
    values: Any,
    *,
    gaps: Literal["strict", "previous"] = "strict",
    with_reasons: bool = False,
    method: Literal["auto", "dense", "sort"] = "auto",
) -> Any:
    """Year-on-year growth over a panel of (indicator id, fiscal year, value) rows in any order.

    Each row gets its growth over the same indicator's previous fiscal year, in the rows' own
    order, following :func:`growth`'s policy. Where the previous year has no row the result is
    NaN (``missing_prior_year``): a hole is never bridged silently. With
    ``gaps="previous"`` the latest earlier year that has a value is used instead, and the
    growth is annualised over the span, ``(v / v_prev) ** (1 / Δyears) - 1``. A (id, year)
    pair given twice makes those rows, and the rows whose previous year it is, NaN
    (``duplicate_key``).

    Parameters
    ----------
    ids
        Indicator ids: integers, or any labels (strings, categories), which are renumbered.
    years
        Fiscal years as whole numbers (integer dtype, or floats that are whole).
    values
        The values, as for the other indicators.
    gaps
        ``"strict"`` (default) or ``"previous"``.
    method
        ``"auto"`` (default) takes O(n) passes over a table of (id, year) keys when the key
        space is at most about twice the rows, else sorts; ``"dense"`` and ``"sort"`` force
        one (for testing).

    Examples
    --------
    >>> import plan6
    >>> ids = ["jobs", "jobs", "seekers", "jobs"]
    >>> years = [2012, 2011, 2012, 2010]
    >>> plan6.panel_growth(ids, years, [351.0, 324.0, 827.0, 273.0]).round(4)
    array([0.0833, 0.1868,    nan,    nan])
    >>> plan6.panel_growth([1, 1], [2010, 2012], [100.0, 121.0], gaps="previous").round(12)
    array([nan, 0.1])
    """
    choice(gaps, "gaps", ("strict", "previous"))
    choice(method, "method", ("auto", "dense", "sort"))
    with_reasons = flag(with_reasons, "with_reasons")
    id_array, id_missing, id_index = _key_column(ids, "ids", labels_allowed=True)
    year_array, year_missing, year_index = _key_column(years, "years", labels_allowed=False)
    (value_array,), like = prepare([(values, "values")])
    n = len(value_array)
    check_lengths([("ids", len(id_array)), ("years", len(year_array)), ("values", n)])
    index = check_indexes([("ids", id_index), ("years", year_index), ("values", like.index)])
    if like.index is None and index is not None:
        like = Input(value_array, index, polars=False)
    skip = None
    if id_missing is not None or year_missing is not None:
        skip = np.zeros(n, dtype=np.uint8)
        for missing in (id_missing, year_missing):
            if missing is not None:
                skip |= missing
    result, codes, _ = _core.panel_growth(
        id_array, year_array, value_array, skip, gaps, method, with_reasons
    )
    wrapped = wrap(result, like, "growth")
    if not with_reasons:
        return wrapped
    return wrapped, reasons_like(codes, like, "growth")
