"""The report's section on the consistency of the self-assessment, for the terminal (rich)
and HTML (the ``section.html.j2`` template), from the table :func:`plan6.disagreements`
computes: each disagreement with the evidence behind its implied grade (the metrics, their
values and directions, how many agree, what was left out).

>>> import plan6
>>> from plan6.rendering.consistency import render_text_section
>>> render_text_section(plan6.disagreements(plan6.datasets.kawasaki_plan6()))[0]
'Consistency of the self-assessment (自己評価と実績の整合性)'
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.text import Text

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from .labels import header, label, phrases, year_label
from .templating import render

__all__ = [
    "consistency_renderables",
    "consistency_section",
    "render_html_section",
    "render_text_section",
]


def _category(value: Any) -> str:
    if pd.isna(value):
        return "—"
    is_int = isinstance(value, (int, np.integer)) and not isinstance(value, bool)
    return str(int(value)) if is_int else str(value)


def _intro() -> str:
    return header(
        "The category each policy plan gave itself against the category its own numbers "
        "imply: attainment against plan (bands 1.20 / 1.05 / 0.95 / 0.80), or, without a plan "
        "value, growth over the prior year (a secondary signal, one category of tolerance). "
        "Each metric is read in its good direction (fewer complaints or subrogation payments "
        "is better); metrics whose direction is unknown are left out.",
        "各施策計画の自己評価（達成状況区分）と、実績の数値から導かれる区分との比較。計画値が"
        "あれば達成率（120 % / 105 % / 95 % / 80 % で区分）、なければ前年度比（参考指標、1区分の"
        "幅を許容）。数値は望ましい方向で読み（苦情件数・代位弁済などは少ないほど良い）、方向が"
        "わからない指標は除外する。",
    )


def _evidence_lines(evidence: object) -> list[str]:
    return [part for part in str(evidence or "").split("; ") if part]


def _summary(row: Any) -> str:
    star = "*" if bool(row.target_changed) else ""
    reference = ""
    if bool(row.target_changed) and _category(row.reference_status) != "—":
        reference = header(
            f", against the original target {_category(row.reference_status)}",
            f"（当初目標に対して {_category(row.reference_status)}）",
        )
    source = (
        header("attainment", "達成率")
        if row.implied_from == "attainment"
        else header("growth (secondary)", "前年度比（参考）")
    )
    return header(
        f"{year_label(row.fiscal_year)} {row.policy_plan_ja}: graded {_category(row.status)}"
        f"{star}{reference}; {source} implies {_category(row.implied_status)}",
        f"{year_label(row.fiscal_year)} {row.policy_plan_ja}：自己評価 {_category(row.status)}"
        f"{star}{reference}、{source}からは {_category(row.implied_status)}",
    )


def consistency_renderables(table: pd.DataFrame) -> Iterator[RenderableType]:
    """The section for rich: heading, what it compares, then each disagreement with its
    evidence, one metric a line.

    >>> import plan6
    >>> parts = list(consistency_renderables(plan6.disagreements(plan6.datasets.kawasaki_plan6())))
    >>> str(parts[0])
    'Consistency of the self-assessment (自己評価と実績の整合性)'
    """
    yield Text(
        label("自己評価と実績の整合性", "Consistency of the self-assessment").english_first(),
        style="bold underline",
    )
    yield Padding(Text(_intro(), style="dim"), (0, 0, 0, 2))
    if table.empty:
        yield Text("  " + header("no disagreements", "不一致はありません"))
        return
    for row in table.itertuples():
        yield Padding(Text(_summary(row)), (0, 0, 0, 2))
        for line in _evidence_lines(row.evidence):
            yield Padding(Text(f"· {line}"), (0, 0, 0, 6))


def render_text_section(table: pd.DataFrame, width: int = 100) -> list[str]:
    """Lines for the terminal report from :func:`disagreements`' table, wrapped to `width`.

    >>> import plan6
    >>> lines = render_text_section(plan6.disagreements(plan6.datasets.kawasaki_plan6()))
    >>> lines[0]
    'Consistency of the self-assessment (自己評価と実績の整合性)'
    """
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False, markup=False)
    for part in consistency_renderables(table):
        console.print(part)
    return [line.rstrip() for line in buffer.getvalue().splitlines()]


def _heading(ja: str, en: str, numeric: bool = False) -> dict[str, Any]:
    h = label(ja, en)
    return {"ja": phrases(h.ja), "en": h.en, "numeric": numeric}


def consistency_section(table: pd.DataFrame) -> dict[str, Any]:
    """The section as the template ``section.html.j2`` takes it.

    >>> import plan6
    >>> section = consistency_section(plan6.disagreements(plan6.datasets.kawasaki_plan6()))
    >>> section["id"], len(section["tables"][0]["rows"])
    ('consistency', 6)
    """
    rows = []
    for row in table.itertuples():
        graded = _category(row.status)
        implied = _category(row.implied_status)
        rows.append(
            [
                {"text": year_label(row.fiscal_year), "css": "year"},
                {"text": str(row.policy_plan_ja)},
                {
                    "text": graded + ("*" if bool(row.target_changed) else ""),
                    "css": f"num c{graded}",
                },
                {"text": _category(row.reference_status), "css": "num"},
                {"text": implied, "css": f"num c{implied}" if implied.isdigit() else "num"},
                {
                    "text": header("attainment", "達成率")
                    if row.implied_from == "attainment"
                    else header("growth", "前年度比")
                },
                {"text": "", "lines": _evidence_lines(row.evidence), "css": "quote"},
            ]
        )
    tables = []
    notes = [_intro()]
    if rows:
        tables.append(
            {
                "id": "consistency-table",
                "caption": "",
                "headers": [
                    _heading("年度", "FY"),
                    _heading("施策計画", "Policy plan"),
                    _heading("区分", "Graded", True),
                    _heading("当初目標に対する区分", "Against the original target", True),
                    _heading("実績から", "Implied", True),
                    _heading("根拠", "From"),
                    _heading("数値と一致数", "Metrics, values, how many agree"),
                ],
                "rows": rows,
            }
        )
    else:
        notes.append(header("No disagreements.", "不一致はありません。"))
    legend = [[{"text": " · ".join(f"{c.code} {c.ja}" for c in ACHIEVEMENT_CATEGORIES.values())}]]
    return {
        "id": "consistency",
        "heading": _heading("自己評価と実績の整合性", "Consistency of the self-assessment"),
        "notes": notes,
        "tables": tables,
        "legend": legend if rows else [],
        "figures": [],
    }


def render_html_section(table: pd.DataFrame) -> str:
    """The HTML section of the report from :func:`disagreements`' table.

    >>> import plan6
    >>> "自己評価" in render_html_section(plan6.disagreements(plan6.datasets.kawasaki_plan6()))
    True
    """
    return render("section.html.j2", section=consistency_section(table))
