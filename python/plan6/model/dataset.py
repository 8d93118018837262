"""The evaluation dataset: policy plans × fiscal years, their quantitative facts, and the
report text they were read from, with indicators computed on demand (never stored). Its
columns are those of :mod:`plan6.model.schema`.

>>> import plan6
>>> ds = plan6.datasets.kawasaki_plan6()
>>> list(ds.indicators().columns[-3:])
['attainment', 'attainment_reason', 'gap']
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..indicators import attainment, gap, growth
from .results import CategoryRollup, Fact, IndicatorResult, _rendering, category_rollup

__all__ = ["EvaluationDataset"]


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
        table: pd.DataFrame = (
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
        facts: pd.DataFrame = self.facts.copy()
        prior = facts["prior_value"].copy()
        source = pd.Series(np.where(prior.notna(), "text", ""), index=facts.index)

        # The same indicator one fiscal year earlier, from the result sections only, only where
        # it is unambiguous (one value in that year) and counted in the same unit (the report
        # sometimes counts one thing in 団体 one year and 件 the next: not compared silently).
        levels = facts[facts["kind"].isin(["count", "amount"]) & (facts["section"] == "result")]
        if "value_role" in facts:
            # A table's targets and baselines are no results: growth is of actuals alone.
            levels = levels[levels["value_role"].isin(["actual", ""])]
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
        source[fill] = "previous_year"  # type: ignore[call-overload]

        facts["prior"] = prior
        facts["prior_source"] = source
        facts["growth"], facts["growth_reason"] = growth(facts["value"], prior, with_reasons=True)
        # Where the document's own numbers say less is better (targets below the baseline),
        # attainment and gap count in that direction.
        direction: Any = "higher"
        if "direction" in facts:
            direction = np.where(facts["direction"] == "lower", "lower", "higher")
        facts["attainment"], facts["attainment_reason"] = attainment(
            facts["value"], facts["target_value"], direction=direction, with_reasons=True
        )
        # A fact without a plan (or prior) value has no attainment (growth) to explain: its
        # reason stays empty; "missing_input" is kept for a base given without a value.
        facts["growth_reason"] = facts["growth_reason"].where(prior.notna())
        facts["attainment_reason"] = facts["attainment_reason"].where(facts["target_value"].notna())
        facts["gap"] = gap(facts["value"], facts["target_value"], direction=direction)
        return facts

    def to_csv(self, directory: str | Path, headers: str = "labels") -> list[Path]:
        """Write plans.csv, facts.csv and indicators.csv (UTF-8 with BOM, for Excel), with
        headers in the display language (``plan6.options.language``), or the column names
        with ``headers="names"``.

        >>> import tempfile, plan6
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     [p.name for p in plan6.datasets.kawasaki_plan6().to_csv(tmp)]
        ['plans.csv', 'facts.csv', 'indicators.csv']
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, frame in [
            ("plans", self.plans),
            ("facts", self.facts),
            ("indicators", self.indicators()),
        ]:
            path = out / f"{name}.csv"
            _rendering("columns").write_csv(frame, path, headers)
            paths.append(path)
        return paths

    # ---- exports ------------------------------------------------------------------------

    def _tables(self) -> list[tuple[str, pd.DataFrame]]:
        return [("plans", self.plans), ("facts", self.facts), ("indicators", self.indicators())]

    def to_parquet(self, directory: str | Path) -> list[Path]:
        """Write plans.parquet, facts.parquet and indicators.parquet (needs pyarrow).

        Column types survive the round trip: nullable integers, booleans, and the reasons as
        categoricals.

        >>> import tempfile, pandas as pd, plan6
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     paths = plan6.datasets.kawasaki_plan6().to_parquet(tmp)
        ...     [p.name for p in paths], len(pd.read_parquet(paths[0]))
        (['plans.parquet', 'facts.parquet', 'indicators.parquet'], 30)
        """
        if importlib.util.find_spec("pyarrow") is None:
            raise ImportError("to_parquet needs pyarrow: pip install 'plan6[parquet]'") from None
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, frame in self._tables():
            path = out / f"{name}.parquet"
            frame.to_parquet(path, index=False)
            paths.append(path)
        return paths

    def to_excel(self, path: str | Path, headers: str = "labels") -> Path:
        """Write one workbook with a sheet each for plans, facts and indicators (needs
        openpyxl).

        Headers are in the display language (``headers="names"``: the column names), frozen
        and filterable, amounts get thousands separators, attainment and
        growth a percentage format, and the columns a width that fits.

        >>> import tempfile, pathlib, pandas as pd, plan6
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = plan6.datasets.kawasaki_plan6().to_excel(pathlib.Path(tmp) / "plan6.xlsx")
        ...     list(pd.read_excel(path, sheet_name=None, engine="openpyxl"))
        ['plans', 'facts', 'indicators']
        """
        return Path(_rendering("excel").write_workbook(self._tables(), path, headers))

    # ---- rich results ---------------------------------------------------------------------

    def fact(self, fact_id: int) -> Fact:
        """One fact with its provenance and indicators, for display.

        >>> import plan6
        >>> plan6.datasets.kawasaki_plan6().fact(3)
        Fact(#3 FY2012 川崎国際環境技術展 入場者数 15,200名, prior 13,500名 → +12.6 %)
        """
        table = self.indicators()
        rows = table[table["fact_id"] == fact_id]
        if rows.empty:
            raise ValueError(f"no fact with fact_id {fact_id!r}")
        return Fact.from_row(rows.iloc[0])

    def indicator_result(self, name: str = "attainment") -> IndicatorResult:
        """Attainment (facts with a plan value), growth (facts with a prior-year value) or gap,
        labelled by fiscal year, policy plan and metric, with the reason for each NaN.

        >>> import plan6
        >>> plan6.datasets.kawasaki_plan6().indicator_result("growth").undefined
        0
        """
        table = self.indicators()
        bases = {"attainment": "target_value", "gap": "target_value", "growth": "prior"}
        if name not in bases:
            raise ValueError(f"name must be one of {', '.join(map(repr, bases))}, not {name!r}")
        rows = table[table[bases[name]].notna() & (table["section"] != "summary")]
        rows = rows.sort_values(["fiscal_year", "programme_no", "span_start"])
        frame = pd.DataFrame(
            {
                "fact_id": rows["fact_id"].to_numpy(),
                "fiscal_year": rows["fiscal_year"].to_numpy(),
                "policy_plan_ja": rows["policy_plan_ja"].to_numpy(),
                "metric_ja": rows["metric_ja"].to_numpy(),
                "value": rows["value"].to_numpy(),
                "base": rows[bases[name]].to_numpy(),
                "unit": rows["unit"].to_numpy(),
                "unit_ja": rows["unit_ja"].to_numpy(),
                "lower_bound": rows["lower_bound"].to_numpy(),
                "result": rows[name].to_numpy(),
                "reason": (
                    rows[f"{name}_reason"].astype(str).to_numpy()
                    if f"{name}_reason" in rows.columns
                    else np.where(rows[name].isna(), "missing_input", "none")
                ),
            }
        )
        return IndicatorResult(name, frame, ("fiscal_year", "policy_plan_ja", "metric_ja"))

    def category_rollup(self, by: str | None = None) -> CategoryRollup:
        """Achievement categories counted per fiscal year (and per action programme with
        ``by="programme"``), with shares, changed targets and the mean category.

        >>> import plan6
        >>> plan6.datasets.kawasaki_plan6().category_rollup("programme").counts.shape[0]
        12
        """
        return category_rollup(self.plans, by=by)

    # ---- display ----------------------------------------------------------------------------

    def __str__(self) -> str:
        return str(_rendering("display").dataset_text(self))

    def _repr_html_(self) -> str:
        return str(_rendering("display").dataset_html(self))

    def __repr__(self) -> str:
        return str(_rendering("display").dataset_repr(self))
