"""Every elementwise kernel the bindings register, through its public Python function: it
exists, takes the kernel's inputs, gives the same value and reason for one row of numbers as
for that row of an array, and is NaN exactly where the reason is not "none" (the policy).

Nothing here names a kernel: a new elementwise indicator is covered once it is registered."""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import plan6
from plan6._core import indicators as core

KERNELS = core.elementwise_names()
# Edge values of the policy: zeros, negatives, fractions, missing and infinite inputs.
VALUES = np.array([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0, 10.0, np.nan, np.inf, -np.inf])


def public(kernel: str) -> Callable[..., Any]:
    """The plan6 function of a kernel (a _by_code kernel is its function with a direction
    per row)."""
    return getattr(plan6, kernel.removesuffix("_by_code"))


def data_inputs(kernel: str) -> list[str]:
    # The direction is an option of the function (a word, or one per row), not data.
    return [name for name in core.elementwise(kernel).inputs if name != "direction"]


def test_every_kernel_has_a_public_function() -> None:
    assert len(KERNELS) >= 13
    for kernel in KERNELS:
        function = public(kernel)
        assert function.__name__ in plan6.__all__, kernel
        parameters = list(inspect.signature(function).parameters)
        assert parameters[: len(data_inputs(kernel))] == data_inputs(kernel), kernel
        assert ">>>" in (function.__doc__ or ""), f"{kernel} has no example"


@pytest.mark.parametrize("kernel", [k for k in KERNELS if not k.endswith("_by_code")])
def test_scalars_agree_with_arrays_and_nan_has_a_reason(kernel: str) -> None:
    function = public(kernel)
    inputs = data_inputs(kernel)
    rng = np.random.default_rng(len(kernel))
    columns = [rng.choice(VALUES, 200) for _ in inputs]
    reasons_wanted = "with_reasons" in inspect.signature(function).parameters
    options: dict[str, Any] = {"with_reasons": True} if reasons_wanted else {}
    result = function(*columns, **options)
    values, reasons = result if reasons_wanted else (result, None)
    assert isinstance(values, np.ndarray)
    assert values.dtype == np.float64
    assert not np.isinf(values).any()  # never ±inf
    series = function(*[pd.Series(c, index=range(10, 210)) for c in columns], **options)
    series_values = series[0] if reasons_wanted else series
    assert list(series_values.index) == list(range(10, 210))
    np.testing.assert_array_equal(series_values.to_numpy(), values)
    for row in range(0, 200, 7):
        one = function(*[float(c[row]) for c in columns], **options)
        value, reason = one if reasons_wanted else (one, None)
        assert (math.isnan(value) and math.isnan(values[row])) or value == values[row], row
        if reasons is not None:
            assert reason == reasons[row]
            assert math.isnan(value) == (reason != "none"), (row, value, reason)


@pytest.mark.parametrize("kernel", [k for k in KERNELS if not k.endswith("_by_code")])
def test_a_missing_input_anywhere_is_missing_input(kernel: str) -> None:
    function = public(kernel)
    inputs = data_inputs(kernel)
    reasons_wanted = "with_reasons" in inspect.signature(function).parameters
    for position in range(len(inputs)):
        arguments = [np.nan if k == position else 2.0 for k in range(len(inputs))]
        if reasons_wanted:
            assert function(*arguments, with_reasons=True)[1] == "missing_input", position
        assert math.isnan(function(*arguments)), position
