"""HTML pages with lxml: text in document order, tables as cell grids with their spans.

Block elements (p, div, li, h1–h6 …) end a line and ``<br>`` breaks one; whitespace runs
collapse to one space as a browser shows them (not in ``<pre>``). A ``<table>`` becomes a
:class:`Table`: each ``<td>``/``<th>`` placed by the HTML table model, so a cell with
``rowspan``/``colspan`` covers every grid position it spans (pandas.read_html copies the
value into each and loses which cell it was). A table inside a cell is read as that cell's
text. Scripts, styles and the ``<head>`` are not text.

>>> doc = read_html("<p>実績<br>426人</p><table><tr><td>a</td></tr></table>", "<text>", None)
>>> doc.text
'実績\\n426人\\na\\n'
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from ._builder import GridCell, TextBuilder
from ._errors import DocumentError
from ._model import Document

__all__ = ["html_encoding", "read_html"]

_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "ul",
        "body",
    }
)
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "svg",
        "math",
        "iframe",
        "object",
        "select",
    }
)
_CELLS = frozenset(("td", "th"))
_SPACE = re.compile(r"[ \t\n\r\f\v\u200b]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Most grid positions one table may cover (colspan is at most 1000 by the HTML standard;
# rowspan is clipped to the rows there are): keeps a hostile page from filling memory.
_MAX_POSITIONS = 2_000_000
_MAX_COLSPAN = 1000


def html_encoding(data: bytes) -> str | None:
    """The encoding an HTML page declares (``<meta charset>``, XML declaration), or None.

    >>> html_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    'Shift_JIS'
    """
    head = data[:4096]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def _span(element: etree._Element, attribute: str, limit: int) -> int:
    raw = str(element.get(attribute, "1")).strip()
    digits = re.match(r"\d+", raw)
    if digits is None:
        return 1
    value = int(digits.group()[:7])
    return max(0, min(value, limit))


class _Table:
    """The rows of one table being read."""

    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int, int, bool]]] = []
        self.caption: list[str] = []
        self.cell: list[str] | None = None
        self.cell_attrs: tuple[int, int, bool] = (1, 1, False)

    def place(self, warnings: list[str]) -> tuple[list[list[GridCell]], int]:
        """Cells in grid positions by the HTML table model (rowspan 0: to the last row)."""
        n_rows = len(self.rows)
        occupied: set[tuple[int, int]] = set()
        grid: list[list[GridCell]] = [[] for _ in range(n_rows)]
        width = 0
        clipped = overlapped = False
        for r, row in enumerate(self.rows):
            column = 0
            for text, row_span, column_span, header in row:
                while (r, column) in occupied:
                    column += 1
                rows = n_rows - r if row_span == 0 else min(max(row_span, 1), n_rows - r)
                columns = max(column_span, 1)
                # A colspan running into a position a rowspan from above holds (an error of the
                # HTML table model, which browsers draw overlapping) stops before it: no two
                # cells cover one position. (Rows below are then free too: a rowspan that
                # covers them covers this row as well.)
                free = next((k for k in range(columns) if (r, column + k) in occupied), columns)
                overlapped |= free < columns
                columns = free
                if len(occupied) + rows * columns > _MAX_POSITIONS:
                    rows, columns, clipped = 1, 1, True
                for rr in range(r, r + rows):
                    for cc in range(column, column + columns):
                        occupied.add((rr, cc))
                grid[r].append(GridCell(r, column, rows, columns, text, header))
                width = max(width, column + columns)
                column += columns
        if clipped:
            warnings.append(f"a table spans more than {_MAX_POSITIONS:,} cells: spans clipped")
        if overlapped:
            warnings.append("a table's cells overlap (a colspan into a rowspan): colspans clipped")
        return grid, width


class _Reader:
    """Walks the tree once (start and end events) and writes lines and tables."""

    def __init__(self) -> None:
        self.builder = TextBuilder()
        self.line: list[str] = []
        self.pre = 0
        self.skip = 0
        self.tables: list[_Table] = []
        self.warnings: list[str] = []

    # text -------------------------------------------------------------------------------
    def add_text(self, text: str | None) -> None:
        if not text or self.skip:
            return
        if self.tables:
            table = self.tables[-1]
            target = table.cell if table.cell is not None else None
            if target is None and len(self.tables) == 1 and self._in_caption:
                target = table.caption
            if target is not None:
                target.append(_SPACE.sub(" ", text))
            elif len(self.tables) > 1:
                self._outer_cell_append(_SPACE.sub(" ", text))
            return
        if self.pre:
            lines = text.split("\n")
            for i, part in enumerate(lines):
                if i:
                    self.break_line(keep_empty=True)
                self.line.append(part)
            return
        self.line.append(_SPACE.sub(" ", text))

    _in_caption = False

    def _outer_cell_append(self, text: str) -> None:
        for table in reversed(self.tables[:-1]):
            if table.cell is not None:
                table.cell.append(text)
                return

    def break_line(self, keep_empty: bool = False) -> None:
        text = "".join(self.line)
        self.line = []
        text = text if self.pre else text.strip()
        if text or keep_empty:
            self.builder.line(text)

    # structure --------------------------------------------------------------------------
    def start(self, element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if self.skip or tag in _SKIP:
            self.skip += 1
            return
        if tag == "table":
            if not self.tables:
                self.break_line()
            else:
                self._cell_separator()
            self.tables.append(_Table())
        elif self.tables:
            self._start_in_table(tag, element)
        elif tag == "br":
            self.break_line(keep_empty=True)
        elif tag in _BLOCKS:
            self.break_line()
            if tag == "pre":
                self.pre += 1
        if tag not in ("br",) and isinstance(element.tag, str):
            self.add_text(element.text)

    def _cell_separator(self) -> None:
        if len(self.tables) == 1:
            cell = self.tables[0].cell
            if cell is not None:
                cell.append(" ")
        else:
            self._outer_cell_append(" ")

    def _start_in_table(self, tag: str, element: etree._Element) -> None:
        table = self.tables[-1]
        if tag == "tr" and len(self.tables) == 1:
            table.rows.append([])
        elif tag in _CELLS and len(self.tables) == 1:
            if not table.rows:
                table.rows.append([])
            table.cell = []
            table.cell_attrs = (
                _span(element, "rowspan", 65534),
                _span(element, "colspan", _MAX_COLSPAN),
                tag == "th",
            )
        elif tag == "caption" and len(self.tables) == 1:
            self._in_caption = True
        elif tag == "br" or tag in _BLOCKS or tag in _CELLS or tag == "tr":
            self._cell_separator()

    def end(self, element: etree._Element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if self.skip:
            self.skip -= 1
            if not self.skip:
                self.add_text(element.tail)
            return
        if tag == "table" and self.tables:
            table = self.tables.pop()
            if not self.tables:
                grid, width = table.place(self.warnings)
                if any(grid):
                    self.builder.table(
                        grid, caption="".join(table.caption).strip(), n_columns=width
                    )
            else:
                self._cell_separator()
        elif self.tables and len(self.tables) == 1:
            table = self.tables[0]
            if tag in _CELLS and table.cell is not None:
                rows, columns, header = table.cell_attrs
                text = _SPACE.sub(" ", "".join(table.cell)).strip()
                table.rows[-1].append((text, rows, columns, header))
                table.cell = None
            elif tag == "caption":
                self._in_caption = False
        elif not self.tables and tag in _BLOCKS:
            self.break_line()
            if tag == "pre":
                self.pre -= 1
        self.add_text(element.tail)


def read_html(text: str, name: str, encoding: str | None) -> Document:
    """Read an HTML page's text and tables into a :class:`Document`.

    >>> page = "<table><tr><td rowspan=2>目標</td><td>320</td></tr><tr><td>400</td></tr></table>"
    >>> read_html(page, "<text>", None).tables[0].grid()
    [['目標', '320'], ['目標', '400']]
    """
    markup = _XML_DECLARATION.sub("", text, count=1)
    if not markup.strip():
        raise DocumentError(name, "an HTML page without text")
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise DocumentError(name, f"not readable as HTML ({error})") from None
    reader = _Reader()
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):  # comments and processing instructions
            if event == "end":
                reader.add_text(element.tail)
            continue
        if event == "start":
            reader.start(element)
        else:
            reader.end(element)
    while reader.tables:  # unclosed tables cannot happen with lxml, but never lose text
        reader.end(etree.Element("table"))
    reader.break_line()
    document_text = reader.builder.text()
    if not document_text.strip():
        raise DocumentError(name, "an HTML page without text (only markup, scripts or images)")
    return Document(
        text=document_text,
        source=name,
        format="html",
        encoding=encoding,
        tables=tuple(reader.builder.tables),
        warnings=tuple(reader.warnings),
    )
