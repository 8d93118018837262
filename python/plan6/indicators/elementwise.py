"""The elementwise indicators: ratios to a target and to the prior year, growth rates,
progress toward a target, projections and normalised scores. Each runs one compiled kernel
through :func:`plan6.indicators.kernels.evaluate`, so every one follows the edge-case policy
of :mod:`plan6.indicators` on every kind of input.

>>> import plan6
>>> plan6.indicators.elementwise.attainment(426, 320)
1.33125
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .._core import indicators as _core
from ..common.arguments import flag
from .kernels import (
    FAST,
    Direction,
    check_out,
    direction_codes,
    evaluate,
    evaluate_directed,
    kernel,
)

__all__ = [
    "attainment",
    "cagr",
    "gap",
    "growth",
    "growth_ratio",
    "index_to_base",
    "log_growth",
    "normalize",
    "progress",
    "projection",
    "required_growth",
    "target_achieved",
]

_GROWTH = kernel("growth")  # for the scalar fast path of growth()


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
        type(actual) in FAST
        and type(target) in FAST
        and with_reasons is False
        and type(direction) is str
        and direction == "higher"
    ):
        try:
            fast: float = _core.attainment_higher(actual, target)
            return fast
        except TypeError:
            pass  # an int too large for a double: the general path names the argument
    check_out(out)
    return evaluate_directed(
        "attainment", [(actual, "actual"), (target, "target")], direction, with_reasons, out=out
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
    return evaluate_directed(
        "gap", [(actual, "actual"), (target, "target")], direction, with_reasons
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
    if with_reasons is False and type(current) in FAST and type(prior) in FAST:
        try:
            quick: float = _GROWTH.scalar((current, prior))[0]
            return quick
        except (TypeError, OverflowError):
            pass  # an int too large for a double: the general path names the argument
    check_out(out)
    return evaluate("growth", [(current, "current"), (prior, "prior")], with_reasons, out=out)


def index_to_base(values: Any, base: Any, *, with_reasons: bool = False) -> Any:
    """A value as an index to a base year's value, ``values / base * 100``: the base year is
    100, a value 10 % above it is 110. One base broadcasts over many values.

    The base follows :func:`attainment`'s policy: a zero or negative base gives NaN
    (``zero_base``, ``negative_base``), as do missing and infinite inputs
    (``missing_input``, ``infinite_input``) — never ±inf, never a flipped sign.

    Examples
    --------
    >>> import plan6
    >>> round(plan6.index_to_base(827, 752), 2)      # 求職登録者, FY2012 on FY2011 = 100
    109.97
    >>> plan6.index_to_base([752, 827, 0], 752).round(2)
    array([100.  , 109.97,   0.  ])
    >>> plan6.index_to_base([5, 5], [0, -1], with_reasons=True)[1]
    array(['zero_base', 'negative_base'], dtype=object)
    """
    return evaluate("index_to_base", [(values, "values"), (base, "base")], with_reasons)


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
    return evaluate("log_growth", [(current, "current"), (prior, "prior")], with_reasons)


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
    return evaluate("cagr", [(start, "start"), (end, "end"), (years, "years")], with_reasons)


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
    codes = 0.0 if direction is None else direction_codes(direction)
    return evaluate(
        "progress",
        [(actual, "actual"), (baseline, "baseline"), (target, "target"), (codes, "direction")],
        with_reasons,
        options=(flag(capped, "capped"),),
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
    return evaluate(
        "required_growth",
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
    codes = direction_codes(direction)
    return evaluate(
        "growth_ratio",
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
    codes = direction_codes(direction)
    return evaluate(
        "target_achieved",
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
    return evaluate(
        "projection",
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
    codes = direction_codes(direction)
    return evaluate(
        "normalize",
        [(values, "values"), (lower, "lower"), (upper, "upper"), (codes, "direction")],
        with_reasons,
        options=(flag(censor, "censor"),),
    )
