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
def extract_report(text: typing.Any) -> dict:
    """
    Facts, residue and structure of an evaluation report as plain lists; see plan6.extract.
    
    >>> len(extract_report("")["facts"]["value"])
    0
    """
