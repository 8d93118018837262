"""plan6 — evaluate public plans.

A C++ core (bound with pybind11) that reads municipal evaluation reports into tidy tables and
computes the indicators analysts need — target attainment, growth, fiscal years and Japanese
eras — with one documented policy for undefined values (NaN with a reason, never ±inf).

>>> import plan6
>>> plan6.attainment(426, 320)
1.33125
>>> ds = plan6.datasets.kawasaki_plan6()
>>> len(ds.plans)
30
"""

from __future__ import annotations

from . import _core
from ._core import ParseError

__version__: str = _core.__version__

from . import calendars, categories, datasets, report
from .eras import ERAS, EraYear, from_era, to_era
from .extract import Extraction, extract, read_report
from .fiscal import FiscalCalendar, fiscal_quarter, fiscal_year, fiscal_year_range
from .indicators import REASONS, attainment, gap, growth, reason_description
from .text import (
    NumberExpression,
    format_japanese_number,
    parse_number,
    parse_numbers,
    scan_numbers,
)

__all__ = [
    "ERAS",
    "REASONS",
    "EraYear",
    "Extraction",
    "FiscalCalendar",
    "NumberExpression",
    "ParseError",
    "__version__",
    "attainment",
    "calendars",
    "categories",
    "datasets",
    "extract",
    "fiscal_quarter",
    "fiscal_year",
    "fiscal_year_range",
    "format_japanese_number",
    "from_era",
    "gap",
    "growth",
    "parse_number",
    "parse_numbers",
    "read_report",
    "reason_description",
    "report",
    "scan_numbers",
    "to_era",
]
