"""HTML pages (lxml), spreadsheets (python-calamine) and CSV files, written here: grids with
their spans, text in document order, and the bundled report read back in each form."""

from __future__ import annotations

import html
import io
import struct
import zipfile
from collections.abc import Callable

import pytest

import plan6
from plan6.report.documents import DocumentError, read_document

# A made-up year grid with a baseline column spanning two header rows and a grouped header.
PAGE = """<!DOCTYPE html><html><head><meta charset="Shift_JIS"><title>架空市</title>
<style>td{color:red}</style><script>var x = "見えない";</script></head><body>
<h1>架空市 施策評価</h1><p>本年度の結果<br>を示す。</p>
<table><caption>成果指標</caption>
<tr><th rowspan="2">指標</th><th rowspan="2">基準値</th><th colspan="2">実績</th></tr>
<tr><th>2011年度</th><th>2012年度</th></tr>
<tr><td>相談件数</td><td>100件</td><td>120件</td><td>135件</td></tr>
<tr><td>参加者数</td><td colspan="3">集計中<br>（速報）</td></tr>
</table><p>以上。</p><!-- 注記 --></body></html>"""


def test_html_tables_keep_their_spans() -> None:
    document = read_document(PAGE.encode("cp932"), name="page.html")
    assert document.format == "html"
    assert document.encoding == "cp932"
    lines = document.text.splitlines()
    # Expected, written by hand: text before the table, the caption, one line per grid row,
    # text after it; scripts, styles, the title and comments are not text.
    assert lines[:3] == ["架空市 施策評価", "本年度の結果", "を示す。"]
    assert lines[3] == "成果指標"
    assert lines[4:8] == [
        "指標\t基準値\t実績",
        "\t\t2011年度\t2012年度",
        "相談件数\t100件\t120件\t135件",
        "参加者数\t集計中 （速報）",
    ]
    assert lines[8:] == ["以上。"]
    assert "見えない" not in document.text
    (table,) = document.tables
    assert table.caption == "成果指標"
    assert (table.n_rows, table.n_columns) == (4, 4)
    assert table.grid() == [
        ["指標", "基準値", "実績", "実績"],
        ["指標", "基準値", "2011年度", "2012年度"],
        ["相談件数", "100件", "120件", "135件"],
        ["参加者数", "集計中 （速報）", "集計中 （速報）", "集計中 （速報）"],
    ]
    spanning = table.cell_at(0, 3)
    assert spanning is not None
    assert (spanning.row, spanning.column, spanning.row_span, spanning.column_span) == (0, 2, 1, 2)
    assert spanning.header
    for cell in table.cells:
        assert document.text[cell.start : cell.end] == cell.text


def test_overlapping_html_spans_are_clipped() -> None:
    # Found by the fuzzer: a colspan that runs into a rowspan from the row above (an error of
    # the HTML table model) gave two cells one position, and read_report a ValueError about
    # its internal table. Expected by hand: the colspan stops before the rowspan's column.
    page = (
        "<table><tr><td>項目</td><td>2012年度</td><td rowspan=2>備考</td></tr>"
        "<tr><td colspan=3>相談件数 120件</td></tr></table>"
    )
    document = read_document(page.encode("utf-8"), format="html")
    (table,) = document.tables
    assert table.grid() == [
        ["項目", "2012年度", "備考"],
        ["相談件数 120件", "相談件数 120件", "備考"],
    ]
    wide = table.cell_at(1, 0)
    assert wide is not None
    assert wide.column_span == 2
    assert any("overlap" in warning for warning in document.warnings)
    # before: ValueError "tables[0]: cells 2 and 3 both cover row 1, column 2"; now the page is
    # read, and said to have no known layout
    with pytest.warns(plan6.LayoutWarning):
        plan6.read_report(document)


def test_html_without_text_is_refused() -> None:
    with pytest.raises(DocumentError, match=r"empty\.html: an HTML page without text"):
        read_document(
            b"<html><body><img src='a.png'><script>x()</script></body></html>", name="empty.html"
        )


def test_the_report_as_html(
    reference_text: str, clean_reading: plan6.Extraction, same_reading: Callable[..., None]
) -> None:
    body = "".join(f"{html.escape(line)}<br>\n" for line in reference_text.split("\n"))
    page = f"<html><body><div>{body}</div></body></html>".encode()
    other = plan6.read_report(page)
    assert other.document is not None
    assert other.document.format == "html"
    same_reading(other, clean_reading)


def _workbook(rows: list[list[object]], merges: list[str]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "成果"
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_xlsx_merged_cells_and_typed_values() -> None:
    rows = [["指標", "2011年度", "2012年度"], ["相談件数", 120, 135.5], ["注", None, None]]
    document = read_document(_workbook(rows, ["A3:C3"]), name="grid.xlsx")
    (table,) = document.tables
    assert table.caption == "成果"
    assert table.grid() == [
        ["指標", "2011年度", "2012年度"],
        ["相談件数", "120", "135.5"],
        ["注", "注", "注"],
    ]
    cell = table.cell_at(1, 2)
    assert cell is not None
    assert cell.value == 135.5
    assert cell.address == "C2"
    assert document.text.splitlines() == [
        "成果",
        "指標\t2011年度\t2012年度",
        "相談件数\t120\t135.5",
        "注",
    ]


def test_xls_merged_cells() -> None:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("実績")
    sheet.write_merge(0, 1, 0, 0, "指標")  # A1:A2
    sheet.write(0, 1, "2012年度")
    sheet.write(1, 1, 426)
    buffer = io.BytesIO()
    book.save(buffer)
    (table,) = read_document(buffer.getvalue(), name="old.xls").tables
    assert table.grid() == [["指標", "2012年度"], ["指標", "426"]]


def _ods(cells: str) -> bytes:
    """A minimal OpenDocument spreadsheet written by hand (content.xml, manifest, mimetype)."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="評価">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def _cell(text: str, extra: str = "") -> str:
    if not text:
        return "<table:table-cell/>"
    cell = f'<table:table-cell office:value-type="string" {extra}>'
    return f"{cell}<text:p>{text}</text:p></table:table-cell>"


def test_ods_merged_cells() -> None:
    rows = (
        "<table:table-row>"
        + _cell("指標", 'table:number-rows-spanned="2"')
        + _cell("実績", 'table:number-columns-spanned="2"')
        + "<table:covered-table-cell/></table:table-row>"
        + "<table:table-row><table:covered-table-cell/>"
        + _cell("2011年度")
        + _cell("2012年度")
        + "</table:table-row>"
    )
    (table,) = read_document(_ods(rows), name="grid.ods").tables
    assert table.caption == "評価"
    assert table.grid() == [["指標", "実績", "実績"], ["指標", "2011年度", "2012年度"]]


@pytest.mark.parametrize("form", ["xlsx", "ods", "csv-cp932"])
def test_the_report_in_a_spreadsheet_column(
    form: str,
    reference_text: str,
    clean_reading: plan6.Extraction,
    same_reading: Callable[..., None],
) -> None:
    # One line of the report per row of column A: the facts come out, each in its cell.
    lines = reference_text.split("\n")
    if form == "xlsx":
        data = _workbook([[line or None] for line in lines], [])
    elif form == "ods":
        rows = [f"<table:table-row>{_cell(html.escape(line))}</table:table-row>" for line in lines]
        data = _ods("".join(rows))
    else:
        data = "\n".join(f'"{line}"' for line in lines).encode("cp932")
    other = (
        plan6.read_report(data) if form != "csv-cp932" else plan6.read_report(data, format="csv")
    )
    same_reading(other, clean_reading)
    assert other.facts["table"].eq(0).all()
    document = other.document
    assert document is not None
    table = document.tables[0]
    grid = table.grid()
    for row, column, value_text in other.facts[
        ["table_row", "table_column", "value_text"]
    ].itertuples(index=False):
        # a value broken over two lines (3,426⏎万円) starts in its cell
        assert value_text.split("\n")[0] in grid[row][column]


def test_csv_encodings_and_delimiters() -> None:
    text = "指標,目標,実績\n相談件数,100,120\n"
    for encoding in ("utf-8-sig", "cp932", "utf-16"):
        document = read_document(text.encode(encoding), name="grid.csv")
        assert document.encoding == encoding
        assert document.tables[0].grid() == [["指標", "目標", "実績"], ["相談件数", "100", "120"]]
    tsv = read_document(text.replace(",", "\t").encode(), name="grid.tsv")
    assert tsv.tables[0].grid()[1] == ["相談件数", "100", "120"]


def test_damaged_workbooks_are_refused() -> None:
    with pytest.raises(DocumentError, match=r"bad\.xlsx: a damaged or truncated ZIP"):
        read_document(b"PK\x03\x04" + bytes(40), name="bad.xlsx")
    with pytest.raises(DocumentError, match=r"bad\.xls: not a readable xls workbook"):
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), name="bad.xls")


def test_a_workbook_that_makes_the_reader_panic_is_refused() -> None:
    # Found by the fuzzer: an .xls (compound file) header whose one FAT sector (sector 8, at
    # byte 512 + 8 * 512) lies beyond the end of the file makes python-calamine panic; pyo3
    # raises that as PanicException, a BaseException that no `except Exception` catches.
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # the compound-file signature
        bytes(16),
        0x3E,  # minor version
        3,  # major version: 512-byte sectors
        0xFFFE,  # byte order
        9,  # sector shift: 2**9 bytes
        6,  # mini sector shift
        bytes(6),
        0,  # directory sectors (0 in version 3)
        1,  # FAT sectors
        9,  # first directory sector
        0,  # transaction signature
        4096,  # mini stream cutoff
        0xFFFFFFFE,  # first mini FAT sector: none
        0,  # mini FAT sectors
        0xFFFFFFFE,  # first DIFAT sector: none
        0,  # DIFAT sectors
    )
    difat = struct.pack("<109I", 8, *[0xFFFFFFFF] * 108)  # the FAT in sector 8
    data = header + difat + bytes(3790)  # 4,302 bytes: sector 8 would start at 4,608
    with pytest.raises(
        DocumentError, match=r"bad\.xls: a damaged xls workbook \(the reader failed"
    ):
        read_document(data, name="bad.xls")
