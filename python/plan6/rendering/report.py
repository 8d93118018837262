"""The evaluation report: a terminal summary and a self-contained HTML page.

>>> import plan6
>>> text = plan6.report.render_text(plan6.datasets.kawasaki_plan6())
>>> "133.1 %" in text
True
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..indicators.consistency import disagreements
from ..model.dataset import EvaluationDataset
from ..text.formatting import format_amount, format_percent
from .consistency import render_html_section, render_text_section
from .labels import status_text
from .tables import clip, pad

__all__ = [
    "ReportTables",
    "build_tables",
    "render_charts",
    "render_html",
    "render_summary",
    "render_text",
    "write_html",
    "write_xlsx",
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


def _status_label(row: pd.Series) -> str:
    # The report is bilingual whatever plan6.options.language says: labels stay English.
    return status_text(row["status"], bool(row["target_changed"]), row["reference_status"], "en")


def build_tables(dataset: EvaluationDataset) -> ReportTables:
    """Compute the report's tables from `dataset` (indicators included).

    >>> import plan6
    >>> tables = build_tables(plan6.datasets.kawasaki_plan6())
    >>> tables.years, len(tables.changed_targets)
    ([2011, 2012], 4)
    """
    plans = dataset.plans.copy()
    plans["label"] = plans.apply(_status_label, axis=1)
    categories = plans.pivot_table(
        index=["programme_no", "programme_ja", "policy_plan_no", "policy_plan_ja"],
        columns="fiscal_year",
        values="label",
        aggfunc="first",
    ).reset_index()
    counts = (
        plans.groupby(["fiscal_year", "status"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=list(ACHIEVEMENT_CATEGORIES), fill_value=0)
    )
    changed = plans[plans["target_changed"]][
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
    attained = reported[reported["target_value"].notna()].sort_values(
        ["fiscal_year", "programme_no", "span_start"]
    )
    grown = reported[reported["prior"].notna()].sort_values(
        ["fiscal_year", "programme_no", "span_start"]
    )
    return ReportTables(
        categories, counts, changed, attained, grown, sorted(plans["fiscal_year"].unique().tolist())
    )


def render_text(dataset: EvaluationDataset) -> str:
    """The evaluation summary for a terminal (Japanese names aligned by display width).

    >>> import plan6
    >>> render_text(plan6.datasets.kawasaki_plan6()).splitlines()[0]
    'plan6 evaluation report — プラン６ 川崎の活力を生み出す産業イノベーション'
    """
    t = build_tables(dataset)
    years = t.years
    lines = [
        f"plan6 evaluation report — {dataset.title}",
        f"{dataset.plans['programme_no'].nunique()} action programmes · "
        f"{dataset.plans['policy_plan_no'].nunique()} policy plans · fiscal years "
        f"{years[0]}–{years[-1]} · {len(dataset.facts)} facts",
        "",
        "Achievement categories (達成状況区分; * target changed, ref. = against the original "
        "target)",
    ]
    header = pad("  No Policy plan (施策計画)", 58) + "".join(pad(f"FY{y}", 14) for y in years)
    lines.append(header)
    for programme_no, group in t.categories.groupby("programme_no", sort=True):
        lines.append(f"  {programme_no}  {group['programme_ja'].iloc[0]}")
        for _, row in group.iterrows():
            name = clip(str(row["policy_plan_ja"]), 50)
            lines.append(
                "      " + pad(name, 52) + "".join(pad(str(row.get(y, "")), 14) for y in years)
            )
    for year in years:
        counts = " ".join(
            f"{code}:{int(t.category_counts.loc[year, code])}"  # type: ignore[arg-type]
            for code in ACHIEVEMENT_CATEGORIES
        )
        lines.append(f"  FY{year} policy plans by category  {counts}")
    lines.append(
        "  " + "  ".join(f"{c.code} {c.ja} ({c.en})" for c in ACHIEVEMENT_CATEGORIES.values())
    )

    lines += ["", "Changed targets (【変更後の目標】)"]
    for _, row in t.changed_targets.iterrows():
        reference = (
            ""
            if pd.isna(row["reference_status"])
            else f", against the original target {int(row['reference_status'])}"
        )
        lines.append(
            f"  FY{row['fiscal_year']} {row['policy_plan_ja']}: {row['status']}*{reference}"
        )
        if row["changed_target"]:
            lines.append(f"      → {row['changed_target']}")

    lines += ["", "Attainment against plan (実績 / 計画)"]
    for _, row in t.attainment.iterrows():
        value = format_amount(row["value"], row["unit"], row["unit_ja"], row["lower_bound"])
        lines.append(
            f"  FY{row['fiscal_year']} {pad(clip(str(row['metric_ja']), 40), 40)} "
            f"{pad(value, 14)}"
            f" plan {pad(format_amount(row['target_value'], row['unit'], row['unit_ja']), 12)} "
            f"attainment {format_percent(row['attainment'], lower_bound=row['lower_bound'])}"
        )

    lines += [
        "",
        "Growth over the prior year (前年度比; † prior taken from the previous year's results, "
        "otherwise as the text gives it)",
    ]
    for _, row in t.growth.iterrows():
        source = "" if row["prior_source"] == "text" else " †"
        lines.append(
            f"  FY{row['fiscal_year']} {pad(clip(str(row['metric_ja']), 40), 40)} "
            f"{pad(format_amount(row['value'], row['unit'], row['unit_ja']), 14)} prior "
            f"{pad(format_amount(row['prior'], row['unit'], row['unit_ja']), 12)} "
            f"growth {format_percent(row['growth'], signed=True)}{source}"
        )
    lines += ["", *render_text_section(disagreements(dataset))]
    return "\n".join(lines) + "\n"


_CSS = """
body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,sans-serif;
margin:2rem auto;max-width:72rem;color:#1d2733;line-height:1.5}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;
border-bottom:2px solid #d8dee6;padding-bottom:.2rem}.en{color:#5b6b7c;font-weight:normal}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border:1px solid #d8dee6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f5f8}td.num{text-align:right;font-variant-numeric:tabular-nums;
white-space:nowrap}.c1{background:#1a9850;color:#fff}.c2{background:#91cf60}
.c3{background:#ffffbf}.c4{background:#fc8d59}.c5{background:#d73027;color:#fff}
.meta{color:#5b6b7c}.quote{color:#5b6b7c;font-size:.8rem}
"""
# Charts and the summary (issue 6); IPAexGothic is the font the charts are drawn with.
_CSS += """
body{font-family:"Noto Sans CJK JP","IPAexGothic","Hiragino Sans","Yu Gothic",Meiryo,sans-serif}
figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.3rem}
figure svg{max-width:100%;height:auto}
"""


def _cell(value: object, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<td{cls}>{html.escape(str(value))}</td>"


def _table(headers: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _fact_table(
    facts: pd.DataFrame,
    base: str,
    headers: list[str],
    ratio: Callable[[pd.Series], str],
    last: Callable[[pd.Series], str],
    last_header: str,
    *,
    value_bounds: bool = False,
) -> str:
    """A table of facts against a base (plan or prior year): year, plan, metric, the value,
    the base, the ratio, and one more cell (`last`)."""
    rows = [
        "<tr>"
        + _cell(f"FY{r['fiscal_year']}")
        + _cell(r["policy_plan_ja"])
        + _cell(r["metric_ja"])
        + _cell(
            format_amount(r["value"], r["unit"], r["unit_ja"], value_bounds and r["lower_bound"]),
            "num",
        )
        + _cell(format_amount(r[base], r["unit"], r["unit_ja"]), "num")
        + _cell(ratio(r), "num")
        + last(r)
        + "</tr>"
        for _, r in facts.iterrows()
    ]
    fixed = [
        "年度",
        "施策計画",
        '指標 <span class="en">Metric</span>',
        '実績 <span class="en">Actual</span>',
    ]
    return _table([*fixed, *headers, last_header], rows)


def render_html(dataset: EvaluationDataset) -> str:
    """A self-contained HTML report (inline CSS and SVG charts, no scripts, no network).

    >>> import plan6
    >>> page = render_html(plan6.datasets.kawasaki_plan6())
    >>> page.startswith("<!DOCTYPE html>"), "<script" in page
    (True, False)
    """
    t = build_tables(dataset)
    years = t.years
    parts = [
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
        f"<title>plan6 — {html.escape(dataset.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(dataset.title)}</h1>",
        f'<p class="meta">{dataset.plans["programme_no"].nunique()} action programmes · '
        f"{dataset.plans['policy_plan_no'].nunique()} policy plans · fiscal years "
        f"{years[0]}–{years[-1]} · {len(dataset.facts)} facts · generated by plan6</p>",
    ]
    parts.append(render_summary(dataset, t))
    parts.append('<h2>達成状況区分 <span class="en">Achievement categories</span></h2>')
    rows = []
    plans = dataset.plans.set_index(["policy_plan_no", "fiscal_year"])
    for _, row in t.categories.iterrows():
        cells = [
            _cell(row["programme_no"]),
            _cell(row["programme_ja"]),
            _cell(row["policy_plan_ja"]),
        ]
        for year in years:
            status = int(plans.loc[(row["policy_plan_no"], year), "status"])
            cells.append(_cell(row.get(year, ""), f"num c{status}"))
        rows.append(f"<tr>{''.join(cells)}</tr>")
    parts.append(
        _table(
            [
                "No",
                'アクションプログラム <span class="en">Programme</span>',
                '施策計画 <span class="en">Policy plan</span>',
            ]
            + [f"FY{y}" for y in years],
            rows,
        )
    )
    legend = " · ".join(
        f'<span class="c{c.code}">&nbsp;{c.code}&nbsp;</span> '
        f'{html.escape(c.ja)} <span class="en">{html.escape(c.en)}</span>'
        for c in ACHIEVEMENT_CATEGORIES.values()
    )
    parts.append(f'<p class="meta">{legend}; * target changed during the year.</p>')

    parts.append('<h2>変更後の目標 <span class="en">Changed targets</span></h2>')
    rows = [
        "<tr>"
        + _cell(f"FY{r['fiscal_year']}")
        + _cell(r["policy_plan_ja"])
        + _cell(f"{r['status']}*", f"num c{r['status']}")
        + _cell("" if pd.isna(r["reference_status"]) else int(r["reference_status"]), "num")
        + _cell(r["changed_target"])
        + "</tr>"
        for _, r in t.changed_targets.iterrows()
    ]
    parts.append(
        _table(
            [
                '年度 <span class="en">FY</span>',
                '施策計画 <span class="en">Policy plan</span>',
                '区分 <span class="en">Category</span>',
                '当初目標に対する区分 <span class="en">Against original</span>',
                '変更後の目標 <span class="en">Changed target</span>',
            ],
            rows,
        )
    )

    parts.append('<h2>計画に対する達成率 <span class="en">Attainment against plan</span></h2>')
    parts.append(
        _fact_table(
            t.attainment,
            "target_value",
            ['計画 <span class="en">Plan</span>', '達成率 <span class="en">Attainment</span>'],
            lambda r: format_percent(r["attainment"], lower_bound=r["lower_bound"]),
            lambda r: f'<td class="quote">{html.escape(r["quote"])}</td>',
            '出典 <span class="en">Source</span>',
            value_bounds=True,
        )
    )
    parts.append('<h2>前年度比 <span class="en">Growth over the prior year</span></h2>')
    parts.append(
        _fact_table(
            t.growth,
            "prior",
            ['前年度 <span class="en">Prior</span>', '伸び率 <span class="en">Growth</span>'],
            lambda r: format_percent(r["growth"], signed=True),
            lambda r: _cell("text" if r["prior_source"] == "text" else "previous FY"),
            '前年度値の出所 <span class="en">Prior from</span>',
        )
    )
    parts.append(render_html_section(disagreements(dataset)))
    parts.append(render_charts(dataset))
    parts.append("</body></html>\n")
    return "".join(parts)


def write_html(dataset: EvaluationDataset, path: str | Path) -> Path:
    """Write :func:`render_html` to `path` (UTF-8) and return the path.

    >>> import tempfile, pathlib, plan6
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_html(plan6.datasets.kawasaki_plan6(), pathlib.Path(tmp) / "r.html").name
    'r.html'
    """
    target = Path(path)
    target.write_text(render_html(dataset), encoding="utf-8")
    return target


def render_summary(dataset: EvaluationDataset, tables: ReportTables | None = None) -> str:
    """The HTML report's summary: policy plans per category and year, changed targets, and
    how many facts have an attainment or a growth rate, with headers in both languages.

    >>> import plan6
    >>> html = plan6.report.render_summary(plan6.datasets.kawasaki_plan6())
    >>> "目標をほぼ達成" in html and "target nearly achieved" in html
    True
    """
    t = tables if tables is not None else build_tables(dataset)
    rows = []
    for year in t.years:
        cells = [_cell(f"FY{year}")]
        for code in ACHIEVEMENT_CATEGORIES:
            count = int(t.category_counts.loc[year, code])  # type: ignore[arg-type]
            cells.append(_cell(count, f"num c{code}" if count else "num"))
        changed = int(t.changed_targets["fiscal_year"].eq(year).sum())
        attained = t.attainment[t.attainment["fiscal_year"] == year]["attainment"]
        grown = t.growth[t.growth["fiscal_year"] == year]["growth"]
        cells += [
            _cell(changed, "num"),
            _cell(f"{int((attained >= 1).sum())} / {int(attained.notna().sum())}", "num"),
            _cell(f"{int((grown > 0).sum())} / {int((grown < 0).sum())}", "num"),
        ]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    headers = ['年度 <span class="en">FY</span>'] + [
        f'{c.code} {html.escape(c.ja)} <span class="en">{html.escape(c.en)}</span>'
        for c in ACHIEVEMENT_CATEGORIES.values()
    ]
    headers += [
        '目標変更 <span class="en">Targets changed (*)</span>',
        '計画達成 <span class="en">Plan met / with a plan</span>',
        '増加 / 減少 <span class="en">Rose / fell over the prior year</span>',
    ]
    return (
        '<h2 id="summary">概要 <span class="en">Summary</span></h2>'
        '<p class="meta">施策計画数（達成状況区分別） '
        '<span class="en">Policy plans per achievement category</span></p>' + _table(headers, rows)
    )


_CHARTS = (
    ("category_heatmap", "施策計画別・年度別の達成状況区分", "Categories by policy plan and year"),
    (
        "category_transitions",
        "アクションプログラム別 区分の推移",
        "Category transitions per action programme",
    ),
    ("attainment_bullets", "計画に対する達成率", "Attainment against plan"),
    ("growth_bars", "前年度比", "Growth over the prior year"),
)


def _svg(figure: object, prefix: str) -> str:
    import io
    import re

    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})  # type: ignore[attr-defined]
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # the XML prolog and DTD do not belong inside HTML
    # Several SVGs share one HTML document: give each its own ids (glyphs, clip paths).
    svg = re.sub(r'id="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'(xlink:href|href)="#([^"]+)"', rf'\1="#{prefix}-\2"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    return svg


def render_charts(dataset: EvaluationDataset) -> str:
    """The HTML report's charts as inline SVG (text drawn as outlines, so the page needs no
    font and no network), or a note when matplotlib is not installed.

    >>> import plan6
    >>> html = plan6.report.render_charts(plan6.datasets.kawasaki_plan6())
    >>> html.count("<svg")
    4
    """
    try:
        # No backend is chosen here: in a notebook the inline backend stays; the figures are
        # closed once saved, so they are not also shown there.
        import matplotlib
        import matplotlib.pyplot as plt

        from . import plot
    except ImportError:
        return (
            '<h2 id="charts">グラフ <span class="en">Charts</span></h2>'
            "<p class=\"meta\">Charts need matplotlib: pip install 'plan6[plot]'.</p>"
        )
    parts = ['<h2 id="charts">グラフ <span class="en">Charts</span></h2>']
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "plan6"}):
        for name, ja, en in _CHARTS:
            ax = getattr(plot, name)(dataset)
            try:
                svg = _svg(ax.figure, name)
            finally:
                plt.close(ax.figure)
            parts.append(
                f'<figure id="chart-{name}"><figcaption>{html.escape(ja)} '
                f'<span class="en">{html.escape(en)}</span></figcaption>{svg}</figure>'
            )
    return "".join(parts)


def write_xlsx(dataset: EvaluationDataset, path: str | Path) -> Path:
    """Write the dataset's plans, facts and indicators to an Excel workbook (see
    :meth:`EvaluationDataset.to_excel`) and return the path.

    >>> import tempfile, pathlib, plan6
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = pathlib.Path(tmp) / "r.xlsx"
    ...     plan6.report.write_xlsx(plan6.datasets.kawasaki_plan6(), path).name
    'r.xlsx'
    """
    return dataset.to_excel(path)
