"""
Fiscal calendars, Japanese eras, dates in text.
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['FiscalCalendar', 'era_date_days', 'era_of_fiscal_year', 'era_of_year', 'era_table', 'find_era', 'fiscal_field_ticks', 'fiscal_year_bounds', 'fiscal_year_styles', 'fiscal_years_spanned_ticks', 'format_fiscal_year', 'from_era_arrays', 'gregorian_year', 'mention_kinds', 'parse_fiscal_year', 'resolve_dates', 'scan_dates', 'to_era_day', 'to_era_ticks']
class FiscalCalendar:
    """
    A fiscal calendar: years that start on a fixed month and day.
    
    Parameters
    ----------
    start_month, start_day : int
        First day of every fiscal year (29 February is refused).
    naming : {"start", "end"}
        Whether fiscal year N is the one starting in calendar year N (Japan, UK) or ending in it
        (US federal, Australia).
    
    Examples
    --------
    >>> import plan6
    >>> plan6.FiscalCalendar(4, 1, "start")
    FiscalCalendar(start_month=4, start_day=1, naming='start')
    >>> plan6.FiscalCalendar(7, 1, "end").first_day(2013)
    datetime.date(2012, 7, 1)
    """
    def __eq__(self, arg0: FiscalCalendar) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, start_month: int = 4, start_day: int = 1, naming: str = 'start') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def _first_day(self, fiscal_year: int) -> int:
        """
        First day of a fiscal year, in days since 1970-01-01.
        """
    def _last_day(self, fiscal_year: int) -> int:
        """
        Last day of a fiscal year, in days since 1970-01-01.
        """
    def first_day(self, fiscal_year: int) -> typing.Any:
        """
        The first day of a fiscal year.
        
        >>> import plan6
        >>> plan6.calendars.US_FEDERAL.first_day(2013)
        datetime.date(2012, 10, 1)
        """
    def last_day(self, fiscal_year: int) -> typing.Any:
        """
        The last day of a fiscal year.
        
        >>> import plan6
        >>> plan6.calendars.UK_TAX.last_day(2012)
        datetime.date(2013, 4, 5)
        """
    @property
    def naming(self) -> str:
        """
        'start' when fiscal year N starts in calendar year N, 'end' when it ends in it.
        """
    @property
    def start_day(self) -> int:
        """
        Day of the month of the first day of every fiscal year.
        """
    @property
    def start_month(self) -> int:
        """
        Month (1-12) of the first day of every fiscal year.
        """
def era_date_days(era: str, year: typing.SupportsInt | typing.SupportsIndex, month: typing.SupportsInt | typing.SupportsIndex, day: typing.SupportsInt | typing.SupportsIndex, lenient: bool = False) -> int:
    """
    Days since 1970-01-01 of an era date (平成, 24, 4, 1 -> 2012-04-01).
    """
def era_of_fiscal_year(fiscal_year: typing.SupportsInt | typing.SupportsIndex) -> tuple[str, int]:
    """
    The era year naming a Japanese fiscal year when written (1926 -> 大正, 15).
    """
def era_of_year(year: typing.SupportsInt | typing.SupportsIndex) -> tuple[str, int]:
    """
    The era year naming a Gregorian year (2019 -> 令和, 1).
    """
def era_table() -> list:
    """
    The eras as (name, romaji, letter, first_year, first_month, first_day) rows.
    """
def find_era(name: str) -> int:
    """
    The index in era_table() of an era name, romaji or letter.
    """
def fiscal_field_ticks(ticks: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], ticks_per_day: typing.SupportsInt | typing.SupportsIndex, calendar: FiscalCalendar, field: str) -> tuple[numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.bool]]:
    """
    A fiscal field of datetime64 ticks viewed as int64 (ticks_per_day ticks to a day; NaT is masked). Returns (int64 values, bool missing).
    """
def fiscal_year_bounds(fiscal_years: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], calendar: FiscalCalendar) -> tuple[numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.int64]]:
    """
    First and last days (epoch days) of int64 fiscal years; int64 minimum is missing.
    """
def fiscal_year_styles() -> list:
    """
    Names of the fiscal-year styles, indexed by code.
    """
def fiscal_years_spanned_ticks(first: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], last: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], ticks_per_day: typing.SupportsInt | typing.SupportsIndex, calendar: FiscalCalendar) -> tuple[numpy.typing.NDArray[numpy.int32], numpy.typing.NDArray[numpy.int32], numpy.typing.NDArray[numpy.bool]]:
    """
    First and last fiscal years touched by each period. Returns (int32, int32, bool missing).
    """
def format_fiscal_year(fiscal_year: typing.SupportsInt | typing.SupportsIndex, style: str = 'gregorian_era', open_ended: bool = False, fullwidth: bool = False, gannen: bool = True) -> str:
    """
    Writes a fiscal year: 2012 -> '2012（平成24）年度'.
    """
def from_era_arrays(eras: typing.Annotated[numpy.typing.ArrayLike, numpy.int8], years: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], months: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], days: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], lenient: bool, dates: bool) -> numpy.typing.NDArray[numpy.int64]:
    """
    Gregorian years (or epoch days when dates) of era indexes and era years; -1 era or int64 minimum is missing.
    """
def gregorian_year(era: str, year: typing.SupportsInt | typing.SupportsIndex, lenient: bool = False) -> int:
    """
    The Gregorian year of an era year (平成, 24 -> 2012).
    """
def mention_kinds() -> list:
    """
    Names of the mention kinds, indexed by code.
    """
def parse_fiscal_year(text: str, era: str | None = None, fiscal_year: typing.SupportsInt | typing.SupportsIndex | None = None, lenient: bool = False) -> tuple:
    """
    (fiscal_year, era or None, era_year, open_ended, style) of one fiscal-year text.
    """
def resolve_dates(texts: collections.abc.Sequence[str], fiscal_years: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], calendar: FiscalCalendar, era: str | None, lenient: bool, raise_errors: bool) -> tuple[numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.uint8], numpy.typing.NDArray[numpy.bool], numpy.typing.NDArray[numpy.bool], list]:
    """
    Reads each text as one date mention placed in its fiscal year: (first days, last days, kinds, is_range, open_ended, problems).
    """
def scan_dates(text: str, fiscal_year: typing.SupportsInt | typing.SupportsIndex | None = None, calendar: FiscalCalendar = ..., era: str | None = None, lenient: bool = False) -> dict:
    """
    Fiscal-year and date mentions of a text as columns (spans in code points).
    """
def to_era_day(days: typing.SupportsInt | typing.SupportsIndex) -> tuple[str, int]:
    """
    The Japanese era name and era year of a day given as days since 1970-01-01.
    """
def to_era_ticks(ticks: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], ticks_per_day: typing.SupportsInt | typing.SupportsIndex) -> tuple[numpy.typing.NDArray[numpy.int8], numpy.typing.NDArray[numpy.int32]]:
    """
    Era index (-1 for NaT) and era year of datetime64 ticks viewed as int64.
    """
