"""Japanese eras (元号): 明治, 大正, 昭和, 平成, 令和, with their exact first days.

>>> import datetime, plan6
>>> plan6.to_era(datetime.date(1989, 1, 7)), plan6.to_era(datetime.date(1989, 1, 8))
(EraYear(era='昭和', year=64), EraYear(era='平成', year=1))
"""

from __future__ import annotations

from typing import Any, NamedTuple

from . import _core
from ._dates import NAT_DAYS, to_days

__all__ = ["ERAS", "Era", "EraYear", "from_era", "to_era"]


class Era(NamedTuple):
    """An era and the Gregorian date of its first day."""

    name: str
    romaji: str
    letter: str
    first_year: int
    first_month: int
    first_day: int


class EraYear(NamedTuple):
    """An era name and a year within it (1 is written 元年)."""

    era: str
    year: int


#: The eras in order, from the compiled core's table.
ERAS: tuple[Era, ...] = tuple(Era(*row) for row in _core.era_table())


def to_era(date: Any) -> EraYear:
    """The era and era year of a date.

    Raises ValueError for a date before 明治 (1868-10-23) or a missing date.

    >>> import plan6
    >>> plan6.to_era("2019-04-30"), plan6.to_era("2019-05-01")
    (EraYear(era='平成', year=31), EraYear(era='令和', year=1))
    """
    converted = to_days(date, "date")
    if not converted.scalar:
        raise TypeError("to_era takes one date")
    day = int(converted.days[0])
    if day == NAT_DAYS:
        raise ValueError("to_era: the date is missing (NaT/None)")
    return EraYear(*_core.to_era_day(day))


def from_era(era: str, year: int, *, lenient: bool = False) -> int:
    """The Gregorian year of an era year (平成24 → 2012).

    ``era`` is a name (平成), romaji (Heisei) or letter (H). Year 1 is 元年. A year past the
    era's end (平成32) raises ValueError unless ``lenient``.

    >>> import plan6
    >>> plan6.from_era("平成", 24), plan6.from_era("R", 1)
    (2012, 2019)
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"year must be an int, not {type(year).__name__}")
    return int(_core.gregorian_year(era, year, lenient))
