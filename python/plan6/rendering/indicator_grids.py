"""The figures of a document's year-column grids and indicator tables as one section of the
report: per metric, its rows as the document has them (baseline, target, changed target,
actual, other values, the rates it prints: 達成率, 進捗率…) over the fiscal years, and the
attainment computed from its own actuals and targets.

Attainment is actual ÷ target (target ÷ actual where the document's own numbers say less is
better) of the same fiscal year; an indicator table's latest actual whose target is set for a
later year is measured against that target, and the cell says which.

>>> import plan6
>>> text = "指標名 基準値 2021年度 2022年度 目標値(2022年度)\\n利用者数 100人 120人 150人 160人\\n"
>>> block = indicators_block(plan6.read_report(text).to_dataset())
>>> [row[1] for row in block.grids[0].rows]
['Baseline', 'Target', 'Actual', 'Attainment']
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..indicators import attainment
from ..model.dataset import EvaluationDataset
from ..text.formatting import format_amount, format_percent, is_missing
from .blocks import Block, Column, Grid
from .labels import header, label, year_label

__all__ = ["TABLE_LAYOUTS", "indicators_block", "table_facts"]

#: The layouts whose facts are the cells of a table.
TABLE_LAYOUTS: tuple[str, ...] = ("year_grid", "indicator_table")

#: The rows of a metric, in order: the role of its facts and the row's heading.
_ROLES: tuple[tuple[str, tuple[str, str]], ...] = (
    ("baseline", ("基準値", "Baseline")),
    ("target", ("目標", "Target")),
    ("changed_target", ("変更後の目標", "Changed target")),
    ("actual", ("実績", "Actual")),
    ("value", ("値", "Value")),
    ("rate", ("達成率", "Rate")),
)
_COMPUTED = ("達成率", "Attainment")


def table_facts(dataset: EvaluationDataset) -> pd.DataFrame:
    """The dataset's facts read from table cells (year grids and indicator tables), with
    their indicators.

    >>> import plan6
    >>> len(table_facts(plan6.datasets.kawasaki_plan6()))
    0
    """
    facts = dataset.indicators()
    if "layout" not in facts:
        none: pd.DataFrame = facts.iloc[:0]
        return none
    rows: pd.DataFrame = facts[facts["layout"].isin(TABLE_LAYOUTS)]
    return rows


def _value(row: Any) -> str:
    if bool(row.qualitative):
        return str(row.value_text)
    if row.value_role == "rate" and row.unit == "percent":
        return format_percent(float(row.value) / 100)  # as the computed attainment is written
    return format_amount(row.value, str(row.unit), str(row.unit_ja), bool(row.lower_bound))


def _later_target(actual: Any, targets: pd.DataFrame) -> tuple[int, float] | None:
    """The target set for a year after the actual's (the latest such year; the changed
    target where the document changed it), or None."""
    later = targets[(targets["fiscal_year"] > actual.fiscal_year) & targets["value"].notna()]
    if later.empty:
        return None
    year = int(later["fiscal_year"].max())
    final = later[later["fiscal_year"] == year]
    changed = final[final["value_role"] == "changed_target"]
    return year, float((changed if len(changed) else final)["value"].iloc[0])


def _attainment_rows(group: pd.DataFrame, years: list[int]) -> list[tuple[str, list[str]]]:
    """The computed attainment of a metric: against the target of the same year, and, for a
    latest actual without one, against the target set for a later year."""
    actuals = group[(group["value_role"] == "actual") & group["value"].notna()]
    targets = group[group["value_role"].isin(["target", "changed_target"])]
    lower = bool((group["direction"] == "lower").any())
    less = header(" (less is better)", "（少ないほど良い）") if lower else ""
    cells = {y: "" for y in years}
    for row in actuals.itertuples():
        if not is_missing(row.attainment):
            cells[int(row.fiscal_year)] = format_percent(row.attainment)
    rows = []
    if any(cells.values()):
        rows.append((header(_COMPUTED[1], _COMPUTED[0]) + less, [cells[y] for y in years]))
    if len(actuals):
        latest = actuals.loc[actuals["fiscal_year"].idxmax()]
        later = _later_target(latest, targets) if not cells[int(latest.fiscal_year)] else None
        if later is not None:
            year, target = later
            direction = "lower" if lower else "higher"
            share = attainment(float(latest["value"]), target, direction=direction)
            if not np.isnan(share):
                heading = header(
                    f"Attainment of the {year_label(year, 'en')} target",
                    f"{year_label(year, 'ja')}目標に対する達成率",
                )
                shown = {y: "" for y in years}
                shown[int(latest.fiscal_year)] = format_percent(share)
                rows.append((heading + less, [shown[y] for y in years]))
    return rows


def _row_heading(role: str, words: tuple[str, str], cells: pd.DataFrame) -> str:
    """A row's heading: its role, or for a rate the document's own label of it (達成率,
    進捗率, 達成度…), marked as printed."""
    if role != "rate":
        return header(words[1], words[0])
    labels = dict.fromkeys(" ".join(str(t).split()) for t in cells["row_label"] if str(t))
    return (" / ".join(labels) or words[0]) + header(" (as printed)", "（記載）")


def _metric_name(group: pd.DataFrame) -> str:
    first = group.iloc[0]
    name = " ".join(str(first["metric_ja"]).split()) or header(
        "(not named in the document)", "（名称なし）"
    )
    plan = "" if is_missing(first["policy_plan_ja"]) else str(first["policy_plan_ja"])
    return f"{plan}: {name}" if plan and plan != name else name


def _grid_rows(facts: pd.DataFrame, years: list[int]) -> tuple[tuple[str, ...], ...]:
    keys = facts["table"].fillna(-1).astype(int).astype(str) + "\t" + facts["metric_ja"]
    rows: list[tuple[str, ...]] = []
    for _, group in facts.groupby(keys.to_numpy(), sort=False):
        name = _metric_name(group)
        for role, words in _ROLES:
            cells = group[group["value_role"] == role]
            if cells.empty:
                continue
            by_year = {
                y: " / ".join(_value(r) for r in cells[cells["fiscal_year"] == y].itertuples())
                for y in years
            }
            rows.append((name, _row_heading(role, words, cells), *(by_year[y] for y in years)))
            name = ""
        for heading, computed in _attainment_rows(group, years):
            rows.append((name, heading, *computed))
            name = ""
    return tuple(rows)


def _year_columns(facts: pd.DataFrame, years: list[int]) -> tuple[Column, ...]:
    columns = []
    for year in years:
        if year == 0:
            columns.append(Column(header("no year", "年度なし"), "", True))
            continue
        open_ended = bool(facts.loc[facts["fiscal_year"] == year, "open_ended"].any())
        mark = header("–", "以降") if open_ended else ""
        columns.append(Column(year_label(year) + mark, "", True))
    return tuple(columns)


def indicators_block(dataset: EvaluationDataset) -> Block | None:
    """The section of the document's table figures; None where it has none.

    >>> import plan6
    >>> indicators_block(plan6.datasets.kawasaki_plan6()) is None
    True
    """
    facts = table_facts(dataset)
    if facts.empty:
        return None
    present = set(facts["fiscal_year"].astype(int))
    years = ([0] if 0 in present else []) + sorted(present - {0})
    columns = (Column("指標", "Metric"), Column("区分", "Row"), *_year_columns(facts, years))
    grid = Grid(columns, _grid_rows(facts, years))
    metrics = len(
        {(t, m) for t, m in zip(facts["table"].fillna(-1), facts["metric_ja"], strict=True)}
    )
    notes = [
        header(
            f"{len(facts)} figures of {metrics} metrics read from the document's tables, by "
            "fiscal year; attainment is actual ÷ target of the same year (target ÷ actual "
            "where less is better), the latest actual against a later year's target where "
            "the target is set for a later year.",
            f"文書の表から読み取った数値 {len(facts)}件（指標 {metrics}）。達成率は同じ年度の"
            "実績 ÷ 目標（少ないほど良い指標は目標 ÷ 実績）。目標が後の年度にある場合は、最新の"
            "実績をその目標に対して示す。",
        )
    ]
    if 0 in present:
        notes.append(
            header(
                "“no year”: a figure under a column without a fiscal year (a baseline of the "
                "plan's start, 策定時).",
                "「年度なし」：年度のない列の数値（策定時の基準値など）。",
            )
        )
    return Block(
        "indicators",
        label("指標と年度別の数値", "Indicators by fiscal year"),
        tuple(notes),
        (grid,),
    )
