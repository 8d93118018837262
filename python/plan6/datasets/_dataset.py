"""The evaluation dataset: policy plans × fiscal years, their quantitative facts, and the
report text they were read from, with indicators computed on demand (never stored)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from ..indicators import attainment, gap, growth

__all__ = ["EvaluationDataset", "kawasaki_plan6", "kawasaki_plan6_text"]

_DATA = resources.files(__package__) / "data"
_REPORT_FILE = "kawasaki-plan6-evaluation-fy2012.txt"

_PLAN_INTS = [
    "programme_no",
    "policy_plan_no",
    "fiscal_year",
    "status",
    "result_start",
    "result_end",
]
_PLAN_NULLABLE_INTS = ["reference_status"]
_PLAN_BOOLS = ["target_changed"]
_FACT_INTS = ["fact_id", "programme_no", "policy_plan_no", "fiscal_year", "span_start", "span_end"]
_FACT_FLOATS = ["value", "prior_value", "target_value", "from_value"]
_FACT_BOOLS = ["approximate", "lower_bound"]
_TRUE = {"True": True, "true": True, "1": True, "False": False, "false": False, "0": False}


def _read_csv(
    name: str, ints: list[str], nullable_ints: list[str], floats: list[str], bools: list[str]
) -> pd.DataFrame:
    with (_DATA / name).open(encoding="utf-8", newline="") as handle:
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
    for column in ints:
        frame[column] = frame[column].astype(np.int64)
    for column in nullable_ints:
        frame[column] = pd.array(
            [int(v) if v != "" else pd.NA for v in frame[column]], dtype="Int64"
        )
    for column in floats:
        frame[column] = pd.to_numeric(frame[column].replace("", np.nan)).astype(np.float64)
    for column in bools:
        unknown = set(frame[column]) - set(_TRUE)
        if unknown:
            raise ValueError(f"{name}: column {column} has non-boolean values {sorted(unknown)}")
        frame[column] = frame[column].map(_TRUE).astype(bool)
    return frame


@dataclass(frozen=True, repr=False)
class EvaluationDataset:
    """A plan evaluation as tidy tables.

    Attributes
    ----------
    title
        The plan's name as the report gives it.
    plans
        One row per policy plan × fiscal year: programme, policy plan, ``status``
        (達成状況区分 1–5), ``target_changed`` ("*"), ``reference_status`` (against the
        original target), ``changed_target`` (【変更後の目標】), ``change_note``, the year's
        ``result_text`` and its span in ``text``.
    facts
        One row per quantitative fact: policy plan, fiscal year, ``section`` (result,
        change_note, summary), ``indicator`` id, metric in Japanese and English, ``value`` in
        base units, ``unit``, ``approximate``, ``prior_value``, ``target_value``,
        ``from_value``, the verbatim ``quote`` and its span in ``text`` (code points).
    text
        The report text the tables were read from.
    """

    title: str
    plans: pd.DataFrame
    facts: pd.DataFrame
    text: str = field(repr=False)

    @property
    def programmes(self) -> pd.DataFrame:
        """The action programmes: number, Japanese and English name, number of policy plans."""
        columns = ["programme_no", "programme_ja", "programme_en"]
        table = (
            self.plans.groupby(columns, sort=True)["policy_plan_no"]
            .nunique()
            .rename("policy_plans")
            .reset_index()
        )
        return table

    def indicators(self) -> pd.DataFrame:
        """The facts with computed indicators.

        Adds ``prior`` (the prior-year value the text gives, or else the same indicator's
        value in the previous fiscal year's results when exactly one exists), ``prior_source``
        ("text", "previous_year" or ""; previous-year values are used only when counted in the
        same unit), ``growth`` over it, and ``attainment`` and ``gap``
        against ``target_value``. Undefined values are NaN, with the reasons in
        ``growth_reason`` and ``attainment_reason``.

        >>> import plan6
        >>> ind = plan6.datasets.kawasaki_plan6().indicators()
        >>> row = ind[(ind.value == 426) & (ind.target_value == 320)].iloc[0]
        >>> round(float(row.attainment), 5)
        1.33125
        """
        facts = self.facts.copy()
        prior = facts["prior_value"].copy()
        source = pd.Series(np.where(prior.notna(), "text", ""), index=facts.index)

        # The same indicator one fiscal year earlier, from the result sections only, only where
        # it is unambiguous (one value in that year) and counted in the same unit (the report
        # sometimes counts one thing in 団体 one year and 件 the next: not compared silently).
        levels = facts[facts["kind"].isin(["count", "amount"]) & (facts["section"] == "result")]
        counts = levels.groupby(["indicator", "fiscal_year"])["value"].transform("size")
        unique = levels[counts == 1][["indicator", "fiscal_year", "unit", "value"]].copy()
        unique["fiscal_year"] += 1
        lookup = (
            facts[["indicator", "fiscal_year", "unit", "kind"]]
            .reset_index()
            .merge(
                unique.rename(columns={"value": "previous_year_value"}),
                on=["indicator", "fiscal_year", "unit"],
                how="left",
            )
            .set_index("index")
        )
        previous = lookup["previous_year_value"].where(lookup["kind"].isin(["count", "amount"]))
        fill = prior.isna() & previous.notna()
        prior[fill] = previous[fill]
        source[fill] = "previous_year"

        facts["prior"] = prior
        facts["prior_source"] = source
        facts["growth"], facts["growth_reason"] = growth(facts["value"], prior, with_reasons=True)
        facts["attainment"], facts["attainment_reason"] = attainment(
            facts["value"], facts["target_value"], with_reasons=True
        )
        facts["gap"] = gap(facts["value"], facts["target_value"])
        return facts

    def to_csv(self, directory: str | Path) -> list[Path]:
        """Write plans.csv, facts.csv and indicators.csv (UTF-8 with BOM, for Excel)."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, frame in [
            ("plans", self.plans),
            ("facts", self.facts),
            ("indicators", self.indicators()),
        ]:
            path = out / f"{name}.csv"
            frame.to_csv(path, index=False, encoding="utf-8-sig")
            paths.append(path)
        return paths

    def __repr__(self) -> str:
        years = sorted(self.plans["fiscal_year"].unique())
        return (
            f"EvaluationDataset({self.title!r}: {self.plans['programme_no'].nunique()} "
            f"programmes, {self.plans['policy_plan_no'].nunique()} policy plans, fiscal "
            f"years {years[0]}–{years[-1]}, {len(self.facts)} facts)"
        )


def kawasaki_plan6_text() -> str:
    """The text of the reference report (PDF-extracted), as bundled with plan6.

    >>> import plan6
    >>> "緊急雇用創出事業" in plan6.datasets.kawasaki_plan6_text()
    True
    """
    return (_DATA / _REPORT_FILE).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _load() -> EvaluationDataset:
    plans = _read_csv("kawasaki_plan6_plans.csv", _PLAN_INTS, _PLAN_NULLABLE_INTS, [], _PLAN_BOOLS)
    facts = _read_csv("kawasaki_plan6_facts.csv", _FACT_INTS, [], _FACT_FLOATS, _FACT_BOOLS)
    return EvaluationDataset(
        title="プラン６ 川崎の活力を生み出す産業イノベーション",
        plans=plans,
        facts=facts,
        text=kawasaki_plan6_text(),
    )


def kawasaki_plan6() -> EvaluationDataset:
    """Kawasaki City's evaluation of Plan 6, FY2011 and FY2012, curated by hand.

    Each call returns fresh copies of the tables, so callers may modify them.

    >>> import plan6
    >>> ds = plan6.datasets.kawasaki_plan6()
    >>> sorted(ds.plans.fiscal_year.unique().tolist())
    [2011, 2012]
    """
    cached = _load()
    return EvaluationDataset(
        title=cached.title, plans=cached.plans.copy(), facts=cached.facts.copy(), text=cached.text
    )
