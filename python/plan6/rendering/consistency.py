"""The report's section on the consistency of the self-assessment, in text and HTML, from the
table :func:`plan6.disagreements` computes.

>>> import plan6
>>> from plan6.rendering.consistency import render_text_section
>>> render_text_section(plan6.disagreements(plan6.datasets.kawasaki_plan6()))[0]
'Consistency of the self-assessment (自己評価と実績の整合性)'
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pandas as pd

from ..indicators.categories import ACHIEVEMENT_CATEGORIES

__all__ = ["render_html_section", "render_text_section"]


def _category(value: Any) -> str:
    if pd.isna(value):
        return "—"
    is_int = isinstance(value, (int, np.integer)) and not isinstance(value, bool)
    return str(int(value)) if is_int else str(value)


def render_text_section(table: pd.DataFrame) -> list[str]:
    """Lines for the terminal report from :func:`disagreements`' table.

    >>> import plan6
    >>> lines = render_text_section(plan6.disagreements(plan6.datasets.kawasaki_plan6()))
    >>> lines[0]
    'Consistency of the self-assessment (自己評価と実績の整合性)'
    """
    lines = [
        "Consistency of the self-assessment (自己評価と実績の整合性)",
        "  the category each plan gave itself against the one its own numbers imply "
        "(attainment bands 1.20 / 1.05 / 0.95 / 0.80 by default; growth over the prior "
        "year when there is no plan value)",
    ]
    if table.empty:
        lines.append("  no disagreements")
        return lines
    for row in table.itertuples():
        source = "attainment" if row.implied_from == "attainment" else "growth (secondary)"
        reference = ""
        if bool(row.target_changed) and _category(row.reference_status) != "—":
            reference = f", against the original target {_category(row.reference_status)}"
        lines.append(
            f"  FY{row.fiscal_year} {row.policy_plan_ja}: graded {_category(row.status)}"
            f"{'*' if bool(row.target_changed) else ''}{reference}; {source} implies "
            f"{_category(row.implied_status)}"
        )
        lines.append(f"      {row.evidence}")
    return lines


def render_html_section(table: pd.DataFrame) -> str:
    """The HTML section of the report from :func:`disagreements`' table.

    >>> import plan6
    >>> "自己評価" in render_html_section(plan6.disagreements(plan6.datasets.kawasaki_plan6()))
    True
    """
    head = (
        '<h2>自己評価と実績の整合性 <span class="en">Consistency of the self-assessment</span>'
        "</h2>"
        '<p class="meta">The category each policy plan gave itself against the category its '
        "own numbers imply: attainment against plan (bands 1.20 / 1.05 / 0.95 / 0.80), or, "
        "without a plan value, growth over the prior year (a secondary signal).</p>"
    )
    if table.empty:
        return head + '<p class="meta">No disagreements.</p>'
    rows = []
    for row in table.itertuples():
        status = _category(row.status) + ("*" if bool(row.target_changed) else "")
        implied = _category(row.implied_status)
        css = f' class="num c{implied}"' if implied in {"1", "2", "3", "4", "5"} else ""
        rows.append(
            "<tr>"
            f"<td>FY{row.fiscal_year}</td>"
            f"<td>{html.escape(str(row.policy_plan_ja))}</td>"
            f'<td class="num c{_category(row.status)}">{html.escape(status)}</td>'
            f'<td class="num">{html.escape(_category(row.reference_status))}</td>'
            f"<td{css}>{html.escape(implied)}</td>"
            f"<td>{'attainment' if row.implied_from == 'attainment' else 'growth'}</td>"
            f'<td class="quote">{html.escape(str(row.evidence))}</td>'
            "</tr>"
        )
    headers = [
        "年度",
        '施策計画 <span class="en">Policy plan</span>',
        '区分 <span class="en">Graded</span>',
        '当初目標に対する区分 <span class="en">Against original</span>',
        '実績から <span class="en">Implied</span>',
        '根拠 <span class="en">From</span>',
        '数値 <span class="en">Numbers</span>',
    ]
    legend = " · ".join(f"{code} {html.escape(c.ja)}" for code, c in ACHIEVEMENT_CATEGORIES.items())
    return (
        head
        + "<table><thead><tr>"
        + "".join(f"<th>{h}</th>" for h in headers)
        + "</tr></thead><tbody>"
        + "".join(rows)
        + f'</tbody></table><p class="meta">{legend}</p>'
    )
