"""
plan6._core: the compiled core of plan6 (private; use the plan6 package).
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['FiscalCalendar', 'MENTION_FLAGS', 'ParseError', 'UndefinedReason', 'attainment', 'attainment_scalar', 'era_date_days', 'era_of_year', 'era_table', 'extract_report', 'find_era', 'fiscal_field_ticks', 'fiscal_year_bounds', 'fiscal_year_styles', 'fiscal_years_spanned_ticks', 'format_fiscal_year', 'format_japanese_number', 'from_era_arrays', 'gap', 'gap_scalar', 'gregorian_year', 'growth', 'growth_scalar', 'mention_kinds', 'parse_fiscal_year', 'parse_number', 'parse_numbers', 'quantity_units', 'reason_descriptions', 'reason_names', 'resolve_dates', 'scan_dates', 'scan_numbers', 'to_era_day', 'to_era_ticks']
class ParseError(ValueError):
    """
    Text that cannot be read as what was asked for (a fiscal year, an era date, a number). A ValueError; `position` is the offset in code points of the offending part, or None.
    """
class UndefinedReason:
    """
    Why an indicator value is undefined (NaN); NONE when defined.
    
    Members:
    
      NONE
    
      MISSING_INPUT
    
      INFINITE_INPUT
    
      ZERO_BASE
    
      NEGATIVE_BASE
    
      SIGN_CHANGE
    
      ZERO_RANGE
    
      MISSING_PRIOR_YEAR
    
      NON_POSITIVE_SPAN
    
      DUPLICATE_KEY
    
      NOT_COMPARABLE
    
      OVERFLOW
    """
    DUPLICATE_KEY: typing.ClassVar[UndefinedReason]
    INFINITE_INPUT: typing.ClassVar[UndefinedReason]
    MISSING_INPUT: typing.ClassVar[UndefinedReason]
    MISSING_PRIOR_YEAR: typing.ClassVar[UndefinedReason]
    NEGATIVE_BASE: typing.ClassVar[UndefinedReason]
    NONE: typing.ClassVar[UndefinedReason]
    NON_POSITIVE_SPAN: typing.ClassVar[UndefinedReason]
    NOT_COMPARABLE: typing.ClassVar[UndefinedReason]
    OVERFLOW: typing.ClassVar[UndefinedReason]
    SIGN_CHANGE: typing.ClassVar[UndefinedReason]
    ZERO_BASE: typing.ClassVar[UndefinedReason]
    ZERO_RANGE: typing.ClassVar[UndefinedReason]
    __members__: typing.ClassVar[dict[str, UndefinedReason]]
    @typing.overload
    def __eq__(self, other: UndefinedReason) -> bool:
        ...
    @typing.overload
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __index__(self) -> int:
        ...
    def __init__(self, value: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __int__(self) -> int:
        ...
    @typing.overload
    def __ne__(self, other: UndefinedReason) -> bool:
        ...
    @typing.overload
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, state: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def value(self) -> int:
        ...
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
    def __init__(self, start_month: typing.SupportsInt | typing.SupportsIndex = 4, start_day: typing.SupportsInt | typing.SupportsIndex = 1, naming: str = 'start') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def _first_day(self, fiscal_year: typing.SupportsInt | typing.SupportsIndex) -> int:
        """
        First day of a fiscal year, in days since 1970-01-01.
        """
    def _last_day(self, fiscal_year: typing.SupportsInt | typing.SupportsIndex) -> int:
        """
        Last day of a fiscal year, in days since 1970-01-01.
        """
    def first_day(self, fiscal_year: typing.SupportsInt | typing.SupportsIndex) -> typing.Any:
        """
        The first day of a fiscal year.
        
        >>> import plan6
        >>> plan6.calendars.US_FEDERAL.first_day(2013)
        datetime.date(2012, 10, 1)
        """
    def last_day(self, fiscal_year: typing.SupportsInt | typing.SupportsIndex) -> typing.Any:
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
def _time_extraction(text: typing.Any, repeat: typing.SupportsInt | typing.SupportsIndex = 1) -> tuple[float, int]:
    ...
def _time_scan(text: typing.Any, repeat: typing.SupportsInt | typing.SupportsIndex = 1) -> tuple[float, int]:
    ...
def attainment(actual: numpy.ndarray, target: numpy.ndarray, direction: str = 'higher', with_reasons: bool = False) -> typing.Any:
    """
    Attainment over two float64 arrays of equal length, in one pass with the GIL released. Returns the values, or (values, uint8 reason codes) with with_reasons=True.
    """
def attainment_scalar(actual: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex, direction: str = 'higher') -> float:
    """
    Attainment of one value: actual / target (target / actual when lower is better); NaN when undefined.
    
    >>> attainment_scalar(426, 320)
    1.33125
    """
def era_date_days(era: str, year: typing.SupportsInt | typing.SupportsIndex, month: typing.SupportsInt | typing.SupportsIndex, day: typing.SupportsInt | typing.SupportsIndex, lenient: bool = False) -> int:
    """
    Days since 1970-01-01 of an era date (平成, 24, 4, 1 -> 2012-04-01).
    """
def era_of_year(year: typing.SupportsInt | typing.SupportsIndex) -> tuple[str, int]:
    """
    The era year naming a Gregorian year (2019 -> 令和, 1).
    """
def era_table() -> list:
    """
    The eras as (name, romaji, letter, first_year, first_month, first_day) rows.
    """
def extract_report(text: typing.Any) -> dict:
    """
    Facts, residue and structure of an evaluation report as plain lists; see plan6.extract.
    
    >>> len(extract_report("")["facts"]["value"])
    0
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
def format_japanese_number(value: typing.SupportsFloat | typing.SupportsIndex, unit: str = '', decimals: typing.SupportsInt | typing.SupportsIndex = 0) -> str:
    """
    Format a number as Japanese reports write it.
    
    >>> format_japanese_number(39173190000, "円")
    '391億7,319万円'
    >>> format_japanese_number(100000, "人")
    '10万人'
    """
def from_era_arrays(eras: typing.Annotated[numpy.typing.ArrayLike, numpy.int8], years: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], months: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], days: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], lenient: bool, dates: bool) -> numpy.typing.NDArray[numpy.int64]:
    """
    Gregorian years (or epoch days when dates) of era indexes and era years; -1 era or int64 minimum is missing.
    """
def gap(actual: numpy.ndarray, target: numpy.ndarray, direction: str = 'higher', with_reasons: bool = False) -> typing.Any:
    """
    Gap over two float64 arrays of equal length.
    """
def gap_scalar(actual: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex, direction: str = 'higher') -> float:
    """
    Gap of one value in the good direction: actual - target (target - actual when lower is better).
    
    >>> gap_scalar(426, 320)
    106.0
    """
def gregorian_year(era: str, year: typing.SupportsInt | typing.SupportsIndex, lenient: bool = False) -> int:
    """
    The Gregorian year of an era year (平成, 24 -> 2012).
    """
def growth(current: numpy.ndarray, prior: numpy.ndarray, with_reasons: bool = False) -> typing.Any:
    """
    Year-on-year growth over two float64 arrays of equal length.
    """
def growth_scalar(current: typing.SupportsFloat | typing.SupportsIndex, prior: typing.SupportsFloat | typing.SupportsIndex) -> float:
    """
    Year-on-year growth of one value: current / prior - 1; NaN when prior <= 0 or missing.
    
    >>> round(growth_scalar(827, 752), 6)
    0.099734
    """
def mention_kinds() -> list:
    """
    Names of the mention kinds, indexed by code.
    """
def parse_fiscal_year(text: str, era: str | None = None, fiscal_year: typing.SupportsInt | typing.SupportsIndex | None = None, lenient: bool = False) -> tuple:
    """
    (fiscal_year, era or None, era_year, open_ended, style) of one fiscal-year text.
    """
def parse_number(text: typing.Any) -> tuple:
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
def quantity_units() -> list:
    """
    The canonical names of every quantity unit the scanner knows, in table order.
    """
def reason_descriptions() -> list:
    """
    One-line explanations of the undefined-reason codes, indexed by code.
    """
def reason_names() -> list:
    """
    Names of the undefined-reason codes, indexed by code (0 is 'none').
    """
def resolve_dates(texts: collections.abc.Sequence[str], fiscal_years: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], calendar: FiscalCalendar, era: str | None, lenient: bool, raise_errors: bool) -> tuple[numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.uint8], numpy.typing.NDArray[numpy.bool], numpy.typing.NDArray[numpy.bool], list]:
    """
    Reads each text as one date mention placed in its fiscal year: (first days, last days, kinds, is_range, open_ended, problems).
    """
def scan_dates(text: str, fiscal_year: typing.SupportsInt | typing.SupportsIndex | None = None, calendar: FiscalCalendar = ..., era: str | None = None, lenient: bool = False) -> dict:
    """
    Fiscal-year and date mentions of a text as columns (spans in code points).
    """
def scan_numbers(text: typing.Any) -> dict:
    """
    Every number in the text as columns (numpy arrays and code tables); see plan6.scan_numbers.
    
    >>> int(scan_numbers("計画（320人）を上回る426人")["value"][1])
    426
    """
def to_era_day(days: typing.SupportsInt | typing.SupportsIndex) -> tuple[str, int]:
    """
    The Japanese era name and era year of a day given as days since 1970-01-01.
    """
def to_era_ticks(ticks: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], ticks_per_day: typing.SupportsInt | typing.SupportsIndex) -> tuple[numpy.typing.NDArray[numpy.int8], numpy.typing.NDArray[numpy.int32]]:
    """
    Era index (-1 for NaT) and era year of datetime64 ticks viewed as int64.
    """
MENTION_FLAGS: dict = {'approximate': 1, 'lower_bound': 2, 'upper_bound': 4, 'total': 8, 'each': 16, 'increase': 32, 'decrease': 64, 'overflow': 128, 'inexact': 256, 'distributed': 512, 'negative': 1024, 'threshold': 2048, 'range_start': 4096}
__version__: str = '0.1.0'
