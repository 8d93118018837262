"""The consistency check of the self-assessment on the bundled Kawasaki data (its section of
the report: rendering/test_consistency_section.py). Expected values come from the report:
緊急雇用創出事業 created 426 jobs against a plan of 320 in FY2012 (426 / 320 = 133.1 %) and
829 against 561 in FY2011 (147.8 %), while 就業の支援 was graded 3 (3* in FY2012, 3 also
against the original target)."""

from __future__ import annotations

import pandas as pd
import pytest

import plan6
from plan6.categories import kawasaki_scale


def test_one_row_per_plan_year(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    table = plan6.consistency(kawasaki)
    assert len(table) == 30
    assert table[["policy_plan_no", "fiscal_year"]].drop_duplicates().shape[0] == 30
    assert table["status"].eq(3).all()  # from the report: every plan-year is graded 3


def test_the_employment_plan_disagrees_on_attainment(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    table = plan6.disagreements(kawasaki)
    primary = table[table["implied_from"] == "attainment"].set_index("fiscal_year")
    assert sorted(primary.index) == [2011, 2012]
    fy2012 = primary.loc[2012]
    assert fy2012["policy_plan_ja"] == "就業の支援"
    assert fy2012["attainment"] == pytest.approx(426 / 320)
    assert fy2012["implied_status"] == 1  # ≥ 120 % with the default bands
    assert fy2012["difference"] == 2  # graded two categories more modestly
    assert bool(fy2012["target_changed"])
    assert fy2012["reference_consistent"] == False  # noqa: E712  (nullable boolean)
    assert "426人 vs plan 320人 = 133.1 %" in fy2012["evidence"]
    assert primary.loc[2011, "attainment"] == pytest.approx(829 / 561)


def test_a_lower_bound_only_caps_the_implied_category(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    # ものづくり FY2011: "目標3100人を上回る来場者" — at least 100 %: 3 or better agrees.
    table = plan6.consistency(kawasaki).set_index(["policy_plan_no", "fiscal_year"])
    row = table.loc[(12, 2011)]
    assert bool(row["attainment_lower_bound"])
    assert row["attainment"] == 1.0
    assert row["consistent"] == True  # noqa: E712


def test_growth_is_a_secondary_signal_with_tolerance(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    table = plan6.consistency(kawasaki).set_index(["policy_plan_no", "fiscal_year"])
    # 中小企業支援 FY2012: seven amounts against the prior year (−35.1 %, −33.3 %, −25.1 %,
    # −21.2 %, −20.3 %, +46.6 %, +93.8 %); the median is the loans, 2,950 after 3,745:
    # 78.8 % of the prior level, below 80 % → 5, two categories from the 3 given.
    row = table.loc[(11, 2012)]
    assert row["implied_from"] == "growth"
    assert row["growth"] == pytest.approx(2950 / 3745 - 1)
    assert row["implied_status"] == 5
    assert row["consistent"] == False  # noqa: E712
    # KIS FY2012: median growth 0 → 3, consistent.
    assert table.loc[(5, 2012), "consistent"] == True  # noqa: E712
    strict = plan6.consistency(kawasaki, growth_tolerance=0).set_index(
        ["policy_plan_no", "fiscal_year"]
    )
    assert strict.loc[(1, 2012), "consistent"] == False  # noqa: E712  (+10 % → 2)


def test_bands_are_configurable(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    # With "nearly achieved" up to 150 %, 147.8 % and 133.1 % are both 3: no disagreement.
    lenient = kawasaki_scale(greatly_exceeded=1.6, exceeded=1.5)
    table = plan6.disagreements(kawasaki, scale=lenient)
    assert (table["implied_from"] == "attainment").sum() == 0
    medians = plan6.consistency(kawasaki, aggregate="max")
    assert len(medians) == 30
    with pytest.raises(ValueError, match="aggregate"):
        plan6.consistency(kawasaki, aggregate="mode")  # type: ignore[arg-type]


def test_dataframes_in(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    from_frames = plan6.consistency(kawasaki.plans, kawasaki.indicators())
    pd.testing.assert_frame_equal(from_frames, plan6.consistency(kawasaki))
    # Raw facts without computed indicators: attainment and growth are computed.
    raw = plan6.consistency(kawasaki.plans, kawasaki.facts)
    assert raw.set_index(["policy_plan_no", "fiscal_year"]).loc[(15, 2012), "implied_status"] == 1
    with pytest.raises(TypeError, match="facts"):
        plan6.consistency(kawasaki.plans)
    with pytest.raises(ValueError, match="lacks the columns"):
        plan6.consistency(kawasaki.plans.drop(columns="status"), kawasaki.facts)
