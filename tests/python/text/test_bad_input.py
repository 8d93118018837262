"""Number readers on input that was read silently wrong or refused for the wrong reason (issue
14). Expected values: Python's own float() on the same digits (an independent reader)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

import plan6


@pytest.mark.parametrize("texts", ["123", b"123", "一億"])
def test_parse_numbers_refuses_one_text(texts: Any) -> None:
    # parse_numbers("123") read the str character by character: [1., 2., 3.]
    with pytest.raises(TypeError, match="texts must be a sequence of str, not one"):
        plan6.parse_numbers(texts)


def test_parse_numbers_takes_any_sequence_of_texts() -> None:
    expected = [123.0, 2950.0]  # by hand
    for texts in (["123", "2,950"], ("123", "2,950"), pd.Series(["123", "2,950"])):
        assert plan6.parse_numbers(texts).tolist() == expected
    assert plan6.parse_numbers(iter(["123"])).tolist() == [123.0]
    with pytest.raises(TypeError, match="texts must be a sequence of str, not int"):
        plan6.parse_numbers(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        plan6.parse_numbers(["1", 2])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.2.3", "more than one decimal point"),
        ("１．２．３", "more than one decimal point"),
        ("1.2.3人", "not one number expression"),  # the scanner keeps 1.2.3 a name, unit apart
        ("約1.2.3件", "not one number expression"),
    ],
)
def test_a_dotted_numeral_is_not_a_number(text: str, message: str) -> None:
    # parse_number("1.2.3") gave 1.2 of kind "name" with no error, while "1,2,3" raised
    with pytest.raises(plan6.ParseError, match=message):
        plan6.parse_number(text)
    with pytest.raises(plan6.ParseError, match="not one"):
        plan6.parse_numeral(text)


@pytest.mark.parametrize(
    "digits",
    ["3.14159265358979323846", "2.718281828459045235360287471352", "0.1000000000000000000000001"],
)
def test_long_decimals_are_read_not_overflows(digits: str) -> None:
    # "…beyond the int64 range": the fraction's digits past double precision overflowed
    assert plan6.parse_number(digits).value == float(digits)
    assert plan6.parse_numeral(digits) == float(digits)
    assert plan6.parse_numbers([digits]).tolist() == [float(digits)]
    scanned = plan6.scan_numbers(f"円周率は{digits}です")
    assert scanned["value"].tolist() == [float(digits)]
    assert not scanned["overflow"].any()


def test_integers_beyond_int64_still_overflow() -> None:
    # the policy is unchanged for integers: an overflow is flagged, never wrapped
    with pytest.raises(plan6.ParseError, match="overflows"):
        plan6.parse_number("12345678901234567890")
    assert plan6.scan_numbers("12345678901234567890人")["overflow"].tolist() == [True]


def test_with_text_is_a_flag() -> None:
    with pytest.raises(TypeError, match="with_text must be True or False"):
        plan6.scan_numbers("1人", with_text="no")  # type: ignore[arg-type]
