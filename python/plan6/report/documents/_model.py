"""What a document is once read: its text, page boundaries, tables as cell grids, and notes.

Every position is a code-point offset into :attr:`Document.text`, the unit the rest of plan6
uses for spans. Tables are laid into that text a row per line with a tab between cells, so a
cell's span slices its text out of the document: ``doc.text[cell.start:cell.end] == cell.text``.

>>> from plan6.report.documents import read_document
>>> page = b"<table><tr><td rowspan=2>a</td><td>1</td></tr><tr><td>2</td></tr></table>"
>>> read_document(page).tables[0].grid()
[['a', '1'], ['a', '2']]
"""

from __future__ import annotations

import bisect
import datetime
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Cell", "CellValue", "ContentsEntry", "Document", "Furniture", "Table"]

#: A cell's value as a spreadsheet holds it (other formats give the text only).
CellValue = Union[  # noqa: UP007 (a runtime alias: | of types needs Python 3.10 objects)
    str, int, float, bool, datetime.date, datetime.time, datetime.timedelta, None
]


@dataclass(frozen=True)
class Cell:
    """One cell of a :class:`Table`: where it sits in the grid, how far it spans, its text.

    ``row`` and ``column`` count from 0 (for a spreadsheet they are the sheet's own row and
    column, so ``row=0, column=1`` is cell B1); ``start``/``end`` is the span of ``text`` in
    the document text; ``header`` marks an HTML ``<th>``; ``value`` is the spreadsheet's typed
    value (a number stays a number), else None.

    >>> cell = Cell(row=0, column=1, row_span=2, column_span=1, text="426", start=3, end=6)
    >>> cell.rows, cell.address
    (range(0, 2), 'B1')
    """

    row: int
    column: int
    row_span: int
    column_span: int
    text: str
    start: int
    end: int
    header: bool = False
    value: CellValue = None

    @property
    def rows(self) -> range:
        """The grid rows the cell covers."""
        return range(self.row, self.row + self.row_span)

    @property
    def columns(self) -> range:
        """The grid columns the cell covers."""
        return range(self.column, self.column + self.column_span)

    @property
    def address(self) -> str:
        """The spreadsheet address of the cell's top-left corner (``B1`` for row 0, column 1)."""
        letters = ""
        number = self.column + 1
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("A") + rest) + letters
        return f"{letters}{self.row + 1}"


@dataclass(frozen=True)
class Table:
    """A table as a grid of cells, with its span in the document text.

    ``cells`` holds each cell once, at its top-left position, with its spans; :meth:`grid`
    expands them (a cell that spans two rows fills both). ``caption`` is the HTML
    ``<caption>`` or the sheet name; ``page`` the PDF page it starts on (1-based), else None.

    >>> from plan6.report.documents import read_document
    >>> page = b"<table><tr><th colspan=2>FY</th></tr><tr><td>1</td><td>2</td></tr></table>"
    >>> table = read_document(page).tables[0]
    >>> table.n_rows, table.n_columns, table.cell_at(0, 1).text
    (2, 2, 'FY')
    """

    cells: tuple[Cell, ...]
    n_rows: int
    n_columns: int
    start: int
    end: int
    caption: str = ""
    page: int | None = None
    _starts: tuple[int, ...] = field(default=(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Cells are laid into the text in order, so their starts never decrease.
        object.__setattr__(self, "_starts", tuple(cell.start for cell in self.cells))

    def cell_of(self, position: int) -> Cell | None:
        """The cell whose text holds a position of the document text, or None.

        >>> from plan6.report.documents import read_document
        >>> doc = read_document(b"<table><tr><td>a</td><td>426</td></tr></table>")
        >>> doc.tables[0].cell_of(doc.text.index("426")).column
        1
        """
        index = bisect.bisect_right(self._starts, position) - 1
        while index >= 0:
            cell = self.cells[index]
            if cell.start <= position < cell.end:
                return cell
            if cell.end <= position and cell.start < position:
                return None
            index -= 1  # an empty cell shares its start with the next one
        return None

    def cell_at(self, row: int, column: int) -> Cell | None:
        """The cell that covers grid position (row, column), or None where there is none.

        >>> from plan6.report.documents import read_document
        >>> page = b"<table><tr><td rowspan=2>a</td><td>1</td></tr><tr><td>2</td></tr></table>"
        >>> read_document(page).tables[0].cell_at(1, 0).text
        'a'
        """
        for cell in self.cells:
            if row in cell.rows and column in cell.columns:
                return cell
        return None

    def grid(self) -> list[list[str]]:
        """The table as rows of strings, spanned cells repeated in every position they cover.

        >>> from plan6.report.documents import read_document
        >>> read_document(b"<table><tr><td colspan=2>a</td></tr></table>").tables[0].grid()
        [['a', 'a']]
        """
        rows = [["" for _ in range(self.n_columns)] for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in cell.rows:
                for c in cell.columns:
                    if r < self.n_rows and c < self.n_columns:
                        rows[r][c] = cell.text
        return rows

    def to_frame(self) -> pd.DataFrame:
        """The expanded grid as a DataFrame of strings (no header row taken: row 0 is data).

        >>> from plan6.report.documents import read_document
        >>> table = read_document(b"<table><tr><td>a</td><td>b</td></tr></table>").tables[0]
        >>> table.to_frame().shape
        (1, 2)
        """
        import pandas as pd

        frame: pd.DataFrame = pd.DataFrame(self.grid(), columns=range(self.n_columns))
        return frame


@dataclass(frozen=True)
class ContentsEntry:
    """A line of a table of contents: its title and the page number printed after it.

    >>> ContentsEntry(title="施策の概要", page=3, on_page=2)
    ContentsEntry(title='施策の概要', page=3, on_page=2)
    """

    title: str
    page: int
    on_page: int | None = None


@dataclass(frozen=True)
class Furniture:
    """A page header, footer or page number kept out of the text, and the page it was on.

    >>> Furniture(page=1, kind="footer", text="- 1 -")
    Furniture(page=1, kind='footer', text='- 1 -')
    """

    page: int
    kind: str
    text: str


@dataclass(frozen=True, repr=False)
class Document:
    """A document as plan6 reads it, whatever format it came in.

    Attributes
    ----------
    text
        The text, in reading order. Spans elsewhere in plan6 are code-point offsets into it.
    source
        The file name, or ``<bytes>``, ``<text>``, ``<stdin>``.
    format
        ``pdf``, ``html``, ``xlsx``, ``xls``, ``ods``, ``csv`` or ``text``.
    encoding
        The text encoding found or forced (``utf-8``, ``utf-8-sig``, ``cp932``, ``euc_jp``,
        ``utf-16``…), None for binary formats.
    pages
        The ``(start, end)`` span of every page (PDF); empty for formats without pages.
    tables
        The tables, in document order, each laid into the text a row per line.
    contents
        The entries of a table of contents recognised in the document (kept out of the text).
    furniture
        Page headers, footers and page numbers recognised and kept out of the text.
    warnings
        What the reader could not do or had to guess, one sentence each.

    Examples
    --------
    >>> from plan6.report.documents import read_document
    >>> doc = read_document("目標 320人\\n実績 426人\\n".encode("cp932"))
    >>> doc
    Document('<bytes>', text, cp932, 16 characters)
    >>> doc.text.splitlines()
    ['目標 320人', '実績 426人']
    """

    text: str
    source: str
    format: str
    encoding: str | None = None
    pages: tuple[tuple[int, int], ...] = ()
    tables: tuple[Table, ...] = ()
    contents: tuple[ContentsEntry, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    warnings: tuple[str, ...] = ()
    _page_starts: tuple[int, ...] = field(default=(), init=False, compare=False)
    _table_starts: tuple[int, ...] = field(default=(), init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_page_starts", tuple(start for start, _ in self.pages))
        object.__setattr__(self, "_table_starts", tuple(table.start for table in self.tables))

    def page_of(self, position: int) -> int | None:
        """The page (1-based) a text position is on, or None for formats without pages.

        >>> from plan6.report.documents import Document
        >>> Document("ab\\ncd", "<text>", "pdf", pages=((0, 3), (3, 5))).page_of(4)
        2
        """
        if not self.pages:
            return None
        index = bisect.bisect_right(self._page_starts, position) - 1
        return index + 1 if index >= 0 else None

    def pages_of(self, positions: Sequence[int] | np.ndarray) -> np.ndarray:
        """The page (1-based) of each position, 0 where there is none (vectorised page_of).

        >>> from plan6.report.documents import Document
        >>> Document("ab\\ncd", "<text>", "pdf", pages=((0, 3), (3, 5))).pages_of([0, 4]).tolist()
        [1, 2]
        """
        where = np.asarray(positions, dtype=np.int64)
        if not self.pages:
            return np.zeros(len(where), dtype=np.int64)
        starts = np.asarray(self._page_starts, dtype=np.int64)
        return np.searchsorted(starts, where, side="right").astype(np.int64)

    def cell_at(self, position: int) -> tuple[int, Cell] | None:
        """The table (its index in :attr:`tables`) and cell whose text holds a position.

        >>> from plan6.report.documents import read_document
        >>> doc = read_document(b"<p>x</p><table><tr><td>a</td><td>426</td></tr></table>")
        >>> index, cell = doc.cell_at(doc.text.index("426"))
        >>> index, cell.row, cell.column
        (0, 0, 1)
        """
        index = bisect.bisect_right(self._table_starts, position) - 1
        if index < 0:
            return None
        table = self.tables[index]
        if not table.start <= position < table.end:
            return None
        cell = table.cell_of(position)
        return None if cell is None else (index, cell)

    @property
    def n_pages(self) -> int:
        """The number of pages (0 for formats without pages)."""
        return len(self.pages)

    def __repr__(self) -> str:
        parts = [repr(self.source), self.format]
        if self.encoding:
            parts.append(self.encoding)
        if self.pages:
            parts.append(f"{len(self.pages)} page{'s' if len(self.pages) != 1 else ''}")
        parts.append(f"{len(self.text):,} characters")
        if self.tables:
            parts.append(f"{len(self.tables)} table{'s' if len(self.tables) != 1 else ''}")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}")
        return f"Document({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """Notebook view: the summary, the warnings, the first lines and the first table."""
        lines = "\n".join(self.text.splitlines()[:12])
        warn = "".join(f"<li>{html.escape(w)}</li>" for w in self.warnings)
        table_html = ""
        if self.tables:
            first = self.tables[0]
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                for row in first.grid()[:10]
            )
            caption = f"<caption>{html.escape(first.caption)}</caption>" if first.caption else ""
            table_html = (
                f"<details><summary>first table ({first.n_rows} × {first.n_columns})</summary>"
                f'<table class="plan6">{caption}{rows}</table></details>'
            )
        return (
            f"<div><strong>{html.escape(repr(self))}</strong>"
            + (f"<ul>{warn}</ul>" if warn else "")
            + f"<details open><summary>first lines</summary><pre>{html.escape(lines)}</pre>"
            f"</details>{table_html}</div>"
        )
