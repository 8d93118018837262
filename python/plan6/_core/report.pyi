"""
Evaluation reports read into facts and residue.
"""
from __future__ import annotations
import typing
__all__: list[str] = ['extract_report', 'pdf_page_segments']
def _time_extraction(text: typing.Any, repeat: typing.SupportsInt | typing.SupportsIndex = 1) -> tuple[float, int]:
    """
    Seconds per run and facts found of the C++ extraction alone (decode UTF-8, extract).
    """
def extract_report(text: typing.Any, tables: typing.Any = None) -> dict:
    """
    Facts, residue and structure of an evaluation report as plain lists; see plan6.extract.
    
    ``tables``: the document's own tables (an HTML page's, a spreadsheet's), each
    ``(rows, columns, cells, source)`` with cells ``(row, column, row_span, column_span, start,
    end)``, spans in code points of ``text``; tables the text writes are found in it.
    
    >>> len(extract_report("")["facts"]["value"])
    0
    """
def pdf_page_segments(text: str, box_function: typing.SupportsInt | typing.SupportsIndex, textpage: typing.SupportsInt | typing.SupportsIndex, top_of_page: typing.SupportsFloat | typing.SupportsIndex) -> tuple:
    """
    The runs of text of a PDF page with their boxes, in the text's order.
    
    Each of PDFium's lines is measured by the boxes of its first and last characters and cut,
    bisected and joined where they disagree; letter-spaced pieces are measured one by one (see
    plan6::page_segments in the core). The boxes come from PDFium itself, called from C++ with
    the GIL released: hold the lock that guards PDFium while calling this.
    
    Parameters
    ----------
    text : str
        The page's text, character i of the text page at index i.
    box_function : int
        The address of PDFium's ``FPDFText_GetLooseCharBox``
        (``ctypes.cast(pypdfium2.raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value``), or of
        any function ``int(void*, int, FS_RECTF*)`` that fills a box of four floats (left, top,
        right, bottom; y upwards) and returns non-zero, zero for no box.
    textpage : int
        The text page handle passed to it.
    top_of_page : float
        The page height: y is turned to grow downwards from the top.
    
    Returns
    -------
    tuple of five lists
        Texts, x0, x1, top and bottom of the segments.
    
    Examples
    --------
    >>> import ctypes
    >>> class Box(ctypes.Structure):
    ...     _fields_ = [(n, ctypes.c_float) for n in ("left", "top", "right", "bottom")]
    >>> @ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(Box))
    ... def box(page, i, out):  # characters 10 pt wide on one line, 10 pt high
    ...     out[0].left, out[0].top, out[0].right, out[0].bottom = 10 * i, 90, 10 * i + 10, 80
    ...     return 1
    >>> address = ctypes.cast(box, ctypes.c_void_p).value
    >>> pdf_page_segments("目標 320", address, 1, 100.0)
    (['目標 320'], [0.0], [60.0], [10.0], [20.0])
    """
