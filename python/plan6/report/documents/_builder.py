"""Assembling a document's text from lines and tables, recording every span on the way.

Each reader (PDF, HTML, spreadsheet, CSV) hands its content here in reading order; the builder
writes lines, lays tables a row per line with a tab between cells (a cell's own tabs and line
breaks become spaces, so the row stays one line), and keeps the page and cell spans.

>>> b = TextBuilder()
>>> b.line("目標と実績")
>>> _ = b.table([[GridCell(0, 0, 1, 1, "目標"), GridCell(0, 1, 1, 1, "320")]])
>>> b.text()
'目標と実績\\n目標\\t320\\n'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._model import Cell, CellValue, Table

__all__ = ["GridCell", "TextBuilder", "flatten_cell_text"]

_CELL_BREAKS = re.compile(r"[\t\r\n\v\f\u2028\u2029\x85]+")


def flatten_cell_text(text: str) -> str:
    """A cell's text as one line: tabs and line breaks inside it become one space.

    >>> flatten_cell_text("目標値\\n（2014年度）")
    '目標値 （2014年度）'
    """
    return _CELL_BREAKS.sub(" ", text).strip()


@dataclass
class GridCell:
    """A cell placed in a grid by a reader, before its span in the text is known."""

    row: int
    column: int
    row_span: int
    column_span: int
    text: str
    header: bool = False
    value: CellValue = None


class TextBuilder:
    """Collects the text of a document, its page spans and its tables."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._pages: list[tuple[int, int]] = []
        self._page_start: int | None = None
        self.tables: list[Table] = []

    @property
    def length(self) -> int:
        """Code points written so far."""
        return self._length

    def write(self, text: str) -> None:
        """Append text as it is."""
        if text:
            self._parts.append(text)
            self._length += len(text)

    def line(self, text: str) -> None:
        """Append one line (a line break is added)."""
        self.write(text)
        self.write("\n")

    def blank_line(self) -> None:
        """Append an empty line unless the text already ends in one (or is empty)."""
        if self._length == 0:
            return
        tail = "".join(self._parts[-2:])
        if not tail.endswith("\n\n"):
            self.write("\n")

    def begin_page(self) -> None:
        """Start a page at the current position."""
        self._page_start = self._length

    def end_page(self) -> None:
        """Close the current page: its span runs to the current position."""
        start = self._page_start if self._page_start is not None else self._length
        self._pages.append((start, self._length))
        self._page_start = None

    def table(
        self,
        cells: Sequence[Sequence[GridCell]],
        caption: str = "",
        page: int | None = None,
        n_columns: int | None = None,
    ) -> Table:
        """Lay a table into the text: the caption on a line, then one line per grid row.

        ``cells`` holds, per grid row, the cells that start on it (with their spans), in
        column order. Each row is written up to its last non-empty cell, cells separated by
        a tab, so a row's ``n``-th tab-separated field is grid column ``n``.
        """
        if caption:
            self.line(flatten_cell_text(caption))
        start = self._length
        placed: list[Cell] = []
        width = n_columns or 0
        for row_cells in cells:
            ordered = sorted(row_cells, key=lambda c: c.column)
            texts = {c.column: flatten_cell_text(c.text) for c in ordered}
            last = max((col for col, text in texts.items() if text), default=-1)
            position = 0
            for cell in ordered:
                width = max(width, cell.column + cell.column_span)
                text = texts[cell.column]
                if cell.column > last:
                    cell_start = self._length  # an empty cell after the row's last text
                else:
                    while position < cell.column:
                        self.write("\t")
                        position += 1
                    cell_start = self._length
                    self.write(text)
                placed.append(
                    Cell(
                        row=cell.row,
                        column=cell.column,
                        row_span=cell.row_span,
                        column_span=cell.column_span,
                        text=text if cell.column <= last else "",
                        start=cell_start,
                        end=cell_start + (len(text) if cell.column <= last else 0),
                        header=cell.header,
                        value=cell.value,
                    )
                )
            self.write("\n")
        table = Table(
            cells=tuple(placed),
            n_rows=len(cells),
            n_columns=width,
            start=start,
            end=self._length,
            caption=flatten_cell_text(caption),
            page=page,
        )
        self.tables.append(table)
        return table

    def pages(self) -> tuple[tuple[int, int], ...]:
        """The page spans recorded."""
        return tuple(self._pages)

    def text(self) -> str:
        """The text written."""
        return "".join(self._parts)
