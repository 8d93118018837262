"""Every line of the edge-case policy written in plan6.indicators' module docstring, on every
indicator and every kind of input. Expected values are by hand (stated next to them) or from
numpy expressions written here."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import plan6

NAN = math.nan
INF = math.inf

# Each indicator as a function of its data arguments, with a row that is defined and the
# position of its "base" (the argument whose zero or negative value is undefined).
INDICATORS: dict[str, tuple[Callable[..., Any], tuple[float, ...]]] = {
    "attainment": (plan6.attainment, (426.0, 320.0)),
    "gap": (plan6.gap, (426.0, 320.0)),
    "growth": (plan6.growth, (827.0, 752.0)),
    "log_growth": (plan6.log_growth, (827.0, 752.0)),
    "cagr": (plan6.cagr, (273.0, 351.0, 2.0)),
    "required_growth": (plan6.required_growth, (100.0, 121.0, 2.0)),
    "progress": (plan6.progress, (260.0, 200.0, 320.0)),
    "growth_ratio": (plan6.growth_ratio, (100.0, 150.0, 200.0, 5.0, 15.0)),
    "projection": (plan6.projection, (100.0, 121.0, 2.0, 2.0)),
    "normalize": (plan6.normalize, (50.0, 0.0, 100.0)),
}


@pytest.mark.parametrize(
    ("name", "position"),
    [
        (name, position)
        for name, (_, row) in sorted(INDICATORS.items())
        for position in range(len(row))
    ],
)
@pytest.mark.parametrize(
    ("special", "reason"),
    [(NAN, "missing_input"), (INF, "infinite_input"), (-INF, "infinite_input")],
)
def test_missing_and_infinite_inputs(name: str, position: int, special: float, reason: str) -> None:
    function, row = INDICATORS[name]
    arguments = list(row)
    arguments[position] = special
    value, why = function(*arguments, with_reasons=True)
    assert math.isnan(value)
    assert why == reason


@pytest.mark.parametrize(
    ("function", "arguments", "reason"),
    [
        (plan6.attainment, (5, 0), "zero_base"),
        (plan6.attainment, (5, -2), "negative_base"),
        (plan6.growth, (5, 0), "zero_base"),
        (plan6.growth, (5, -3), "negative_base"),
        (plan6.log_growth, (5, 0), "zero_base"),
        (plan6.log_growth, (5, -3), "negative_base"),
        (plan6.cagr, (0, 5, 2), "zero_base"),
        (plan6.cagr, (-1, 5, 2), "negative_base"),
        (plan6.required_growth, (0, 5, 2), "zero_base"),
        (plan6.growth_ratio, (0, 150, 200, 5, 15), "zero_base"),
        (plan6.projection, (0, 121, 2, 2), "zero_base"),
    ],
)
def test_zero_and_negative_bases(
    function: Callable[..., Any], arguments: tuple, reason: str
) -> None:
    value, why = function(*arguments, with_reasons=True)
    assert math.isnan(value)
    assert why == reason
    # Never ±inf, never a silent 0 — pandas' pct_change would give inf here, and a flipped sign
    # for the negative base; the SDG code's 0.001 substitute would give a huge finite rate.
    assert not math.isinf(function(*arguments))


def test_lower_is_better_zero_actual_is_a_zero_base() -> None:
    # target / actual with actual 0: undefined, not inf.
    assert plan6.attainment(0, 5, direction="lower", with_reasons=True)[1] == "zero_base"


def test_sign_change() -> None:
    # A plain growth rate across zero is defined: 5 → -5 is -200 % (by hand: -5 / 5 - 1).
    assert plan6.growth(-5, 5) == -2.0
    assert plan6.growth(0, 4) == -1.0
    # Rates that need logarithms or roots are not.
    assert plan6.log_growth(-5, 5, with_reasons=True)[1] == "sign_change"
    assert plan6.log_growth(0, 5, with_reasons=True)[1] == "sign_change"
    assert plan6.cagr(100, -5, 2, with_reasons=True)[1] == "sign_change"
    assert plan6.required_growth(100, -5, 2, with_reasons=True)[1] == "sign_change"
    # CAGR to exactly zero is -100 % a year (by hand: 0 ** (1/5) - 1).
    assert plan6.cagr(100, 0, 5) == -1.0


def test_target_equal_to_baseline_and_bounds() -> None:
    assert plan6.progress(5, 7, 7, with_reasons=True)[1] == "zero_range"
    assert plan6.growth_ratio(100, 110, 100, 5, 15, with_reasons=True)[1] == "zero_range"
    assert plan6.normalize(5, 3, 3, with_reasons=True)[1] == "zero_range"
    assert plan6.normalize(5, 9, 3, with_reasons=True)[1] == "inverted_range"


def test_non_positive_spans() -> None:
    for years in (0, -2):
        assert plan6.cagr(100, 121, years, with_reasons=True)[1] == "non_positive_span"
    assert plan6.projection(100, 121, 2, -1, with_reasons=True)[1] == "non_positive_span"


def test_overflow_is_nan_not_inf() -> None:
    assert plan6.attainment(1.0, 5e-324, with_reasons=True)[1] == "overflow"
    assert plan6.gap(1.7e308, -1.7e308, with_reasons=True)[1] == "overflow"
    assert plan6.progress(1e308, -1e308, 0, with_reasons=True)[1] == "overflow"


def test_panel_holes_and_duplicates() -> None:
    # By hand: FY2011 → FY2012 is 110 → 121 = +10 %; FY2014 has no FY2013.
    ids = [1, 1, 1, 1, 2, 2]
    years = [2011, 2012, 2014, 2012, 2011, 2011]
    values = [110.0, 121.0, 150.0, 5.0, 1.0, 2.0]
    growth, reasons = plan6.panel_growth(ids, years, values, with_reasons=True)
    assert list(reasons) == [
        "missing_prior_year",
        "duplicate_key",  # (1, 2012) appears twice
        "missing_prior_year",  # the hole 2013 is not bridged
        "duplicate_key",
        "duplicate_key",
        "duplicate_key",
    ]
    assert np.isnan(growth).all()
    bridged = plan6.panel_growth([1, 1], [2012, 2014], [100.0, 121.0], gaps="previous")
    assert bridged[1] == pytest.approx(0.1, abs=1e-15)  # annualised over two years


def test_classification_of_the_unplaceable() -> None:
    assert plan6.classify(NAN) == "not comparable"
    assert plan6.classify(INF, with_reasons=True) == ("not comparable", "infinite_input")
    assert plan6.progress_class(NAN) == "not comparable"


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("scalar", lambda v: isinstance(v, float)),
        ("list", lambda v: isinstance(v, np.ndarray)),
        ("ndarray", lambda v: isinstance(v, np.ndarray)),
        ("series", lambda v: isinstance(v, pd.Series)),
        ("polars", lambda v: type(v).__module__.startswith("polars")),
    ],
)
def test_results_mirror_the_input_kind(kind: str, check: Callable[[Any], bool]) -> None:
    def make(values: list[float]) -> Any:
        if kind == "scalar":
            return values[0]
        if kind == "list":
            return values
        if kind == "ndarray":
            return np.array(values)
        if kind == "series":
            return pd.Series(values, index=pd.Index([10, 20][: len(values)]))
        pl = pytest.importorskip("polars")
        return pl.Series("x", values)

    actual, target = make([426.0, 5.0]), make([320.0, 0.0])
    if kind == "scalar":
        actual, target = 5.0, 0.0
    value = plan6.attainment(actual, target)
    assert check(value)
    values, reasons = plan6.attainment(actual, target, with_reasons=True)
    assert check(values)
    if kind == "scalar":
        assert reasons == "zero_base"
    elif kind in ("list", "ndarray"):
        assert reasons.dtype == object
        assert list(reasons) == ["none", "zero_base"]
    elif kind == "series":
        assert isinstance(reasons.dtype, pd.CategoricalDtype)
        assert reasons.index.equals(values.index)
        assert list(reasons) == ["none", "zero_base"]
    else:
        assert reasons.to_list() == ["none", "zero_base"]
        assert str(reasons.dtype).startswith("Enum")


def test_missing_value_kinds_map_to_missing_input() -> None:
    series = pd.Series([1.0, None, pd.NA, 4.0], dtype="Float64")
    _, reasons = plan6.growth(series, 2.0, with_reasons=True)
    assert list(reasons) == ["none", "missing_input", "missing_input", "none"]
    objects = np.array([1.0, None, pd.NaT, pd.NA, np.nan], dtype=object)
    assert (
        list(plan6.growth(objects, 2.0, with_reasons=True)[1]) == ["none"] + ["missing_input"] * 4
    )
    with_nat = pd.Series([4.0, pd.NaT], dtype=object)
    assert list(plan6.attainment(with_nat, 2.0, with_reasons=True)[1]) == ["none", "missing_input"]
    pl = pytest.importorskip("polars")
    values = plan6.growth(pl.Series("v", [3, None]), 2.0)
    assert math.isnan(values[1])


def test_lengths_that_differ_name_the_arguments() -> None:
    with pytest.raises(ValueError, match=r"start has 3, end has 2"):
        plan6.cagr([1, 2, 3], [1, 2], 1)
    with pytest.raises(ValueError, match="ids has 2, years has 3"):
        plan6.panel_growth([1, 1], [2011, 2012, 2013], [1.0, 2.0, 3.0])


def test_series_with_different_indexes_are_refused() -> None:
    a = pd.Series([1.0, 2.0], index=[0, 1])
    b = pd.Series([1.0, 2.0], index=[1, 2])
    with pytest.raises(ValueError, match="different indexes"):
        plan6.progress(a, 0.0, b)
    with pytest.raises(ValueError, match="different indexes"):
        plan6.panel_growth(a.astype(int), b.astype(int), a)


@pytest.mark.parametrize(
    ("function", "arguments", "error", "match"),
    [
        (plan6.cagr, ("1", 2, 3), TypeError, "start must be a number"),
        (plan6.normalize, ([1.0], True, 3), TypeError, "lower .*bool"),
        (plan6.progress, ([[1.0, 2.0]], 0, 1), ValueError, "actual must be one-dimensional"),
        (plan6.required_growth, (np.array([1j]), 2, 3), TypeError, "value must hold numbers"),
        (plan6.attainment, (1, 2, "up"), ValueError, "direction must be"),
        (plan6.attainment, ([1, 2], [1, 2], ["higher", "up"]), ValueError, "direction values"),
    ],
)
def test_wrong_types_and_shapes_name_the_argument(
    function: Callable[..., Any], arguments: tuple, error: type, match: str
) -> None:
    with pytest.raises(error, match=match):
        function(*arguments)


@pytest.mark.parametrize(
    ("ids", "years", "error", "match"),
    [
        ([1, 2], [2011.5, 2012.0], ValueError, "years must be whole numbers"),
        ([1, 2], ["2011", "2012"], TypeError, "years must hold whole numbers"),
        (
            [1, 2],
            np.array(["2011-04-01", "2012-04-01"], dtype="datetime64[D]"),
            TypeError,
            "plan6.fiscal_year",
        ),
        ([True, False], [2011, 2012], TypeError, "ids must hold whole numbers or labels"),
        (np.ones((2, 2)), [2011, 2012], ValueError, "ids must be one-dimensional"),
    ],
)
def test_panel_keys_are_checked(ids: Any, years: Any, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        plan6.panel_growth(ids, years, [1.0, 2.0])


def test_integer_float32_and_nullable_inputs() -> None:
    ints = np.array([426, 351], dtype=np.int16)
    f32 = np.array([320, 324], dtype=np.float32)
    np.testing.assert_allclose(plan6.attainment(ints, f32), [426 / 320, 351 / 324])
    nullable = pd.Series([426, None], dtype="Int64")
    values, reasons = plan6.attainment(nullable, 320, with_reasons=True)
    assert values.iloc[0] == 426 / 320
    assert reasons.iloc[1] == "missing_input"
    # Panel keys: nullable years with a gap, float years that are whole, uint ids.
    growth, why = plan6.panel_growth(
        np.array([7, 7, 7], dtype=np.uint16),
        pd.Series([2011, None, 2012], dtype="Int64"),
        [100.0, 5.0, 110.0],
        with_reasons=True,
    )
    assert list(why) == ["missing_prior_year", "missing_input", "none"]
    assert growth.iloc[2] == pytest.approx(0.1)
    assert plan6.panel_growth([1, 1], np.array([2011.0, 2012.0]), [1.0, 2.0])[1] == 1.0


def test_polars_panels_with_nulls() -> None:
    pl = pytest.importorskip("polars")
    values, reasons = plan6.panel_growth(
        pl.Series(["a", "a", "b", None]),
        pl.Series([2011, 2012, None, 2012]),
        pl.Series([1.0, 2.0, 3.0, 4.0]),
        with_reasons=True,
    )
    assert reasons.to_list() == ["missing_prior_year", "none", "missing_input", "missing_input"]
    assert values[1] == 1.0  # (2 - 1) / 1 by hand


def test_strided_views_are_read_in_place() -> None:
    base = np.arange(1.0, 41.0)
    strided = base[::4]
    reversed_view = base[::-1]
    assert not strided.flags.c_contiguous
    # growth is (current - prior) / prior: the difference first (see the policy).
    np.testing.assert_array_equal(
        plan6.growth(strided, base[1::4]), (strided - base[1::4]) / base[1::4]
    )
    np.testing.assert_array_equal(
        plan6.cagr(reversed_view, base, 1.0), (base - reversed_view) / reversed_view
    )
    np.testing.assert_array_equal(
        plan6.normalize(base[::3], 0.0, 40.0, censor=False), base[::3] / 40 * 100
    )
    ids = np.repeat(np.arange(4), 10)
    years = np.tile(np.arange(2000, 2010), 4)
    got = plan6.panel_growth(ids[::-1], years[::-1], base[::-1])
    # By hand: within an id the value rises by 1 a year, so the growth is 1 / (v - 1).
    with np.errstate(divide="ignore"):
        expected = np.where(years == 2000, np.nan, 1.0 / (base - 1.0))
    np.testing.assert_allclose(got, expected[::-1])


def test_empty_arrays() -> None:
    empty = np.array([], dtype=np.float64)
    for function, row in INDICATORS.values():
        result = function(*([empty] + [1.0] * (len(row) - 1)))
        assert result.shape == (0,)
    assert plan6.panel_growth([], [], []).shape == (0,)
    assert plan6.classify(empty).shape == (0,)
    values, reasons = plan6.panel_growth(np.array([], dtype=np.int64), [], empty, with_reasons=True)
    assert len(values) == len(reasons) == 0


def test_reason_descriptions_cover_every_reason() -> None:
    for reason in plan6.REASONS:
        assert plan6.reason_description(reason)
    with pytest.raises(ValueError, match="unknown reason"):
        plan6.reason_description("bogus")
