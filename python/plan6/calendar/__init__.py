"""Fiscal years, Japanese eras and dates in report text (C++ on Boost.Date_Time).

- :mod:`~plan6.calendar.fiscal`: fiscal years, quarters and months of dates on any fiscal
  calendar, and fiscal years written as text (平成24年度, 2012（平成24）年度);
- :mod:`~plan6.calendar.eras`: 明治 to 令和 with their exact first days;
- :mod:`~plan6.calendar.dates`: month-days resolved inside a fiscal year, and every date
  mention of a text;
- :mod:`~plan6.calendar.presets`: Japan's, the US federal, UK, UK tax and Australian calendars.

>>> import datetime, plan6
>>> plan6.calendar.fiscal_year(datetime.date(2013, 3, 31))
2012
"""

from __future__ import annotations

from .dates import DateRange, resolve_date, scan_dates
from .eras import ERAS, Era, EraYear, from_era, to_era
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

__all__ = [
    "ERAS",
    "DateRange",
    "Era",
    "EraYear",
    "FiscalCalendar",
    "FiscalYearText",
    "day_of_fiscal_year",
    "fiscal_month",
    "fiscal_quarter",
    "fiscal_year",
    "fiscal_year_range",
    "fiscal_years_spanned",
    "format_fiscal_year",
    "from_era",
    "parse_fiscal_year",
    "resolve_date",
    "scan_dates",
    "to_era",
]
