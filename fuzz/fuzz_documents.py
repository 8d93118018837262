"""Fuzz target (atheris) for plan6's document readers: PDF, HTML, spreadsheets, CSV, text in
any encoding, the noise normalisation and the report reading on top of them.

Any input must give a Document (or an Extraction) or a DocumentError naming the source;
anything else — another exception, a crash, a hang past -timeout — is a finding.

Each reader is a target of its own with ``--reader`` (pdf, html, sheets, csv, text: the input
is then read in that reader's formats only); without it the first byte picks any format.

    python fuzz/fuzz_documents.py --make-seeds DIR      # small documents of every format
    python fuzz/fuzz_documents.py [--reader pdf] -max_total_time=60 CORPUS DIR
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import plan6
    from plan6.report.documents import (  # the readers import lazily: instrument them here
        DocumentError,
        _html,
        _pdf,
        _pdf_furniture,
        _pdf_layout,
        _pdf_tables,
        _sheets,
        normalize_text,
        read_document,
    )

READERS = (_html, _pdf, _pdf_furniture, _pdf_layout, _pdf_tables, _sheets)

FORMATS = (None, "pdf", "html", "xlsx", "ods", "csv", "text", "xls")
#: The readers, each a target of its own (``--reader``), by the formats they read.
READER_FORMATS: dict[str, tuple[str | None, ...]] = {
    "pdf": ("pdf",),
    "html": ("html",),
    "sheets": ("xlsx", "ods", "xls"),
    "csv": ("csv",),
    "text": (None, "text"),
}
_formats: tuple[str | None, ...] = FORMATS


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    # the first byte picks the format (a seed's first byte is its format's index in FORMATS)
    chosen = FORMATS[provider.ConsumeIntInRange(0, 255) % len(FORMATS)]
    fmt = chosen if chosen in _formats else _formats[0]
    as_report = provider.ConsumeBool()
    payload = provider.ConsumeBytes(provider.remaining_bytes())
    try:
        document = read_document(payload, format=fmt, name="fuzz")
    except DocumentError as error:
        if not str(error).startswith("fuzz: "):
            raise AssertionError(
                f"a DocumentError that does not name the source: {error}"
            ) from None
        return
    clean = normalize_text(document.text)
    spans = clean.to_original(range(len(clean.text)), range(1, len(clean.text) + 1))
    assert (spans[:, 0] <= spans[:, 1]).all()
    assert spans[:, 1].max(initial=0) <= len(document.text)
    for table in document.tables:
        for cell in table.cells:
            assert document.text[cell.start : cell.end] == cell.text
    if as_report and len(document.text) < 20000:
        report = plan6.read_report(document)
        for start, end in report.facts[["span_start", "span_end"]].itertuples(index=False):
            assert 0 <= start <= end <= len(document.text)


def make_seeds(folder: Path) -> None:
    """One small document of each format, for the fuzzer to start from."""
    folder.mkdir(parents=True, exist_ok=True)
    text = "【主な実施結果】\n就業の支援\n・計画（320人）を上回る426人の雇用を創出しました。\n"
    (folder / "text-utf8").write_bytes(b"\x00" + text.encode())
    (folder / "text-cp932").write_bytes(b"\x00" + text.encode("cp932"))
    (folder / "noise").write_bytes(b"\x00" + text.replace("\n", "\u2028\u200b").encode())
    page = (
        "<html><body><p>実績<br>426人</p><table><tr><th rowspan=2>指標</th><th colspan=2>実績"
        "</th></tr><tr><td>2011</td><td>2012</td></tr><tr><td>件数</td><td>1</td><td>2</td>"
        "</tr></table></body></html>"
    )
    (folder / "html").write_bytes(b"\x02" + page.encode("cp932"))
    (folder / "csv").write_bytes(b"\x05" + "年度,実績\n2012,426人\n".encode("cp932"))
    try:
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer)
        pdf.drawString(72, 720, "Results 2012: 426 jobs against a plan of 320")
        pdf.showPage()
        pdf.save()
        (folder / "pdf").write_bytes(b"\x01" + buffer.getvalue())
    except ImportError:
        pass
    try:
        import openpyxl

        book = openpyxl.Workbook()
        book.active.append(["年度", "実績"])
        book.active.append([2012, 426])
        book.active.merge_cells("A3:B3")
        buffer = io.BytesIO()
        book.save(buffer)
        (folder / "xlsx").write_bytes(b"\x03" + buffer.getvalue())
    except ImportError:
        pass
    try:
        import xlwt

        workbook = xlwt.Workbook()
        sheet = workbook.add_sheet("実績")
        sheet.write(0, 0, "年度")
        sheet.write(0, 1, "実績")
        sheet.write(1, 0, 2012)
        sheet.write(1, 1, 426)
        buffer = io.BytesIO()
        workbook.save(buffer)
        (folder / "xls").write_bytes(b"\x07" + buffer.getvalue())
    except ImportError:
        pass
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    (folder / "ods").write_bytes(b"\x04" + buffer.getvalue())


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--make-seeds":
        make_seeds(Path(sys.argv[2]))
    else:
        arguments = list(sys.argv)
        if len(arguments) > 2 and arguments[1] == "--reader":
            _formats = READER_FORMATS[arguments[2]]
            del arguments[1:3]
        atheris.Setup(arguments, test_one_input)
        atheris.Fuzz()
