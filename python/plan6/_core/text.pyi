"""
Japanese number expressions: scanning, reading, writing.
"""
from __future__ import annotations
import numpy
import numpy.typing
import typing
__all__: list[str] = ['MENTION_FLAGS', 'NumberStream', 'format_japanese_integer', 'format_japanese_number', 'parse_number', 'parse_numbers', 'parse_numeral', 'quantity_units', 'scan_numbers', 'unit_vocabulary']
class NumberStream:
    """
    Scans a text fed in chunks (str or bytes, UTF-8 cut anywhere); each call returns the columns of the mentions settled so far.
    """
    def __init__(self, with_text: bool = False, piece: typing.SupportsInt | typing.SupportsIndex = 262144, margin: typing.SupportsInt | typing.SupportsIndex = 4096) -> None:
        ...
    def feed(self, chunk: typing.Any) -> dict:
        ...
    def finish(self) -> dict:
        ...
    @property
    def kept(self) -> int:
        """
        Code points held now.
        """
    @property
    def size(self) -> int:
        """
        Code points fed so far.
        """
def _set_number_expression_type(type: type) -> None:
    """
    Set the tuple subclass that parse_number returns (plan6 does it).
    """
def _time_scan(text: typing.Any, repeat: typing.SupportsInt | typing.SupportsIndex = 1) -> tuple[float, int]:
    """
    Seconds per run and numbers found of the C++ scan alone (decode UTF-8, then scan in pieces).
    """
def format_japanese_integer(value: typing.SupportsInt | typing.SupportsIndex, unit: str = '') -> str:
    """
    Format a whole number as Japanese reports write it, exact over the int64 range.
    
    >>> format_japanese_integer(9007199254740993)
    '9,007兆1,992億5,474万993'
    """
def format_japanese_number(value: typing.SupportsFloat | typing.SupportsIndex, unit: str = '', decimals: int = 0) -> str:
    """
    Format a number as Japanese reports write it.
    
    >>> format_japanese_number(39173190000, "円")
    '391億7,319万円'
    >>> format_japanese_number(100000, "人")
    '10万人'
    """
def parse_number(text: typing.Any) -> typing.Any:
    """
    One number expression as (value, unit, unit_ja, kind, flags); see plan6.parse_number.
    
    >>> parse_number("391億7,319万円")[0]
    39173190000.0
    """
def parse_numbers(texts: list) -> numpy.typing.NDArray[numpy.float64]:
    """
    The values of many numerals (no units) as a float64 array; NaN where a text is not one numeral.
    
    >>> parse_numbers(["一億二千三百万", "2,950", "x"]).tolist()
    [123000000.0, 2950.0, nan]
    """
def parse_numeral(text: str | bytes) -> int | float:
    """
    The value of one bare numeral; see plan6.parse_numeral.
    
    >>> parse_numeral("一億二千三百万")
    123000000
    """
def quantity_units() -> list:
    """
    The canonical names of every quantity unit the scanner knows, in table order.
    """
def scan_numbers(text: typing.Any, with_text: bool = False) -> dict:
    """
    Every number in the text as columns (numpy arrays and code tables); see plan6.scan_numbers.
    
    The text is read a chunk at a time and scanned in overlapping pieces (plan6::number_stream):
    memory is the columns found plus a few pieces, whatever the text's size.
    
    >>> int(scan_numbers("計画（320人）を上回る426人")["value"][1])
    426
    """
def unit_vocabulary() -> list:
    """
    The one unit table of the core, one dict per canonical unit, in table order.
    
    Each has its canonical name (``unit``), the kind of number it makes, the ``suffix`` a value
    in it is displayed with, the ``measure`` a count in it is named by, and its ``spellings``
    after a number as (text, factor to the canonical unit).
    
    >>> next(u for u in unit_vocabulary() if u["unit"] == "persons")["suffix"]
    '人'
    """
MENTION_FLAGS: dict = {'approximate': 1, 'lower_bound': 2, 'upper_bound': 4, 'total': 8, 'each': 16, 'increase': 32, 'decrease': 64, 'overflow': 128, 'inexact': 256, 'distributed': 512, 'negative': 1024, 'threshold': 2048, 'range_start': 4096}
