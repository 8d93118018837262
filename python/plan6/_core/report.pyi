"""
Evaluation reports read into facts and residue.
"""
from __future__ import annotations
import collections.abc
import typing
__all__: list[str] = ['extract_report', 'pdf_page_segments', 'pdf_reading_order']
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
def pdf_reading_order(x0: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], x1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], top: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], bottom: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], words: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> tuple:
    """
    The blocks of a PDF page (their boxes, y downwards) in reading order.
    
    Stacked blocks are read top to bottom; blocks at one height form bands; bands with a gutter
    in common are two columns of prose (read the left one first) or a table (see
    plan6::order_rows in the core).
    
    Parameters
    ----------
    x0, x1, top, bottom : sequence of float
        The blocks' boxes, one length.
    words : sequence of int
        The number of words of each block's text (apart by white space): a line over a table,
        or a block of its header, whose words fall one a column is split into them.
    
    Returns
    -------
    tuple
        (rows, words). The rows in reading order: a line as a list of block indices, left to
        right; a table as a tuple (bands, gutters): its bands as lists of block indices, and the
        (x0, x1) of the free strips between its columns. An index n + w (n blocks given) is
        words[w], a tuple (block, word, x0, x1): that word of the block, set apart at x0-x1.
    
    Examples
    --------
    >>> # two columns of three lines each, given line by line across the page
    >>> x0, x1 = [0, 250] * 3, [200, 450] * 3
    >>> top = [0, 0, 20, 20, 40, 40]
    >>> pdf_reading_order(x0, x1, top, [t + 10 for t in top], [1] * 6)
    ([[0], [2], [4], [1], [3], [5]], [])
    """
