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

from . import dates, eras, fiscal
from .dates import *  # noqa: F403
from .eras import *  # noqa: F403
from .fiscal import *  # noqa: F403

__all__: list[str] = []
__all__ += dates.__all__
__all__ += eras.__all__
__all__ += fiscal.__all__
