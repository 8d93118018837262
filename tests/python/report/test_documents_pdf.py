"""PDFs read with pypdfium2: the report as a PDF, reading order, letter spacing, page
furniture, contents, and PDFs that cannot be read. Every PDF is typeset here."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

import plan6
from plan6.report.documents import DocumentError, read_document


def test_the_report_as_a_pdf_reads_back_to_the_same_facts(
    report_pdf: bytes, clean_reading: plan6.Extraction, same_reading: Callable[..., None]
) -> None:
    # Expected: the reading of the bundled text itself (235 facts, 30 plan-years).
    document = read_document(report_pdf, name="report.pdf")
    assert document.format == "pdf"
    assert document.n_pages > 30
    other = plan6.read_report(document)
    assert len(other.facts) == 235
    assert len(other.plans) == 30
    same_reading(other, clean_reading)
    # provenance: the page of every fact, and its span slices the document text
    assert other.facts["page"].notna().all()
    assert other.facts["page"].min() == 1
    for start, end, value_text, page in other.facts[
        ["span_start", "span_end", "value_text", "page"]
    ].itertuples(index=False):
        assert document.text[start:end] == value_text
        assert document.page_of(start) == page
    # the header and the page numbers are furniture, not text
    assert "施策評価報告書（試験用）" not in document.text
    kinds = {f.kind for f in document.furniture}
    assert kinds == {"header", "page number"}
    assert sum(f.kind == "page number" for f in document.furniture) == document.n_pages


def test_pages_split_the_text(report_pdf: bytes) -> None:
    document = read_document(report_pdf)
    starts = [start for start, _ in document.pages]
    assert starts == sorted(starts)
    assert document.pages[0][0] == 0
    assert document.pages[-1][1] == len(document.text)
    assert document.page_of(len(document.text) - 1) == document.n_pages


# A made-up page: a title across the page, two columns of prose (the content stream goes
# across the columns line by line, as a PDF may), then a table under them.
LEFT = [
    "左の段の一行目は市内企業の支援について述べる文章である。",
    "左の段の二行目も同じ段落の続きの文章である。",
    "左の段の三行目で段落が終わる。",
]
RIGHT = [
    "右の段の一行目は観光の振興について述べる文章である。",
    "右の段の二行目も同じ段落の続きの文章である。",
    "右の段の三行目で段落が終わる。",
]


def _two_columns_and_a_table() -> list[tuple[float, float, str, float]]:
    items: list[tuple[float, float, str, float]] = [(40, 60, "架空市 施策評価の概要", 14)]
    for i, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        items.append((320, 100 + 14 * i, right, 9))  # right column first in the stream
        items.append((40, 100 + 14 * i, left, 9))
    rows = [
        ("指標", "2011年度", "2012年度"),
        ("相談件数", "120件", "135件"),
        ("参加者数", "80人", "95人"),
    ]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            items.append((60 + 110 * c, 200 + 16 * r, cell, 9))
    return items


def test_two_columns_read_column_by_column_and_a_table_row_by_row(
    typeset: Callable[..., bytes],
) -> None:
    document = read_document(typeset([_two_columns_and_a_table()]))
    lines = [line for line in document.text.splitlines() if line.strip()]
    # Expected order, written by hand: title, the left column, the right column, the table.
    assert lines[0] == "架空市 施策評価の概要"
    assert lines[1:4] == LEFT
    assert lines[4:7] == RIGHT
    assert lines[7:] == [
        "指標\t2011年度\t2012年度",
        "相談件数\t120件\t135件",
        "参加者数\t80人\t95人",
    ]
    (table,) = document.tables
    assert table.grid() == [
        ["指標", "2011年度", "2012年度"],
        ["相談件数", "120件", "135件"],
        ["参加者数", "80人", "95人"],
    ]
    cell = table.cell_at(1, 2)
    assert cell is not None
    assert document.text[cell.start : cell.end] == "135件"
    assert document.cell_at(cell.start) == (0, cell)


def test_letter_spaced_runs_are_joined(typeset: Callable[..., bytes], font: str) -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    text = pdf.beginText(40, 760)
    text.setFont(font, 10)
    text.setCharSpace(6)  # 均等割り付け: every character 6 pt apart, no space in the PDF
    text.textLine("平成28年度")
    text.setCharSpace(0)
    text.textLine("目標を上回る実績")
    pdf.drawText(text)
    # a count printed with its digits spread out, one character each
    pdf.setFont(font, 10)
    for i, char in enumerate("10"):
        pdf.drawString(40 + 9 * i, 120, char)
    pdf.drawString(40 + 9 * 2 + 2, 120, "回")
    pdf.showPage()
    pdf.save()
    lines = read_document(buffer.getvalue()).text.splitlines()
    assert "平成28年度" in lines
    assert "目標を上回る実績" in lines
    assert "10回" in lines


def test_table_of_contents_is_recognised(typeset: Callable[..., bytes]) -> None:
    contents = [(40, 60, "目次", 12)] + [
        (40, 90 + 16 * i, f"{title} {'.' * 30} {page}", 10)
        for i, (title, page) in enumerate([("はじめに", 1), ("施策の概要", 3), ("評価の結果", 7)])
    ]
    body = [(40, 60, "はじめに", 12), (40, 90, "本書は架空市の施策を評価する。", 10)]
    document = read_document(typeset([contents, body]))
    assert [(e.title, e.page) for e in document.contents] == [
        ("はじめに", 1),
        ("施策の概要", 3),
        ("評価の結果", 7),
    ]
    assert "目次" not in document.text
    assert "...." not in document.text
    assert "本書は架空市の施策を評価する。" in document.text


def _image_only_pdf() -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(picture, format="PNG")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 50, 600, 200, 100)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdfs_that_cannot_be_read(typeset: Callable[..., bytes], report_pdf: bytes) -> None:
    with pytest.raises(DocumentError, match=r"scan\.pdf: no text layer .*needs OCR"):
        read_document(_image_only_pdf(), name="scan.pdf")
    locked = typeset([[(40, 60, "秘密の文書", 10)]], encrypt="secret")
    with pytest.raises(DocumentError, match=r"locked\.pdf: an encrypted \(password-protected\)"):
        read_document(locked, name="locked.pdf")
    with pytest.raises(DocumentError, match=r"half\.pdf: not a readable PDF"):
        read_document(report_pdf[: len(report_pdf) // 2], name="half.pdf")
    with pytest.raises(DocumentError, match=r"blank\.pdf: a PDF without text"):
        read_document(typeset([[]]), name="blank.pdf")
    # a DocumentError is plan6's ParseError, so a ValueError
    assert issubclass(DocumentError, plan6.ParseError)
    assert issubclass(DocumentError, ValueError)


def test_a_pdf_with_one_scanned_page_warns(typeset: Callable[..., bytes]) -> None:
    from pypdfium2 import PdfDocument

    text_pages = PdfDocument(typeset([[(40, 60, "本文のある頁", 10)]]))
    scanned = PdfDocument(_image_only_pdf())
    text_pages.import_pages(scanned)
    buffer = io.BytesIO()
    text_pages.save(buffer)
    document = read_document(buffer.getvalue())
    assert document.text.strip() == "本文のある頁"
    assert any("page 2" in w and "OCR" in w for w in document.warnings)
