"""attainment, gap and growth on scalars, arrays and Series, checked against numpy computed
independently in the test, with the edge-case policy (NaN with a reason, never inf)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import plan6


def test_report_examples() -> None:
    # From the report: 426 jobs against a plan of 320 (緊急雇用創出事業, FY2012), and
    # 求職登録者 827 after 752. Expected values by hand: 426/320, 827/752 - 1.
    assert plan6.attainment(426, 320) == 426 / 320 == 1.33125
    assert plan6.growth(827, 752) == pytest.approx(75 / 752, rel=1e-15)
    assert plan6.gap(426, 320) == 106.0


def test_scalars_return_python_floats() -> None:
    assert type(plan6.attainment(1, 2)) is float
    assert type(plan6.growth(np.float32(3), np.int64(2))) is float


@pytest.mark.parametrize(
    ("actual", "target", "reason"),
    [
        (5, 0, "zero_base"),
        (5, -1, "negative_base"),
        (math.nan, 3, "missing_input"),
        (3, math.inf, "infinite_input"),
        (-math.inf, 3, "infinite_input"),
        (1.0, 5e-324, "overflow"),
    ],
)
def test_undefined_attainment_is_nan_with_reason(actual: float, target: float, reason: str) -> None:
    assert math.isnan(plan6.attainment(actual, target))
    value, why = plan6.attainment(actual, target, with_reasons=True)
    assert math.isnan(value)
    assert why == reason
    assert plan6.reason_description(why)


def test_growth_never_gives_inf_or_a_flipped_sign() -> None:
    current = np.array([10.0, 10.0, -5.0, 0.0, 3.0])
    prior = np.array([0.0, -4.0, 5.0, 4.0, np.nan])
    values, reasons = plan6.growth(current, prior, with_reasons=True)
    assert not np.isinf(values).any()
    # By hand: undefined, undefined, -5/5 - 1 = -2, 0/4 - 1 = -1, undefined.
    np.testing.assert_array_equal(values, [np.nan, np.nan, -2.0, -1.0, np.nan])
    assert list(reasons) == ["zero_base", "negative_base", "none", "none", "missing_input"]


def test_lower_is_better_direction() -> None:
    assert plan6.attainment(8, 10, direction="lower") == 1.25  # 10 / 8 by hand
    assert plan6.gap(12, 15, direction="lower") == 3.0
    with pytest.raises(ValueError, match="direction"):
        plan6.attainment(1, 2, direction="up")  # type: ignore[arg-type]


def _numpy_attainment(actual: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Independent reference: the plain numpy expression with the same policy."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        out = actual / target
    undefined = (target <= 0) | ~np.isfinite(actual) | ~np.isfinite(target)
    return np.where(undefined | np.isinf(out), np.nan, out)  # overflow: NaN, not inf


finite_or_special = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, np.nan, np.inf, -np.inf]),
)


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 50), elements=finite_or_special), st.data())
def test_attainment_matches_numpy(actual: np.ndarray, data: st.DataObject) -> None:
    target = data.draw(hnp.arrays(np.float64, actual.shape, elements=finite_or_special))
    np.testing.assert_array_equal(
        plan6.attainment(actual, target), _numpy_attainment(actual, target)
    )


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 50), elements=finite_or_special), st.data())
def test_growth_matches_numpy(current: np.ndarray, data: st.DataObject) -> None:
    prior = data.draw(hnp.arrays(np.float64, current.shape, elements=finite_or_special))
    # The difference first, (current - prior) / prior, as plan6 documents (exact near zero
    # growth); the quotient form where the difference overflows.
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        difference = (current - prior) / prior
        expected = np.where(np.isfinite(difference), difference, current / prior - 1)
    expected[(prior <= 0) | ~np.isfinite(prior) | ~np.isfinite(current)] = np.nan
    expected[~np.isfinite(expected)] = np.nan  # overflow (1 / 5e-324): NaN, not inf
    np.testing.assert_array_equal(plan6.growth(current, prior), expected)


def test_constant_series_has_zero_growth() -> None:
    values = np.full(7, 12.5)
    np.testing.assert_array_equal(plan6.growth(values, values), np.zeros(7))


def test_series_keep_their_index_and_broadcast_scalars() -> None:
    actual = pd.Series([426.0, 160.0], index=pd.Index(["jobs", "firms"], name="metric"))
    result = plan6.attainment(actual, 320)
    assert isinstance(result, pd.Series)
    assert result.index.equals(actual.index)
    np.testing.assert_allclose(result.to_numpy(), actual.to_numpy() / 320)


def test_series_with_different_indexes_are_not_aligned_silently() -> None:
    a = pd.Series([1.0, 2.0], index=[0, 1])
    b = pd.Series([1.0, 2.0], index=[1, 2])
    with pytest.raises(ValueError, match="different indexes"):
        plan6.growth(a, b)


def test_nullable_and_object_series_map_missing_to_nan() -> None:
    current = pd.Series([827, None, 351], dtype="Int64")
    prior = pd.Series([752, 10, None], dtype=object)
    values, reasons = plan6.growth(current, prior, with_reasons=True)
    assert values.iloc[0] == pytest.approx(827 / 752 - 1)
    assert values.iloc[1:].isna().all()
    assert list(reasons) == ["none", "missing_input", "missing_input"]
    assert isinstance(reasons.dtype, pd.CategoricalDtype)


def test_integer_float32_strided_and_reversed_inputs() -> None:
    base = np.arange(1, 21, dtype=np.float64)
    strided = base[::2]  # non-contiguous view: read without copying, never misread
    expected = strided / base[1::2]
    np.testing.assert_array_equal(plan6.attainment(strided, base[1::2]), expected)
    np.testing.assert_array_equal(plan6.attainment(base[::-1], base), base[::-1] / base)
    ints = np.array([426, 351], dtype=np.int32)
    f32 = np.array([320, 324], dtype=np.float32)
    np.testing.assert_allclose(plan6.attainment(ints, f32), [426 / 320, 351 / 324])


def test_float64_input_is_not_copied_and_not_modified() -> None:
    actual = np.array([1.0, 2.0, 3.0])
    before = actual.copy()
    out = plan6.attainment(actual, 2.0)
    assert out is not actual
    np.testing.assert_array_equal(actual, before)


def test_empty_arrays() -> None:
    out = plan6.growth(np.array([]), np.array([]))
    assert out.shape == (0,)
    assert out.dtype == np.float64


def test_mismatched_lengths_name_the_arguments() -> None:
    with pytest.raises(ValueError, match=r"actual has 3, target has 2"):
        plan6.attainment([1, 2, 3], [1, 2])


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("320", "not str"),
        (True, "not a bool"),
        (np.array(["a", "b"]), "must hold numbers"),
        (np.array([True, False]), "must hold numbers"),
        ([[1.0, 2.0]], "one-dimensional"),
        (pd.Series(pd.to_datetime(["2012-04-01"])), "must hold numbers"),
        (pd.DataFrame({"a": [1.0]}), "DataFrame"),
    ],
)
def test_non_numeric_or_misshapen_input_is_refused(bad: object, message: str) -> None:
    error = ValueError if message == "one-dimensional" else TypeError
    with pytest.raises(error, match=message):
        plan6.attainment(bad, [1.0, 2.0])


def test_object_array_with_text_is_a_type_error_naming_the_argument() -> None:
    with pytest.raises(TypeError, match="prior must hold numbers"):
        plan6.growth([1.0, 2.0], np.array([1, "x"], dtype=object))


def test_polars_series_round_trip() -> None:
    pl = pytest.importorskip("polars")
    result = plan6.growth(pl.Series("v", [827, 351]), pl.Series("p", [752, None]))
    assert isinstance(result, pl.Series)
    assert result[0] == pytest.approx(827 / 752 - 1)
    assert math.isnan(result[1])
