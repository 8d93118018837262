"""A catalogue of bad and odd inputs, each given to every public argument of its kind: numbers
that are not numbers, flags that are not bools, names that are not among the choices, years out
of range, texts that are not text, dates that are not dates, panel keys of mixed kinds. Every
one must raise a ValueError or TypeError whose message names the argument (a ParseError may
instead carry the position of the fault in the text), in a message of bounded length, never
pybind11's "incompatible function arguments" — and never return a number.

The number of cases here is the README's bad-input count (``pytest --collect-only -q``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import plan6

pl = pytest.importorskip("polars")

# --- bad values, by the kind of argument they are wrong for -----------------------------------

NOT_NUMBERS: dict[str, Any] = {
    "str": "426",
    "bytes": b"426",
    "bool": True,
    "numpy bool": np.True_,
    "complex": 1j,
    "date": dt.date(2012, 4, 1),
    "datetime64": np.datetime64("2012-04-01"),
    "dict": {"a": 1},
    "set": {1, 2},
    "object": object(),
    "int beyond float64": 10**400,
    "list of str": ["426", "320"],
    "list with a str": [426, "320"],
    "list with a bool": [426, True],
    "list with bytes": [426, b"320"],
    "list with a date": [426, dt.date(2012, 4, 1)],
    "ragged list": [[1.0, 2.0], [3.0]],
    "2-D list": [[1.0, 2.0], [3.0, 4.0]],
    "object array of str": np.array(["426", "320"], dtype=object),
    "object array with a bool": np.array([426, True], dtype=object),
    "object array with a list": np.array([1.0, [2.0]], dtype=object),
    "str array": np.array(["426", "320"]),
    "bool array": np.array([True, False]),
    "complex array": np.array([1j, 2.0]),
    "datetime64 array": np.array(["2012-04-01"], dtype="M8[D]"),
    "timedelta64 array": np.array([1], dtype="m8[D]"),
    "2-D array": np.ones((2, 2)),
    "Series of str": pd.Series(["426", "320"], dtype=object),
    "string Series": pd.Series(["426", "320"], dtype="string"),
    "bool Series": pd.Series([True, False]),
    "boolean Series": pd.Series([True, None], dtype="boolean"),
    "complex Series": pd.Series([1j, 2.0]),
    "categorical Series": pd.Series(["a", "b"], dtype="category"),
    "datetime Series": pd.Series(pd.to_datetime(["2012-04-01", "2013-04-01"])),
    "DataFrame": pd.DataFrame({"a": [1.0, 2.0]}),
    "polars str": pl.Series(["426", "320"]),
    "polars bool": pl.Series([True, False]),
    "polars date": pl.Series([dt.date(2012, 4, 1), dt.date(2013, 4, 1)]),
}
NOT_FLAGS: dict[str, Any] = {
    "'no'": "no",
    "''": "",
    "0": 0,
    "1": 1,
    "None": None,
    "1.0": 1.0,
    "[True]": [True],
    "np.array(True)": np.array([True]),
}
NOT_CHOICES: dict[str, Any] = {"unknown": "sideways", "empty": "", "None": None, "int": 1,
                               "bytes": b"higher", "list": ["higher"]}  # fmt: skip
BAD_YEARS: dict[str, Any] = {
    "10**20": 10**20,
    "-10**20": -(10**20),
    "2**63": 2**63,
    "1399": 1399,
    "10000": 10000,
    "2.5": 2.5,
    "True": True,
    "'x'": "x",
    "b'2012'": b"2012",
}
NOT_TEXTS: dict[str, Any] = {
    "int": 123,
    "None": None,
    "float": 1.5,
    "list of int": [1, 2],
    "lone surrogate": "平成\ud80024年度",
    "invalid UTF-8": b"\xff\xfe1",
    "dict": {"a": "b"},
}
UNREADABLE_TEXTS: dict[str, str] = {
    "empty": "",
    "spaces": "   ",
    "words": "三菱",
    "two numbers": "1 2",
    "dotted": "1.2.3",
    "a megabyte": "あ" * 1_000_000,
    "control characters": "\x00\x01\x02",
}
NOT_DATES: dict[str, Any] = {
    "bad ISO": "2012-13-01",
    "words": "平成24年4月1日",
    "int": 20120401,
    "float": 1.5,
    "bool": True,
    "year 1": dt.date(1, 1, 1),
    "datetime64 before 1400": np.datetime64("1000-01-01"),
    "datetime64 after 9999": np.datetime64("10000-01-01"),
    "period": pd.Period("2012-04", "M"),
    "period Series": pd.Series(pd.period_range("2012-04", periods=2, freq="M")),
    "2-D array": np.array([["2012-04-01"]], dtype="M8[D]"),
    "int array": np.array([20120401]),
    "DataFrame": pd.DataFrame({"d": pd.to_datetime(["2012-04-01"])}),
    "dict": {"d": 1},
}
BAD_IDS: dict[str, Any] = {
    "int and str": [1, "1"],
    "float and str": [1.0, "1"],
    "str and int in an object array": np.array(["a", 2], dtype=object),
    "bools": [True, False],
    "a bool among ints": [1, True],
    "2-D": np.ones((2, 2)),
    "dates": np.array(["2011-04-01", "2012-04-01"], dtype="M8[D]"),
    "a str": "ab",
    "an int": 1,
    "DataFrame": pd.DataFrame({"a": [1, 2]}),
}
BAD_PANEL_YEARS: dict[str, Any] = {
    "str years": ["2011", "2012"],
    "a str year in an object array": np.array([2011, "2012"], dtype=object),
    "a bool year": [2011, True],
    "fractions": [2011.5, 2012.0],
    "beyond int64": [1e19, 2012.0],
    "infinite": [np.inf, 2012.0],
    "dates": np.array(["2011-04-01", "2012-04-01"], dtype="M8[D]"),
    "categories": pd.Series([2011, 2012], dtype="category"),
    "bool array": np.array([True, False]),
}

# --- the public arguments, by kind ---------------------------------------------------------------

ELEMENTWISE = {
    "attainment": ("actual", "target"),
    "gap": ("actual", "target"),
    "growth": ("current", "prior"),
    "index_to_base": ("values", "base"),
    "log_growth": ("current", "prior"),
    "cagr": ("start", "end", "years"),
    "progress": ("actual", "baseline", "target"),
    "required_growth": ("value", "target", "years"),
    "growth_ratio": ("baseline", "current", "target", "years_elapsed", "years_to_target"),
    "target_achieved": ("current", "target"),
    "projection": ("baseline", "current", "years_elapsed", "years_ahead"),
    "normalize": ("values", "lower", "upper"),
}


def number_cases() -> list[tuple[str, Callable[[], Any], str]]:
    cases = []
    for function, names in ELEMENTWISE.items():
        for position, argument in enumerate(names):
            for label, bad in NOT_NUMBERS.items():

                def call(function: str = function, position: int = position, bad: Any = bad) -> Any:
                    arguments: list[Any] = [1.0] * len(ELEMENTWISE[function])
                    arguments[position] = bad
                    return getattr(plan6, function)(*arguments)

                cases.append((f"{function}({argument}={label})", call, argument))
    for label, bad in NOT_NUMBERS.items():
        cases.append((f"classify(scores={label})", lambda bad=bad: plan6.classify(bad), "scores"))
        cases.append(
            (f"progress_class(ratio={label})", lambda bad=bad: plan6.progress_class(bad), "ratio")
        )
        cases.append(
            (
                f"panel_growth(values={label})",
                lambda bad=bad: plan6.panel_growth([1, 1], [2011, 2012], bad),
                "values",
            )
        )
    return cases


FLAGGED: dict[str, tuple[Callable[..., Any], tuple[Any, ...], tuple[str, ...]]] = {
    **{
        name: (getattr(plan6, name), (1.0,) * len(arguments), ("with_reasons",))
        for name, arguments in ELEMENTWISE.items()
        if name != "target_achieved"
    },
    "progress ": (plan6.progress, (260, 200, 320), ("capped",)),
    "normalize ": (plan6.normalize, (50, 0, 100), ("censor",)),
    "classify": (plan6.classify, ([1.0],), ("with_reasons",)),
    "progress_class": (plan6.progress_class, ([1.0],), ("with_reasons",)),
    "panel_growth": (plan6.panel_growth, ([1], [2012], [1.0]), ("with_reasons",)),
    "from_era": (plan6.from_era, ("平成", 24), ("lenient",)),
    "parse_fiscal_year": (plan6.parse_fiscal_year, ("平成24年度",), ("lenient",)),
    "resolve_date": (plan6.resolve_date, ("1月28日", 2012), ("lenient",)),
    "scan_dates": (plan6.scan_dates, ("1月28日", 2012), ("lenient",)),
    "format_fiscal_year": (
        plan6.format_fiscal_year,
        (2012,),
        ("open_ended", "fullwidth", "gannen"),
    ),
    "scan_numbers": (plan6.scan_numbers, ("1人",), ("with_text",)),
}


def flag_cases() -> list[tuple[str, Callable[[], Any], str]]:
    cases = []
    for key, (function, arguments, flags) in FLAGGED.items():
        for flag in flags:
            for label, bad in NOT_FLAGS.items():

                def call(function: Any = function, arguments: Any = arguments, flag: str = flag,
                         bad: Any = bad) -> Any:  # fmt: skip
                    return function(*arguments, **{flag: bad})

                cases.append((f"{key.strip()}({flag}={label})", call, flag))
    return cases


CHOICES: dict[str, Callable[[Any], Any]] = {
    "direction": lambda bad: plan6.attainment(426, 320, direction=bad),
    "gaps": lambda bad: plan6.panel_growth([1], [2012], [1.0], gaps=bad),
    "method": lambda bad: plan6.panel_growth([1], [2012], [1.0], method=bad),
    "closed": lambda bad: plan6.classify([1.0], closed=bad),
    "preset": lambda bad: plan6.classify([1.0], bad),
    "style": lambda bad: plan6.format_fiscal_year(2012, bad),
    "errors": lambda bad: plan6.parse_fiscal_year(["平成24年度"], errors=bad),
    "worse": lambda bad: plan6.rollup(
        pd.DataFrame({"a": [1], "s": [1.0]}), "a", score="s", worse=bad
    ),
    "levels": lambda bad: plan6.rollup(pd.DataFrame({"a": [1]}), "a", levels=bad),
    "naming": lambda bad: plan6.FiscalCalendar(4, 1, bad),
    "language": lambda bad: plan6.categories.category_label(3, bad),
    "era": lambda bad: plan6.from_era(bad, 24),
}
# (None is a choice's "not given" for these, so it is no bad value there)
NONE_ALLOWED = {"closed"}


def choice_cases() -> list[tuple[str, Callable[[], Any], str]]:
    return [
        (f"{argument}={label}", lambda call=call, bad=bad: call(bad), argument)
        for argument, call in CHOICES.items()
        for label, bad in NOT_CHOICES.items()
        if not (bad is None and argument in NONE_ALLOWED)
        and not (argument in ("preset",) and bad is None)
        and not (argument == "direction" and label == "list")  # one direction per row
    ]


YEARS: dict[str, Callable[[Any], Any]] = {
    "fiscal_year (format_fiscal_year)": lambda bad: plan6.format_fiscal_year(bad),
    "fiscal_year (fiscal_year_range)": lambda bad: plan6.fiscal_year_range(bad),
    "fiscal_year (first_day)": lambda bad: plan6.calendars.JP.first_day(bad),
    "fiscal_year (last_day)": lambda bad: plan6.calendars.US_FEDERAL.last_day(bad),
    "fiscal_year (scan_dates)": lambda bad: plan6.scan_dates("1月28日", bad),
    "fiscal_year (resolve_date)": lambda bad: plan6.resolve_date("1月28日", bad),
    "year (from_era)": lambda bad: plan6.from_era("平成", bad),
    "month (from_era)": lambda bad: plan6.from_era("平成", 24, bad, 1),
    "day (from_era)": lambda bad: plan6.from_era("平成", 24, 4, bad),
    "start_month (FiscalCalendar)": lambda bad: plan6.FiscalCalendar(bad, 1),
    "start_day (FiscalCalendar)": lambda bad: plan6.FiscalCalendar(4, bad),
    "decimals (format_japanese_number)": lambda bad: plan6.format_japanese_number(1.5, "", bad),
}
# Years that are fine for an argument (a month of 1399 is not, but "x" is text for the fiscal
# year of scan_dates, which reads fiscal-year text), left out of its cases.
FINE = {
    ("month (from_era)", "1399"), ("day (from_era)", "1399"),
    ("fiscal_year (last_day)", "10000"),
}  # fmt: skip


def year_cases() -> list[tuple[str, Callable[[], Any], str]]:
    return [
        (f"{argument}={label}", lambda call=call, bad=bad: call(bad), argument.split(" ")[0])
        for argument, call in YEARS.items()
        for label, bad in BAD_YEARS.items()
        if (argument, label) not in FINE
    ]


TEXTS: dict[str, Callable[[Any], Any]] = {
    "parse_number": plan6.parse_number,
    "parse_numeral": plan6.parse_numeral,
    "parse_fiscal_year": plan6.parse_fiscal_year,
    "resolve_date": lambda text: plan6.resolve_date(text, 2012),
    "scan_numbers": plan6.scan_numbers,
    "scan_dates": plan6.scan_dates,
}
# what these readers take besides one str: bytes (UTF-8) for the number readers, sequences of
# texts for parse_fiscal_year and resolve_date; "texts" is parse_numbers' argument.
TAKES_BYTES = {"parse_number", "parse_numeral", "scan_numbers"}
TAKES_SEQUENCES = {"parse_fiscal_year", "resolve_date"}


def text_cases() -> list[tuple[str, Callable[[], Any], str]]:
    cases = []
    for function, call in TEXTS.items():
        for label, bad in NOT_TEXTS.items():
            if label == "list of int" and function in TAKES_SEQUENCES:
                continue  # named per element: text[0]
            if label == "invalid UTF-8" and function not in TAKES_BYTES:
                continue  # bytes are refused as a type: covered by "int"
            cases.append((f"{function}(text={label})", lambda c=call, b=bad: c(b), "text"))
        if function in ("scan_numbers", "scan_dates"):
            continue  # they read any text: nothing is unreadable
        for label, text in UNREADABLE_TEXTS.items():
            if label in ("words", "two numbers", "dotted") and function == "resolve_date":
                pass
            cases.append((f"{function}(text={label})", lambda c=call, t=text: c(t), "text"))
    for label, bad in {
        "str": "123",
        "bytes": b"123",
        "int": 123,
        "list with an int": ["1", 2],
    }.items():
        cases.append(
            (f"parse_numbers(texts={label})", lambda b=bad: plan6.parse_numbers(b), "texts")
        )
    return cases


DATES: dict[str, tuple[Callable[[Any], Any], str]] = {
    "fiscal_year": (plan6.fiscal_year, "dates"),
    "fiscal_quarter": (plan6.fiscal_quarter, "dates"),
    "fiscal_month": (plan6.fiscal_month, "dates"),
    "day_of_fiscal_year": (plan6.day_of_fiscal_year, "dates"),
    "to_era": (plan6.to_era, "date"),
    "fiscal_years_spanned": (lambda bad: plan6.fiscal_years_spanned(bad, bad), "start"),
}


def date_cases() -> list[tuple[str, Callable[[], Any], str]]:
    return [
        (f"{function}({label})", lambda call=call, bad=bad: call(bad), argument)
        for function, (call, argument) in DATES.items()
        for label, bad in NOT_DATES.items()
    ]


def panel_cases() -> list[tuple[str, Callable[[], Any], str]]:
    def ids(bad: Any) -> Any:
        return plan6.panel_growth(bad, [2011, 2012], [1.0, 2.0])

    def years(bad: Any) -> Any:
        return plan6.panel_growth([1, 1], bad, [1.0, 2.0])

    cases = [
        (f"panel_growth(ids={label})", lambda b=bad: ids(b), "ids")
        for label, bad in BAD_IDS.items()
    ]
    cases += [
        (f"panel_growth(years={label})", lambda b=bad: years(b), "years")
        for label, bad in BAD_PANEL_YEARS.items()
    ]
    return cases


CASES = (
    number_cases() + flag_cases() + choice_cases() + year_cases() + text_cases() + date_cases()
    + panel_cases()
)  # fmt: skip


@pytest.mark.parametrize(("label", "call", "argument"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_input_is_an_error_that_names_it(
    label: str, call: Callable[[], Any], argument: str
) -> None:
    try:
        result = call()
    except (ValueError, TypeError) as error:
        raised = error
    else:
        pytest.fail(f"{label} gave {result!r:.200}")
    message = str(raised)
    assert "incompatible function arguments" not in message
    assert "incompatible constructor arguments" not in message
    assert len(message) <= 600, message[:600]
    # the argument by its name, or a text by the position of the fault in it
    named = argument in message or (
        argument == "text" and getattr(raised, "position", None) is not None
    )
    assert named, message


def test_the_catalogue_is_large() -> None:
    # the README quotes this count
    assert len(CASES) > 900
