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

from . import calendars, categories, datasets, display, report

# The old modules plan6.consistency and plan6.extract stay importable; they are loaded here,
# before the functions of the same names below take their place as attributes of plan6, so
# that a later `from plan6.extract import …` finds them loaded and leaves the functions be.
from . import consistency as _consistency_module  # noqa: F401
from . import extract as _extract_module  # noqa: F401
from .calendar import dates as _dates
from .calendar import fiscal as _fiscal
from .calendar.dates import *  # noqa: F403  (DateRange, resolve_date, scan_dates)
from .calendar.eras import ERAS, EraYear, from_era, to_era
from .calendar.fiscal import *  # noqa: F403  (fiscal years of dates and of text)
from .indicators import (
    REASONS,
    classify,
    panel_cagr,
    panel_growth,
    panel_progress,
    progress_class,
    reason_description,
    rollup,
)
from .indicators import accessor as _accessor  # noqa: F401  (registers the df.plan6 accessor)
from .indicators import elementwise as _elementwise
from .indicators.consistency import consistency, consistency_evidence, disagreements
from .indicators.elementwise import *  # noqa: F403  (every elementwise indicator)
from .rendering.options import options
from .report import Extraction, LayoutWarning, extract, read_report
from .report.documents import Document, DocumentError, read_document
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
    "Document",
    "DocumentError",
    "EraYear",
    "Extraction",
    "LayoutWarning",
    "NumberExpression",
    "ParseError",
    "__version__",
    "calendars",
    "categories",
    "classify",
    "consistency",
    "consistency_evidence",
    "datasets",
    "disagreements",
    "display",
    "extract",
    "format_japanese_number",
    "from_era",
    "options",
    "panel_cagr",
    "panel_growth",
    "panel_progress",
    "parse_number",
    "parse_numbers",
    "parse_numeral",
    "progress_class",
    "read_document",
    "read_report",
    "reason_description",
    "report",
    "rollup",
    "scan_numbers",
    "to_era",
]
# Every name of these modules is public here, by their __all__: a new elementwise indicator,
# date or fiscal-year function needs no line in this file.
__all__ += _dates.__all__
__all__ += _fiscal.__all__
__all__ += _elementwise.__all__
