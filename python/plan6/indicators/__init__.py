"""Evaluation indicators computed by the C++ core, with one edge-case policy.

Every indicator takes numbers, sequences, numpy arrays (any stride, any integer or float
dtype), pandas Series (the index is kept) or polars Series, runs in one C++ pass with the GIL
released, and returns the same kind of object: a ``float`` for scalars, a numpy array, a
pandas Series with the caller's index, or a polars Series.

The edge-case policy
--------------------
This is the one place where it is written down; every function follows it and
``tests/python/test_indicators_policy.py`` tests every line of it.

==========================================  ===============================================
Input                                       Result (reason with ``with_reasons=True``)
==========================================  ===============================================
NaN, None, ``pd.NA``, NaT, polars null       NaN (``missing_input``)
+inf or -inf                                 NaN (``infinite_input``)
zero base (target, prior, start value)       NaN (``zero_base``) — never ±inf, never 0.001
negative base                                NaN (``negative_base``) — never a flipped sign
sign change where a rate needs logarithms    NaN (``sign_change``): log growth or CAGR from a
(log growth, CAGR, required growth)          positive start to a value below zero. A plain
                                             growth rate across zero *is* defined
                                             (5 → −5 is −200 %); CAGR to exactly 0 is −100 %.
target equal to baseline (progress,          NaN (``zero_range``); equal bounds in
growth ratio)                                :func:`normalize` too; lower > upper is
                                             ``inverted_range``
a span of years ≤ 0 (CAGR, projection)       NaN (``non_positive_span``)
panel growth: no row for the previous year   NaN (``missing_prior_year``) — a hole is never
                                             bridged, unless ``gaps="previous"`` (then the
                                             growth is annualised over the hole)
panel growth: (id, year) given twice         NaN (``duplicate_key``) on those rows and on the
                                             rows whose previous year they are
a result beyond float64 (1 / 5e-324)         NaN (``overflow``)
a score that cannot be classified            the "not comparable" category
lengths that differ (other than 1)           ValueError naming the arguments
Series with different indexes                ValueError (plan6 never aligns silently)
bool, str, dates, complex, 2-D input         TypeError / ValueError naming the argument
integer, float32, nullable or object input   converted once to float64 (ids and years of
                                             panels must be whole numbers)
strided views (``a[::2]``, ``a[::-1]``)      read in place, without a copy
empty arrays                                 empty results
==========================================  ===============================================

With ``with_reasons=True`` every function returns ``(values, reasons)``, the reasons
mirroring the input kind: a scalar gives ``(float, str)``, an array ``(ndarray, ndarray of
reason names)``, a pandas Series ``(Series, categorical Series)``, a polars Series
``(Series, Enum Series)``. ``"none"`` marks a defined value; :data:`REASONS` lists the names
and :func:`reason_description` explains them.

>>> import plan6
>>> plan6.attainment([426, 5, 7], [320, 0, -1], with_reasons=True)[1]
array(['none', 'zero_base', 'negative_base'], dtype=object)
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from .._core import indicators as _core
from ..common.arrays import Input, is_polars, is_scalar, prepare, wrap

if TYPE_CHECKING:
    from .categories import Scale

__all__ = [
    "REASONS",
    "Direction",
    "attainment",
    "cagr",
    "classify",
    "gap",
    "growth",
    "growth_ratio",
    "log_growth",
    "normalize",
    "panel_growth",
    "progress",
    "progress_class",
    "projection",
    "reason_description",
    "required_growth",
    "rollup",
    "target_achieved",
]

Direction = Literal["higher", "lower"]

#: Names of the reasons an indicator value can be undefined, in code order ("none" = defined).
REASONS: tuple[str, ...] = tuple(_core.reason_names())
_DESCRIPTIONS: dict[str, str] = dict(zip(REASONS, _core.reason_descriptions(), strict=True))
_REASON_TABLE = np.asarray(REASONS, dtype=object)
_FAST = frozenset({float, int})
_KERNELS: dict[str, _core.Elementwise] = {
    name: _core.elementwise(name) for name in _core.elementwise_names()
}


def reason_description(reason: str) -> str:
    """Explain a reason name in one English line.

    >>> reason_description("zero_base")
    'the base is zero, so the ratio is undefined'
    """
    try:
        return _DESCRIPTIONS[reason]
    except KeyError:
        raise ValueError(f"unknown reason {reason!r}; known: {', '.join(REASONS)}") from None


# ---------------------------------------------------------------------------------------------
# Conversion of arguments and results


def _direction_codes(direction: object, name: str = "direction") -> object:
    """A direction as a float64 code (1 higher, -1 lower) or an array of codes per row."""
    if isinstance(direction, str):
        if direction == "higher":
            return 1.0
        if direction == "lower":
            return -1.0
        raise ValueError(f"{name} must be 'higher' or 'lower', not {direction!r}")
    if direction is None or is_scalar(direction):
        raise TypeError(
            f"{name} must be 'higher', 'lower' or an array of them per row, not {direction!r}"
        )
    if isinstance(direction, pd.Series):
        labels = direction.to_numpy(dtype=object)
        index: pd.Index | None = direction.index
    else:
        labels = np.asarray(
            direction.to_list() if hasattr(direction, "to_list") else direction, dtype=object
        )
        index = None
    if labels.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional")
    codes = np.full(len(labels), np.nan)
    for i, label in enumerate(labels):
        if label == "higher" or label == 1:
            codes[i] = 1.0
        elif label == "lower" or label == -1:
            codes[i] = -1.0
        elif label is None or (isinstance(label, float) and math.isnan(label)) or label is pd.NA:
            continue
        else:
            raise ValueError(f"{name} values must be 'higher' or 'lower', not {label!r}")
    return pd.Series(codes, index=index) if index is not None else codes


def _reasons_like(codes: np.ndarray, like: Input, name: str) -> Any:
    labels = _REASON_TABLE[codes]
    if like.index is not None:
        return pd.Series(
            pd.Categorical(labels, categories=REASONS), index=like.index, name=f"{name}_reason"
        )
    if like.polars:
        import polars as pl

        return pl.Series(f"{name}_reason", labels.tolist(), dtype=pl.Enum(list(REASONS)))
    return labels


def _is_number(value: object) -> bool:
    return type(value) in _FAST or is_scalar(value)


def _float(value: object, name: str) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except OverflowError:
        raise ValueError(f"{name} is too large for a float64: {value!r}") from None


def _evaluate(
    kernel: _core.Elementwise,
    arguments: Sequence[tuple[object, str]],
    with_reasons: bool,
    *,
    options: tuple[object, ...] = (),
    out: np.ndarray | None = None,
    name: str | None = None,
) -> Any:
    """Convert and broadcast `arguments`, run the compiled `kernel` over them and return the
    result like the inputs (see the module docstring), named `name` (the kernel's name by
    default). When every argument is a number the kernel's scalar form runs: no arrays."""
    name = name or kernel.name
    if out is None and all(_is_number(value) for value, _ in arguments):
        value, code = kernel.scalar(
            tuple(v if type(v) is float else _float(v, n) for v, n in arguments), options
        )
        return (value, REASONS[code]) if with_reasons else value
    is_all_scalar = all(is_scalar(value) for value, _ in arguments)
    arrays, like = prepare(arguments)
    result = kernel(arrays, options, with_reasons, out)
    values, codes = result if with_reasons else (result, None)
    if is_all_scalar:
        value = float(values[0])
        return (value, REASONS[int(codes[0])]) if codes is not None else value
    if out is not None and like.index is None and not like.polars:
        values = out
    wrapped = wrap(values, like, name)
    if codes is None:
        return wrapped
    return wrapped, _reasons_like(codes, like, name)


def _check_out(out: np.ndarray | None) -> None:
    if out is not None and not isinstance(out, np.ndarray):
        raise TypeError("out must be a float64 numpy array")


# ---------------------------------------------------------------------------------------------
# Ratios to a target and to the prior year


def attainment(
    actual: Any,
    target: Any,
    direction: Direction | Any = "higher",
    *,
    with_reasons: bool = False,
    out: np.ndarray | None = None,
) -> Any:
    """Target attainment: ``actual / target`` (``target / actual`` when lower is better).

    Parameters
    ----------
    actual, target
        Numbers, sequences, numpy arrays, pandas or polars Series of equal length (a single
        value broadcasts).
    direction
        ``"higher"`` when more is better (jobs created), ``"lower"`` when less is better
        (complaints), or an array of them, one per row (a direction per indicator).
    with_reasons
        Also return why each NaN is undefined (``"zero_base"``, ``"negative_base"``,
        ``"missing_input"``, ``"infinite_input"``, ``"overflow"``; ``"none"`` where defined).
    out
        A float64 array to write the values into (numpy inputs only), to spare an allocation
        in loops.

    Returns
    -------
    float, numpy array, pandas Series (same index) or polars Series; with ``with_reasons``, a
    pair (values, reasons).

    Examples
    --------
    >>> import plan6
    >>> plan6.attainment(426, 320)          # 緊急雇用創出事業, FY2012: 426 jobs, plan 320
    1.33125
    >>> plan6.attainment([426, 5], [320, 0])
    array([1.33125,     nan])
    >>> plan6.attainment(5, 0, with_reasons=True)
    (nan, 'zero_base')
    >>> plan6.attainment([426, 8], [320, 10], direction=["higher", "lower"])
    array([1.33125, 1.25   ])
    """
    # The common call (two plain numbers) goes straight to the compiled scalar function.
    if (
        type(actual) in _FAST
        and type(target) in _FAST
        and not with_reasons
        and type(direction) is str
        and direction == "higher"
    ):
        try:
            fast: float = _core.attainment_higher(actual, target)
            return fast
        except TypeError:
            pass  # an int too large for a double: the general path names the argument
    _check_out(out)
    codes = _direction_codes(direction)
    if isinstance(codes, float):
        return _evaluate(
            _KERNELS["attainment"],
            [(actual, "actual"), (target, "target")],
            with_reasons,
            options=(codes,),
            out=out,
        )
    return _evaluate(
        _KERNELS["attainment_by_code"],
        [(actual, "actual"), (target, "target"), (codes, "direction")],
        with_reasons,
        out=out,
        name="attainment",
    )


def gap(
    actual: Any, target: Any, direction: Direction | Any = "higher", *, with_reasons: bool = False
) -> Any:
    """Gap to target in the good direction: ``actual - target`` (``target - actual`` when lower
    is better), so a positive gap always means the target was beaten. No base is divided by,
    so a zero or negative target is fine; missing and infinite inputs follow the policy.

    Examples
    --------
    >>> import plan6
    >>> plan6.gap(426, 320)
    106.0
    >>> plan6.gap(12.0, 15.0, direction="lower")
    3.0
    """
    codes = _direction_codes(direction)
    if isinstance(codes, float):
        return _evaluate(
            _KERNELS["gap"],
            [(actual, "actual"), (target, "target")],
            with_reasons,
            options=(codes,),
        )
    return _evaluate(
        _KERNELS["gap_by_code"],
        [(actual, "actual"), (target, "target"), (codes, "direction")],
        with_reasons,
        name="gap",
    )


def growth(
    current: Any, prior: Any, *, with_reasons: bool = False, out: np.ndarray | None = None
) -> Any:
    """Year-on-year growth ``current / prior - 1``.

    A zero or negative prior value has no meaningful growth rate: the result is NaN (reasons
    ``"zero_base"``, ``"negative_base"``), not ±inf and not a rate with a flipped sign (pandas'
    ``pct_change`` gives both).

    Examples
    --------
    >>> import plan6
    >>> round(plan6.growth(827, 752), 6)    # 求職登録者 FY2012 vs FY2011
    0.099734
    >>> plan6.growth([351, 10], [324, -5], with_reasons=True)[1]
    array(['none', 'negative_base'], dtype=object)
    """
    if not with_reasons and type(current) in _FAST and type(prior) in _FAST:
        try:
            quick: float = _KERNELS["growth"].scalar((current, prior))[0]
            return quick
        except (TypeError, OverflowError):
            pass  # an int too large for a double: the general path names the argument
    _check_out(out)
    return _evaluate(
        _KERNELS["growth"], [(current, "current"), (prior, "prior")], with_reasons, out=out
    )


def log_growth(current: Any, prior: Any, *, with_reasons: bool = False) -> Any:
    """Logarithmic growth ``ln(current / prior)``: additive over years, symmetric for rises and
    falls. Both values must be positive: a zero or negative prior is ``zero_base`` /
    ``negative_base``, a current value at or below zero is ``sign_change``.

    Examples
    --------
    >>> import plan6
    >>> round(plan6.log_growth(827, 752), 6)
    0.095068
    >>> plan6.log_growth(0, 5, with_reasons=True)
    (nan, 'sign_change')
    """
    return _evaluate(_KERNELS["log_growth"], [(current, "current"), (prior, "prior")], with_reasons)


def cagr(start: Any, end: Any, years: Any, *, with_reasons: bool = False) -> Any:
    """Compound annual growth rate ``(end / start) ** (1 / years) - 1`` between two values
    `years` apart (for two fiscal years, ``years = end_year - start_year``; fractions allowed).

    Undefined: a zero or negative start (``zero_base``, ``negative_base``), an end below zero
    (``sign_change``), ``years <= 0`` (``non_positive_span``). An end of exactly zero is a rate
    of -100 %.

    Examples
    --------
    >>> import plan6
    >>> round(plan6.cagr(100, 121, 2), 12)
    0.1
    >>> round(plan6.cagr(273, 351, 2012 - 2010), 6)   # 就職決定者 FY2010 → FY2012
    0.133893
    >>> plan6.cagr(100, 121, 0, with_reasons=True)
    (nan, 'non_positive_span')
    """
    return _evaluate(
        _KERNELS["cagr"], [(start, "start"), (end, "end"), (years, "years")], with_reasons
    )


# ---------------------------------------------------------------------------------------------
# Panels


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
            raise ValueError(f"{name} must be whole numbers, not {bad!r}")
        if len(finite) and np.abs(finite).max() >= 2.0**63:
            raise ValueError(f"{name} has values beyond the int64 range")
        return (
            np.where(missing, 0, array).astype(np.int64),
            (missing if missing.any() else None),
            index,
        )
    if not labels_allowed:
        if kind == "O":
            try:
                as_float = pd.to_numeric(pd.Series(array), errors="raise").to_numpy(
                    dtype=np.float64, na_value=np.nan
                )
            except (TypeError, ValueError):
                raise TypeError(f"{name} must hold whole numbers") from None
            converted, missing_rows, _ = _key_column(as_float, name, labels_allowed=False)
            return converted, missing_rows, index
        raise TypeError(f"{name} must hold whole numbers, not {array.dtype} values")
    # Labels (strings, floats, objects): renumber them 0, 1, 2…; missing labels give -1.
    factorized, _ = pd.factorize(array, use_na_sentinel=True)
    label_codes = factorized.astype(np.int64)
    missing = label_codes < 0
    return label_codes, (missing if missing.any() else None), index


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
    if gaps not in ("strict", "previous"):
        raise ValueError(f"gaps must be 'strict' or 'previous', not {gaps!r}")
    id_array, id_missing, id_index = _key_column(ids, "ids", labels_allowed=True)
    year_array, year_missing, year_index = _key_column(years, "years", labels_allowed=False)
    (value_array,), like = prepare([(values, "values")])
    n = len(value_array)
    if len(id_array) != n or len(year_array) != n:
        raise ValueError(
            f"lengths must match: ids has {len(id_array)}, years has {len(year_array)}, "
            f"values has {n}"
        )
    indexes = [
        (i, label) for i, label in ((id_index, "ids"), (year_index, "years")) if i is not None
    ]
    if like.index is not None:
        indexes.append((like.index, "values"))
    for other, label in indexes[1:]:
        if not other.equals(indexes[0][0]):
            raise ValueError(
                f"{indexes[0][1]} and {label} are Series with different indexes; align them first"
            )
    if like.index is None and indexes:
        like = Input(value_array, indexes[0][0], polars=False)
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
    return wrapped, _reasons_like(codes, like, "growth")


# ---------------------------------------------------------------------------------------------
# Progress toward a target


def progress(
    actual: Any,
    baseline: Any,
    target: Any,
    *,
    direction: Direction | Any | None = None,
    capped: bool = False,
    with_reasons: bool = False,
) -> Any:
    """Progress from a baseline toward a target: ``(actual - baseline) / (target - baseline)``,
    0 at the baseline and 1 at the target — the indicator-level measure of UN ESCAP's Current
    Status Index.

    Parameters
    ----------
    direction
        ``None`` (default) takes the desired direction from the target. ``"higher"`` or
        ``"lower"`` (or one per row) give the direction's sign:
        ``d * (actual - baseline) / |target - baseline|``, so moving the desired way counts
        as progress even when the target lies behind the baseline.
    capped
        Report values above 1 (target exceeded) as 1, as ESCAP does; regress stays negative.

    Examples
    --------
    >>> import plan6
    >>> plan6.progress(426, 200, 320)       # past the target
    1.8833333333333333
    >>> plan6.progress(426, 200, 320, capped=True)
    1.0
    >>> plan6.progress(8, 10, 6)            # lower is better, from 10 toward 6
    0.5
    >>> plan6.progress(5, 5, 5, with_reasons=True)
    (nan, 'zero_range')
    """
    codes = 0.0 if direction is None else _direction_codes(direction)
    return _evaluate(
        _KERNELS["progress"],
        [(actual, "actual"), (baseline, "baseline"), (target, "target"), (codes, "direction")],
        with_reasons,
        options=(bool(capped),),
    )


def required_growth(value: Any, target: Any, years: Any, *, with_reasons: bool = False) -> Any:
    """The annual growth rate that takes `value` to `target` in `years` years,
    ``(target / value) ** (1 / years) - 1`` — the required CAGR of ESCAP's anticipated
    progress. Negative when the target lies below the value; a target of exactly 0 needs
    -100 % a year (it is not replaced by 0.001, as some SDG progress code does).

    Examples
    --------
    >>> import plan6
    >>> round(plan6.required_growth(100, 121, 2), 12)
    0.1
    >>> plan6.required_growth(100, 0, 5)
    -1.0
    """
    return _evaluate(
        _KERNELS["required_growth"],
        [(value, "value"), (target, "target"), (years, "years")],
        with_reasons,
    )


def growth_ratio(
    baseline: Any,
    current: Any,
    target: Any,
    years_elapsed: Any,
    years_to_target: Any,
    *,
    direction: Direction | Any = "higher",
    with_reasons: bool = False,
) -> Any:
    """Actual growth against the growth required to reach the target on time, as UN ESCAP and
    the national SDG platforms assess anticipated progress::

        actual   = cagr(baseline, current, years_elapsed)
        required = cagr(baseline, target, years_to_target)   # both from the baseline year
        ratio    = d * actual / |required|                   # d = +1 higher, -1 lower

    1 means on schedule; classify it with :func:`progress_class` (thresholds 0.95 / 0.6 / 0).
    Undefined where either rate is (see :func:`cagr`) and where the target equals the
    baseline (``zero_range``).

    Examples
    --------
    >>> import plan6
    >>> # from 100 (2015) to 150 (2020), target 200 in 2030: 8.4 % a year against 4.7 % needed
    >>> round(plan6.growth_ratio(100, 150, 200, 5, 15), 4)
    1.7861
    >>> round(plan6.growth_ratio(100, 90, 50, 5, 15, direction="lower"), 4)
    0.4617
    """
    codes = _direction_codes(direction)
    return _evaluate(
        _KERNELS["growth_ratio"],
        [
            (baseline, "baseline"),
            (current, "current"),
            (target, "target"),
            (years_elapsed, "years_elapsed"),
            (years_to_target, "years_to_target"),
            (codes, "direction"),
        ],
        with_reasons,
    )


def target_achieved(current: Any, target: Any, direction: Direction | Any = "higher") -> Any:
    """Whether `current` has reached `target` (``>=`` when higher is better, ``<=`` when lower
    is better): 1.0 or 0.0, NaN where an input is missing. The "target achieved" input of
    :func:`progress_class`.

    Examples
    --------
    >>> import plan6
    >>> plan6.target_achieved([426, 300], 320)
    array([1., 0.])
    """
    codes = _direction_codes(direction)
    return _evaluate(
        _KERNELS["target_achieved"],
        [(current, "current"), (target, "target"), (codes, "direction")],
        False,
    )


def projection(
    baseline: Any, current: Any, years_elapsed: Any, years_ahead: Any, *, with_reasons: bool = False
) -> Any:
    """The value expected `years_ahead` years after `current` if the compound growth observed
    since `baseline` (`years_elapsed` earlier) continues:
    ``current * (current / baseline) ** (years_ahead / years_elapsed)``. With `years_ahead`
    the years left to the target year, compare it with the target.

    Examples
    --------
    >>> import plan6
    >>> round(plan6.projection(100, 121, 2, 2), 6)   # 10 % a year for two more years
    146.41
    """
    return _evaluate(
        _KERNELS["projection"],
        [
            (baseline, "baseline"),
            (current, "current"),
            (years_elapsed, "years_elapsed"),
            (years_ahead, "years_ahead"),
        ],
        with_reasons,
    )


def normalize(
    values: Any,
    lower: Any,
    upper: Any,
    *,
    direction: Direction | Any = "higher",
    censor: bool = True,
    with_reasons: bool = False,
) -> Any:
    """Rescale to 0–100 between a lower and an upper bound, as the SDSN SDG Index does:
    ``(x - worst) / (best - worst) * 100``, worst and best being the lower and upper bound
    when higher is better and the other way round when lower is better. With `censor`
    (default) values beyond the bounds become 0 or 100.

    Examples
    --------
    >>> import plan6
    >>> plan6.normalize([50, 120, -5], 0, 100)
    array([ 50., 100.,   0.])
    >>> plan6.normalize(2.5, 0, 10, direction="lower")   # e.g. an unemployment rate
    75.0
    >>> plan6.normalize(1, 3, 3, with_reasons=True)
    (nan, 'zero_range')
    """
    codes = _direction_codes(direction)
    return _evaluate(
        _KERNELS["normalize"],
        [(values, "values"), (lower, "lower"), (upper, "upper"), (codes, "direction")],
        with_reasons,
        options=(bool(censor),),
    )


# ---------------------------------------------------------------------------------------------
# Categories


def _categorical_like(
    codes: np.ndarray, categories: tuple[Hashable, ...], like: Input, scalar: bool, name: str
) -> Any:
    """Band codes (-1 = not comparable) as labels, like the input. `categories` holds the
    not-comparable label first, then the bands from the lowest up."""
    positions = codes.astype(np.int64) + 1
    if scalar:
        return categories[int(positions[0])]
    if like.index is not None:
        return pd.Series(
            pd.Categorical.from_codes(
                positions, dtype=pd.CategoricalDtype(list(categories), ordered=True)
            ),
            index=like.index,
            name=name,
        )
    labels = np.asarray(categories, dtype=object)[positions]
    if like.polars:
        import polars as pl

        return pl.Series(
            name, [str(label) for label in labels], dtype=pl.Enum([str(c) for c in categories])
        )
    return labels


def classify(
    scores: Any,
    preset: str | Scale = "kawasaki",
    *,
    thresholds: Sequence[float] | None = None,
    labels: Sequence[Hashable] | None = None,
    closed: Literal["left", "right"] | None = None,
    with_reasons: bool = False,
) -> Any:
    """Place scores into ordered categories by thresholds.

    Parameters
    ----------
    scores
        Attainments, ratios, 0–100 scores… as for the other indicators.
    preset
        A scale from :data:`plan6.categories.PRESETS` — ``"kawasaki"`` (the report's 1–5
        達成状況区分 on attainment, bands 1.2 / 1.05 / 0.95 / 0.8, configurable with
        :func:`plan6.categories.kawasaki_scale`), ``"traffic_lights"``, ``"progress"``
        (ESCAP ratio classes) — or a :class:`plan6.categories.Scale`.
    thresholds, labels
        A scale of your own instead: ascending thresholds and one label per band (lowest
        band first; default 0, 1, 2…).
    closed
        ``"left"``: a score equal to a threshold goes to the upper band (``>= 1.2`` is 1);
        ``"right"``: it stays in the lower one. Default: the scale's.

    Returns
    -------
    The label for a scalar; an object array of labels; for pandas an ordered categorical
    Series (``"not comparable"`` first, then the bands from the lowest up, so that a larger
    category is a better one); for polars an Enum Series. Scores that are NaN or infinite
    get the scale's "not comparable" label.

    Examples
    --------
    >>> import plan6
    >>> plan6.classify(plan6.attainment(426, 320))      # 133 % → 1 目標を大きく上回って達成
    1
    >>> plan6.classify([1.0, 0.7, float("nan")])
    array([3, 5, 'not comparable'], dtype=object)
    >>> plan6.classify([0.5, 0.9, 1.1], "traffic_lights")
    array(['red', 'amber', 'green'], dtype=object)
    >>> plan6.classify([10, 60], thresholds=[50], labels=["low", "high"])
    array(['low', 'high'], dtype=object)
    """
    from .categories import Scale, scale_of

    if thresholds is not None:
        cuts = tuple(float(t) for t in thresholds)
        scale = Scale(
            "custom",
            cuts,
            tuple(labels) if labels is not None else tuple(range(len(cuts) + 1)),
            closed or "left",
        )
    else:
        if labels is not None:
            raise ValueError("labels need thresholds; to relabel a preset, build a Scale")
        scale = scale_of(preset)
    side = closed or scale.closed
    if side not in ("left", "right"):
        raise ValueError(f"closed must be 'left' or 'right', not {side!r}")
    scalar = is_scalar(scores)
    (array,), like = prepare([(scores, "scores")])
    codes, reason_codes = _core.classify(array, list(scale.thresholds), side, with_reasons)
    result = _categorical_like(codes, scale.categories(), like, scalar, scale.name)
    if not with_reasons:
        return result
    if scalar:
        return result, REASONS[int(reason_codes[0])]
    return result, _reasons_like(reason_codes, like, scale.name)


def progress_class(
    ratio: Any,
    *,
    achieved: Any = None,
    thresholds: tuple[float, float, float] = (0.95, 0.6, 0.0),
    with_reasons: bool = False,
) -> Any:
    """The progress class of a growth ratio (:func:`growth_ratio`), as ESCAP and the national
    SDG platforms classify anticipated progress: ``target_achieved`` (takes precedence),
    ``on_track`` (ratio ≥ 0.95), ``acceleration_needed`` (≥ 0.6), ``limited_progress``
    (≥ 0), ``deterioration`` (< 0); ``not comparable`` where the ratio is undefined and the
    target not known to be reached.

    Parameters
    ----------
    achieved
        Whether each target is already reached (bools, or 1/0/NaN as
        :func:`target_achieved` gives); ``None``: unknown.
    thresholds
        The on-track, acceleration-needed and limited-progress thresholds, decreasing.

    Examples
    --------
    >>> import plan6
    >>> plan6.progress_class([1.78, 0.46, -0.2, float("nan")])
    array(['on_track', 'limited_progress', 'deterioration', 'not comparable'],
          dtype=object)
    >>> plan6.progress_class(float("nan"), achieved=True)   # target = baseline, but reached
    'target_achieved'
    """
    from .categories import PROGRESS_CLASSES

    if len(thresholds) != 3:
        raise ValueError("thresholds must be three numbers: on track, acceleration, limited")
    scalar = is_scalar(ratio)
    achieved_value: Any = np.nan if achieved is None else achieved
    if isinstance(achieved_value, (bool, np.bool_)):
        achieved_value = float(achieved_value)
    elif not is_scalar(achieved_value):
        as_array = (
            achieved_value if isinstance(achieved_value, pd.Series) else np.asarray(achieved_value)
        )
        if as_array.dtype.kind == "b":
            achieved_value = as_array.astype(np.float64)
    (ratio_array, achieved_array), like = prepare([(ratio, "ratio"), (achieved_value, "achieved")])
    on_track, acceleration, limited = (float(t) for t in thresholds)
    codes, reason_codes = _core.progress_class(
        ratio_array, achieved_array, on_track, acceleration, limited, with_reasons
    )
    # The core's codes run best (0, target achieved) to worst (4); categories run up.
    categories = (*PROGRESS_CLASSES.categories(), "target_achieved")
    band = np.where(codes < 0, -1, len(categories) - 2 - codes)
    result = _categorical_like(band, categories, like, scalar, "progress_class")
    if not with_reasons:
        return result
    if scalar:
        return result, REASONS[int(reason_codes[0])]
    return result, _reasons_like(reason_codes, like, "progress_class")


# ---------------------------------------------------------------------------------------------
# Roll-ups


def rollup(
    data: pd.DataFrame,
    by: str | Sequence[str],
    *,
    category: str | None = None,
    score: str | None = None,
    weight: str | None = None,
    categories: Sequence[Hashable] | None = None,
    worst_k: int = 2,
    worse: Literal["lowest", "highest"] = "lowest",
    levels: Literal["all", "leaf"] = "all",
) -> pd.DataFrame:
    """Roll indicators up the plan hierarchy: counts and shares of categories, mean and
    weighted mean scores, and the worst-k mean (SDSN rates a goal by its two worst
    indicators).

    Parameters
    ----------
    data
        One row per indicator (or per plan-year).
    by
        The hierarchy's columns from the top, e.g. ``["programme_no", "policy_plan_no"]``.
    category
        A column of categories (e.g. from :func:`classify`, or ``status``): counted per group
        as ``n_<label>`` and ``share_<label>`` (shares of the comparable rows). Missing values
        and ``"not comparable"`` count as ``not_comparable``.
    score, weight
        A numeric column to average (``mean``, ``weighted_mean``, ``worst``,
        ``worst_k_mean``), and optional non-negative weights.
    categories
        The categories to count, in order (default: the categorical's categories, or the
        sorted values).
    worse
        Which end of the score is worse: ``"lowest"`` (attainment, scores) or ``"highest"``
        (the report's 1–5 categories).
    levels
        ``"all"``: one block of rows per level of `by` plus a total (``level`` 0), as SQL's
        ROLLUP; ``"leaf"``: only the finest level.

    Examples
    --------
    >>> import plan6
    >>> plans = plan6.datasets.kawasaki_plan6().plans
    >>> table = plan6.rollup(plans[plans.fiscal_year == 2012], "programme_no",
    ...                      category="status", categories=[1, 2, 3, 4, 5])
    >>> table[["level", "programme_no", "rows", "n_3", "share_3"]].head(3)
       level  programme_no  rows  n_3  share_3
    0      0          <NA>    15   15      1.0
    1      1             1     3    3      1.0
    2      1             2     5    5      1.0
    """
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a pandas DataFrame, not {type(data).__name__}")
    keys = [by] if isinstance(by, str) else list(by)
    if not keys:
        raise ValueError("by must name at least one column")
    for name in [*keys, category, score, weight]:
        if name is not None and name not in data.columns:
            raise ValueError(f"column {name!r} is not in the frame")
    if worst_k < 1:
        raise ValueError(f"worst_k must be at least 1, not {worst_k}")
    if worse not in ("lowest", "highest"):
        raise ValueError(f"worse must be 'lowest' or 'highest', not {worse!r}")
    if levels not in ("all", "leaf"):
        raise ValueError(f"levels must be 'all' or 'leaf', not {levels!r}")

    scores = None
    weights = None
    if score is not None:
        (scores,), _ = prepare([(data[score], "score")])
        scores = np.ascontiguousarray(scores)
    if weight is not None:
        if score is None:
            raise ValueError("weight needs a score to weigh")
        (weights,), _ = prepare([(data[weight], "weight")])
        weights = np.ascontiguousarray(weights)
    category_codes = None
    labels: list[Hashable] = []
    if category is not None:
        column = data[category]
        if categories is not None:
            labels = list(categories)
        elif isinstance(column.dtype, pd.CategoricalDtype):
            labels = [c for c in column.cat.categories if c != "not comparable"]
        else:
            labels = sorted(column.dropna().unique().tolist())
        lookup = {label: i for i, label in enumerate(labels)}
        raw = column.astype(object).to_numpy()
        category_codes = np.fromiter(
            (lookup.get(v, -1) if not pd.isna(v) else -1 for v in raw), np.int32, len(raw)
        )
        unknown = {v for v in raw if not pd.isna(v) and v not in lookup and v != "not comparable"}
        if unknown:
            raise ValueError(
                f"{category} has values not in categories: {sorted(map(str, unknown))}"
            )

    depths = range(0 if levels == "all" else len(keys), len(keys) + 1)
    blocks = []
    for depth in depths:
        level_keys = keys[:depth]
        if level_keys:
            grouped = data.groupby(level_keys, sort=True, dropna=False)
            group_codes = grouped.ngroup().to_numpy(dtype=np.int64)
            group_count = grouped.ngroups
            key_frame = (
                data[level_keys]
                .assign(_code=group_codes)
                .drop_duplicates("_code")
                .sort_values("_code")
            )
            key_frame = key_frame.drop(columns="_code").reset_index(drop=True)
        else:
            group_codes = np.zeros(len(data), dtype=np.int64)
            group_count = 1
            key_frame = pd.DataFrame(index=range(1))
        summary = _core.rollup(
            group_codes,
            group_count,
            scores,
            weights,
            category_codes,
            len(labels),
            worst_k,
            worse,
        )
        block = key_frame.copy()
        for key in keys[depth:]:
            block[key] = pd.Series([pd.NA] * group_count, dtype=_missing_dtype(data[key]))
        block.insert(0, "level", depth)
        block["rows"] = summary["rows"]
        if category is not None:
            counts = summary["category_counts"]
            comparable = counts.sum(axis=1)
            for i, label in enumerate(labels):
                block[f"n_{label}"] = counts[:, i]
            with np.errstate(invalid="ignore", divide="ignore"):
                for i, label in enumerate(labels):
                    block[f"share_{label}"] = np.where(
                        comparable > 0, counts[:, i] / np.maximum(comparable, 1), np.nan
                    )
            block["not_comparable"] = summary["not_comparable"]
        if score is not None:
            block["scored"] = summary["scored"]
            block["mean"] = summary["mean"]
            if weight is not None:
                block["weighted_mean"] = summary["weighted_mean"]
            block["worst"] = summary["worst"]
            block[f"worst_{worst_k}_mean"] = summary["worst_k_mean"]
        blocks.append(
            block[["level", *keys, *[c for c in block.columns if c not in ("level", *keys)]]]
        )
    result: pd.DataFrame = pd.concat(blocks, ignore_index=True)
    return result


def _missing_dtype(column: pd.Series) -> Any:
    """A dtype that can hold the column's values and a missing marker."""
    if column.dtype.kind in "iu":
        return pd.Int64Dtype()
    if column.dtype.kind == "b":
        return pd.BooleanDtype()
    return object
