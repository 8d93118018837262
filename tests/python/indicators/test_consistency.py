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


def test_growth_is_a_secondary_signal_read_in_the_good_direction(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    table = plan6.consistency(kawasaki).set_index(["policy_plan_no", "fiscal_year"])
    # 中小企業支援 FY2012: of its seven amounts against the prior year only the subrogation
    # subsidies (代位弁済, less is better) have a known direction: 236 cases after 161 and
    # 6,641万円 after 3,426万円. Read in the good direction the ratios are 161 / 236 and
    # 3,426 / 6,641; their median, (0.682 + 0.516) / 2 = 0.599, is below 80 % → 5. The loans,
    # guarantee-fee subsidies and committee meetings are left out (direction unknown).
    row = table.loc[(11, 2012)]
    assert row["implied_from"] == "growth"
    assert row["growth"] == pytest.approx((161 / 236 + 3426 / 6641) / 2 - 1)
    assert row["implied_status"] == 5
    assert row["growth_facts"] == 2
    assert row["agreeing"] == 2
    assert row["unknown_direction"] == 5
    assert (
        "代位弁済の一部補助 件数 (less is better): 236件 vs prior 161件 = +46.6 %"
        in (row["evidence"])
    )
    assert "left out, direction unknown: 中小企業融資制度 融資件数" in row["evidence"]
    assert row["consistent"] == False  # noqa: E712
    # KIS FY2012: 応募 and 認証 counts more than doubled (39 after 17, 23 after 9) → 1
    assert table.loc[(5, 2012), "implied_status"] == 1
    # ものづくり FY2012: 表彰者数 176 after 181, 応募者数 20 after 17, 認定者数 5 after 5:
    # ratios 0.972, 1.176, 1.0 → median 1.0 → 3
    assert table.loc[(12, 2012), "consistent"] == True  # noqa: E712
    strict = plan6.consistency(kawasaki, growth_tolerance=0).set_index(
        ["policy_plan_no", "fiscal_year"]
    )
    assert strict.loc[(3, 2012), "consistent"] == False  # noqa: E712  (+7.1 % → 2)
    with pytest.raises(ValueError, match="growth_tolerance"):
        plan6.consistency(kawasaki, growth_tolerance=-1)


def test_the_user_overrides_the_direction(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    # Loans as more-is-better: 2,950 after 3,745 and 391億7,319万円 after 523億円 join the
    # subrogation figures; the median of four ratios (161/236, 3426/6641, 2950/3745,
    # 391.7319/523) is the mean of the middle two.
    loans = {"中小企業融資制度 融資件数": "higher", "中小企業融資制度 融資金額": "higher"}
    row = (
        plan6.consistency(kawasaki, directions=loans)
        .set_index(["policy_plan_no", "fiscal_year"])
        .loc[(11, 2012)]
    )
    assert row["growth_facts"] == 4
    ratios = sorted([161 / 236, 3426 / 6641, 2950 / 3745, 39173.19 / 52300])
    assert row["growth"] == pytest.approx((ratios[1] + ratios[2]) / 2 - 1)
    # None makes a metric unknown: the subrogation counts out, nothing is implied.
    unknown = {"代位弁済の一部補助 件数": None, "代位弁済の一部補助 金額": None}
    row = (
        plan6.consistency(kawasaki, directions=unknown)
        .set_index(["policy_plan_no", "fiscal_year"])
        .loc[(11, 2012)]
    )
    assert pd.isna(row["implied_status"])
    assert row["unknown_direction"] == 7
    with pytest.raises(ValueError, match="'higher', 'lower' or None"):
        plan6.consistency(kawasaki, directions={"中小企業融資制度 融資件数": "up"})


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
