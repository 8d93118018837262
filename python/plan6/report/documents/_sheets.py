"""Spreadsheets (.xlsx, .xls, .ods) with python-calamine, and CSV files.

Each sheet becomes one :class:`Table` whose rows and columns are the sheet's own (row 0,
column 1 is cell B1), with its name as the caption. A merged range is one cell spanning
the range: calamine gives the ranges of .xlsx and .xls; for .ods they are read from the
``table:number-rows-spanned`` / ``number-columns-spanned`` attributes of its content.xml.
Numbers keep their type in :attr:`Cell.value`; the text shows them as written (426.0 → 426).

>>> doc = read_csv("年度,実績\\n2012,426\\n", "<text>", None)
>>> doc.tables[0].grid()
[['年度', '実績'], ['2012', '426']]
"""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from collections.abc import Iterable, Sequence

from ._builder import GridCell, TextBuilder
from ._errors import DocumentError
from ._model import CellValue, Document

__all__ = ["cell_text", "read_csv", "read_workbook"]

_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
# Rows and columns read per sheet at most: a sheet that claims a million rows of data is
# read up to here, with a warning, rather than filling memory.
_MAX_CELLS = 5_000_000


def cell_text(value: CellValue) -> str:
    """A spreadsheet value as text: whole floats without ``.0``, dates in ISO form.

    >>> cell_text(426.0), cell_text(0.915), cell_text(datetime.date(2013, 1, 28)), cell_text(True)
    ('426', '0.915', '2013-01-28', 'TRUE')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _ods_spans(data: bytes) -> list[list[tuple[tuple[int, int], tuple[int, int]]]]:
    """The merged ranges of every sheet of an .ods file, as calamine gives them for xlsx."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.read("content.xml")
    root = etree.fromstring(
        content, parser=etree.XMLParser(resolve_entities=False, huge_tree=False)
    )
    t = f"{{{_ODS_TABLE}}}"
    sheets = []
    for table in root.iter(t + "table"):
        ranges = []
        row = 0
        for row_element in table.iter(t + "table-row"):
            repeat_rows = int(row_element.get(t + "number-rows-repeated", "1") or 1)
            column = 0
            for cell in row_element:
                if cell.tag not in (t + "table-cell", t + "covered-table-cell"):
                    continue
                repeat = int(cell.get(t + "number-columns-repeated", "1") or 1)
                rows = int(cell.get(t + "number-rows-spanned", "1") or 1)
                columns = int(cell.get(t + "number-columns-spanned", "1") or 1)
                if cell.tag == t + "table-cell" and (rows > 1 or columns > 1):
                    ranges.append(((row, column), (row + rows - 1, column + columns - 1)))
                column += repeat
            row += repeat_rows
        sheets.append(ranges)
    return sheets


def _grid(
    values: Sequence[Sequence[CellValue]],
    merged: Iterable[tuple[tuple[int, int], tuple[int, int]]],
) -> tuple[list[list[GridCell]], int]:
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    n_rows = len(values)
    for (r0, c0), (r1, c1) in merged:
        if r1 < r0 or c1 < c0 or r0 >= n_rows:
            continue
        r1 = min(r1, n_rows - 1)
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        for r in range(r0, r1 + 1):
            for c in range(c0, min(c1, c0 + 1000) + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    grid: list[list[GridCell]] = []
    width = 0
    for r, row in enumerate(values):
        cells = []
        last = max((c for c, v in enumerate(row) if cell_text(v).strip()), default=-1)
        extent = max([last] + [c + s[1] - 1 for (rr, c), s in spans.items() if rr == r])
        for c in range(extent + 1):
            if (r, c) in covered:
                continue
            value = row[c] if c < len(row) else None
            value = None if value == "" else value
            rows, columns = spans.get((r, c), (1, 1))
            cells.append(GridCell(r, c, rows, columns, cell_text(value), value=value))
            width = max(width, c + columns)
        grid.append(cells)
    return grid, width


def _trim(values: list[list[CellValue]]) -> list[list[CellValue]]:
    end = len(values)
    while end and not any(cell_text(v).strip() for v in values[end - 1]):
        end -= 1
    return values[:end]


def _panic_as_damage(error: BaseException, name: str, kind: str) -> DocumentError:
    """A Rust panic of python-calamine on a damaged file as the DocumentError it is.

    pyo3 raises a panic as ``PanicException``, a BaseException (no ``except Exception``
    catches it): anything else is raised again as it was.
    """
    if type(error).__name__ != "PanicException":
        raise error
    return DocumentError(name, f"a damaged {kind} workbook (the reader failed: {error})")


def read_workbook(data: bytes, name: str, kind: str) -> Document:
    """Every sheet of an .xlsx, .xls or .ods workbook, one table per sheet.

    >>> import io, openpyxl
    >>> book = openpyxl.Workbook(); sheet = book.active; sheet.title = "成果"
    >>> sheet["A1"], sheet["B1"], sheet["A2"], sheet["B2"] = "年度", "実績", 2012, 426
    >>> sheet.merge_cells("A3:B3"); sheet["A3"] = "注"
    >>> buffer = io.BytesIO(); book.save(buffer)
    >>> doc = read_workbook(buffer.getvalue(), "<bytes>", "xlsx")
    >>> doc.tables[0].caption, doc.tables[0].grid()
    ('成果', [['年度', '実績'], ['2012', '426'], ['注', '注']])
    """
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_object(io.BytesIO(data))
    except CalamineError as error:
        reason = str(error).strip() or type(error).__name__
        if "password" in reason.lower() or type(error).__name__ == "PasswordError":
            raise DocumentError(name, "an encrypted (password-protected) workbook") from None
        raise DocumentError(name, f"not a readable {kind} workbook ({reason})") from None
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        raise DocumentError(name, f"not a readable {kind} workbook ({error})") from None
    except BaseException as error:  # a panic of the reader (found by the fuzzer)
        raise _panic_as_damage(error, name, kind) from None
    ods_spans: list[list[tuple[tuple[int, int], tuple[int, int]]]] = []
    warnings: list[str] = []
    if kind == "ods":
        try:
            ods_spans = _ods_spans(data)
        except (KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as error:
            warnings.append(f"merged cells of the .ods file not read ({error})")
    builder = TextBuilder()
    try:
        for index, sheet_name in enumerate(book.sheet_names):
            sheet = book.get_sheet_by_index(index)
            # Absolute coordinates (row 0, column 1 is B1): no skipping of the empty area.
            end = sheet.end or (0, 0)
            limit = max(1, _MAX_CELLS // max(end[1] + 1, 1))
            values: list[list[CellValue]] = [
                list(row) for row in sheet.to_python(skip_empty_area=False, nrows=limit)
            ]
            if end[0] + 1 > limit:
                warnings.append(f"sheet {sheet_name!r} read up to row {limit:,} (too large)")
            values = _trim(values)
            if not values:
                continue
            merged = (
                ods_spans[index]
                if kind == "ods" and index < len(ods_spans)
                else (sheet.merged_cell_ranges or [])
            )
            grid, width = _grid(values, merged)
            builder.table(grid, caption=sheet_name, n_columns=width)
    except CalamineError as error:
        raise DocumentError(name, f"a damaged {kind} workbook ({error})") from None
    except BaseException as error:
        raise _panic_as_damage(error, name, kind) from None
    if not builder.tables:
        raise DocumentError(name, f"an empty {kind} workbook (no cell has a value)")
    return Document(
        text=builder.text(),
        source=name,
        format=kind,
        tables=tuple(builder.tables),
        warnings=tuple(warnings),
    )


def read_csv(text: str, name: str, encoding: str | None) -> Document:
    """A CSV (or tab-separated) file as one table; the delimiter is sniffed.

    >>> read_csv("指標\\t目標\\n求職登録者\\t800\\n", "a.tsv", None).tables[0].grid()
    [['指標', '目標'], ['求職登録者', '800']]
    """
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    try:
        rows = [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as error:
        raise DocumentError(name, f"not readable as CSV ({error})") from None
    values: list[list[CellValue]] = [[v for v in row] for row in rows]
    values = _trim(values)
    builder = TextBuilder()
    if values:
        grid, width = _grid(values, [])
        builder.table(grid, n_columns=width)
    return Document(
        text=builder.text(),
        source=name,
        format="csv",
        encoding=encoding,
        tables=tuple(builder.tables),
    )
