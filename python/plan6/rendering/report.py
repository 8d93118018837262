"""The evaluation report: a terminal summary (rich, :mod:`plan6.rendering.terminal`) and a
self-contained HTML page built from Jinja2 templates (``templates/report.html.j2``).

The page has a table of contents, a summary, the categories, the changed targets, the
attainment and growth tables with their source quotes, the consistency check with its
evidence, and the charts beside the tables of their numbers, as inline SVG (text drawn as
outlines: no font or network needed to view it), each with a title and a description a screen
reader reads. Headings are Japanese with an English gloss, or Japanese alone when
``plan6.options.language`` is "ja".

>>> import plan6
>>> text = plan6.report.render_text(plan6.datasets.kawasaki_plan6())
>>> "133.1 %" in text
True
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..model.dataset import EvaluationDataset
from ..text.formatting import format_amount, format_percent, is_missing
from .consistency import consistency_section
from .labels import category_text, header, label, phrases, year_label
from .sections import ReportTables, build_tables, headings, nothing_to_show, overview
from .templating import Markup, render
from .terminal import print_report, render_text

__all__ = [
    "ReportTables",
    "build_tables",
    "page_context",
    "print_report",
    "render_charts",
    "render_html",
    "render_summary",
    "render_text",
    "write_html",
    "write_xlsx",
]


def _section(
    key: str,
    notes: list[str],
    table: tuple[list[dict[str, Any]], list[list[dict[str, Any]]]] | None,
    legend: list[list[dict[str, str]]] | None = None,
    figures: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One section as ``section.html.j2`` takes it; its table (headers, rows) is
    ``<key>-table``."""
    tables = []
    if table is not None:
        headers, rows = table
        tables.append({"id": f"{key}-table", "caption": "", "headers": headers, "rows": rows})
    return {
        "id": key,
        "heading": _section_heading(key),
        "notes": notes,
        "tables": tables,
        "legend": legend or [],
        "figures": figures or [],
    }


def _heading(ja: str, en: str, numeric: bool = False) -> dict[str, Any]:
    h = label(ja, en)
    return {"ja": phrases(h.ja), "en": h.en, "numeric": numeric}


def _section_heading(key: str) -> dict[str, Any]:
    h = headings()[key]
    return {"ja": phrases(h.ja), "en": h.en, "numeric": False}


def _cell(text: object, css: str = "") -> dict[str, Any]:
    return {"text": "" if is_missing(text) else str(text), "css": css}


def _legend() -> list[list[dict[str, str]]]:
    return [[{"text": category_text(c), "css": f"c{c}"} for c in ACHIEVEMENT_CATEGORIES]]


def _summary(t: ReportTables) -> dict[str, Any]:
    rows = []
    for year in t.years:
        cells = [_cell(year_label(year), "year")]
        for code in ACHIEVEMENT_CATEGORIES:
            count = int(t.category_counts.loc[year, code])  # type: ignore[arg-type]
            cells.append(_cell(count, f"num c{code}" if count else "num"))
        attained = t.attainment[t.attainment["fiscal_year"] == year]["attainment"]
        grown = t.growth[t.growth["fiscal_year"] == year]["growth"]
        cells += [
            _cell(int(t.changed_targets["fiscal_year"].eq(year).sum()), "num"),
            _cell(f"{int((attained >= 1).sum())} / {int(attained.notna().sum())}", "num"),
            _cell(f"{int((grown > 0).sum())} / {int((grown < 0).sum())}", "num"),
        ]
        rows.append(cells)
    headers = [_heading("年度", "FY")]
    headers += [_heading(f"{c.code} {c.ja}", c.en, True) for c in ACHIEVEMENT_CATEGORIES.values()]
    headers += [
        _heading("目標変更", "Targets changed (*)", True),
        _heading("計画達成／計画値あり", "Plan met / with a plan", True),
        _heading("増加／減少", "Rose / fell over the prior year", True),
    ]
    note = header("Policy plans per achievement category", "達成状況区分別の施策計画数")
    return _section("summary", [note], (headers, rows))


def _categories(dataset: EvaluationDataset, t: ReportTables) -> dict[str, Any]:
    plans = dataset.plans.set_index(["policy_plan_no", "fiscal_year"])
    rows = []
    for _, row in t.categories.iterrows():
        cells = [
            _cell(row["programme_no"]),
            _cell(row["programme_ja"]),
            _cell(row["policy_plan_ja"]),
        ]
        for year in t.years:
            key = (row["policy_plan_no"], year)
            status = int(plans.loc[key, "status"]) if key in plans.index else 0
            cells.append(_cell(row.get(year, ""), f"num c{status}"))
        rows.append(cells)
    headers = [
        _heading("No", ""),
        _heading("アクションプログラム", "Action programme"),
        _heading("施策計画", "Policy plan"),
    ] + [_heading(year_label(y), "", True) for y in t.years]
    note = header(
        "3* (ref. 4): category 3 against the target as changed during the year (*), and "
        "category 4 against the original target (参考, as the report gives it).",
        "3*（参考 4）：年度中に変更した目標に対して区分3（*）、当初目標に対しては区分4（参考）。",
    )
    figures = [
        _figure("category_heatmap", dataset, "categories-table"),
        _figure("category_transitions", dataset, "categories-table"),
    ]
    return _section("categories", [note], (headers, rows), _legend(), figures)


def _changed(t: ReportTables) -> dict[str, Any]:
    rows = [
        [
            _cell(year_label(r["fiscal_year"]), "year"),
            _cell(r["policy_plan_ja"]),
            _cell(f"{r['status']}*", f"num c{r['status']}"),
            _cell("" if is_missing(r["reference_status"]) else int(r["reference_status"]), "num"),
            _cell(r["changed_target"]),
        ]
        for _, r in t.changed_targets.iterrows()
    ]
    headers = [
        _heading("年度", "FY"),
        _heading("施策計画", "Policy plan"),
        _heading("区分", "Category", True),
        _heading("当初目標に対する区分", "Against the original target", True),
        _heading("変更後の目標", "Changed target"),
    ]
    if not rows:
        return _section(
            "changed", [header("No target was changed.", "目標の変更はありません。")], None
        )
    return _section("changed", [], (headers, rows))


def _fact_rows(
    facts: pd.DataFrame, base: str, ratio: Callable[[dict[Any, Any]], str], bounds: bool
) -> list[list[dict[str, Any]]]:
    rows = []
    for r in facts.to_dict("records"):
        unit, unit_ja = str(r["unit"]), str(r["unit_ja"])
        rows.append(
            [
                _cell(year_label(r["fiscal_year"]), "year"),
                _cell(r["policy_plan_ja"]),
                _cell(" ".join(str(r["metric_ja"]).split())),
                _cell(format_amount(r["value"], unit, unit_ja, bounds and r["lower_bound"]), "num"),
                _cell(format_amount(r[base], unit, unit_ja), "num"),
                _cell(ratio(r), "num"),
                _cell(" ".join(str(r["quote"]).split()), "quote"),
            ]
        )
    return rows


def _fact_headers(base: tuple[str, str], ratio: tuple[str, str]) -> list[dict[str, Any]]:
    """FY, policy plan, metric, actual, `base` (plan or prior), `ratio`, source."""
    fixed = [("年度", "FY"), ("施策計画", "Policy plan"), ("指標", "Metric")]
    numbers = [("実績", "Actual"), base, ratio]
    return (
        [_heading(*h) for h in fixed]
        + [_heading(*h, True) for h in numbers]
        + [_heading("出典", "Source")]
    )


def _attainment(dataset: EvaluationDataset, t: ReportTables) -> dict[str, Any]:
    headers = _fact_headers(("計画", "Plan"), ("達成率", "Attainment"))
    rows = _fact_rows(
        t.attainment,
        "target_value",
        lambda r: format_percent(r["attainment"], lower_bound=bool(r["lower_bound"])),
        True,
    )
    note = header(
        "Actual against the plan value the text gives; \u201c>\u201d marks a lower bound "
        "(\u201cmore than 3,100\u201d): the attainment is at least that.",
        "本文の計画値に対する実績。「>」は下限（「3,100人を上回る」）で、達成率はその値以上。",
    )
    figure = _figure("attainment_bullets", dataset, "attainment-table")
    return _section("attainment", [note], (headers, rows), figures=[figure])


def _growth(dataset: EvaluationDataset, t: ReportTables) -> dict[str, Any]:
    headers = _fact_headers(("前年度", "Prior"), ("伸び率", "Growth"))

    def growth(r: dict[Any, Any]) -> str:
        mark = "" if r["prior_source"] == "text" else " †"
        return format_percent(r["growth"], signed=True) + mark

    note = header(
        "† the prior-year value comes from the previous year's results; otherwise the text "
        "gives it (前年度…).",
        "† 前年度値は前年度の実施結果から。無印は本文の記載（前年度…）。",
    )
    rows = _fact_rows(t.growth, "prior", growth, False)
    figure = _figure("growth_bars", dataset, "growth-table")
    return _section("growth", [note], (headers, rows), figures=[figure])


def _describe_heatmap(ds: EvaluationDataset) -> tuple[str, str]:
    plans = ds.plans
    changed = int(plans["target_changed"].astype(bool).sum())
    counts = plans["status"].value_counts().sort_index()
    shares = ", ".join(
        f"{int(n)} × {int(c)}" for c, n in zip(counts.index.tolist(), counts.tolist(), strict=True)
    )
    return (
        f"A grid of {plans['policy_plan_no'].nunique()} policy plans by "
        f"{plans['fiscal_year'].nunique()} fiscal years coloured by category (count × "
        f"category: {shares}); the {changed} cells with a changed target are outlined.",
        f"施策計画 {plans['policy_plan_no'].nunique()} × {plans['fiscal_year'].nunique()}年度の"
        f"達成状況区分（件数 × 区分：{shares}）。目標を変更した {changed} セルは太枠。",
    )


def _describe_transitions(ds: EvaluationDataset) -> tuple[str, str]:
    years = sorted(int(y) for y in ds.plans["fiscal_year"].unique())
    wide = ds.plans.pivot_table(
        index="policy_plan_no", columns="fiscal_year", values="status", aggfunc="first"
    )
    moved = int((wide[years[0]] != wide[years[-1]]).sum()) if len(years) > 1 else 0
    return (
        f"One line per policy plan from its category in {year_label(years[0], 'en')} to "
        f"{year_label(years[-1], 'en')}, grouped by action programme; {moved} plans changed "
        "category.",
        f"{years[0]}年度から{years[-1]}年度への区分の推移（アクションプログラム別、1本が1施策計画）。"
        f"区分が変わった施策計画 {moved}件。",
    )


def _describe_bullets(ds: EvaluationDataset) -> tuple[str, str]:
    t = build_tables(ds)
    met = int((t.attainment["attainment"] >= 1).sum())
    return (
        f"One bar per fact with a plan value ({len(t.attainment)}): the actual as a share of "
        f"the plan, the tick at 100 % is the plan; {met} met or exceeded it.",
        f"計画値のある数値 {len(t.attainment)}件の達成率（実績 ÷ 計画）。縦線が計画（100 %）。"
        f"計画以上は {met}件。",
    )


def _describe_growth(ds: EvaluationDataset) -> tuple[str, str]:
    t = build_tables(ds)
    up, down = int((t.growth["growth"] > 0).sum()), int((t.growth["growth"] < 0).sum())
    return (
        f"Growth over the prior year of {len(t.growth)} facts, largest rise first, on a "
        f"symmetric log scale; {up} rose and {down} fell.",
        f"前年度比 {len(t.growth)}件（伸び率の大きい順、対称対数目盛）。"
        f"増加 {up}件、減少 {down}件。",
    )


#: Each chart: its title (ja, en) and what describes it (en, ja) for a screen reader.
_CHARTS: dict[str, tuple[tuple[str, str], Callable[[EvaluationDataset], tuple[str, str]]]] = {
    "category_heatmap": (
        ("施策計画別・年度別の達成状況区分", "Categories by policy plan and year"),
        _describe_heatmap,
    ),
    "category_transitions": (
        ("アクションプログラム別 区分の推移", "Category transitions per action programme"),
        _describe_transitions,
    ),
    "attainment_bullets": (("計画に対する達成率", "Attainment against plan"), _describe_bullets),
    "growth_bars": (("前年度比", "Growth over the prior year"), _describe_growth),
}


def _svg(figure: Any, prefix: str, title: str, description: str) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # the XML prolog and DTD do not belong inside HTML
    # Several SVGs share one HTML document: give each its own ids (glyphs, clip paths).
    svg = re.sub(r'id="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'(xlink:href|href)="#([^"]+)"', rf'\1="#{prefix}-\2"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    # A screen reader reads the chart as one image with its title and description; the
    # outlined glyphs inside are hidden from it.
    escape = Markup.escape
    opening = re.search(r"<svg\b[^>]*>", svg)
    assert opening is not None
    accessible = (
        opening.group(0)[:-1]
        + f' role="img" aria-labelledby="{prefix}-title {prefix}-desc">'
        + f'<title id="{prefix}-title">{escape(title)}</title>'
        + f'<desc id="{prefix}-desc">{escape(description)}</desc>'
    )
    return svg[: opening.start()] + accessible + svg[opening.end() :]


def _figure(name: str, dataset: EvaluationDataset, table: str) -> dict[str, Any]:
    """One chart for the template: title, description, its table's id and the SVG (or a
    note when matplotlib is missing)."""
    (ja, en), describe = _CHARTS[name]
    heading = _heading(ja, en)
    described = label(*reversed(describe(dataset)))
    description = described.ja if not described.en else described.en
    numbers = header("The numbers in a table", "数値の表")
    try:
        # No backend is chosen here: in a notebook the inline backend stays; the figures are
        # closed once saved, so they are not also shown there.
        import matplotlib
        import matplotlib.pyplot as plt

        from . import plot
    except ImportError:
        note = "Charts need matplotlib: pip install 'plan6[plot]'."
        return {
            "id": name,
            "title": heading,
            "description": note,
            "table": table,
            "numbers": numbers,
            "svg": "",
        }
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "plan6"}):
        ax = getattr(plot, name)(dataset)
        try:
            svg = _svg(ax.figure, f"svg-{name}", label(ja, en).text(), description)
        finally:
            plt.close(ax.figure)
    return {
        "id": name,
        "title": heading,
        "description": description,
        "table": table,
        "numbers": numbers,
        "svg": Markup(svg),
    }


def page_context(dataset: EvaluationDataset) -> dict[str, Any]:
    """What the template ``report.html.j2`` receives as ``page``: the title, the overview
    line, the sections in order (each with its heading, notes, tables of formatted cells,
    legend and figures), or, for a dataset with nothing to show, ``empty``.

    >>> import plan6
    >>> page = page_context(plan6.datasets.kawasaki_plan6())
    >>> [s["id"] for s in page["sections"]]
    ['summary', 'categories', 'changed', 'attainment', 'growth', 'consistency']
    """
    from .. import __version__

    t = build_tables(dataset)
    page: dict[str, Any] = {
        "language": "ja",  # the names and quotes are Japanese; English glosses say lang="en"
        "version": __version__,
        "title": dataset.title,
        "overview": overview(dataset),
        "generated": header("generated by plan6", "plan6 により作成"),
        "contents": _heading("目次", "Contents"),
        "empty": nothing_to_show(dataset) if t.empty else "",
        "sections": [],
    }
    if t.empty:
        return page
    page["sections"] = [
        _summary(t),
        _categories(dataset, t),
        _changed(t),
        _attainment(dataset, t),
        _growth(dataset, t),
        consistency_section(t.disagreements),
    ]
    return page


def render_html(dataset: EvaluationDataset, *, templates: str | Path | None = None) -> str:
    """A self-contained HTML report (inline CSS and SVG charts, no scripts, no network),
    rendered from the template ``report.html.j2``.

    Parameters
    ----------
    dataset
        The evaluation to report on; one without plans or facts gives a page that says there
        is nothing to show.
    templates
        A folder whose templates replace plan6's own of the same name (``report.html.j2``,
        ``section.html.j2``, ``macros.html.j2``, ``report.css``).

    >>> import plan6
    >>> page = render_html(plan6.datasets.kawasaki_plan6())
    >>> page.startswith("<!DOCTYPE html>"), "<script" in page
    (True, False)
    """
    return render("report.html.j2", templates, page=page_context(dataset)) + "\n"


def write_html(
    dataset: EvaluationDataset, path: str | Path, *, templates: str | Path | None = None
) -> Path:
    """Write :func:`render_html` to `path` (UTF-8) and return the path.

    >>> import tempfile, pathlib, plan6
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_html(plan6.datasets.kawasaki_plan6(), pathlib.Path(tmp) / "r.html").name
    'r.html'
    """
    target = Path(path)
    target.write_text(render_html(dataset, templates=templates), encoding="utf-8")
    return target


def render_summary(dataset: EvaluationDataset, tables: ReportTables | None = None) -> str:
    """The HTML report's summary section: policy plans per category and year, changed
    targets, and how many facts met their plan or rose over the prior year.

    >>> import plan6
    >>> html = plan6.report.render_summary(plan6.datasets.kawasaki_plan6())
    >>> "目標をほぼ<wbr>達成" in html and "target nearly achieved" in html
    True
    """
    t = tables if tables is not None else build_tables(dataset)
    return render("section.html.j2", section=_summary(t))


def render_charts(dataset: EvaluationDataset) -> str:
    """The report's four charts as HTML figures with inline SVG (text drawn as outlines, so
    the page needs no font and no network), or notes when matplotlib is not installed.

    >>> import plan6
    >>> html = plan6.report.render_charts(plan6.datasets.kawasaki_plan6())
    >>> html.count("<svg")
    4
    """
    tables = {
        "category_heatmap": "categories-table",
        "category_transitions": "categories-table",
        "attainment_bullets": "attainment-table",
        "growth_bars": "growth-table",
    }
    section = {
        "id": "charts",
        "heading": _heading("グラフ", "Charts"),
        "notes": [],
        "tables": [],
        "legend": [],
        "figures": [_figure(name, dataset, table) for name, table in tables.items()],
    }
    return render("section.html.j2", section=section)


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
