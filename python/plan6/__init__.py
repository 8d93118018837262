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

from . import accessor as _accessor  # noqa: F401  (registers the df.plan6 accessor)
from . import calendars, categories, datasets, display, documents, report
from .consistency import consistency, disagreements
from .dates import DateRange, resolve_date, scan_dates
from .documents import Document, DocumentError, read_document
from .eras import ERAS, EraYear, from_era, to_era
from .extract import Extraction, extract, read_report
from .fiscal import (
    FiscalCalendar,
    FiscalYearText,
    day_of_fiscal_year,
    fiscal_month,
    fiscal_quarter,
    fiscal_year,
    fiscal_year_range,
    fiscal_years_spanned,
    format_fiscal_year,
    parse_fiscal_year,
)
from .indicators import (
    REASONS,
    attainment,
    cagr,
    classify,
    gap,
    growth,
    growth_ratio,
    log_growth,
    normalize,
    panel_growth,
    progress,
    progress_class,
    projection,
    reason_description,
    required_growth,
    rollup,
    target_achieved,
)
from .options import options
from .text import (
    NumberExpression,
    format_japanese_number,
    parse_number,
    parse_numbers,
    parse_numeral,
    scan_numbers,
)

__all__ = [
    "ERAS",
    "REASONS",
    "DateRange",
    "Document",
    "DocumentError",
    "EraYear",
    "Extraction",
    "FiscalCalendar",
    "FiscalYearText",
    "NumberExpression",
    "ParseError",
    "__version__",
    "attainment",
    "cagr",
    "calendars",
    "categories",
    "classify",
    "consistency",
    "datasets",
    "day_of_fiscal_year",
    "disagreements",
    "display",
    "documents",
    "extract",
    "fiscal_month",
    "fiscal_quarter",
    "fiscal_year",
    "fiscal_year_range",
    "fiscal_years_spanned",
    "format_fiscal_year",
    "format_japanese_number",
    "from_era",
    "gap",
    "growth",
    "growth_ratio",
    "log_growth",
    "normalize",
    "options",
    "panel_growth",
    "parse_fiscal_year",
    "parse_number",
    "parse_numbers",
    "parse_numeral",
    "progress",
    "progress_class",
    "projection",
    "read_document",
    "read_report",
    "reason_description",
    "report",
    "required_growth",
    "resolve_date",
    "rollup",
    "scan_dates",
    "scan_numbers",
    "target_achieved",
    "to_era",
]
