"""The evaluation report for a terminal, laid out by rich: tables measured in terminal cells
(East Asian wide characters take two), wrapped to the terminal's width, coloured where the
terminal shows colour, plain text when piped or written to a file (and where ``NO_COLOR`` is
set).

>>> import plan6
>>> text = plan6.report.render_text(plan6.datasets.kawasaki_plan6(), width=100)
>>> text.splitlines()[0]
'plan6 evaluation report — プラン６ 川崎の活力を生み出す産業イノベーション'
>>> max(len(line) for line in text.splitlines()) <= 100
True
"""

from __future__ import annotations

import io
import shutil
import sys
from collections.abc import Iterator
from typing import IO

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..model.dataset import EvaluationDataset
from ..text.formatting import format_amount, format_percent, is_missing
from .consistency import consistency_renderables
from .labels import category_text, header, label, year_label
from .sections import ReportTables, build_tables, headings, nothing_to_show, overview

__all__ = ["print_report", "render_text", "report_renderables"]

# Category colours on a terminal (the HTML report's RdYlGn scale in terminal colours).
_STYLES = {1: "bold green", 2: "green", 3: "yellow", 4: "dark_orange", 5: "bold red"}


def _table(*columns: tuple[str, bool]) -> Table:
    """A table whose columns are (header, numeric); numbers are right-aligned and never
    wrapped, text wraps within its column."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for title, numeric in columns:
        if numeric:
            table.add_column(title, justify="right", no_wrap=True)
        else:
            table.add_column(title, overflow="fold")
    return table


def _heading(key: str) -> Text:
    return Text(headings()[key].english_first(), style="bold underline")


def _status_cell(text: str) -> Text:
    """A category cell ("3", "3*", "3* (ref. 4)") in its category's colour."""
    code = int(text[0]) if text[:1].isdigit() else 0
    return Text(text, style=_STYLES.get(code, ""))


def _categories(tables: ReportTables) -> Iterator[RenderableType]:
    yield _heading("categories")
    yield Text(
        header(
            "3* = category 3 against the target as changed during the year; "
            "(ref. 3) = category 3 against the original target",
            "3* = 年度中に変更した目標に対する区分3　（参考 3）= 当初目標に対する区分3",
        ),
        style="dim",
    )
    table = _table(
        ("No", False),
        (label("施策計画", "Policy plan").english_first(), False),
        *((year_label(y), False) for y in tables.years),
    )
    for programme_no, group in tables.categories.groupby("programme_no", sort=True):
        table.add_row(str(programme_no), Text(str(group["programme_ja"].iloc[0]), style="bold"))
        for _, row in group.iterrows():
            cells = [
                _status_cell("" if is_missing(row.get(y)) else str(row.get(y)))
                for y in tables.years
            ]
            table.add_row(
                f"{programme_no}-{row['policy_plan_no']}", str(row["policy_plan_ja"]), *cells
            )
    yield table
    counts = _table(
        (header("FY", "年度"), False),
        *((str(code), True) for code in ACHIEVEMENT_CATEGORIES),
        (header("Targets changed (*)", "目標変更（*）"), True),
    )
    for year in tables.years:
        changed = int(tables.changed_targets["fiscal_year"].eq(year).sum())
        counts.add_row(
            year_label(year),
            *(str(int(tables.category_counts.loc[year, code])) for code in ACHIEVEMENT_CATEGORIES),  # type: ignore[arg-type]
            str(changed),
        )
    yield Text(header("Policy plans per category", "区分別の施策計画数"), style="bold")
    yield counts
    yield Text("  ".join(category_text(code) for code in ACHIEVEMENT_CATEGORIES), style="dim")


def _changed(tables: ReportTables) -> Iterator[RenderableType]:
    yield _heading("changed")
    table = _table(
        (header("FY", "年度"), False),
        (header("Policy plan", "施策計画"), False),
        (header("Category", "区分"), True),
        (header("Against the original target", "当初目標に対する区分"), True),
        (header("Changed target", "変更後の目標"), False),
    )
    for _, row in tables.changed_targets.iterrows():
        reference = "" if is_missing(row["reference_status"]) else str(int(row["reference_status"]))
        table.add_row(
            year_label(row["fiscal_year"]),
            str(row["policy_plan_ja"]),
            _status_cell(f"{row['status']}*"),
            reference,
            " ".join(str(row["changed_target"] or "").split()),
        )
    yield table


def _facts(tables: ReportTables, key: str) -> Iterator[RenderableType]:
    yield _heading(key)
    attainment = key == "attainment"
    base = header("Plan", "計画") if attainment else header("Prior", "前年度")
    ratio = header("Attainment", "達成率") if attainment else header("Growth", "伸び率")
    table = _table(
        (header("FY", "年度"), False),
        (header("Metric", "指標"), False),
        (header("Actual", "実績"), True),
        (base, True),
        (ratio, True),
    )
    rows = tables.attainment if attainment else tables.growth
    for record in rows.to_dict("records"):
        unit, unit_ja = str(record["unit"]), str(record["unit_ja"])
        bound = bool(record["lower_bound"]) and attainment
        if attainment:
            shown = format_percent(record["attainment"], lower_bound=bound)
            base_value = record["target_value"]
        else:
            mark = "" if record["prior_source"] == "text" else " †"
            shown = format_percent(record["growth"], signed=True) + mark
            base_value = record["prior"]
        table.add_row(
            year_label(record["fiscal_year"]),
            " ".join(str(record["metric_ja"]).split()),
            format_amount(record["value"], unit, unit_ja, bound),
            format_amount(base_value, unit, unit_ja),
            shown,
        )
    if not attainment:
        yield Text(
            header(
                "† prior taken from the previous year's results; otherwise as the text gives it",
                "† 前年度値は前年度の実施結果から（無印は本文の記載）",
            ),
            style="dim",
        )
    yield table


def report_renderables(dataset: EvaluationDataset) -> list[RenderableType]:
    """What the terminal report prints, in order, as rich renderables.

    >>> import plan6
    >>> len(report_renderables(plan6.datasets.kawasaki_plan6())) > 10
    True
    """
    tables = build_tables(dataset)
    title = header("plan6 evaluation report", "plan6 評価レポート")
    out: list[RenderableType] = [
        Text(f"{title} — {dataset.title}", style="bold"),
        Text(overview(dataset)),
    ]
    if tables.empty:
        return [*out, Text(""), Text(nothing_to_show(dataset))]
    for part in (
        _categories(tables),
        _changed(tables),
        _facts(tables, "attainment"),
        _facts(tables, "growth"),
        consistency_renderables(tables.disagreements),
    ):
        out.append(Text(""))
        out.extend(part)
    return out


def _console(file: IO[str], width: int | None, color: bool | None) -> Console:
    return Console(
        file=file,
        width=width,
        force_terminal=color,
        no_color=True if color is False else None,  # None: rich reads NO_COLOR
        color_system="auto" if color is not False else None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )


def render_text(
    dataset: EvaluationDataset, *, width: int | None = None, color: bool = False
) -> str:
    """The evaluation report as text, wrapped to `width` terminal columns (default: the
    terminal's width, else 100), with colour codes only when `color` is true.

    >>> import plan6
    >>> "133.1 %" in render_text(plan6.datasets.kawasaki_plan6())
    True
    """
    if width is not None and (isinstance(width, bool) or not isinstance(width, int)):
        raise TypeError(f"width must be an int, not {type(width).__name__}")
    if width is not None and width < 40:
        raise ValueError(f"width must be at least 40 columns, not {width}")
    buffer = io.StringIO()
    columns = width if width is not None else shutil.get_terminal_size((100, 24)).columns
    console = _console(buffer, max(columns, 40), color)
    for part in report_renderables(dataset):
        console.print(part)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def print_report(dataset: EvaluationDataset, file: IO[str] | None = None) -> None:
    """Print the report to `file` (standard output by default): wrapped to the terminal and
    coloured on a terminal, plain text at 100 columns when piped or redirected.

    >>> import plan6, io
    >>> out = io.StringIO()
    >>> print_report(plan6.datasets.kawasaki_plan6(), out)
    >>> "\\x1b[" in out.getvalue(), "133.1 %" in out.getvalue()
    (False, True)
    """
    target = sys.stdout if file is None else file
    terminal = bool(getattr(target, "isatty", lambda: False)())
    console = _console(target, None if terminal else 100, None if terminal else False)
    for part in report_renderables(dataset):
        console.print(part)
