"""Japanese number expressions (C++): reading, scanning running text, formatting back, and
the units of quantities.

>>> import plan6
>>> plan6.text.parse_number("約 392億円").value
39200000000.0
"""

from __future__ import annotations

from .formatting import format_japanese_number
from .numbers import (
    FLAGS,
    KINDS,
    NumberExpression,
    parse_number,
    parse_numbers,
    parse_numeral,
    scan_numbers,
    scan_numbers_iter,
)

__all__ = [
    "FLAGS",
    "KINDS",
    "NumberExpression",
    "format_japanese_number",
    "parse_number",
    "parse_numbers",
    "parse_numeral",
    "scan_numbers",
    "scan_numbers_iter",
]
