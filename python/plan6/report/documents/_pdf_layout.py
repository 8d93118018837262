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

Letter-spaced runs (「平 成 2 8 年 度」, 「1 0」: short pieces of kanji, kana or digits at one
even gap of at most an em, PDFium's spaces standing for the gaps) are joined by
:func:`join_pieces`.

>>> pieces = [Piece("平", 0, 10, 0, 10), Piece("成", 15, 25, 0, 10), Piece("28年度", 30, 70, 0, 10)]
>>> join_pieces(pieces)
'平成28年度'
"""

from __future__ import annotations

import itertools
import operator
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ._builder import TextBuilder
from ._model import Document

__all__ = ["LETTER_SPACED", "Page", "Piece", "Segment", "join_pieces", "lay_out", "order_rows"]

# Kanji, kana (not the middle dot ・, a list marker) and digits.
_CLASS = "\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u9fff\uf900-\ufaff0-9０-９々〆"
_SPACED = re.compile(f"^[{_CLASS}]{{1,2}}$")
_RUN = re.compile(f"^[{_CLASS}]+$")
#: Text that may be letter-spaced: two or more short pieces of kanji, kana or digits
#: between spaces (whether one is a single character is checked on the pieces).
LETTER_SPACED = re.compile(f"(?<!\\S)[{_CLASS}]{{1,2}}(?:[ \\u3000][{_CLASS}]{{1,2}})+(?!\\S)")
# Widest gap between the pieces of a letter-spaced run, and their spread, in ems.
_SPACING = 1.1
_EVEN = 0.35
# Narrowest free strip between columns, and narrowest column of prose, in ems.
_GUTTER = 1.2
_PROSE_WIDTH = 10.0
# The share of its column's width that a typical line of prose fills.
_PROSE_FILL = 0.6
# A gap between lines larger than this (in ems) is a blank line.
_PARAGRAPH_GAP = 0.8


@dataclass
class Piece:
    """Text between spaces on one line, with its box (y downwards) and the spaces before
    it in the PDF's text."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    separator: str = " "

    @property
    def em(self) -> float:
        """The font size, from the loose box height."""
        return max(self.bottom - self.top, 1.0)


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

    def extend(self, text: str, x1: float, top: float, bottom: float) -> None:
        """Append a run that continues this one on the same line."""
        self.text += text
        self.x1 = max(self.x1, x1)
        self.top, self.bottom = min(self.top, top), max(self.bottom, bottom)
        self.em = max(self.bottom - self.top, 1.0)

    def __repr__(self) -> str:
        return f"Segment({self.text!r}, x={self.x0:.0f}–{self.x1:.0f}, y={self.top:.0f})"


@dataclass
class Page:
    """A page as read from PDFium: its size and its segments in PDFium's order."""

    number: int
    width: float
    height: float
    segments: list[Segment]


def _gaps(pieces: Sequence[Piece]) -> list[float]:
    return [b.x0 - a.x1 for a, b in itertools.pairwise(pieces)]


def _even_run(pieces: Sequence[Piece], start: int, em: float) -> int:
    """The end of the letter-spaced run that starts at ``start`` (``start + 1`` for none)."""
    end = start + 1
    if not _SPACED.match(pieces[start].text):
        return end
    first_gap: float | None = None
    while end < len(pieces) and _SPACED.match(pieces[end].text):
        gap = pieces[end].x0 - pieces[end - 1].x1
        if gap > _SPACING * em or (first_gap is not None and abs(gap - first_gap) > _EVEN * em):
            break
        first_gap = gap if first_gap is None else first_gap
        end += 1
    if end - start >= 2 and any(len(p.text) == 1 for p in pieces[start:end]):
        return end
    return start + 1


def _separator(piece: Piece) -> str:
    if "\u3000" in piece.separator:
        return "\u3000" * piece.separator.count("\u3000")
    return " "


def join_pieces(pieces: Sequence[Piece]) -> str:
    """Pieces of one run as text: the spaces of the PDF between them, none inside a
    letter-spaced run (PDFium's spaces there stand for the gaps). A run takes in a longer
    neighbour at the same gap (「平 成 28年度」: no gap inside 28年度).

    >>> join_pieces([Piece("1", 0, 5, 0, 10), Piece("0", 9, 14, 0, 10), Piece("人", 40, 50, 0, 10)])
    '10 人'
    """
    if not pieces:
        return ""
    em = statistics.median(p.em for p in pieces)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        end = _even_run(pieces, i, em)
        if end - i >= 2:
            gaps = _gaps(pieces[i:end])
            low = min(gaps) - _EVEN * em
            high = min(max(gaps) + _EVEN * em, _SPACING * em)
            while (
                end < len(pieces)
                and _RUN.match(pieces[end].text)
                and (low <= pieces[end].x0 - pieces[end - 1].x1 <= high)
            ):
                end += 1
            run = "".join(p.text for p in pieces[i:end])
            if (
                i > 0
                and _RUN.match(pieces[i - 1].text)
                and (low <= pieces[i].x0 - pieces[i - 1].x1 <= high)
            ):
                out[-1] += run
            else:
                out.append((_separator(pieces[i]) if i else "") + run)
        else:
            out.append((_separator(pieces[i]) if i else "") + pieces[i].text)
        i = end
    return "".join(out)


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


def _free(
    gutters: Sequence[tuple[float, float]], band: Sequence[Any], em: float
) -> list[tuple[float, float]]:
    """The part of each gutter that a band leaves free: a block reaching into a gutter from
    one side narrows it (a long row label), one inside it closes it; a gutter narrower than
    half a gutter's width is gone."""
    found = []
    for lo, hi in gutters:
        for block in band:
            if block.x1 <= lo or block.x0 >= hi:
                continue
            if block.x0 <= lo:
                lo = block.x1
            elif block.x1 >= hi:
                hi = block.x0
            else:
                hi = lo
        if hi - lo >= 0.5 * _GUTTER * em:
            found.append((lo, hi))
    return found


def _splits(band: Sequence[Any], gutters: Sequence[tuple[float, float]]) -> bool:
    """Whether a band has text on both sides of one of the gutters (a row of the table)."""
    return any(
        any(b.x1 <= lo for b in band) and any(b.x0 >= hi for b in band) for lo, hi in gutters
    )


def _run_down(
    bands: Sequence[Sequence[Any]],
    i: int,
    gutters: list[tuple[float, float]],
    em: float,
    stop: int,
) -> tuple[int, list[tuple[float, float]]]:
    """Where the region of band ``i`` ends (before ``stop``): it runs down while bands
    leave a gutter of it free, with text on both sides of one where a band has several
    blocks; and the gutters left."""
    j = i + 1
    while j < stop:
        common = _free(gutters, bands[j], em)
        if not common or (len(bands[j]) > 1 and not _splits(bands[j], common)):
            break
        gutters, j = common, j + 1
    return j, gutters


def _columns(region: Sequence[Any], em: float) -> list[tuple[float, float]]:
    """The strips free of text down a whole table, from all its rows: its column boundaries.
    The gutters the region was found by come from its first row and may be fewer (a header
    over the value columns only)."""
    found = []
    spans = sorted((b.x0, b.x1) for b in region)
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= 0.5 * _GUTTER * em:
            found.append((reach, x0))
        reach = max(reach, x1)
    return found


def _split_over(block: Any, strips: Sequence[tuple[float, float]]) -> list[Any] | None:
    """A block that runs over the column boundaries of a table (header cells closer than a
    gutter, which PDFium gives as one run) as one block per column it crosses, when its
    words are as many as those columns; None otherwise (a title over the table)."""
    inside = [(lo + hi) / 2 for lo, hi in strips if block.x0 < lo and hi < block.x1]
    words = block.text.split()
    if not inside or len(words) != len(inside) + 1:
        return None
    bounds = [block.x0, *inside, block.x1]
    # Each word a narrow block at its column's middle: its true extent is not known, and
    # it must not close the strips between the columns.
    middles = [(bounds[c] + bounds[c + 1]) / 2 for c in range(len(words))]
    return [
        Segment(word, middle - 0.1, middle + 0.1, block.top, block.bottom)
        for word, middle in zip(words, middles, strict=True)
    ]


def _table_bands(bands: list[list[Any]], em: float) -> tuple[list[list[Any]], list[Any]]:
    """The bands of a table with its header's run-together cells split over the columns
    that its other rows show, and the column boundaries of the whole."""
    rows = [r for r, band in enumerate(bands) if len(band) > 1]
    if len(rows) >= 3:  # the first row of several blocks is the header
        header = rows[0]
        body = [b for r, band in enumerate(bands) if r != header for b in band]
        strips = _columns(body, em)
        cells: list[Any] = []
        for block in bands[header]:
            cells.extend(_split_over(block, strips) or [block])
        bands = [*bands[:header], cells, *bands[header + 1 :]]
    return bands, _columns([b for band in bands for b in band], em)


def _is_prose(left: Sequence[Any], right: Sequence[Any], em: float) -> bool:
    """Columns of prose, not the columns of a table: each side wide, with several lines
    that mostly fill it. The cells of a table are short next to the width of the columns
    they sit in (a row label, then 1,200本 1,500本 …), however wide those are."""
    for side in (left, right):
        if len(side) < 2:
            return False
        width = max(b.x1 for b in side) - min(b.x0 for b in side)
        if width < _PROSE_WIDTH * em:
            return False
        if statistics.median(b.x1 - b.x0 for b in side) < _PROSE_FILL * width:
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
        j, gutters = _run_down(bands, i, gutters, em, len(bands))
        if j - i >= 2 and j < len(bands):
            # The last band may head the rows that ended the region (a table's header under
            # label/value lines): it goes with them where it shares more gutters with them.
            shared = len(_free(_gutters(bands[j - 1], em), bands[j], em))
            if shared >= 2 and shared > len(gutters):
                j, gutters = _run_down(bands, i, _gutters(bands[i], em), em, j - 1)
        while j - i > 2 and len(bands[j - 1]) == 1:  # a line after the table is not a row
            j -= 1
        k = i  # ... and up over single blocks on one side of it (a column starting higher)
        while k > 0 and rows and rows[-1] is bands[k - 1] and len(rows[-1]) == 1:
            free = _free(gutters, rows[-1], em)
            if len(free) < len(gutters):
                break
            gutters = free
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
            rows.extend(bands[k:i])  # lines over a table are no rows of it ...
            top = i
            if top > 0 and rows and rows[-1] is bands[top - 1] and len(rows[-1]) == 1:
                # ... but for its header, a line whose words fall one a column
                body = [b for band in bands[i:j] for b in band]
                header = _split_over(rows[-1][0], _columns(body, em))
                if header is not None and len(header) >= 3:
                    rows.pop()
                    top -= 1
                    bands[top] = header
            table_bands, columns = _table_bands(bands[top:j], em)
            rows.extend(_table_or_bands(table_bands, columns or gutters))
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
