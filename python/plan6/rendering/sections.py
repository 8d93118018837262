"""The report's content, computed once and shared by the terminal and the HTML report: its
tables as data, its headings in the display language, and what an empty dataset says.

>>> import plan6
>>> from plan6.rendering.sections import build_tables
>>> tables = build_tables(plan6.datasets.kawasaki_plan6())
>>> tables.years, len(tables.changed_targets), len(tables.attainment)
([2011, 2012], 4, 3)
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..indicators.consistency import disagreements
from ..model.dataset import EvaluationDataset
from .labels import Label, label, status_text, year_label
from .options import options

__all__ = [
    "ReportTables",
    "build_tables",
    "headings",
    "nothing_to_show",
    "overview",
    "year_headers",
]


@dataclass(frozen=True)
class ReportTables:
    """The tables the report shows, computed once from a dataset."""

    categories: pd.DataFrame  # programme × policy plan × fiscal year → status label
    category_counts: pd.DataFrame  # fiscal year × category → number of policy plans
    changed_targets: pd.DataFrame
    attainment: pd.DataFrame  # facts with a plan/target value
    growth: pd.DataFrame  # facts with a prior value
    years: list[int]
    disagreements: pd.DataFrame  # plan-years whose category disagrees with their numbers

    @property
    def empty(self) -> bool:
        """No policy plan and no fact with a plan or prior value: nothing to show."""
        return self.categories.empty and self.attainment.empty and self.growth.empty


def _label(row: pd.Series) -> str:
    return status_text(row["status"], bool(row["target_changed"]), row["reference_status"])


def build_tables(dataset: EvaluationDataset) -> ReportTables:
    """Compute the report's tables from `dataset` (indicators included); a dataset without
    plans or facts gives empty tables.

    >>> import plan6
    >>> tables = build_tables(plan6.datasets.kawasaki_plan6())
    >>> tables.years, len(tables.changed_targets)
    ([2011, 2012], 4)
    """
    plans = dataset.plans.copy()
    plans["label"] = plans.apply(_label, axis=1) if len(plans) else pd.Series(dtype=object)
    index = ["programme_no", "programme_ja", "policy_plan_no", "policy_plan_ja"]
    if len(plans):
        categories = plans.pivot_table(
            index=index, columns="fiscal_year", values="label", aggfunc="first"
        ).reset_index()
    else:
        categories = pd.DataFrame(columns=index)
    counts = (
        plans.groupby(["fiscal_year", "status"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=list(ACHIEVEMENT_CATEGORIES), fill_value=0)
    )
    changed = plans[plans["target_changed"].astype(bool)][
        [
            "fiscal_year",
            "programme_no",
            "policy_plan_ja",
            "status",
            "reference_status",
            "changed_target",
        ]
    ].sort_values(["fiscal_year", "programme_no"])
    indicators = dataset.indicators()
    reported = indicators[indicators["section"] != "summary"]
    order = ["fiscal_year", "programme_no", "span_start"]
    attained = reported[reported["target_value"].notna()].sort_values(order)
    grown = reported[reported["prior"].notna()].sort_values(order)
    years = sorted(int(y) for y in plans["fiscal_year"].unique())
    wrong = disagreements(dataset) if len(plans) else pd.DataFrame()
    return ReportTables(categories, counts, changed, attained, grown, years, wrong)


def overview(dataset: EvaluationDataset) -> str:
    """The line under the title: programmes, policy plans, fiscal years, facts.

    >>> import plan6
    >>> overview(plan6.datasets.kawasaki_plan6())
    '6 action programmes · 15 policy plans · fiscal years 2011–2012 · 235 facts'
    """
    plans = dataset.plans
    years = sorted(int(y) for y in plans["fiscal_year"].unique())
    span = f"{years[0]}–{years[-1]}" if years else "—"
    programmes, policy_plans = plans["programme_no"].nunique(), plans["policy_plan_no"].nunique()
    en = (
        f"{programmes} action programmes · {policy_plans} policy plans · fiscal years {span}"
        f" · {len(dataset.facts)} facts"
    )
    ja = (
        f"アクションプログラム {programmes} · 施策計画 {policy_plans} · {span}年度"
        f" · 数値 {len(dataset.facts)}件"
    )
    return ja if options.language == "ja" else en


def nothing_to_show(dataset: EvaluationDataset) -> str:
    """What an empty report says in place of its tables.

    >>> import plan6, pandas as pd
    >>> ds = plan6.datasets.kawasaki_plan6()
    >>> empty = plan6.datasets.EvaluationDataset("x", ds.plans.iloc[:0], ds.facts.iloc[:0], "")
    >>> nothing_to_show(empty)
    'Nothing to show: the dataset has no policy plans and no facts.'
    """
    plans, facts = len(dataset.plans), len(dataset.facts)
    what = label(
        "施策計画も数値もありません" if not facts else f"施策計画がありません（数値 {facts}件）",
        "no policy plans and no facts" if not facts else f"no policy plans ({facts} facts)",
    )
    if plans:
        what = label("計画値・前年度値のある数値がありません", "no fact with a plan or prior value")
    if what.en:
        return f"Nothing to show: the dataset has {what.en}."
    return f"表示する内容がありません：{what.ja}。"


def headings() -> dict[str, Label]:
    """The report's section headings by section id, in the display language.

    >>> headings()["attainment"].en
    'Attainment against plan'
    """
    return {
        "summary": label("概要", "Summary"),
        "categories": label("達成状況区分", "Achievement categories"),
        "changed": label("変更後の目標", "Changed targets"),
        "attainment": label("計画に対する達成率", "Attainment against plan"),
        "growth": label("前年度比", "Growth over the prior year"),
        "consistency": label("自己評価と実績の整合性", "Consistency of the self-assessment"),
    }


def year_headers(years: list[int]) -> list[str]:
    """The fiscal years as column headers in the display language.

    >>> year_headers([2011, 2012])
    ['FY2011', 'FY2012']
    """
    return [year_label(y) for y in years]
