"""Property tests: plan6's indicators against independent numpy / pandas computations written
here, on random inputs that include zeros, negatives, NaN, infinities, missing years and
duplicated keys."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import plan6

special_or_finite = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, 1.0, np.nan, np.inf, -np.inf]),
)
positive_or_special = st.one_of(
    st.floats(1e-3, 1e6, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -5.0, np.nan, np.inf]),
)


def same(actual: np.ndarray, expected: np.ndarray) -> None:
    np.testing.assert_array_equal(
        np.asarray(actual, dtype=float), np.asarray(expected, dtype=float)
    )


# --- panels -----------------------------------------------------------------------------------


@st.composite
def panels(draw: st.DrawFn, labels: bool = False) -> pd.DataFrame:
    n = draw(st.integers(0, 60))
    ids = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    years = draw(st.lists(st.integers(2008, 2016), min_size=n, max_size=n))
    values = draw(st.lists(positive_or_special, min_size=n, max_size=n))
    frame = pd.DataFrame(
        {
            "id": [f"k{i}" for i in ids] if labels else np.asarray(ids, dtype=np.int64),
            "year": np.asarray(years, dtype=np.int64),
            "value": np.asarray(values, dtype=np.float64),
        }
    )
    return frame.sample(frac=1.0, random_state=draw(st.integers(0, 2**16))).reset_index(drop=True)


def reference_panel_growth(frame: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """Strict panel growth by merges and counts in pandas, with plan6's reason order."""
    counts = frame.groupby(["id", "year"]).size().rename("count").reset_index()
    own = frame.merge(counts, on=["id", "year"], how="left")["count"].to_numpy()
    prior = frame.assign(year=frame["year"] - 1).merge(
        frame.groupby(["id", "year"])["value"].agg(["size", "first"]).reset_index(),
        on=["id", "year"],
        how="left",
    )

    def unusable(count: float, value: float) -> str | None:
        """The reason a row's own or its prior year's value cannot be used, if any."""
        if count > 1:
            return "duplicate_key"
        if math.isnan(value):
            return "missing_input"
        return "infinite_input" if math.isinf(value) else None

    values, reasons = [], []
    for count, value, prior_count, prior_value in zip(
        own, frame["value"], prior["size"], prior["first"], strict=True
    ):
        if (own_problem := unusable(count, value)) is not None:
            reason = own_problem
        elif math.isnan(prior_count):
            reason = "missing_prior_year"
        elif (prior_problem := unusable(prior_count, prior_value)) is not None:
            reason = prior_problem
        elif prior_value == 0:
            reason = "zero_base"
        elif prior_value < 0:
            reason = "negative_base"
        else:
            reason = "none"
        values.append((value - prior_value) / prior_value if reason == "none" else math.nan)
        reasons.append(reason)
    return np.asarray(values, dtype=float), reasons


@settings(max_examples=150, deadline=None)
@given(panels(), st.sampled_from(["auto", "dense", "sort"]))
def test_panel_growth_matches_pandas_merges(frame: pd.DataFrame, method: str) -> None:
    expected, reasons = reference_panel_growth(frame)
    values, why = plan6.panel_growth(
        frame["id"], frame["year"], frame["value"], with_reasons=True, method=method
    )
    same(values.to_numpy(), expected)
    assert list(why) == reasons


@settings(max_examples=80, deadline=None)
@given(panels(labels=True))
def test_panel_growth_with_string_ids(frame: pd.DataFrame) -> None:
    expected, reasons = reference_panel_growth(frame)
    values, why = plan6.panel_growth(
        frame["id"].to_numpy(dtype=object),
        frame["year"].to_numpy(),
        frame["value"].to_numpy(),
        with_reasons=True,
    )
    same(values, expected)
    assert list(why) == reasons


def reference_previous_available(frame: pd.DataFrame) -> np.ndarray:
    """gaps='previous' by sorting: the latest earlier year with a value, annualised."""
    out = np.full(len(frame), np.nan)
    for _, group in frame.groupby("id"):
        counts = group.groupby("year").size()
        ordered = group.sort_values("year")
        last_value, last_year, last_duplicate = None, None, False
        for year, rows in ordered.groupby("year", sort=True):
            duplicated = counts[year] > 1
            value = rows["value"].iloc[0]
            usable = not duplicated and not math.isnan(value) and not math.isinf(value)
            prior_usable = (
                last_value is not None and not last_duplicate and not math.isinf(last_value)
            )
            if usable and prior_usable and last_value > 0:
                span = year - last_year
                ratio = value / last_value
                out[rows.index[0]] = (
                    (value - last_value) / last_value
                    if span == 1
                    else (ratio ** (1 / span) - 1 if ratio >= 0 else np.nan)
                )
            if duplicated or not math.isnan(value):
                last_value, last_year, last_duplicate = value, year, duplicated
    return out


@settings(max_examples=100, deadline=None)
@given(panels())
def test_panel_growth_previous_available_matches_a_sorted_walk(frame: pd.DataFrame) -> None:
    expected = reference_previous_available(frame)
    got = plan6.panel_growth(frame["id"], frame["year"], frame["value"], gaps="previous")
    np.testing.assert_allclose(got.to_numpy(), expected, rtol=1e-12, atol=1e-15)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 30), st.integers(2, 12), st.integers(0, 2**16))
def test_panel_growth_equals_pandas_pct_change_on_complete_positive_panels(
    indicators: int, years: int, seed: int
) -> None:
    # The benchmark's peer, used as its docs recommend: sort, then groupby + pct_change.
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {
            "id": np.repeat(np.arange(indicators), years),
            "year": np.tile(np.arange(2000, 2000 + years), indicators),
            "value": rng.uniform(1.0, 1000.0, indicators * years),
        }
    ).sample(frac=1.0, random_state=seed)
    expected = frame.sort_values(["id", "year"]).groupby("id")["value"].pct_change(fill_method=None)
    got = plan6.panel_growth(frame["id"], frame["year"], frame["value"])
    # pandas computes v / prev - 1, plan6 (v - prev) / prev: equal to 1e-12 (relative), and
    # to 1e-15 (absolute) near zero growth, where pandas' form loses the low digits.
    np.testing.assert_allclose(got, expected.reindex(frame.index), rtol=1e-12, atol=1e-15)


def test_constant_panel_has_zero_growth() -> None:
    frame = pd.DataFrame({"id": [3, 3, 3, 4, 4], "year": [2012, 2010, 2011, 2011, 2012]})
    got = plan6.panel_growth(frame["id"], frame["year"], 42.0 * np.ones(5))
    same(got.to_numpy(), [0.0, np.nan, 0.0, np.nan, 0.0])


# --- elementwise ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 40), elements=special_or_finite), st.data())
def test_cagr_matches_numpy(start: np.ndarray, data: st.DataObject) -> None:
    end = data.draw(hnp.arrays(np.float64, start.shape, elements=special_or_finite))
    years = data.draw(
        hnp.arrays(
            np.float64,
            start.shape,
            elements=st.sampled_from([1.0, 2.0, 0.5, 3.0, 0.0, -1.0, np.nan, np.inf]),
        )
    )
    with np.errstate(all="ignore"):
        ratio = end / start
        expected = ratio ** (1 / years) - 1
        # Where the ratio itself overflows (a denormal start), through logarithms.
        by_logs = np.exp((np.log(end) - np.log(start)) / years) - 1
    expected = np.where(np.isfinite(ratio), expected, by_logs)
    undefined = (
        ~np.isfinite(start)
        | ~np.isfinite(end)
        | ~np.isfinite(years)
        | (years <= 0)
        | (start <= 0)
        | (end < 0)
        | ~np.isfinite(expected)
    )
    expected[undefined] = np.nan
    # numpy's pow form loses digits for small rates, plan6's expm1/log1p form does not: the
    # two agree to a few ulps of the larger of the rate and 1e-15.
    np.testing.assert_allclose(plan6.cagr(start, end, years), expected, rtol=1e-12, atol=1e-15)


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 40), elements=special_or_finite), st.data())
def test_progress_matches_numpy(actual: np.ndarray, data: st.DataObject) -> None:
    baseline = data.draw(hnp.arrays(np.float64, actual.shape, elements=special_or_finite))
    target = data.draw(hnp.arrays(np.float64, actual.shape, elements=special_or_finite))
    capped = data.draw(st.booleans())
    with np.errstate(all="ignore"):
        expected = (actual - baseline) / (target - baseline)
    if capped:
        expected = np.minimum(expected, 1.0)
    undefined = (
        ~np.isfinite(actual)
        | ~np.isfinite(baseline)
        | ~np.isfinite(target)
        | (target == baseline)
        | ~np.isfinite(expected)
    )
    expected[undefined] = np.nan
    same(plan6.progress(actual, baseline, target, capped=capped), expected)


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 40), elements=special_or_finite), st.data())
def test_normalize_matches_numpy(values: np.ndarray, data: st.DataObject) -> None:
    lower = data.draw(st.floats(-100, 100))
    width = data.draw(st.floats(0.5, 100))
    upper = lower + width
    direction = data.draw(st.sampled_from(["higher", "lower"]))
    censor = data.draw(st.booleans())
    worst, best = (lower, upper) if direction == "higher" else (upper, lower)
    expected = (values - worst) / (best - worst) * 100
    if censor:
        expected = np.clip(expected, 0, 100)
    expected[~np.isfinite(values)] = np.nan
    np.testing.assert_allclose(
        plan6.normalize(values, lower, upper, direction=direction, censor=censor),
        expected,
        rtol=1e-12,
        atol=1e-9,
    )


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 40), elements=special_or_finite), st.data())
def test_log_growth_matches_numpy(current: np.ndarray, data: st.DataObject) -> None:
    prior = data.draw(hnp.arrays(np.float64, current.shape, elements=special_or_finite))
    ok = (current > 0) & (prior > 0) & np.isfinite(current) & np.isfinite(prior)
    expected = np.full(current.shape, np.nan)
    expected[ok] = np.log(current[ok]) - np.log(prior[ok])
    same(plan6.log_growth(current, prior), expected)


@settings(max_examples=100, deadline=None)
@given(
    st.floats(1, 1e4), st.floats(1, 1e4), st.floats(1, 1e4), st.integers(1, 10), st.integers(1, 20)
)
def test_growth_ratio_is_actual_over_required_cagr(
    baseline: float, current: float, target: float, elapsed: int, horizon: int
) -> None:
    actual = (current / baseline) ** (1 / elapsed) - 1
    required = (target / baseline) ** (1 / horizon) - 1
    got = plan6.growth_ratio(baseline, current, target, elapsed, horizon)
    if required == 0:
        assert math.isnan(got)
    else:
        assert got == pytest.approx(actual / abs(required), rel=1e-9, abs=1e-12)
        lower = plan6.growth_ratio(baseline, current, target, elapsed, horizon, direction="lower")
        assert lower == pytest.approx(-got, rel=1e-12, abs=1e-15)


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 40), elements=special_or_finite), st.data())
def test_lower_is_better_attainment_is_the_reciprocal(
    actual: np.ndarray, data: st.DataObject
) -> None:
    target = data.draw(hnp.arrays(np.float64, actual.shape, elements=special_or_finite))
    same(plan6.attainment(actual, target, direction="lower"), plan6.attainment(target, actual))
    directions = np.where(np.arange(len(actual)) % 2 == 0, "higher", "lower")
    mixed = plan6.attainment(actual, target, direction=directions)
    expected = np.where(
        directions == "higher", plan6.attainment(actual, target), plan6.attainment(target, actual)
    )
    same(mixed, expected)


# --- classification and roll-ups ------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    hnp.arrays(np.float64, st.integers(0, 50), elements=special_or_finite),
    st.lists(st.floats(-100, 100), min_size=0, max_size=6, unique=True).map(sorted),
    st.sampled_from(["left", "right"]),
)
def test_classify_matches_searchsorted(scores: np.ndarray, thresholds: list, closed: str) -> None:
    labels = list(range(len(thresholds) + 1))
    got = plan6.classify(scores, thresholds=thresholds, labels=labels, closed=closed)
    side = "right" if closed == "left" else "left"
    bands = np.searchsorted(np.asarray(thresholds, dtype=float), scores, side=side)
    expected = [
        b if np.isfinite(s) else "not comparable" for b, s in zip(bands, scores, strict=True)
    ]
    assert list(got) == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 40), st.integers(0, 2**16), st.integers(1, 3))
def test_rollup_matches_pandas_groupby(n: int, seed: int, worst_k: int) -> None:
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {
            "programme": rng.integers(1, 4, n),
            "plan": rng.integers(1, 3, n),
            "score": np.where(rng.random(n) < 0.2, np.nan, rng.uniform(0, 2, n)),
            "weight": rng.uniform(0.5, 3, n),
            "status": rng.choice([1, 2, 3, 4, 5, None], n),
        },
        index=pd.Index(rng.permutation(n) * 10 + 7, name="row"),  # not a RangeIndex
    )
    table = plan6.rollup(
        frame,
        ["programme", "plan"],
        score="score",
        weight="weight",
        category="status",
        categories=[1, 2, 3, 4, 5],
        worst_k=worst_k,
    )
    leaf = table[table["level"] == 2].set_index(["programme", "plan"])
    for (programme, plan), group in frame.groupby(["programme", "plan"]):
        row = leaf.loc[(programme, plan)]
        scored = group.dropna(subset=["score"])
        assert row["rows"] == len(group)
        assert row["scored"] == len(scored)
        if len(scored):
            assert row["mean"] == pytest.approx(scored["score"].mean())
            assert row["weighted_mean"] == pytest.approx(
                np.average(scored["score"], weights=scored["weight"])
            )
            assert row[f"worst_{worst_k}_mean"] == pytest.approx(
                scored["score"].nsmallest(worst_k).mean()
            )
        for code in [1, 2, 3, 4, 5]:
            assert row[f"n_{code}"] == (group["status"] == code).sum()
        assert row["not_comparable"] == group["status"].isna().sum()
    total = table[table["level"] == 0].iloc[0]
    assert total["rows"] == n
