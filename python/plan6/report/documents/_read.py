"""``read_document``: one entry point for every source and format.

A source is a path (``str`` or ``os.PathLike``), ``bytes``, a binary file object, or ``str``
holding the text itself. A ``str`` is taken for a path when it is one line naming an existing
file (or a missing file with a document suffix, which is an error); anything else is text
(HTML when it opens with an HTML element).
The format comes from the bytes (``%PDF``, a ZIP holding a workbook, an OLE2 compound file,
HTML markup) and the suffix (``.csv``, ``.tsv``), or is forced with ``format=``.

>>> read_document("目標 320人").format
'text'
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from typing import IO, Union

from ._encoding import decode_text
from ._errors import DocumentError
from ._model import Document

__all__ = ["FORMATS", "Source", "read_document", "source_bytes"]

#: A document as plan6 accepts it.
Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes]]

#: The formats :func:`read_document` reads (``format=`` forces one).
FORMATS = ("pdf", "html", "xlsx", "xls", "ods", "csv", "text")

_SUFFIXES = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "text",
    ".text": "text",
}
# Files plan6 recognises but does not read, with what to do instead.
_UNREAD_ZIP = {
    "word/": "a Word document (.docx), which plan6 does not read: save it as PDF",
    "ppt/": "a PowerPoint file (.pptx), which plan6 does not read: save it as PDF",
}
# Text that opens with an HTML element is an HTML page (or a fragment of one).
_MARKUP = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|table|div|p|h[1-6]"
    rb"|ul|ol|meta|title|section|article|span|br)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_IMAGE_MAGIC = (
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


def _is_path_string(text: str) -> bool:
    if "\n" in text or "\r" in text or len(text) > 4096 or not text.strip():
        return False
    try:
        return Path(text).is_file() or Path(text).suffix.lower() in _SUFFIXES
    except (OSError, ValueError):
        return False


def source_bytes(source: Source, name: str | None = None) -> tuple[bytes | str, str, str | None]:
    """The content of a source (bytes, or the str itself for text), its name and its suffix.

    >>> source_bytes(b"abc")
    (b'abc', '<bytes>', None)
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), name or "<bytes>", _suffix(name)
    if isinstance(source, str) and not _is_path_string(source):
        return source, name or "<text>", _suffix(name)
    if isinstance(source, (str, os.PathLike)):
        path = Path(os.fspath(source))
        label = name or str(path)
        try:
            return path.read_bytes(), label, path.suffix.lower() or None
        except FileNotFoundError:
            raise FileNotFoundError(f"{label}: no such file") from None
        except IsADirectoryError:
            raise DocumentError(label, "a directory, not a document") from None
    read = getattr(source, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, str):
            raise TypeError("a file object must be opened in binary mode ('rb')")
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"read() of the file object gave {type(data).__name__}, not bytes")
        file_name = getattr(source, "name", None)
        label = name or (str(file_name) if isinstance(file_name, (str, os.PathLike)) else "<file>")
        return bytes(data), label, _suffix(label)
    raise TypeError(
        "source must be a path, bytes, a binary file object or str text, "
        f"not {type(source).__name__}"
    )


def _suffix(name: str | None) -> str | None:
    if not name:
        return None
    suffix = Path(name).suffix.lower()
    return suffix or None


def _sniff(data: bytes, suffix: str | None, name: str) -> str:
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_format(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    for magic, kind in _IMAGE_MAGIC:
        if data.startswith(magic):
            raise DocumentError(
                name, f"a {kind} image, not a document: it needs OCR, which plan6 does not do"
            )
    by_suffix = _SUFFIXES.get(suffix or "")
    if by_suffix in ("csv", "html"):
        return by_suffix
    if suffix == ".pdf":
        raise DocumentError(name, "not a PDF (no %PDF header): damaged or not a PDF file")
    if by_suffix in ("xlsx", "ods", "xls"):
        raise DocumentError(name, f"not a readable {by_suffix} workbook (damaged or truncated)")
    if _MARKUP.match(head) or (head.lstrip().startswith(b"<?xml") and b"<html" in head.lower()):
        return "html"
    return "text"


def _zip_format(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                if b"spreadsheet" in mimetype:
                    return "ods"
                raise DocumentError(
                    name, "an OpenDocument file that is not a spreadsheet (.ods): save it as PDF"
                )
    except zipfile.BadZipFile:
        raise DocumentError(name, "a damaged or truncated ZIP archive (.xlsx/.ods)") from None
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    for prefix, reason in _UNREAD_ZIP.items():
        if any(n.startswith(prefix) for n in names):
            raise DocumentError(name, reason)
    raise DocumentError(name, "a ZIP archive, not a document plan6 reads")


def read_document(
    source: Source,
    *,
    encoding: str | None = None,
    format: str | None = None,
    name: str | None = None,
) -> Document:
    """Read a document — PDF, HTML, a spreadsheet, CSV or text — into a :class:`Document`.

    Parameters
    ----------
    source
        A path (``str`` or path-like), ``bytes``, a binary file object, or ``str`` text
        itself (a one-line ``str`` naming an existing file is read as that file; a ``str``
        that opens with an HTML element is read as HTML).
    encoding
        Force the text encoding of text, CSV and HTML sources (``cp932``, ``euc_jp``,
        ``utf-8``, ``utf-16``…; Shift_JIS names mean ``cp932``). Default: detected.
    format
        Force the format: one of ``pdf``, ``html``, ``xlsx``, ``xls``, ``ods``, ``csv``,
        ``text``. Default: from the content and the file suffix.
    name
        The name the document goes by in messages and in ``Document.source`` (default: the
        path, or ``<bytes>``/``<text>``).

    Raises
    ------
    DocumentError
        (a :class:`plan6.ParseError`, so a ValueError) naming the source and the reason:
        an image-only, encrypted or damaged PDF, a binary file, an undecidable encoding,
        an HTML page without text.

    Examples
    --------
    >>> import plan6
    >>> doc = plan6.read_document("計画（320人）を上回る426人".encode("cp932"))
    >>> doc.format, doc.encoding, doc.text
    ('text', 'cp932', '計画（320人）を上回る426人')
    >>> page = "<table><tr><th>年度</th><th>実績</th></tr><tr><td>2012</td><td>426人</td></tr>"
    >>> plan6.read_document((page + "</table>").encode()).tables[0].grid()
    [['年度', '実績'], ['2012', '426人']]
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    content, label, suffix = source_bytes(source, name)
    if isinstance(content, str):
        markup = _MARKUP.match(content[:1024].lstrip("\ufeff").encode("ascii", "replace"))
        kind = format or ("html" if markup else "text")
        if kind == "text":
            return Document(text=content, source=label, format="text")
        if kind in ("html", "csv"):
            return _read_text_format(kind, content, label, None)
        raise ValueError(f"format={kind!r} needs bytes or a path, not str text")
    kind = format or _sniff(content, suffix, label)
    if kind == "pdf":
        from ._pdf import read_pdf

        return read_pdf(content, label)
    if kind in ("xlsx", "xls", "ods"):
        from ._sheets import read_workbook

        return read_workbook(content, label, kind)
    if kind == "html":
        from ._html import html_encoding

        declared = encoding or html_encoding(content)
        text, used = _decode_declared(content, label, declared)
        return _read_text_format("html", text, label, used)
    text, used = decode_text(content, label, encoding)
    unnamed = kind == "text" and _SUFFIXES.get(suffix or "") is None and format is None
    if unnamed and _MARKUP.match(text[:1024].lstrip("\ufeff").encode("ascii", "replace")):
        kind = "html"  # HTML in an encoding with no ASCII bytes to sniff (UTF-16)
    if kind == "text":
        return Document(text=text, source=label, format="text", encoding=used)
    return _read_text_format(kind, text, label, used)


def _decode_declared(data: bytes, name: str, declared: str | None) -> tuple[str, str]:
    if declared is not None:
        try:
            return decode_text(data, name, declared)
        except (DocumentError, ValueError):
            pass  # a wrong <meta charset>: fall back to detection
    return decode_text(data, name)


def _read_text_format(kind: str, text: str, name: str, encoding: str | None) -> Document:
    if kind == "html":
        from ._html import read_html

        return read_html(text, name, encoding)
    from ._sheets import read_csv

    return read_csv(text, name, encoding)
