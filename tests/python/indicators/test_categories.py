"""Classification: the presets (the report's 1–5 scale with configurable bands, traffic lights,
ESCAP's progress classes), thresholds on both sides, the not-comparable category, and
roll-ups of categories. Expected categories are read off the bands by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import plan6
from plan6.categories import (
    ACHIEVEMENT_CATEGORIES,
    KAWASAKI,
    PRESETS,
    PROGRESS_CLASSES,
    TRAFFIC_LIGHTS,
    Scale,
    kawasaki_scale,
    scale_of,
)


@pytest.mark.parametrize(
    ("attainment", "category"),
    [
        (426 / 320, 1),  # 133 %: 目標を大きく上回って達成 (from 120 %)
        (1.20, 1),  # a threshold belongs to the better band
        (1.10, 2),  # from 105 %: 目標を上回って達成
        (1.00, 3),  # an exact hit: 目標をほぼ達成 (95 %–105 %)
        (0.95, 3),
        (0.90, 4),  # from 80 %: 目標を下回った
        (0.50, 5),  # 目標を大きく下回った
        (-1.0, 5),
    ],
)
def test_kawasaki_default_bands(attainment: float, category: int) -> None:
    assert plan6.classify(attainment) == category
    assert plan6.classify(attainment, "kawasaki") == category
    assert ACHIEVEMENT_CATEGORIES[category].ja  # every band has the report's label


def test_kawasaki_bands_are_configurable() -> None:
    strict = kawasaki_scale(greatly_exceeded=1.5, exceeded=1.0, nearly_achieved=0.9, fell_short=0.7)
    assert plan6.classify([1.33, 1.0, 0.92, 0.8, 0.6], strict).tolist() == [2, 2, 3, 4, 5]
    with pytest.raises(ValueError, match="strictly increasing"):
        kawasaki_scale(exceeded=1.3)


def test_traffic_lights_and_progress_presets() -> None:
    assert plan6.classify([0.79, 0.8, 0.99, 1.0], "traffic_lights").tolist() == [
        "red",
        "amber",
        "amber",
        "green",
    ]
    assert plan6.classify([-0.1, 0.0, 0.6, 0.95], "progress").tolist() == [
        "deterioration",
        "limited_progress",
        "acceleration_needed",
        "on_track",
    ]
    assert set(PRESETS) == {"kawasaki", "traffic_lights", "progress"}
    assert scale_of("traffic_lights") is TRAFFIC_LIGHTS
    with pytest.raises(ValueError, match="unknown preset"):
        plan6.classify(1.0, "rainbow")


def test_series_give_ordered_categoricals_on_their_index() -> None:
    scores = pd.Series([1.33125, np.nan, 0.7], index=pd.Index(["a", "b", "c"], name="plan"))
    result = plan6.classify(scores)
    assert isinstance(result.dtype, pd.CategoricalDtype)
    assert result.dtype.ordered
    assert result.index.equals(scores.index)
    assert list(result.cat.categories) == ["not comparable", 5, 4, 3, 2, 1]
    assert result.tolist() == [1, "not comparable", 5]
    # In the categorical's order a larger category is a better one: 1 and 2 are "> 3".
    assert (result > 3).tolist() == [True, False, False]
    assert result.max() == 1
    _, reasons = plan6.classify(scores, with_reasons=True)
    assert reasons.tolist() == ["none", "missing_input", "none"]


def test_polars_gives_an_enum() -> None:
    pl = pytest.importorskip("polars")
    result = plan6.classify(pl.Series("a", [1.0, None, 2.0]), "traffic_lights")
    assert result.to_list() == ["green", "not comparable", "green"]


def test_custom_thresholds_and_closed_side() -> None:
    assert plan6.classify([49, 50, 51], thresholds=[50]).tolist() == [0, 1, 1]
    assert plan6.classify([49, 50, 51], thresholds=[50], closed="right").tolist() == [0, 0, 1]
    assert plan6.classify(7, thresholds=[]) == 0
    with pytest.raises(ValueError, match="strictly increasing"):
        plan6.classify(1.0, thresholds=[2, 1])
    with pytest.raises(ValueError, match="labels"):
        plan6.classify(1.0, thresholds=[1], labels=["one"])
    with pytest.raises(ValueError, match="labels need thresholds"):
        plan6.classify(1.0, labels=["a"])
    with pytest.raises(ValueError, match="closed"):
        plan6.classify(1.0, closed="both")  # type: ignore[arg-type]


def test_scale_validation() -> None:
    with pytest.raises(ValueError, match="distinct"):
        Scale("s", (1.0,), ("a", "a"))
    with pytest.raises(ValueError, match="finite"):
        Scale("s", (math.nan,), ("a", "b"))
    assert KAWASAKI.categories()[0] == "not comparable"


def test_progress_classes() -> None:
    # Ratios of actual to required CAGR; thresholds 0.95 / 0.6 / 0 (ESCAP).
    ratios = [1.78, 0.95, 0.7, 0.6, 0.46, 0.0, -0.2, np.nan]
    assert plan6.progress_class(ratios).tolist() == [
        "on_track",
        "on_track",
        "acceleration_needed",
        "acceleration_needed",
        "limited_progress",
        "limited_progress",
        "deterioration",
        "not comparable",
    ]
    # Target achieved takes precedence, even over deterioration or an undefined ratio.
    achieved = [True, False, True]
    assert plan6.progress_class([-0.5, -0.5, np.nan], achieved=achieved).tolist() == [
        "target_achieved",
        "deterioration",
        "target_achieved",
    ]
    assert plan6.progress_class(0.9, thresholds=(1.0, 0.8, 0.1)) == "acceleration_needed"
    with pytest.raises(ValueError, match="decreasing"):
        plan6.progress_class(0.9, thresholds=(0.6, 0.95, 0.0))
    series = plan6.progress_class(pd.Series([1.0, -1.0], index=[5, 9]))
    assert list(series.cat.categories) == [
        "not comparable",
        *PROGRESS_CLASSES.labels,
        "target_achieved",
    ]
    assert series.index.tolist() == [5, 9]


def test_progress_pipeline_on_an_sdg_like_panel() -> None:
    # Baseline 2015, current 2020, target 2030: three indicators, by hand.
    baseline = np.array([100.0, 100.0, 50.0])
    current = np.array([150.0, 105.0, 40.0])
    target = np.array([200.0, 200.0, 20.0])
    direction = ["higher", "higher", "lower"]
    ratio = plan6.growth_ratio(baseline, current, target, 5, 15, direction=direction)
    achieved = plan6.target_achieved(current, target, direction)
    classes = plan6.progress_class(ratio, achieved=achieved)
    # 150: 8.4 %/yr vs 4.7 % needed → on track; 105: 0.98 %/yr → ratio 0.21 → limited;
    # 50 → 40: −4.4 %/yr vs −5.9 % needed → ratio 0.74 → acceleration needed.
    assert classes.tolist() == ["on_track", "limited_progress", "acceleration_needed"]
    projected = plan6.projection(baseline, current, 5, 10)
    np.testing.assert_allclose(projected, current * (current / baseline) ** 2)


def test_rollup_of_the_reports_categories(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    plans = kawasaki.plans
    table = plan6.rollup(
        plans,
        ["fiscal_year", "programme_no"],
        category="status",
        categories=[1, 2, 3, 4, 5],
        score="status",
        worse="highest",
    )
    total = table[table.level == 0].iloc[0]
    # From the report: all 30 plan-years are graded 3.
    assert (total["rows"], total["n_3"], total["share_3"]) == (30, 30, 1.0)
    years = table[table.level == 1].set_index("fiscal_year")
    assert years.loc[2012, "rows"] == 15
    programmes = table[table.level == 2]
    assert programmes["rows"].sum() == 30
    assert programmes["worst"].eq(3).all()


def test_rollup_refuses_bad_arguments() -> None:
    frame = pd.DataFrame({"g": [1, 1], "s": [1.0, 2.0], "c": ["x", "y"]})
    with pytest.raises(ValueError, match="not in the frame"):
        plan6.rollup(frame, "missing")
    with pytest.raises(ValueError, match="worst_k"):
        plan6.rollup(frame, "g", score="s", worst_k=0)
    with pytest.raises(ValueError, match="not in categories"):
        plan6.rollup(frame, "g", category="c", categories=["x"])
    with pytest.raises(ValueError, match="weight needs a score"):
        plan6.rollup(frame, "g", weight="s")
    with pytest.raises(TypeError, match="DataFrame"):
        plan6.rollup([1, 2], "g")  # type: ignore[arg-type]
    negative = frame.assign(w=[-1.0, 1.0])
    with pytest.raises(ValueError, match="not negative"):
        plan6.rollup(negative, "g", score="s", weight="w")


def test_rollup_of_classified_scores_counts_not_comparable() -> None:
    frame = pd.DataFrame({"g": ["a", "a", "b"], "attainment": [1.33, np.nan, 0.7]})
    frame["category"] = plan6.classify(frame["attainment"])
    table = plan6.rollup(frame, "g", category="category", levels="leaf")
    assert table["not_comparable"].tolist() == [1, 0]
    assert table["n_1"].tolist() == [1, 0]
    assert table["n_5"].tolist() == [0, 1]
    assert table["share_1"].tolist() == [1.0, 0.0]
