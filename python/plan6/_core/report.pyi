"""
Evaluation reports read into facts and residue.
"""
from __future__ import annotations
import typing
__all__: list[str] = ['extract_report']
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
