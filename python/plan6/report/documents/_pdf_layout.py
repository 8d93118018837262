"""Laying out a PDF page from its segments of text: reading order, tables, lines.

A page arrives as *segments* (runs of text on one line, with their box; y grows downwards
here). The steps, each from the page's own geometry:

1. page furniture — headers, footers and page numbers that repeat across pages — and tables
   of contents are set aside (:mod:`._pdf_furniture`);
2. segments are put in reading order. A page whose segments stack one above the other is
   read top to bottom (most pages: nothing more to do). Otherwise segments at the same
   height form *bands*; bands with a gutter in common — a vertical strip free of text that
   runs down them — are columns, read one after the other (the left one first), when each
   side is wide enough to be prose; narrower sides are the columns of a table
   (:mod:`._pdf_tables`); a band without a gutter is one line, read left to right;
3. a vertical gap of more than an em between two lines is a blank line.

The segments themselves — PDFium's lines cut and joined where their boxes say so, letter-spaced
runs (「平 成 2 8 年 度」, 「1 0」) joined — come from the compiled core (:mod:`._pdf`).

>>> rows = order_rows([Segment("本文", 40, 60, 30, 40), Segment("見出し", 40, 70, 10, 22)])
>>> [[b.text for b in row] for row in rows]
[['見出し'], ['本文']]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..._core.report import pdf_reading_order
from ._builder import TextBuilder
from ._model import Document

__all__ = ["Page", "Segment", "lay_out", "order_rows"]

# A gap between lines larger than this (in ems) is a blank line.
_PARAGRAPH_GAP = 0.8


class Segment:
    """A run of text on one line of a page, with its box."""

    __slots__ = ("bottom", "em", "text", "top", "x0", "x1")

    def __init__(self, text: str, x0: float, x1: float, top: float, bottom: float) -> None:
        self.text, self.x0, self.x1, self.top, self.bottom = text, x0, x1, top, bottom
        #: The font size, from the box height.
        self.em = max(bottom - top, 1.0)

    @property
    def centre(self) -> float:
        """The horizontal middle."""
        return (self.x0 + self.x1) / 2

    def __repr__(self) -> str:
        return f"Segment({self.text!r}, x={self.x0:.0f}–{self.x1:.0f}, y={self.top:.0f})"


@dataclass
class Page:
    """A page as read from PDFium: its size and its segments in PDFium's order."""

    number: int
    width: float
    height: float
    segments: list[Segment]


def order_rows(segments: Sequence[Segment]) -> list[list[Any]]:
    """Segments in reading order, as rows each read left to right: lines of segments, and
    tables (a row of one :class:`~._pdf_tables.PdfTable`). The order is the core's
    (``pdf_reading_order``); the tables are built here from the bands it found.

    >>> left = [Segment(f"L{i}", 0, 200, 20 * i, 20 * i + 10) for i in range(3)]
    >>> right = [Segment(f"R{i}", 250, 450, 20 * i, 20 * i + 10) for i in range(3)]
    >>> [[b.text for b in row] for row in order_rows(left + right)]
    [['L0'], ['L1'], ['L2'], ['R0'], ['R1'], ['R2']]
    """
    from ._pdf_tables import table_from_bands

    found, words = pdf_reading_order(
        [s.x0 for s in segments],
        [s.x1 for s in segments],
        [s.top for s in segments],
        [s.bottom for s in segments],
        [len(s.text.split()) for s in segments],
    )
    pool = list(segments)
    for block, word, x0, x1 in words:  # header cells PDFium ran together, set apart
        whole = segments[block]
        pool.append(Segment(whole.text.split()[word], x0, x1, whole.top, whole.bottom))
    rows: list[list[Any]] = []
    for row in found:
        if isinstance(row, list):
            rows.append([pool[i] for i in row])
            continue
        indices, gutters = row
        bands = [[pool[i] for i in band] for band in indices]
        # the core takes bands for a table by the rule table_from_bands has
        table = table_from_bands(bands, gutters)
        rows.extend([[table]] if table is not None else bands)
    return rows


def lay_out(pages: Sequence[Page], name: str, warnings: list[str]) -> Document:
    """The document of a PDF's pages: furniture and contents set aside, text in reading
    order with its tables, one page span per page."""
    from ._pdf_furniture import find_contents, find_furniture

    furniture, dropped = find_furniture(pages)
    builder = TextBuilder()
    contents = []
    for page in pages:
        builder.begin_page()
        segments = [s for s in page.segments if id(s) not in dropped]
        rows = order_rows(segments)
        entries, rows = find_contents(rows, page.number)
        contents.extend(entries)
        _write_rows(builder, rows, page.number)
        builder.end_page()
    return Document(
        text=builder.text(),
        source=name,
        format="pdf",
        pages=builder.pages(),
        tables=tuple(builder.tables),
        contents=tuple(contents),
        furniture=tuple(furniture),
        warnings=tuple(warnings),
    )


def _write_rows(builder: TextBuilder, rows: Sequence[Sequence[Any]], page: int) -> None:
    from ._pdf_tables import PdfTable

    bottom: float | None = None
    for row in rows:
        first = row[0]
        if bottom is not None and first.top - bottom > _PARAGRAPH_GAP * first.em:
            builder.blank_line()
        if isinstance(first, PdfTable):
            builder.table(first.grid, page=page, n_columns=first.n_columns)
        elif len(row) == 1:
            builder.write(first.text + "\n")
        else:
            builder.write(" ".join(b.text for b in row) + "\n")
        bottom = first.bottom if len(row) == 1 else max(b.bottom for b in row)
