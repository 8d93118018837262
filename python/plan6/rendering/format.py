"""Values written the way the report writes them, and bilingual labels, for every display
(rich notebook output, charts, exports). The text and HTML report format the same way.

>>> from plan6.rendering.format import format_amount, format_percent
>>> format_amount(39173190000, "yen"), format_amount(426, "persons", "人")
('391億7,319万円', '426人')
>>> format_percent(1.33125), format_percent(0.0997, signed=True)
('133.1 %', '+10.0 %')
"""

from __future__ import annotations

import html
import math
import unicodedata
from collections.abc import Sequence
from typing import Any, cast

import pandas as pd

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..text.numbers import format_japanese_number
from ..text.units import display_unit
from .options import options

__all__ = [
    "CATEGORY_COLOURS",
    "CATEGORY_TEXT_COLOURS",
    "category_text",
    "display_width",
    "format_amount",
    "format_percent",
    "header",
    "html_table",
    "is_missing",
    "status_text",
    "text_table",
]


def is_missing(value: object) -> bool:
    """True for None, NaN and pandas' NA/NaT.

    >>> is_missing(None), is_missing(float("nan")), is_missing(pd.NA), is_missing(0)
    (True, True, True, False)
    """
    if value is None:
        return True
    missing = pd.isna(cast(Any, value))
    return missing if isinstance(missing, bool) else False


def format_amount(
    value: object, unit: str = "", unit_ja: str = "", lower_bound: bool = False
) -> str:
    """A value in base units as the report writes it: 426人, 391億7,319万円, 91.5％.

    Whole numbers get no decimals, others one; a lower bound is written "> …"; a missing
    value is "—".

    >>> format_amount(15200, "persons", "名"), format_amount(3100, "persons", "人", True)
    ('15,200名', '> 3,100人')
    """
    if is_missing(value):
        return "—"
    number = float(value)  # type: ignore[arg-type]
    decimals = 0 if number.is_integer() else 1
    text = format_japanese_number(number, display_unit(unit, unit_ja), decimals=decimals)
    return f"> {text}" if lower_bound else text


def format_percent(ratio: object, signed: bool = False, lower_bound: bool = False) -> str:
    """A ratio as a percentage with one decimal, as the report prints it: 133.1 %.

    >>> format_percent(float("nan")), format_percent(-0.085, signed=True)
    ('—', '-8.5 %')
    """
    if is_missing(ratio):
        return "—"
    number = float(ratio)  # type: ignore[arg-type]
    if math.isinf(number):
        raise ValueError("cannot format an infinite ratio")
    text = f"{number * 100:+.1f} %" if signed else f"{number * 100:.1f} %"
    return f"> {text}" if lower_bound else text


def category_text(code: object, language: str | None = None) -> str:
    """An achievement category with its Japanese label, and an English gloss in English.

    >>> category_text(3)
    '3 目標をほぼ達成 (target nearly achieved)'
    >>> category_text(3, "ja")
    '3 目標をほぼ達成'
    """
    if is_missing(code):
        return "—"
    category = ACHIEVEMENT_CATEGORIES[int(code)]  # type: ignore[call-overload]
    if (language or options.language) == "ja":
        return f"{category.code} {category.ja}"
    return f"{category.code} {category.ja} ({category.en})"


def status_text(status: object, target_changed: bool, reference_status: object) -> str:
    """The category cell of a plan-year: "3", "3*", "3* (ref. 4)" (参考 in Japanese).

    >>> status_text(3, True, 4)
    '3* (ref. 4)'
    """
    label = f"{int(status)}{'*' if target_changed else ''}"  # type: ignore[call-overload]
    if not is_missing(reference_status):
        word = "参考" if options.language == "ja" else "ref."
        label += f" ({word} {int(reference_status)})"  # type: ignore[call-overload]
    return label


def header(en: str, ja: str) -> str:
    """A column header in the display language (``plan6.options.language``).

    >>> header("Policy plan", "施策計画")
    'Policy plan'
    """
    return ja if options.language == "ja" else en


def html_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: Sequence[bool] | None = None,
    caption: str = "",
    css_class: str = "plan6",
) -> str:
    """An HTML table of already formatted cells (escaped here); long tables keep their first
    and last rows up to ``plan6.options.max_rows`` with an elision row between.

    >>> table = html_table(["a"], [["<1>"]])
    >>> "<td>&lt;1&gt;</td>" in table, table.startswith('<table class="plan6">')
    (True, True)
    """
    numeric = list(numeric) if numeric is not None else [False] * len(headers)
    limit = options.max_rows
    shown: list[Sequence[str] | None] = list(rows)
    if len(rows) > limit:
        head = limit // 2
        shown = [*rows[:head], None, *rows[len(rows) - (limit - head) :]]
    body = []
    for row in shown:
        if row is None:
            hidden = len(rows) - limit
            body.append(
                f'<tr><td colspan="{len(headers)}" style="text-align:center">'
                f"… {hidden} {'行省略' if options.language == 'ja' else 'rows hidden'} …"
                "</td></tr>"
            )
            continue
        cells = "".join(
            f'<td style="text-align:right;white-space:nowrap">{html.escape(c)}</td>'
            if is_num
            else f"<td>{html.escape(c)}</td>"
            for c, is_num in zip(row, numeric, strict=True)
        )
        body.append(f"<tr>{cells}</tr>")
    head_cells = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return (
        f'<table class="{css_class}">{cap}<thead><tr>{head_cells}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


#: Background colours of the achievement categories (ColorBrewer RdYlGn, 1 = green), shared
#: by the HTML report, rich displays and charts.
CATEGORY_COLOURS: dict[int, str] = {
    1: "#1a9850",
    2: "#91cf60",
    3: "#ffffbf",
    4: "#fc8d59",
    5: "#d73027",
}
#: Text colour readable on each category's background.
CATEGORY_TEXT_COLOURS: dict[int, str] = {
    1: "#ffffff",
    2: "#1d2733",
    3: "#1d2733",
    4: "#1d2733",
    5: "#ffffff",
}


def display_width(text: str) -> int:
    """Terminal columns of `text`: East Asian wide and full-width characters take two.

    >>> display_width("426人")
    5
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def text_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[bool] | None = None
) -> str:
    """A plain-text table aligned by display width (numbers right-aligned).

    >>> print(text_table(["FY", "実績"], [["2012", "426人"]], [False, True]))
    FY    実績
    2012 426人
    """
    numeric = list(numeric) if numeric is not None else [False] * len(headers)
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        out = []
        for cell, width, is_num in zip(cells, widths, numeric, strict=True):
            pad = " " * (width - display_width(cell))
            out.append(pad + cell if is_num else cell + pad)
        return " ".join(out).rstrip()

    return "\n".join([line(headers), *(line(r) for r in rows)])
