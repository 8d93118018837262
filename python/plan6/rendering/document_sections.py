"""Which sections the report shows for a dataset, in order, and the sections that describe a
document read by the layout readers: what was read (the summary) and what the document
contradicts itself on.

The reference report (and the curated data) keeps its sections: summary, achievement
categories, changed targets, attainment, growth and the consistency of the self-assessment.
A document with graded items on scales of its own, grade legends, year grids or indicator
tables gets a summary of what was read, its grades on its own scales, its legends, its
indicators, attainment and growth where its figures give them, and its contradictions.

>>> import plan6
>>> from plan6.rendering.sections import build_tables
>>> ds = plan6.datasets.kawasaki_plan6()
>>> report_plan(ds, build_tables(ds))
['summary', 'categories', 'changed', 'attainment', 'growth', 'consistency']
"""

from __future__ import annotations

import pandas as pd

from ..model.dataset import EvaluationDataset
from .blocks import Block, Column, Grid, number_text
from .grades import grade_scales, grades_block, legends_block, on_reference_scale
from .indicator_grids import indicators_block, table_facts
from .labels import header, label, year_label
from .sections import ReportTables

__all__ = ["LAYOUT_NAMES", "checks_block", "report_plan", "summary_block"]

#: The layout families in words (Japanese, English).
LAYOUT_NAMES: dict[str, tuple[str, str]] = {
    "narrative": ("結果の記述", "narrative result blocks"),
    "year_grid": ("年度別の表", "year-column grids"),
    "graded_items": ("評価項目", "graded items"),
    "grade_legend": ("評価の凡例・分布表", "grade legends and distribution tables"),
    "indicator_table": ("指標表", "indicator tables"),
}
_CHECKS = {
    "attainment_rate": ("達成率", "printed attainment"),
    "grade_total": ("合計", "total row"),
    "grade_count": ("評価の件数", "items per grade"),
}


def _span(years: list[int]) -> str:
    if not years:
        return ""
    if len(years) == 1:
        return year_label(years[0])
    return f"{year_label(years[0])}–{year_label(years[-1])}"


def _years(values: pd.Series) -> list[int]:
    return sorted({int(y) for y in values.dropna() if int(y)})


def summary_block(dataset: EvaluationDataset) -> Block:
    """What the layout readers found in the document: the layouts, the fiscal years, and how
    many items, grades, figures, legends and contradictions.

    >>> import plan6
    >>> ds = plan6.read_report("事業名：公園の清掃\\n達成度：2\\n妥当性 A\\n").to_dataset()
    >>> summary_block(ds).grids[0].rows[:2]
    (('Items', '1'), ('Grades', '2 (2 fields)'))
    """
    found = [header(LAYOUT_NAMES[n][1], LAYOUT_NAMES[n][0]) for n in dataset.layouts]
    notes = list(dataset.notes)
    if found:
        notes.insert(
            0, header(f"Read as: {', '.join(found)}.", f"読み取った形式：{'、'.join(found)}。")
        )
    item_years = _years(dataset.plans["fiscal_year"])
    if item_years:
        notes.append(
            header(
                f"Items evaluated for {_span(item_years)}.",
                f"評価の対象年度：{_span(item_years)}。",
            )
        )
    figures = table_facts(dataset)
    figure_years = _years(figures["fiscal_year"])
    if figure_years:
        notes.append(
            header(
                f"Figures of the tables for {_span(figure_years)}.",
                f"表の数値の年度：{_span(figure_years)}。",
            )
        )
    rows: list[tuple[str, str]] = []
    if len(dataset.plans):
        rows.append((header("Items", "項目"), str(len(dataset.plans))))
    if not dataset.grades.empty:
        fields = len(grade_scales(dataset))
        rows.append(
            (
                header("Grades", "評価"),
                header(
                    f"{len(dataset.grades)} ({fields} field{'' if fields == 1 else 's'})",
                    f"{len(dataset.grades)}（{fields}項目）",
                ),
            )
        )
    if len(figures):
        metrics = len(set(zip(figures["table"].fillna(-1), figures["metric_ja"], strict=True)))
        rows.append(
            (
                header("Figures of tables", "表の数値"),
                header(f"{len(figures)} ({metrics} metrics)", f"{len(figures)}（指標 {metrics}）"),
            )
        )
    others = len(dataset.facts) - len(figures)
    if others:
        rows.append((header("Other facts", "その他の数値"), str(others)))
    if not dataset.legends.empty and "legend" in dataset.legends:
        legends = dataset.legends
        count = legends["legend"].nunique()
        grades = int(legends["code"].astype(str).ne("").sum())
        rows.append(
            (
                header("Grade legends", "評価の凡例"),
                header(f"{count} ({grades} grades)", f"{count}（評価 {grades}）"),
            )
        )
    rows.append(
        (header("Contradictions in the document", "文書内の不整合"), str(len(dataset.checks)))
    )
    grid = Grid((Column("内容", "What was read"), Column("件数", "Count", True)), tuple(rows))
    return Block("summary", label("概要", "Summary"), tuple(notes), (grid,))


def _tenths(value: object) -> object:
    """A computed figure to one decimal, as the document prints its rates (90.4545… is 90.5)."""
    try:
        return round(float(value), 1)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return value


def checks_block(dataset: EvaluationDataset) -> Block:
    """The figures the document contradicts itself on: a printed 達成率 its own actual and
    target do not give, counts per grade that do not add up or do not match its items.

    >>> import plan6
    >>> checks_block(plan6.datasets.kawasaki_plan6()).notes[0]
    'The document contradicts itself nowhere plan6 checks.'
    """
    checks = dataset.checks
    heading = label("文書内の不整合", "Contradictions in the document")
    if checks.empty:
        note = header(
            "The document contradicts itself nowhere plan6 checks.",
            "plan6 が確かめた範囲で、文書内の不整合はありません。",
        )
        return Block("checks", heading, (note,))
    rows = tuple(
        (
            header(*reversed(_CHECKS.get(str(r.kind), (str(r.kind), str(r.kind))))),
            str(r.message),
            number_text(_tenths(r.printed)),
            number_text(_tenths(r.computed)),
        )
        for r in checks.itertuples()
    )
    columns = (
        Column("種類", "Kind"),
        Column("内容", "What"),
        Column("記載", "Printed", True),
        Column("計算", "Computed", True),
    )
    note = header(
        "Each figure the document prints that its own numbers do not give: reported as "
        "found, not corrected.",
        "文書に記載された数値のうち、文書自身の数値から導かれないもの（訂正せずに示す）。",
    )
    return Block("checks", heading, (note,), (Grid(columns, rows),))


def report_plan(dataset: EvaluationDataset, tables: ReportTables) -> list[Block | str]:
    """The report's sections in order: the names of the reference report's sections
    (``summary``, ``categories``, ``changed``, ``attainment``, ``growth``, ``consistency``)
    and the blocks of a document's layouts; empty when there is nothing to show.

    >>> import plan6
    >>> from plan6.rendering.sections import build_tables
    >>> ds = plan6.read_report("事業名：公園の清掃\\n達成度：2\\n").to_dataset()
    >>> [getattr(s, "id", s) for s in report_plan(ds, build_tables(ds))]
    ['summary', 'grades', 'checks']
    """
    layout = [legends_block(dataset), indicators_block(dataset)]
    if on_reference_scale(dataset):
        extra: list[Block | str] = [b for b in layout if b is not None]
        if not dataset.checks.empty:
            extra.append(checks_block(dataset))
        return ["summary", "categories", "changed", "attainment", "growth", *extra, "consistency"]
    blocks = [grades_block(dataset), *layout]
    if tables.empty and all(b is None for b in blocks) and dataset.checks.empty:
        return []
    plan: list[Block | str] = [summary_block(dataset)]
    plan += [b for b in blocks if b is not None]
    plan += [
        key
        for key, rows in (("attainment", tables.attainment), ("growth", tables.growth))
        if len(rows)
    ]
    plan.append(checks_block(dataset))
    return plan
