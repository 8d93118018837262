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

import itertools
import operator
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ._builder import TextBuilder
from ._model import Document

__all__ = ["Page", "Segment", "lay_out", "order_rows"]

# Narrowest free strip between columns, and narrowest column of prose, in ems.
_GUTTER = 1.2
_PROSE_WIDTH = 10.0
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


_TOP = operator.attrgetter("top")
_LEFT = operator.attrgetter("x0")
_TOP_LEFT = operator.attrgetter("top", "x0")


def _bands(blocks: Sequence[Any]) -> list[list[Any]]:
    """Blocks grouped into horizontal bands whose vertical extents overlap."""
    bands: list[list[Any]] = []
    bottom = float("-inf")
    for block in sorted(blocks, key=_TOP_LEFT):
        if bands and min(block.bottom, bottom) - block.top > 0.3 * (block.bottom - block.top):
            bands[-1].append(block)
            bottom = max(bottom, block.bottom)
        else:
            bands.append([block])
            bottom = block.bottom
    return [sorted(band, key=_LEFT) if len(band) > 1 else band for band in bands]


def _gutters(band: Sequence[Any], em: float) -> list[tuple[float, float]]:
    """Free x-intervals inside a band (text on both sides), at least a gutter wide."""
    free = []
    reach = band[0].x1
    for block in band[1:]:
        if block.x0 - reach >= _GUTTER * em:
            free.append((reach, block.x0))
        reach = max(reach, block.x1)
    return free


def _intersect(
    gutters: Sequence[tuple[float, float]], other: Sequence[tuple[float, float]], em: float
) -> list[tuple[float, float]]:
    found = []
    for a0, a1 in gutters:
        for b0, b1 in other:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= 0.5 * _GUTTER * em:
                found.append((lo, hi))
    return found


def _one_side(
    band: Sequence[Any], gutters: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The gutters a band leaves free (none of its blocks crosses them)."""
    return [g for g in gutters if all(b.x1 <= g[0] + 1 or b.x0 >= g[1] - 1 for b in band)]


def _is_prose(left: Sequence[Any], right: Sequence[Any], em: float) -> bool:
    """Columns of prose, not the columns of a table: each side wide, with several lines."""
    for side in (left, right):
        if len(side) < 2 or max(b.x1 for b in side) - min(b.x0 for b in side) < _PROSE_WIDTH * em:
            return False
    return True


def _stacked(blocks: Sequence[Any]) -> bool:
    """Whether every block lies below the one before it (a page of single lines)."""
    return all(b.top >= a.bottom - 0.3 * (b.bottom - b.top) for a, b in itertools.pairwise(blocks))


def order_rows(blocks: Sequence[Any]) -> list[list[Any]]:
    """Blocks (segments, tables) in reading order, as rows each read left to right.

    >>> left = [Segment(f"L{i}", 0, 200, 20 * i, 20 * i + 10) for i in range(3)]
    >>> right = [Segment(f"R{i}", 250, 450, 20 * i, 20 * i + 10) for i in range(3)]
    >>> [[b.text for b in row] for row in order_rows(left + right)]
    [['L0'], ['L1'], ['L2'], ['R0'], ['R1'], ['R2']]
    """
    if not blocks:
        return []
    ordered = sorted(blocks, key=_TOP)
    if _stacked(ordered):
        return [[b] for b in ordered]
    em = statistics.median(b.em for b in blocks)
    bands = _bands(blocks)
    rows: list[list[Any]] = []
    i = 0
    while i < len(bands):
        gutters = _gutters(bands[i], em)
        if not gutters:
            rows.append(bands[i])
            i += 1
            continue
        j = i + 1  # the region runs down while bands keep a gutter in common with it
        while j < len(bands):
            own = _gutters(bands[j], em)
            common = _intersect(gutters, own, em) if own else _one_side(bands[j], gutters)
            if not common:
                break
            gutters, j = common, j + 1
        k = i  # ... and up over single blocks on one side of it (a column starting higher)
        while k > 0 and rows and rows[-1] is bands[k - 1] and len(rows[-1]) == 1:
            if not _one_side(rows[-1], gutters):
                break
            rows.pop()
            k -= 1
        region = [b for band in bands[k:j] for b in band]
        cut = max(gutters, key=lambda g: g[1] - g[0])
        middle = (cut[0] + cut[1]) / 2
        left = [b for b in region if b.centre < middle]
        right = [b for b in region if b.centre >= middle]
        if j - k >= 2 and _is_prose(left, right, em):
            rows.extend(order_rows(left))
            rows.extend(order_rows(right))
        else:
            rows.extend(_table_or_bands(bands[k:j], gutters))
        i = j
    return rows


def _table_or_bands(bands: list[list[Any]], gutters: list[tuple[float, float]]) -> list[list[Any]]:
    """Bands side by side that are not columns of prose: a table when two or more of them
    have text in two columns, else the bands as lines."""
    from ._pdf_tables import table_from_bands

    table = table_from_bands(bands, gutters)
    return bands if table is None else [[table]]


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
