"""
plan6._core: the compiled core of plan6 (private; use the plan6 package).
"""
from __future__ import annotations
from . import indicators
from . import calendar
from . import text
from . import report
__all__: list[str] = ['ParseError', 'calendar', 'indicators', 'report', 'text']
class ParseError(ValueError):
    """
    Text that cannot be read as what was asked for (a fiscal year, an era date, a number). A ValueError; `position` is the offset in code points of the offending part, or None.
    """
__version__: str = '0.1.0'
