"""Evaluation indicators computed by the C++ core: attainment, gap and year-on-year growth.

Every function takes scalars, sequences, numpy arrays, pandas Series (the index is kept) or
polars Series, and follows one edge-case policy: where a value is undefined — a zero or
negative base, a missing (NaN/None/NA) or infinite input — the result is NaN, never ±inf and
never a silent 0. Pass ``with_reasons=True`` to get, next to the values, the reason for each
NaN (see :data:`REASONS`). Lengths that differ (other than 1, which broadcasts) raise
ValueError; non-numeric inputs raise TypeError; both name the argument.
"""

from __future__ import annotations

from typing import Any, Literal

from . import _core
from ._arrays import is_scalar, prepare, reason_labels, wrap

__all__ = ["REASONS", "Direction", "attainment", "gap", "growth", "reason_description"]

Direction = Literal["higher", "lower"]

#: Names of the reasons an indicator value can be undefined, in code order ("none" = defined).
REASONS: tuple[str, ...] = tuple(_core.reason_names())
_DESCRIPTIONS: dict[str, str] = dict(zip(REASONS, _core.reason_descriptions(), strict=True))


def reason_description(reason: str) -> str:
    """Explain a reason name in one English line.

    >>> reason_description("zero_base")
    'the base is zero, so the ratio is undefined'
    """
    try:
        return _DESCRIPTIONS[reason]
    except KeyError:
        raise ValueError(f"unknown reason {reason!r}; known: {', '.join(REASONS)}") from None


def _check_direction(direction: str) -> None:
    if direction not in ("higher", "lower"):
        raise ValueError(f"direction must be 'higher' or 'lower', not {direction!r}")


def _binary(
    name: str,
    array_kernel: Any,
    scalar_kernel: Any,
    left: object,
    left_name: str,
    right: object,
    right_name: str,
    with_reasons: bool,
    *options: Any,
) -> Any:
    if not with_reasons and is_scalar(left) and is_scalar(right):
        return scalar_kernel(float(left), float(right), *options)  # type: ignore[arg-type]
    (left_array, right_array), like = prepare([(left, left_name), (right, right_name)])
    if not with_reasons:
        return wrap(array_kernel(left_array, right_array, *options, False), like, name)
    values, codes = array_kernel(left_array, right_array, *options, True)
    reasons = reason_labels(codes, _core.reason_names)
    if is_scalar(left) and is_scalar(right):
        return float(values[0]), str(reasons[0])
    if like.index is not None:
        import pandas as pd

        return (
            wrap(values, like, name),
            pd.Series(
                pd.Categorical(reasons, categories=REASONS), index=like.index, name=f"{name}_reason"
            ),
        )
    return wrap(values, like, name), reasons


def attainment(
    actual: Any, target: Any, direction: Direction = "higher", *, with_reasons: bool = False
) -> Any:
    """Target attainment: ``actual / target`` (``target / actual`` when lower is better).

    Parameters
    ----------
    actual, target
        Numbers, sequences, numpy arrays, pandas or polars Series of equal length (a single
        value broadcasts).
    direction
        ``"higher"`` when more is better (jobs created), ``"lower"`` when less is better.
    with_reasons
        Also return why each NaN is undefined (``"zero_base"``, ``"negative_base"``,
        ``"missing_input"``, ``"infinite_input"``; ``"none"`` where defined).

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
    """
    _check_direction(direction)
    return _binary(
        "attainment",
        _core.attainment,
        _core.attainment_scalar,
        actual,
        "actual",
        target,
        "target",
        with_reasons,
        direction,
    )


def gap(
    actual: Any, target: Any, direction: Direction = "higher", *, with_reasons: bool = False
) -> Any:
    """Gap to target in the good direction: ``actual - target`` (``target - actual`` when lower
    is better), so a positive gap always means the target was beaten.

    Examples
    --------
    >>> import plan6
    >>> plan6.gap(426, 320)
    106.0
    >>> plan6.gap(12.0, 15.0, direction="lower")
    3.0
    """
    _check_direction(direction)
    return _binary(
        "gap",
        _core.gap,
        _core.gap_scalar,
        actual,
        "actual",
        target,
        "target",
        with_reasons,
        direction,
    )


def growth(current: Any, prior: Any, *, with_reasons: bool = False) -> Any:
    """Year-on-year growth ``current / prior - 1``.

    A zero or negative prior value has no meaningful growth rate: the result is NaN (reasons
    ``"zero_base"``, ``"negative_base"``), not ±inf and not a rate with a flipped sign.

    Examples
    --------
    >>> import plan6
    >>> round(plan6.growth(827, 752), 6)    # 求職登録者 FY2012 vs FY2011
    0.099734
    >>> plan6.growth([351, 10], [324, -5], with_reasons=True)[1]
    array(['none', 'negative_base'], dtype=object)
    """
    return _binary(
        "growth",
        _core.growth,
        _core.growth_scalar,
        current,
        "current",
        prior,
        "prior",
        with_reasons,
    )
