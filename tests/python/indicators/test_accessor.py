"""The df.plan6 accessor on frames with non-default indexes: results keep the frame's index,
column names and numbers mix, and bad frames or names are refused. Expected values come from
plain pandas arithmetic written here."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import plan6


@pytest.fixture
def frame() -> pd.DataFrame:
    # A MultiIndex that is neither sorted nor a RangeIndex.
    index = pd.MultiIndex.from_tuples(
        [("AP6", 2012), ("AP6", 2011), ("AP4", 2012), ("AP1", 2012)], names=["programme", "fy"]
    )
    return pd.DataFrame(
        {
            "actual": [426.0, 829.0, 2950.0, 6.0],
            "plan": [320.0, 561.0, 0.0, np.nan],
            "prior": [829.0, np.nan, 3745.0, 5.0],
            "baseline": [300.0, 500.0, 3000.0, 4.0],
            "direction": ["higher", "higher", "lower", "higher"],
            "indicator": ["jobs", "jobs", "loans", "fairs"],
            "year": [2012, 2011, 2012, 2012],
        },
        index=index,
    )


def test_attainment_keeps_the_index(frame: pd.DataFrame) -> None:
    result = frame.plan6.attainment("actual", "plan")
    assert result.index.equals(frame.index)
    assert result.name == "attainment"
    expected = frame["actual"] / frame["plan"]
    expected[frame["plan"] <= 0] = np.nan  # the policy: a zero plan has no attainment
    np.testing.assert_array_equal(result.to_numpy(), expected.to_numpy())


def test_direction_from_a_column(frame: pd.DataFrame) -> None:
    result = frame.plan6.attainment("actual", "prior", direction="direction")
    # AP4 is lower-is-better: prior / actual.
    assert result.loc[("AP4", 2012)] == pytest.approx(3745 / 2950)
    assert result.loc[("AP6", 2012)] == pytest.approx(426 / 829)
    gap = frame.plan6.gap("actual", "prior", "direction")
    assert gap.loc[("AP4", 2012)] == 3745 - 2950


def test_numbers_mix_with_column_names(frame: pd.DataFrame) -> None:
    np.testing.assert_allclose(frame.plan6.attainment("actual", 100.0), frame["actual"] / 100)
    cagr = frame.plan6.cagr("baseline", "actual", 2)
    np.testing.assert_allclose(cagr, np.sqrt(frame["actual"] / frame["baseline"]) - 1)
    only_numbers = frame.plan6.cagr(100.0, 121.0, 2)
    assert only_numbers.index.equals(frame.index)
    np.testing.assert_allclose(only_numbers, 0.1)


def test_growth_log_growth_and_reasons(frame: pd.DataFrame) -> None:
    _, reasons = frame.plan6.growth("actual", "prior", with_reasons=True)
    assert reasons.index.equals(frame.index)
    assert reasons.tolist() == ["none", "missing_input", "none", "none"]
    np.testing.assert_allclose(
        frame.plan6.log_growth("actual", "prior").dropna(),
        np.log(frame["actual"] / frame["prior"]).dropna(),
    )


def test_panel_growth_in_the_frames_row_order(frame: pd.DataFrame) -> None:
    result = frame.plan6.panel_growth("indicator", "year", "actual")
    assert result.index.equals(frame.index)
    assert result.loc[("AP6", 2012)] == pytest.approx(426 / 829 - 1)
    assert np.isnan(result.loc[("AP6", 2011)])


def test_progress_normalize_classify_and_projection(frame: pd.DataFrame) -> None:
    progress = frame.plan6.progress("actual", "baseline", "plan")
    assert progress.loc[("AP6", 2012)] == pytest.approx((426 - 300) / (320 - 300))
    capped = frame.plan6.progress("actual", "baseline", "plan", capped=True)
    assert capped.loc[("AP6", 2012)] == 1.0
    scores = frame.plan6.normalize("actual", 0, 1000)
    np.testing.assert_allclose(scores, [42.6, 82.9, 100.0, 0.6], rtol=1e-14)  # by hand
    categories = frame.plan6.classify(frame.plan6.attainment("actual", "plan"))
    assert categories.index.equals(frame.index)
    assert categories.tolist() == [1, 1, "not comparable", "not comparable"]
    projected = frame.plan6.projection("baseline", "actual", 1, 1)
    np.testing.assert_allclose(projected, frame["actual"] ** 2 / frame["baseline"])
    required = frame.plan6.required_growth("actual", "plan", 1)
    np.testing.assert_allclose(required.iloc[:2], (frame["plan"] / frame["actual"] - 1).iloc[:2])


def test_growth_ratio_and_progress_class(frame: pd.DataFrame) -> None:
    table = frame.assign(target=[500.0, 900.0, 2000.0, 10.0])
    table["ratio"] = table.plan6.growth_ratio("baseline", "actual", "target", 2, 10, "direction")
    table["achieved"] = table.plan6.target_achieved("actual", "target", "direction")
    classes = table.plan6.progress_class("ratio", "achieved")
    assert classes.index.equals(frame.index)
    # By hand: 300 → 426 in 2 years (19.2 %/yr) against 300 → 500 in 10 (5.2 %/yr): on track.
    assert classes.loc[("AP6", 2012)] == "on_track"


def test_rollup_and_consistency_from_the_accessor(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    plans = kawasaki.plans.set_index(["policy_plan_no", "fiscal_year"], drop=False)
    table = plans.plan6.rollup("programme_no", category="status", categories=[1, 2, 3, 4, 5])
    assert table.loc[table.level == 0, "n_3"].item() == 30
    checked = kawasaki.plans.plan6.consistency(kawasaki.indicators())
    assert len(checked) == 30


def test_bad_names_and_frames_are_refused(frame: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="no column 'actuals'"):
        frame.plan6.attainment("actuals", "plan")
    with pytest.raises(ValueError, match="3 values but the frame has 4 rows"):
        frame.plan6.attainment("actual", [1.0, 2.0, 3.0])
    other = pd.Series([1.0] * 4)
    with pytest.raises(ValueError, match="index differs"):
        frame.plan6.attainment("actual", other)
    duplicated = pd.DataFrame([[1.0, 2.0]], columns=["a", "a"])
    with pytest.raises(AttributeError, match="unique column labels"):
        _ = duplicated.plan6


def test_arrays_are_placed_on_the_frames_index(frame: pd.DataFrame) -> None:
    result = frame.plan6.attainment(np.array([1.0, 2.0, 3.0, 4.0]), "actual")
    assert result.index.equals(frame.index)
    np.testing.assert_allclose(result, np.array([1.0, 2.0, 3.0, 4.0]) / frame["actual"])
