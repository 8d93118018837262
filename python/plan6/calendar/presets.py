"""Preset fiscal calendars.

>>> from plan6 import calendars
>>> calendars.JP
FiscalCalendar(start_month=4, start_day=1, naming='start')
"""

from __future__ import annotations

from .._core.calendar import FiscalCalendar

__all__ = ["AU", "JP", "UK", "UK_TAX", "US_FEDERAL", "FiscalCalendar"]

#: Japan: 1 April – 31 March, named by the start year (平成24年度 = FY2012 = 2012-04-01…).
JP = FiscalCalendar(4, 1, "start")
#: US federal government: 1 October – 30 September, named by the end year.
US_FEDERAL = FiscalCalendar(10, 1, "end")
#: UK government: 1 April – 31 March, named by the start year (2012-13 → 2012).
UK = FiscalCalendar(4, 1, "start")
#: UK tax year: 6 April – 5 April, named by the start year.
UK_TAX = FiscalCalendar(4, 6, "start")
#: Australia: 1 July – 30 June, named by the end year.
AU = FiscalCalendar(7, 1, "end")
