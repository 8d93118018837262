"""Documents as analysts have them: PDF, HTML pages, spreadsheets, CSV and text in any
Japanese encoding, read into one :class:`Document`.

:func:`read_document` takes a path, bytes, a binary file object or text and gives the text
in reading order (code points, as every span in plan6), the span of every page (PDF), the
tables as cell grids with each cell's span in the text, and warnings. :func:`normalize_text`
takes out the noise of PDF text copies (invisible characters, odd line separators, double
spacing) and maps clean positions back to the caller's text.

>>> import plan6
>>> doc = plan6.read_document("年度,実績\\n2012,426人\\n".encode("cp932"), name="jobs.csv")
>>> doc.format, doc.encoding, doc.tables[0].grid()
('csv', 'cp932', [['年度', '実績'], ['2012', '426人']])
"""

from __future__ import annotations

from ._encoding import decode_text, resolve_encoding
from ._errors import DocumentError
from ._model import Cell, CellValue, ContentsEntry, Document, Furniture, Table
from ._normalize import NormalizedText, normalize_text, report_starts
from ._read import FORMATS, Source, read_document

__all__ = [
    "FORMATS",
    "Cell",
    "CellValue",
    "ContentsEntry",
    "Document",
    "DocumentError",
    "Furniture",
    "NormalizedText",
    "Source",
    "Table",
    "decode_text",
    "normalize_text",
    "read_document",
    "report_starts",
    "resolve_encoding",
]
