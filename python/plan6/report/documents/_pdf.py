"""PDF with pypdfium2: the text of each page with just enough geometry to lay it out.

PDFium gives a page's text in content-stream order with line breaks of its own, which are
not to be trusted: it breaks inside a line where a font changes, and runs two lines together
without a break. plan6 asks for the box of the first and the last character of each of
PDFium's lines; where the two disagree (not on one line, going backwards, or wider than the
characters can be without a gap of an em) it bisects, so a page costs a few calls per line,
not one per character. Letter-spaced runs (short kanji, kana or digit pieces between
spaces) are measured piece by piece. Everything else — reading order, page furniture,
tables of contents, tables — is in :mod:`._pdf_layout` and works on these segments. Page
objects are not walked (a typeset Japanese page has thousands, one per font-subset
switch): tables are found from the alignment of their text, not from ruling lines.

PDFium is not thread-safe: every call into it holds one module lock, so ``extract_files``
may read PDFs from several threads.

>>> import io, pypdfium2
>>> pdf = pypdfium2.PdfDocument.new(); _ = pdf.new_page(595, 842)
>>> buffer = io.BytesIO(); pdf.save(buffer)
>>> read_pdf(buffer.getvalue(), "blank.pdf")
Traceback (most recent call last):
...
plan6.report.documents._errors.DocumentError: blank.pdf: a PDF without text (1 blank page)
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

from ..._core.report import pdf_page_segments
from ._errors import DocumentError
from ._model import Document
from ._pdf_layout import Page, Segment, lay_out

__all__ = ["read_pdf"]

_LOCK = threading.Lock()
_BOX_FUNCTION: int | None = None


def _box_function() -> int:
    """The address of PDFium's FPDFText_GetLooseCharBox, which the core calls for the boxes."""
    global _BOX_FUNCTION
    if _BOX_FUNCTION is None:
        import pypdfium2.raw as raw

        _BOX_FUNCTION = ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
    return _BOX_FUNCTION or 0


def _open(data: bytes, name: str) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise DocumentError(
                name, "an encrypted (password-protected) PDF: plan6 reads PDFs without a password"
            ) from None
        if code == raw.FPDF_ERR_SECURITY:
            raise DocumentError(name, "a PDF with an unsupported security handler") from None
        raise DocumentError(
            name, "not a readable PDF (damaged or truncated: PDFium cannot parse it)"
        ) from None


def _page_text(textpage: Any, count: int) -> str:
    import pypdfium2.raw as raw

    text = str(textpage.get_text_range())
    if len(text) == count:
        return text
    # Text and character indices differ (characters outside the BMP, excluded characters):
    # read the characters one by one so that index i is character i.
    return "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(count))


def _segments(textpage: Any, text: str, top_of_page: float) -> list[Segment]:
    """The page's runs of text with their boxes, in PDFium's order (the core's
    ``pdf_page_segments``, which calls PDFium for the boxes it needs)."""
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0
    return list(map(Segment, *pdf_page_segments(text, _box_function(), handle, top_of_page)))


def _images(page: Any) -> int:
    import pypdfium2.raw as raw

    return sum(1 for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)))


def _read_pages(data: bytes, name: str) -> tuple[list[Page], list[int]]:
    pages: list[Page] = []
    image_only: list[int] = []
    pdf = _open(data, name)
    try:
        count = len(pdf)
        for number in range(1, count + 1):
            try:
                page = pdf[number - 1]
            except Exception:  # PDFium failed on this page: say so, read the others
                pages.append(Page(number=number, width=0.0, height=0.0, segments=[]))
                image_only.append(-number)
                continue
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    chars = textpage.count_chars()
                    text = _page_text(textpage, chars) if chars > 0 else ""
                    segments = _segments(textpage, text, height) if text.strip() else []
                finally:
                    textpage.close()
                if not segments and _images(page):
                    image_only.append(number)
                pages.append(Page(number=number, width=width, height=height, segments=segments))
            finally:
                page.close()
    finally:
        pdf.close()
    return pages, image_only


def read_pdf(data: bytes, name: str) -> Document:
    """Read a PDF's text layer into a :class:`Document` (one page span per page).

    Raises :class:`DocumentError` for an encrypted, damaged or truncated PDF and for one
    without a text layer (scanned pages need OCR, which plan6 does not do).

    >>> read_pdf(b"%PDF-1.4\\n%%EOF", "broken.pdf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    plan6.report.documents._errors.DocumentError: broken.pdf: not a readable PDF (damaged or ...)
    """
    with _LOCK:
        pages, image_only = _read_pages(data, name)
    failed = [-n for n in image_only if n < 0]
    scanned = [n for n in image_only if n > 0]
    if not any(page.segments for page in pages):
        if scanned:
            raise DocumentError(
                name,
                f"no text layer ({len(scanned)} of {len(pages)} page"
                f"{'s' if len(pages) != 1 else ''} are images only): it needs OCR, "
                "which plan6 does not do",
            )
        if failed:
            raise DocumentError(name, "not a readable PDF (PDFium could not load its pages)")
        raise DocumentError(
            name, f"a PDF without text ({len(pages)} blank page{'s' if len(pages) != 1 else ''})"
        )
    warnings: list[str] = []
    if scanned:
        warnings.append(
            f"page{'s' if len(scanned) > 1 else ''} {_page_list(scanned)} "
            "have no text layer (images only: OCR needed, which plan6 does not do)"
        )
    if failed:
        warnings.append(
            f"page{'s' if len(failed) > 1 else ''} {_page_list(failed)} could not be read"
        )
    if b"%%EOF" not in data[-2048:]:
        warnings.append("the file does not end in %%EOF: it may be truncated")
    return lay_out(pages, name, warnings)


def _page_list(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + (" …" if len(numbers) > 10 else "")
