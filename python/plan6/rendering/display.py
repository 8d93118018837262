"""How the model's results display: headers in the display language
(``plan6.options.language``) and tables in text and HTML, for :class:`~plan6.model.results.Fact`,
:class:`~plan6.model.results.IndicatorResult`, :class:`~plan6.model.results.CategoryRollup`
and :class:`~plan6.model.EvaluationDataset` (their ``__str__`` and ``_repr_html_`` call here).

Numbers are written as the report writes them (426人, 391億7,319万円, 133.1 %), achievement
categories carry their Japanese label and an English gloss, and an undefined (NaN) indicator
value shows its reason.

>>> import plan6
>>> print(plan6.rendering.display.fact_text(plan6.datasets.kawasaki_plan6().fact(52)))
... # doctest: +ELLIPSIS
Fact        #52
Fiscal year FY2012
...
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pandas as pd

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..model.results import CategoryRollup, Fact, IndicatorResult, reason_text
from ..text.formatting import format_amount, format_percent, is_missing
from .labels import (
    CATEGORY_COLOURS,
    CATEGORY_TEXT_COLOURS,
    category_text,
    header,
    status_text,
    year_label,
)
from .options import options
from .tables import html_table, text_table

if TYPE_CHECKING:
    from ..model.dataset import EvaluationDataset

__all__ = [
    "STYLE",
    "dataset_html",
    "dataset_repr",
    "dataset_text",
    "fact_fields",
    "fact_html",
    "fact_text",
    "indicator_html",
    "indicator_table",
    "indicator_text",
    "rollup_html",
    "rollup_table",
    "rollup_text",
]

#: The style sheet of plan6's rich displays.
STYLE = (
    "<style>table.plan6{border-collapse:collapse;font-size:.85rem;margin:.3rem 0}"
    "table.plan6 th,table.plan6 td{border:1px solid #d8dee6;padding:.2rem .45rem;"
    "text-align:left;vertical-align:top}table.plan6 th{background:#f2f5f8}"
    "table.plan6 caption{text-align:left;font-weight:bold;padding:.2rem 0}"
    ".plan6-meta{color:#5b6b7c}.plan6-quote{color:#5b6b7c}</style>"
)

# What each indicator is computed from, and how its value and base are named.
_INDICATORS: dict[str, tuple[tuple[str, str], tuple[str, str], bool]] = {
    # name: ((value header en, ja), (base header en, ja), signed percentage)
    "attainment": (("Actual", "実績"), ("Plan", "計画"), False),
    "growth": (("Actual", "実績"), ("Prior year", "前年度"), True),
    "gap": (("Actual", "実績"), ("Plan", "計画"), False),
}
_RESULT_HEADERS = {
    "attainment": ("Attainment", "達成率"),
    "growth": ("Growth", "伸び率"),
    "gap": ("Gap", "差"),
}


def fact_fields(fact: Fact) -> list[tuple[str, str]]:
    """(label, value) rows of a fact's card: year, plan, metric, value, plan and prior values
    with attainment and growth, and the source quote with its span.

    >>> import plan6
    >>> dict(fact_fields(plan6.datasets.kawasaki_plan6().fact(52)))["Attainment"]
    '133.1 %'
    """
    fields = [
        (header("Fiscal year", "年度"), year_label(fact.fiscal_year)),
        (header("Policy plan", "施策計画"), fact.policy_plan_ja),
        (
            header("Metric", "指標"),
            fact.metric_ja if options.language == "ja" else f"{fact.metric_ja} ({fact.metric_en})",
        ),
        (header("Value", "値"), fact.value_text),
    ]
    if not is_missing(fact.target_value):
        fields.append(
            (header("Plan", "計画"), format_amount(fact.target_value, fact.unit, fact.unit_ja))
        )
        fields.append((header("Attainment", "達成率"), fact.result_text("attainment")))
    if not is_missing(fact.prior_value):
        fields.append(
            (
                header("Prior year", "前年度"),
                format_amount(fact.prior_value, fact.unit, fact.unit_ja),
            )
        )
        fields.append((header("Growth", "伸び率"), fact.result_text("growth")))
    fields.append(
        (
            header("Source", "出典"),
            f"「{' '.join(fact.quote.split())}」 "
            + header(
                f"(characters {fact.span[0]}–{fact.span[1]})",
                f"（{fact.span[0]}–{fact.span[1]}文字目）",
            ),
        )
    )
    return fields


def fact_text(fact: Fact) -> str:
    """A fact's card as a text table (``str(fact)``).

    >>> import plan6
    >>> fact_text(plan6.datasets.kawasaki_plan6().fact(3)).splitlines()[0]
    'Fact        #3'
    """
    return text_table([header("Fact", "事実"), f"#{fact.fact_id}"], fact_fields(fact))


def fact_html(fact: Fact) -> str:
    """A fact's card as an HTML table (``fact._repr_html_()``).

    >>> import plan6
    >>> "15,200名" in fact_html(plan6.datasets.kawasaki_plan6().fact(3))
    True
    """
    return STYLE + html_table(
        [header("Fact", "事実"), f"#{fact.fact_id}"],
        fact_fields(fact),
        css_class="plan6 plan6-fact",
    )


def indicator_table(result: IndicatorResult) -> tuple[list[str], list[list[str]], list[bool]]:
    """Headers, formatted rows and which columns are numeric, of an indicator result.

    >>> import plan6
    >>> r = plan6.model.results.indicator_result("growth", [827], [752], unit="persons")
    >>> indicator_table(r)[1]
    [['827人', '752人', '+10.0 %', '']]
    """
    value_header, base_header, signed = _INDICATORS[result.name]
    label_headers = {
        "fiscal_year": ("FY", "年度"),
        "policy_plan_ja": ("Policy plan", "施策計画"),
        "metric_ja": ("Metric", "指標"),
        "label": ("Label", "ラベル"),
    }
    headers = [header(*label_headers.get(c, (c, c))) for c in result.labels]
    headers += [
        header(*value_header),
        header(*base_header),
        header(*_RESULT_HEADERS[result.name]),
        header("Reason", "理由"),
    ]
    rows = []
    has_units = "unit" in result.frame.columns
    for record in result.frame.to_dict("records"):
        unit = str(record["unit"]) if has_units else ""
        unit_ja = str(record.get("unit_ja", "")) if has_units else ""
        lower = bool(record.get("lower_bound", False))
        cells = [
            year_label(record[c]) if c == "fiscal_year" else str(record[c]) for c in result.labels
        ]
        if result.name == "gap":
            shown = format_amount(record["result"], unit, unit_ja)
        else:
            shown = format_percent(
                record["result"], signed=signed, lower_bound=lower and result.name != "growth"
            )
        cells += [
            format_amount(record["value"], unit, unit_ja, lower),
            format_amount(record["base"], unit, unit_ja),
            shown,
            reason_text(str(record["reason"])),
        ]
        rows.append(cells)
    numeric = [False] * len(result.labels) + [True, True, True, False]
    return headers, rows, numeric


def indicator_text(result: IndicatorResult) -> str:
    """An indicator result as a text table (``str(result)``).

    >>> import plan6
    >>> r = plan6.model.results.indicator_result("attainment", [426], [320], unit="persons")
    >>> print(indicator_text(r))
    Actual Plan Attainment Reason
      426人 320人    133.1 %
    """
    return text_table(*indicator_table(result))


def indicator_html(result: IndicatorResult) -> str:
    """An indicator result as an HTML table with a caption (``result._repr_html_()``).

    >>> import plan6
    >>> r = plan6.model.results.indicator_result("attainment", [426, 5], [320, 0])
    >>> "1 undefined" in indicator_html(r)
    True
    """
    headers, rows, numeric = indicator_table(result)
    caption = header(
        f"{_RESULT_HEADERS[result.name][0]}: {len(result)} values, {result.undefined} undefined",
        f"{_RESULT_HEADERS[result.name][1]}: {len(result)}件（うち算出不能 {result.undefined}件）",
    )
    return STYLE + html_table(headers, rows, numeric, caption=caption)


def rollup_table(
    rollup: CategoryRollup, long: bool = True
) -> tuple[list[str], list[list[str]], list[bool]]:
    """Headers, formatted rows and numeric columns of a roll-up; `long` labels the categories.

    >>> import plan6
    >>> rollup_table(plan6.datasets.kawasaki_plan6().category_rollup(), long=False)[1][0][:4]
    ['FY2011', '0', '0', '15 (100 %)']
    """
    index_names = [str(n) for n in rollup.counts.index.names if n is not None]
    label = {
        "programme_no": ("No", "No"),
        "programme_ja": ("Action programme", "アクションプログラム"),
        "fiscal_year": ("FY", "年度"),
    }
    headers = [header(*label.get(n, (n, n))) for n in index_names]
    headers += [category_text(c) if long else str(c) for c in ACHIEVEMENT_CATEGORIES]
    # the fiscal-year column shows FY2011 in English, 2011年度 in Japanese
    headers += [
        header("Policy plans", "施策計画数"),
        header("Target changed (*)", "目標変更（*）"),
        header("Mean category", "平均区分"),
        header("Categories 1–3", "区分1〜3の割合"),
    ]
    rows = []
    for key, record in zip(rollup.counts.index, rollup.counts.to_dict("records"), strict=True):
        keys = key if isinstance(key, tuple) else (key,)
        cells = [
            year_label(k) if n == "fiscal_year" else str(k)
            for n, k in zip(index_names, keys, strict=True)
        ]
        total = int(record["plans"])
        for code in ACHIEVEMENT_CATEGORIES:
            n = int(record[code])
            cells.append(f"{n} ({n / total * 100:.0f} %)" if n and total else str(n))
        cells += [
            str(total),
            str(int(record["changed"])),
            f"{record['mean']:.2f}",
            format_percent(record["share_met"]),
        ]
        rows.append(cells)
    numeric = [False] * len(index_names) + [True] * (len(ACHIEVEMENT_CATEGORIES) + 4)
    return headers, rows, numeric


def rollup_text(rollup: CategoryRollup) -> str:
    """A roll-up as a text table with the categories' legend (``str(rollup)``).

    >>> import plan6
    >>> rollup_text(plan6.datasets.kawasaki_plan6().category_rollup()).splitlines()[1][:6]
    'FY2011'
    """
    legend = "  ".join(category_text(c) for c in ACHIEVEMENT_CATEGORIES)
    return text_table(*rollup_table(rollup, long=False)) + "\n" + legend


def rollup_html(rollup: CategoryRollup) -> str:
    """A roll-up as an HTML table with the categories' colours (``rollup._repr_html_()``).

    >>> import plan6
    >>> "目標をほぼ達成" in rollup_html(plan6.datasets.kawasaki_plan6().category_rollup())
    True
    """
    headers, rows, numeric = rollup_table(rollup)
    legend = " ".join(
        f'<span style="background:{CATEGORY_COLOURS[c]};color:{CATEGORY_TEXT_COLOURS[c]};'
        f'padding:0 .3rem">{html.escape(category_text(c))}</span>'
        for c in ACHIEVEMENT_CATEGORIES
    )
    caption = header("Achievement categories", "達成状況区分")
    return (
        STYLE
        + html_table(headers, rows, numeric, caption=caption)
        + f'<div class="plan6-meta">{legend}</div>'
    )


def _dataset_summary(ds: EvaluationDataset) -> str:
    from .sections import overview

    return overview(ds)


def dataset_repr(ds: EvaluationDataset) -> str:
    """A dataset's one-line ``repr``; an empty one says so.

    >>> import plan6
    >>> dataset_repr(plan6.datasets.kawasaki_plan6())  # doctest: +ELLIPSIS
    "EvaluationDataset('プラン６ ...': 6 programmes, 15 policy plans, fiscal years 2011–2012, ...)"
    """
    years = sorted(int(y) for y in ds.plans["fiscal_year"].unique())
    span = f"fiscal years {years[0]}–{years[-1]}" if years else "no fiscal years"
    return (
        f"EvaluationDataset({ds.title!r}: {ds.plans['programme_no'].nunique()} "
        f"programmes, {ds.plans['policy_plan_no'].nunique()} policy plans, {span}, "
        f"{len(ds.facts)} facts)"
    )


def _category_rows(
    ds: EvaluationDataset,
) -> tuple[list[int], list[tuple[pd.Series, list[pd.Series | None]]]]:
    years = [int(y) for y in sorted(ds.plans["fiscal_year"].unique().tolist())]
    rows: list[tuple[pd.Series, list[pd.Series | None]]] = []
    for _, group in ds.plans.sort_values(["programme_no", "policy_plan_no"]).groupby(
        "policy_plan_no", sort=False
    ):
        by_year = group.set_index("fiscal_year")
        rows.append(
            (group.iloc[0], [by_year.loc[y] if y in by_year.index else None for y in years])
        )
    return years, rows


def dataset_text(ds: EvaluationDataset) -> str:
    """A dataset as text (``str(ds)``): title, counts, the categories of every plan-year.

    >>> import plan6
    >>> dataset_text(plan6.datasets.kawasaki_plan6()).splitlines()[1]
    '6 action programmes · 15 policy plans · fiscal years 2011–2012 · 235 facts'
    """
    from .sections import nothing_to_show

    if ds.plans.empty:
        return f"{ds.title}\n{_dataset_summary(ds)}\n\n{nothing_to_show(ds)}"
    years, rows = _category_rows(ds)
    table = text_table(
        ["No", header("Policy plan", "施策計画")] + [year_label(y) for y in years],
        [
            [f"{r['programme_no']}-{r['policy_plan_no']}", str(r["policy_plan_ja"])]
            + [
                ""
                if c is None
                else status_text(c["status"], bool(c["target_changed"]), c["reference_status"])
                for c in cells
            ]
            for r, cells in rows
        ],
    )
    legend = "  ".join(category_text(c) for c in ACHIEVEMENT_CATEGORIES)
    return f"{ds.title}\n{_dataset_summary(ds)}\n\n{table}\n{legend}"


def dataset_html(ds: EvaluationDataset) -> str:
    """A dataset as a notebook's rich table (``ds._repr_html_()``), categories coloured.

    >>> import plan6
    >>> dataset_html(plan6.datasets.kawasaki_plan6()).count("<tr>")
    16
    """
    from .sections import nothing_to_show

    if ds.plans.empty:
        return (
            STYLE
            + f"<div><strong>{html.escape(ds.title)}</strong>"
            + f'<div class="plan6-meta">{html.escape(_dataset_summary(ds))}</div>'
            + f"<p>{html.escape(nothing_to_show(ds))}</p></div>"
        )
    years, rows = _category_rows(ds)
    ja = options.language == "ja"
    head = "".join(
        f"<th>{html.escape(h)}</th>"
        for h in [
            "No",
            header("Action programme", "アクションプログラム"),
            header("Policy plan", "施策計画"),
        ]
        + [year_label(y) for y in years]
    )
    body = []
    for r, cells in rows:
        name = html.escape(str(r["policy_plan_ja"]))
        if not ja and "policy_plan_en" in r.index and r["policy_plan_en"]:
            name += f'<br><span class="plan6-meta">{html.escape(str(r["policy_plan_en"]))}</span>'
        tds = [
            f"<td>{r['programme_no']}-{r['policy_plan_no']}</td>",
            f"<td>{html.escape(str(r['programme_ja']))}</td>",
            f"<td>{name}</td>",
        ]
        for c in cells:
            if c is None:
                tds.append("<td></td>")
                continue
            code = int(c["status"])
            tds.append(
                f'<td style="background:{CATEGORY_COLOURS[code]};'
                f'color:{CATEGORY_TEXT_COLOURS[code]};text-align:center" '
                f'title="{html.escape(category_text(code))}">'
                + html.escape(status_text(code, bool(c["target_changed"]), c["reference_status"]))
                + "</td>"
            )
        body.append(f"<tr>{''.join(tds)}</tr>")
    legend = " ".join(
        f'<span style="background:{CATEGORY_COLOURS[c]};color:{CATEGORY_TEXT_COLOURS[c]};'
        f'padding:0 .3rem">{html.escape(category_text(c))}</span>'
        for c in ACHIEVEMENT_CATEGORIES
    )
    hint = header(
        "Tables: .plans, .facts, .indicators(); rich results: .fact(id), "
        ".indicator_result(), .category_rollup(); * = target changed",
        "表: .plans, .facts, .indicators()　結果: .fact(id), .indicator_result(), "
        ".category_rollup()　* = 目標変更",
    )
    return (
        STYLE
        + f"<div><strong>{html.escape(ds.title)}</strong>"
        + f'<div class="plan6-meta">{html.escape(_dataset_summary(ds))}</div>'
        + f'<table class="plan6"><thead><tr>{head}</tr></thead>'
        + f"<tbody>{''.join(body)}</tbody></table>"
        + f'<div class="plan6-meta">{legend}</div>'
        + f'<div class="plan6-meta">{html.escape(hint)}</div></div>'
    )
