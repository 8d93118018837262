"""
Indicator kernels over float64 arrays.
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['Elementwise', 'UndefinedReason', 'attainment_higher', 'classify', 'elementwise', 'elementwise_names', 'panel_growth', 'progress_class', 'reason_descriptions', 'reason_names', 'rollup']
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
class Elementwise:
    """
    An elementwise indicator kernel of the core: numbers in, or float64 arrays of one length in
    (any stride, read without a copy, one pass with the GIL released); values out, with the
    reason for every NaN on request. Got by name with elementwise().
    
    >>> growth = elementwise("growth")
    >>> growth.inputs, growth.scalar((827.0, 752.0))[1]
    (('current', 'prior'), 0)
    """
    def __call__(self, arrays: collections.abc.Sequence, options: tuple = (), with_reasons: bool = False, out: typing.Any = None) -> typing.Any:
        """
        Values over float64 arrays of equal length, or (values, uint8 reason codes) with with_reasons; `out` is a float64 array to write the values into.
        """
    def __repr__(self) -> str:
        ...
    def scalar(self, values: tuple, options: tuple = ()) -> tuple:
        """
        (value, reason code) of one row of numbers.
        """
    @property
    def inputs(self) -> tuple:
        """
        Names of the array inputs, in order.
        """
    @property
    def name(self) -> str:
        """
        The kernel's name.
        """
    @property
    def options(self) -> tuple:
        """
        Names of the scalar options that follow them (a direction code ±1, a bool).
        """
def attainment_higher(actual: typing.SupportsFloat | typing.SupportsIndex, target: typing.SupportsFloat | typing.SupportsIndex) -> float:
    """
    Attainment of one value, higher is better: actual / target; NaN when undefined.
    
    >>> attainment_higher(426, 320)
    1.33125
    """
def classify(scores: numpy.ndarray, thresholds: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], closed: str = 'left', with_reasons: bool = False) -> tuple:
    """
    Band codes (0 = lowest band, -1 = not comparable) of float64 scores among ascending thresholds; returns (int32 codes, uint8 reasons or an empty array).
    """
def elementwise(name: str) -> Elementwise:
    """
    The elementwise kernel `name` (see elementwise_names()).
    
    >>> elementwise("attainment").options
    ('direction',)
    """
def elementwise_names() -> list[str]:
    """
    Names of every elementwise kernel.
    """
def panel_growth(ids: numpy.ndarray, years: numpy.ndarray, values: numpy.ndarray, skip: typing.Any = None, gaps: str = 'strict', method: str = 'auto', with_reasons: bool = False) -> tuple[numpy.typing.NDArray[numpy.float64], typing.Any, dict]:
    """
    Grouped year-on-year growth over int32/int64 ids and years and float64 values in any row order. Returns (values, reasons or None, details).
    """
def progress_class(ratio: numpy.ndarray, achieved: numpy.ndarray, on_track: typing.SupportsFloat | typing.SupportsIndex = 0.95, acceleration_needed: typing.SupportsFloat | typing.SupportsIndex = 0.6, limited_progress: typing.SupportsFloat | typing.SupportsIndex = 0.0, with_reasons: bool = False) -> tuple:
    """
    Progress class codes (0 target achieved … 4 deterioration, -1 not comparable).
    """
def reason_descriptions() -> list:
    """
    One-line explanations of the undefined-reason codes, indexed by code.
    """
def reason_names() -> list:
    """
    Names of the undefined-reason codes, indexed by code (0 is 'none').
    
    >>> reason_names()[:2]
    ['none', 'missing_input']
    """
def rollup(groups: numpy.ndarray, group_count: typing.SupportsInt | typing.SupportsIndex, scores: typing.Any = None, weights: typing.Any = None, categories: typing.Any = None, category_count: typing.SupportsInt | typing.SupportsIndex = 0, worst_k: typing.SupportsInt | typing.SupportsIndex = 2, worse: str = 'lowest') -> dict:
    """
    Per-group counts, category counts, mean, weighted mean and worst-k of scores.
    """
