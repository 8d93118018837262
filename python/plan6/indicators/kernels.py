"""How an indicator of plan6 runs its compiled kernel: the direction read once, arguments
converted and broadcast once (:mod:`plan6.common.arrays`), the kernel's scalar form for plain
numbers and its array form for the rest, and the result returned like the inputs.

A new elementwise indicator is its kernel in the core, one registration line in
``bindings/indicators/elementwise.cpp`` and a wrapper that calls :func:`evaluate`.

>>> evaluate("growth", [(827, "current"), (752, "prior")], with_reasons=True)
(0.09973404255319149, 'none')
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from .._core import indicators as _core
from ..common.arguments import flag, quoted
from ..common.arrays import is_scalar, prepare, wrap
from .reasons import REASONS, reasons_like

__all__ = [
    "FAST",
    "Direction",
    "check_out",
    "direction_codes",
    "evaluate",
    "evaluate_directed",
    "is_number",
    "kernel",
]

Direction = Literal["higher", "lower"]

#: The types of plain numbers, which take the scalar path without any check beyond type().
FAST = frozenset({float, int})
_KERNELS: dict[str, _core.Elementwise] = {
    name: _core.elementwise(name) for name in _core.elementwise_names()
}


def kernel(name: str) -> _core.Elementwise:
    """The compiled elementwise kernel `name` (as registered in the bindings).

    >>> kernel("attainment").inputs, kernel("attainment").options
    (('actual', 'target'), ('direction',))
    """
    try:
        return _KERNELS[name]
    except KeyError:
        raise ValueError(
            f"no elementwise kernel {quoted(name)}; known: {', '.join(_KERNELS)}"
        ) from None


def direction_codes(direction: object, name: str = "direction") -> object:
    """A direction as a float64 code (1 higher, -1 lower) or an array of codes per row: the one
    place where "higher" and "lower" are read (the kernels take the codes).

    >>> direction_codes("lower"), direction_codes(["higher", None, "lower"])
    (-1.0, array([ 1., nan, -1.]))
    """
    if isinstance(direction, str):
        if direction == "higher":
            return 1.0
        if direction == "lower":
            return -1.0
        raise ValueError(f"{name} must be 'higher' or 'lower', not {quoted(direction)}")
    if direction is None or is_scalar(direction):
        raise TypeError(
            f"{name} must be 'higher', 'lower' or an array of them per row, not {quoted(direction)}"
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
            raise ValueError(
                f"{name} values must be 'higher' or 'lower', but {name}[{i}] is {quoted(label)}"
            )
    return pd.Series(codes, index=index) if index is not None else codes


def is_number(value: object) -> bool:
    """True for a plain real number (not a bool): such arguments take the scalar path.

    >>> is_number(426), is_number(np.float32(1.5)), is_number(True), is_number([1])
    (True, True, False, False)
    """
    return type(value) in FAST or is_scalar(value)


def _float(value: object, name: str) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except OverflowError:
        raise ValueError(f"{name} is too large for a float64: {quoted(value)}") from None


def evaluate(
    name: str,
    arguments: Sequence[tuple[object, str]],
    with_reasons: bool,
    *,
    options: tuple[object, ...] = (),
    out: np.ndarray | None = None,
    result: str | None = None,
) -> Any:
    """Run the compiled kernel `name` on `arguments`, ``(value, argument name)`` pairs in the
    kernel's input order, and return the result like the inputs (see :mod:`plan6.indicators`)
    named `result` (default: `name`). When every argument is a number the kernel's scalar form
    runs, without arrays. `options` follow the kernel's options (a direction code, a bool).

    >>> import pandas as pd
    >>> evaluate("attainment", [(pd.Series([426, 5]), "actual"), (320, "target")], False,
    ...          options=(1.0,))
    0    1.331250
    1    0.015625
    Name: attainment, dtype: float64
    """
    compiled = kernel(name)
    result = result or name
    with_reasons = flag(with_reasons, "with_reasons")
    if out is None and all(is_number(value) for value, _ in arguments):
        value, code = compiled.scalar(
            tuple(v if type(v) is float else _float(v, n) for v, n in arguments), options
        )
        return (value, REASONS[code]) if with_reasons else value
    is_all_scalar = all(is_scalar(value) for value, _ in arguments)
    arrays, like = prepare(arguments)
    computed = compiled(arrays, options, with_reasons, out)
    values, codes = computed if with_reasons else (computed, None)
    if is_all_scalar:
        value = float(values[0])
        return (value, REASONS[int(codes[0])]) if codes is not None else value
    if out is not None and like.index is None and not like.polars:
        values = out
    wrapped = wrap(values, like, result)
    if codes is None:
        return wrapped
    return wrapped, reasons_like(codes, like, result)


def evaluate_directed(
    name: str,
    arguments: Sequence[tuple[object, str]],
    direction: object,
    with_reasons: bool,
    *,
    out: np.ndarray | None = None,
) -> Any:
    """:func:`evaluate` for a kernel with a direction: one for all rows ("higher", "lower")
    runs the kernel `name` with the direction as its option; one per row runs
    ``<name>_by_code`` with the directions as a last input.

    >>> evaluate_directed("gap", [([12.0, 12.0], "actual"), (15.0, "target")],
    ...                   ["higher", "lower"], False)
    array([-3.,  3.])
    """
    codes = direction_codes(direction)
    if isinstance(codes, float):
        return evaluate(name, arguments, with_reasons, options=(codes,), out=out)
    return evaluate(
        f"{name}_by_code",
        [*arguments, (codes, "direction")],
        with_reasons,
        out=out,
        result=name,
    )


def check_out(out: np.ndarray | None) -> None:
    """TypeError unless `out` is None or a numpy array (its dtype and shape are the kernel's
    to check).

    >>> check_out([0.0])
    Traceback (most recent call last):
    ...
    TypeError: out must be a float64 numpy array
    """
    if out is not None and not isinstance(out, np.ndarray):
        raise TypeError("out must be a float64 numpy array")
