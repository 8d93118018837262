"""
plan6._core: the compiled core of plan6 (private; use the plan6 package).
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['FiscalCalendar', 'MENTION_FLAGS', 'ParseError', 'UndefinedReason', 'attainment', 'attainment_by_code', 'attainment_higher', 'attainment_scalar', 'cagr', 'cagr_scalar', 'classify', 'era_date_days', 'era_of_year', 'era_table', 'extract_report', 'find_era', 'fiscal_field_ticks', 'fiscal_year_bounds', 'fiscal_year_styles', 'fiscal_years_spanned_ticks', 'format_fiscal_year', 'format_japanese_integer', 'format_japanese_number', 'from_era_arrays', 'gap', 'gap_by_code', 'gap_scalar', 'gregorian_year', 'growth', 'growth_ratio', 'growth_ratio_scalar', 'growth_scalar', 'log_growth', 'log_growth_scalar', 'mention_kinds', 'normalize', 'normalize_scalar', 'panel_growth', 'parse_fiscal_year', 'parse_number', 'parse_numbers', 'parse_numeral', 'progress', 'progress_class', 'progress_scalar', 'projection', 'projection_scalar', 'quantity_units', 'reason_descriptions', 'reason_names', 'required_growth', 'required_growth_scalar', 'resolve_dates', 'rollup', 'scan_dates', 'scan_numbers', 'target_achieved', 'target_achieved_scalar', 'to_era_day', 'to_era_ticks']
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
    
      INVERTED_RANGE
    """
    DUPLICATE_KEY: typing.ClassVar[UndefinedReason]
    INFINITE_INPUT: typing.ClassVar[UndefinedReason]
    INVERTED_RANGE: typing.ClassVar[UndefinedReason]
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
def _set_number_expression_type(type: type) -> None:
    """
    Set the tuple subclass that parse_number returns (plan6 does it).
    """
def _time_extraction(text: typing.Any, repeat: typing.SupportsInt | typing.SupportsIndex = 1) -> tuple[float, int]:
    ...
def _time_scan(text: typing.Any, repeat: typing.SupportsInt | typing.SupportsIndex = 1) -> tuple[float, int]:
    ...
def attainment(actual: numpy.ndarray, target: numpy.ndarray, direction: str = 'higher', with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Attainment over two float64 arrays of equal length, in one pass with the GIL released. Returns the values, or (values, uint8 reason codes) with with_reasons=True.
    """
def attainment_by_code(actual: numpy.ndarray, target: numpy.ndarray, direction_codes: numpy.ndarray, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Attainment with a direction per row: code > 0 higher is better, < 0 lower; NaN or 0 missing.
    """
def attainment_higher(actual: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex) -> float:
    """
    Attainment of one value, higher is better: actual / target; NaN when undefined.
    
    >>> attainment_higher(426, 320)
    1.33125
    """
def attainment_scalar(actual: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex, direction: str = 'higher') -> tuple:
    """
    Attainment of one value: (value, reason code); actual / target, or target / actual when lower is better.
    
    >>> attainment_scalar(426, 320)
    (1.33125, 0)
    """
def cagr(start: numpy.ndarray, end: numpy.ndarray, years: numpy.ndarray, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Compound annual growth rate over float64 arrays.
    """
def cagr_scalar(start: typing.SupportsFloat | typing.SupportsIndex, end: typing.SupportsFloat | typing.SupportsIndex, years: typing.SupportsFloat | typing.SupportsIndex) -> tuple:
    """
    CAGR of one value: (value, reason).
    """
def classify(scores: numpy.ndarray, thresholds: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], closed: str = 'left', with_reasons: bool = False) -> tuple[numpy.typing.NDArray[numpy.int32], numpy.typing.NDArray[numpy.uint8]]:
    """
    Band codes (0 = lowest band, -1 = not comparable) of float64 scores among ascending thresholds; returns (int32 codes, uint8 reasons or an empty array).
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
def format_japanese_integer(value: typing.SupportsInt | typing.SupportsIndex, unit: str = '') -> str:
    """
    Format a whole number as Japanese reports write it, exact over the int64 range.
    
    >>> format_japanese_integer(9007199254740993)
    '9,007兆1,992億5,474万993'
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
def gap(actual: numpy.ndarray, target: numpy.ndarray, direction: str = 'higher', with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Gap over two float64 arrays of equal length.
    """
def gap_by_code(actual: numpy.ndarray, target: numpy.ndarray, direction_codes: numpy.ndarray, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Gap with a direction per row (see attainment_by_code).
    """
def gap_scalar(actual: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex, direction: str = 'higher') -> tuple:
    """
    Gap of one value in the good direction: (value, reason code).
    
    >>> gap_scalar(426, 320)
    (106.0, 0)
    """
def gregorian_year(era: str, year: typing.SupportsInt | typing.SupportsIndex, lenient: bool = False) -> int:
    """
    The Gregorian year of an era year (平成, 24 -> 2012).
    """
def growth(current: numpy.ndarray, prior: numpy.ndarray, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Year-on-year growth over two float64 arrays of equal length.
    """
def growth_ratio(baseline: numpy.ndarray, current: numpy.ndarray, target: numpy.ndarray, years_elapsed: numpy.ndarray, years_to_target: numpy.ndarray, direction_codes: numpy.ndarray, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Actual CAGR over required CAGR, signed by the direction.
    """
def growth_ratio_scalar(baseline: typing.SupportsFloat | typing.SupportsIndex, current: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex, years_elapsed: typing.SupportsFloat | typing.SupportsIndex, years_to_target: typing.SupportsFloat | typing.SupportsIndex, direction_code: typing.SupportsFloat | typing.SupportsIndex) -> tuple:
    """
    Growth ratio of one value: (value, reason code).
    """
def growth_scalar(current: typing.SupportsFloat | typing.SupportsIndex, prior: typing.SupportsFloat | typing.SupportsIndex) -> tuple:
    """
    Year-on-year growth of one value: (current / prior - 1, reason code).
    
    >>> round(growth_scalar(827, 752)[0], 6)
    0.099734
    """
def log_growth(current: numpy.ndarray, prior: numpy.ndarray, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Log growth ln(current / prior) over float64 arrays.
    """
def log_growth_scalar(current: typing.SupportsFloat | typing.SupportsIndex, prior: typing.SupportsFloat | typing.SupportsIndex) -> tuple:
    """
    Log growth of one value: (value, reason code).
    """
def mention_kinds() -> list:
    """
    Names of the mention kinds, indexed by code.
    """
def normalize(values: numpy.ndarray, lower: numpy.ndarray, upper: numpy.ndarray, direction_codes: numpy.ndarray, censor: bool = True, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Rescale to 0-100 between bounds (SDSN SDG Index).
    """
def normalize_scalar(value: typing.SupportsFloat | typing.SupportsIndex, lower: typing.SupportsFloat | typing.SupportsIndex, upper: typing.SupportsFloat | typing.SupportsIndex, direction_code: typing.SupportsFloat | typing.SupportsIndex, censor: bool) -> tuple:
    """
    Normalised score of one value: (value, reason code).
    """
def panel_growth(ids: numpy.ndarray, years: numpy.ndarray, values: numpy.ndarray, skip: typing.Any = None, gaps: str = 'strict', method: str = 'auto', with_reasons: bool = False) -> tuple[numpy.typing.NDArray[numpy.float64], typing.Any, dict]:
    """
    Grouped year-on-year growth over int32/int64 ids and years and float64 values in any row order. Returns (values, reasons or None, details).
    """
def parse_fiscal_year(text: str, era: str | None = None, fiscal_year: typing.SupportsInt | typing.SupportsIndex | None = None, lenient: bool = False) -> tuple:
    """
    (fiscal_year, era or None, era_year, open_ended, style) of one fiscal-year text.
    """
def parse_number(text: typing.Any) -> typing.Any:
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
def parse_numeral(text: str | bytes) -> int | float:
    """
    The value of one bare numeral; see plan6.parse_numeral.
    
    >>> parse_numeral("一億二千三百万")
    123000000
    """
def progress(actual: numpy.ndarray, baseline: numpy.ndarray, target: numpy.ndarray, direction_codes: numpy.ndarray, capped: bool = False, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Progress (actual - baseline) / (target - baseline) over float64 arrays.
    """
def progress_class(ratio: numpy.ndarray, achieved: numpy.ndarray, on_track: typing.SupportsFloat | typing.SupportsIndex = 0.95, acceleration_needed: typing.SupportsFloat | typing.SupportsIndex = 0.6, limited_progress: typing.SupportsFloat | typing.SupportsIndex = 0.0, with_reasons: bool = False) -> tuple[numpy.typing.NDArray[numpy.int32], numpy.typing.NDArray[numpy.uint8]]:
    """
    Progress class codes (0 target achieved … 4 deterioration, -1 not comparable).
    """
def progress_scalar(actual: typing.SupportsFloat | typing.SupportsIndex, baseline: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex, direction_code: typing.SupportsFloat | typing.SupportsIndex, capped: bool) -> tuple:
    """
    Progress of one value: (value, reason code).
    """
def projection(baseline: numpy.ndarray, current: numpy.ndarray, years_elapsed: numpy.ndarray, years_ahead: numpy.ndarray, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Value projected years_ahead on at the observed compound growth.
    """
def projection_scalar(baseline: typing.SupportsFloat | typing.SupportsIndex, current: typing.SupportsFloat | typing.SupportsIndex, years_elapsed: typing.SupportsFloat | typing.SupportsIndex, years_ahead: typing.SupportsFloat | typing.SupportsIndex) -> tuple:
    """
    Projection of one value: (value, reason code).
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
def required_growth(value: numpy.ndarray, target: numpy.ndarray, years: numpy.ndarray, with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
    """
    Annual growth required to reach a target in `years` years.
    """
def required_growth_scalar(value: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex, years: typing.SupportsFloat | typing.SupportsIndex) -> tuple:
    """
    Required growth of one value: (value, reason code).
    """
def resolve_dates(texts: collections.abc.Sequence[str], fiscal_years: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], calendar: FiscalCalendar, era: str | None, lenient: bool, raise_errors: bool) -> tuple[numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.uint8], numpy.typing.NDArray[numpy.bool], numpy.typing.NDArray[numpy.bool], list]:
    """
    Reads each text as one date mention placed in its fiscal year: (first days, last days, kinds, is_range, open_ended, problems).
    """
def rollup(groups: numpy.ndarray, group_count: typing.SupportsInt | typing.SupportsIndex, scores: typing.Any = None, weights: typing.Any = None, categories: typing.Any = None, category_count: typing.SupportsInt | typing.SupportsIndex = 0, worst_k: typing.SupportsInt | typing.SupportsIndex = 2, worse: str = 'lowest') -> dict:
    """
    Per-group counts, category counts, mean, weighted mean and worst-k of scores.
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
def target_achieved(current: numpy.ndarray, target: numpy.ndarray, direction_codes: numpy.ndarray) -> typing.Any:
    """
    1.0 where current has reached target in the direction, 0.0 where not, NaN if missing.
    """
def target_achieved_scalar(current: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex, direction_code: typing.SupportsFloat | typing.SupportsIndex) -> float:
    """
    1.0 / 0.0 / NaN: whether one value has reached its target.
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
