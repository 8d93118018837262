"""Tables of already formatted cells: plain text aligned by display width (Japanese takes two
columns a character) and HTML that elides the middle of long tables.

>>> from plan6.rendering.tables import clip, display_width
>>> display_width("426人"), clip("地域中小企業の経営支援", 12)
(5, '地域中小企…')
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence

from .options import options

__all__ = ["clip", "display_width", "html_table", "pad", "text_table"]


def display_width(text: str) -> int:
    """Terminal columns of `text`: East Asian wide and full-width characters take two.

    >>> display_width("426人")
    5
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    """`text` with spaces after it up to `width` display columns.

    >>> pad("実績", 6) + "|"
    '実績  |'
    """
    return text + " " * max(0, width - display_width(text))


def clip(text: str, width: int) -> str:
    """`text` cut to `width` display columns, with "…" where it was cut.

    >>> clip("就業の支援", 6), clip("就業の支援", 10)
    ('就業…', '就業の支援')
    """
    if display_width(text) <= width:
        return text
    out = ""
    for char in text:
        if display_width(out + char + "…") > width:
            break
        out += char
    return out + "…"


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
