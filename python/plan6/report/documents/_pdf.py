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
import re
import threading
from collections.abc import Callable
from typing import Any

from ._errors import DocumentError
from ._model import Document
from ._pdf_layout import LETTER_SPACED, Page, Piece, Segment, join_pieces, lay_out

__all__ = ["read_pdf"]

_LOCK = threading.Lock()
# A line of PDFium's text without its outer spaces, and a piece between spaces.
_LINE = re.compile(r"[^\s\x00-\x1f](?:[^\r\n\x00-\x1f]*[^\s\x00-\x1f])?")
_PIECE = re.compile(r"[^\s\x00-\x1f]+")
Box = tuple[float, float, float, float]


def _box_function(textpage: Any, top_of_page: float) -> Callable[[int], Box]:
    """The loose box of character i (y downwards), through cffi when it is there: a cffi
    call costs half of a ctypes one, and a page needs a few hundred."""
    import pypdfium2.raw as raw

    address = ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    try:
        import cffi
    except ImportError:  # pragma: no cover - cffi is a dependency; ctypes is the fallback
        rect = raw.FS_RECTF()
        pointer = ctypes.byref(rect)
        call = raw.FPDFText_GetLooseCharBox
        page = textpage.raw

        def ctypes_box(index: int) -> Box:
            if not call(page, index, pointer):
                return (0.0, 0.0, 0.0, 0.0)
            return (rect.left, top_of_page - rect.top, rect.right, top_of_page - rect.bottom)

        return ctypes_box
    ffi = _ffi(cffi)
    function = ffi.cast("int(*)(void*, int, FS_RECTF*)", address)
    pointer = ffi.cast("void*", handle)
    box = ffi.new("FS_RECTF*")

    def cffi_box(index: int) -> Box:
        if not function(pointer, index, box):
            return (0.0, 0.0, 0.0, 0.0)
        return (box.left, top_of_page - box.top, box.right, top_of_page - box.bottom)

    return cffi_box


_FFI: Any = None


def _ffi(cffi: Any) -> Any:
    global _FFI
    if _FFI is None:
        ffi = cffi.FFI()
        ffi.cdef("typedef struct { float left; float top; float right; float bottom; } FS_RECTF;")
        _FFI = ffi
    return _FFI


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


def _consistent(first: Box, last: Box, text: str) -> bool:
    """Whether characters first..last can be one run: one line, left to right, and no
    wider than its characters can be without a gap of an em in it."""
    em = first[3] - first[1]
    if last[3] - last[1] > em:
        em = last[3] - last[1]
    if em < 1.0:
        em = 1.0
    width = last[2] - first[0]
    if width < -0.2 * em or -0.5 * em >= first[1] - last[1] or first[1] - last[1] >= 0.5 * em:
        return False
    # Wide characters (kanji, kana: 3 bytes of UTF-8) take an em, the others 0.62 of one:
    # digits after a label in a row of a table run much wider than an em each.
    wide = (len(text.encode()) - len(text)) // 2
    return width <= (wide + 0.62 * (len(text) - wide) + 1.0) * em


Run = tuple[int, int, Box, Box]


def _bisect(box: Callable[[int], Box], text: str, start: int, end: int) -> list[Run]:
    """A run without spaces as consistent runs (with the boxes of their first and last
    characters), by bisection where the two disagree (PDFium ran two lines together)."""
    first = box(start)
    last = box(end - 1) if end - start > 1 else first
    if end - start == 1 or _consistent(first, last, text[start:end]):
        return [(start, end, first, last)]
    middle = (start + end) // 2
    return _bisect(box, text, start, middle) + _bisect(box, text, middle, end)


def _split(box: Callable[[int], Box], text: str, start: int, end: int, ends: Run) -> list[Run]:
    """A line of PDFium that is not one run: cut at its spaces (where the gap between two
    columns or cells almost always is), each piece bisected only if it is itself not one
    run; neighbouring pieces are joined again where they sit side by side after all.
    ``ends`` holds the boxes of the line's first and last characters, measured already."""
    pieces = [match.span() for match in _PIECE.finditer(text, start, end)]
    runs: list[Run] = []
    for a, b in pieces:
        first = ends[2] if a == start else box(a)
        last = ends[3] if b == end else (first if b - a == 1 else box(b - 1))
        if b - a == 1 or _consistent(first, last, text[a:b]):
            runs.append((a, b, first, last))
        else:
            runs.extend(_bisect(box, text, a, b))
    merged = [runs[0]]
    for run in runs[1:]:
        run_start, _, run_first, end_box = merged[-1]
        next_box = run[2]
        em = max(end_box[3] - end_box[1], 1.0)
        gap = next_box[0] - end_box[2]
        if abs(end_box[1] - next_box[1]) < 0.5 * em and -0.2 * em <= gap <= em:
            merged[-1] = (run_start, run[1], run_first, run[3])
        else:
            merged.append(run)
    return merged


def _spaced_text(box: Callable[[int], Box], text: str, start: int, end: int) -> str:
    """The text of a run with letter-spaced pieces, measured piece by piece."""
    pieces: list[tuple[str, int, Box, Box, str]] = []
    for match in _PIECE.finditer(text, start, end):
        first, last = box(match.start()), box(match.end() - 1)
        separator = text[pieces[-1][1] : match.start()] if pieces else ""
        pieces.append((match.group(), match.end(), first, last, separator))
    return join_pieces(
        [
            Piece(t, a[0], b[2], min(a[1], b[1]), max(a[3], b[3]), separator=s)
            for t, _, a, b, s in pieces
        ]
    )


def _segments(textpage: Any, text: str, top_of_page: float) -> list[Segment]:
    """The page's runs of text with their boxes, in PDFium's order. A run that continues
    the previous one on the same line (PDFium broke a line at a font change) is joined
    to it, without a space where there is no gap.

    This loop runs once per line of every page: it is written for speed (two box calls and
    a few comparisons for a line whose first and last characters agree)."""
    box = _box_function(textpage, top_of_page)
    # Where letter-spaced text may be: a run is measured piece by piece only if one starts in it.
    spaced_at = [m.start() for m in LETTER_SPACED.finditer(text)]
    spaced_index = 0
    found: list[Segment] = []
    previous_end = 0
    previous: Segment | None = None
    for match in _LINE.finditer(text):
        start, end = match.span()
        run = match.group()
        first = box(start)
        last = box(end - 1) if end - start > 1 else first
        if end - start > 1 and not _consistent(first, last, run):
            runs = _split(box, text, start, end, (start, end, first, last))
        else:
            runs = [(start, end, first, last)]
        for a, b, first, last in runs:
            run = text[a:b]
            while spaced_index < len(spaced_at) and spaced_at[spaced_index] < a:
                spaced_index += 1
            if spaced_index < len(spaced_at) and spaced_at[spaced_index] < b:
                run = _spaced_text(box, text, a, b)
            top = first[1] if first[1] < last[1] else last[1]
            bottom = first[3] if first[3] > last[3] else last[3]
            if previous is not None:
                size = bottom - top if bottom - top > 1.0 else 1.0
                gap = first[0] - previous.x1
                if -0.2 * size <= gap <= 1.2 * size and abs(top - previous.top) < 0.5 * size:
                    between = text[previous_end:a]
                    spaced = " " in between or "\u3000" in between
                    joiner = " " if spaced or gap >= 0.3 * size else ""
                    previous.extend(joiner + run, last[2], top, bottom)
                    previous_end = b
                    continue
            previous = Segment(run, first[0], last[2], top, bottom)
            found.append(previous)
            previous_end = b
    return found


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
