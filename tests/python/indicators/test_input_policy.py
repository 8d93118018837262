"""The input policy of issue 14, case by case: what used to be read silently wrong (strings
read as numbers, ids of mixed kinds merged or split, truthy flags) is now an error that names the
argument. Every case here gave a result before the fix (the value it gave is in the comment)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pandas as pd
import pytest

import plan6

TEXT_NOT_NUMBER = r"must hold numbers, but actual\[0\] is a str"


@pytest.mark.parametrize(
    ("actual", "match"),
    [
        # gave [426., 160.]: the strings were converted by numpy
        (np.array(["426", "320"], dtype=object), TEXT_NOT_NUMBER),
        # gave a Series [426., 160.] (pandas 3 infers the str dtype, refused as a whole)
        (pd.Series(["426", "320"]), r"must hold numbers(, not str values|, but actual\[0\] is)"),
        (pd.Series(["426", "320"], dtype=object), TEXT_NOT_NUMBER),
        (pd.Series(["426", "320"], dtype="string"), "must hold numbers, not string values"),
        # a list was already refused as text; now the message names the element
        (["426", "320"], TEXT_NOT_NUMBER),
        ([426, "320"], r"actual\[1\] is a str"),
        (np.array([426.0, "320"], dtype=object), r"actual\[1\] is a str"),
        (np.array([b"426", b"320"], dtype=object), r"actual\[0\] is a bytes"),
        # numpy reads [426, True] as [426, 1]: gave [426., 0.5]
        ([426, True], r"actual\[1\] is a bool"),
        (np.array([426, True], dtype=object), r"actual\[1\] is a bool"),
        (pd.Series([426, True], dtype=object), r"actual\[1\] is a bool"),
    ],
)
def test_strings_and_bools_are_not_numbers_in_any_form(actual: Any, match: str) -> None:
    with pytest.raises(TypeError, match=match):
        plan6.attainment(actual, [1, 2])


def test_the_scalar_rule_is_the_array_rule() -> None:
    # a plain '426' was refused before too: the rule is now the same for every form
    with pytest.raises(TypeError, match="actual must be a number"):
        plan6.attainment("426", 320)
    pl = pytest.importorskip("polars")
    with pytest.raises(TypeError, match="must hold numbers, not String"):
        plan6.attainment(pl.Series(["426"]), 320)


def test_numbers_of_other_types_and_missing_values_still_convert() -> None:
    # Decimal, Fraction, numpy scalars and None / NaN / pd.NA in object arrays: by hand
    values = np.array([Decimal("426"), Fraction(1, 2), np.int16(8), None, pd.NA], dtype=object)
    result, reasons = plan6.attainment(values, 2.0, with_reasons=True)
    np.testing.assert_array_equal(result[:3], [213.0, 0.25, 4.0])
    assert list(reasons[3:]) == ["missing_input", "missing_input"]
    assert plan6.growth([1, 2.5, None], 2.0).tolist()[:2] == [-0.5, 0.25]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([[1.0, 2.0], [3.0]], "actual is ragged"),  # was numpy's "inhomogeneous" message
        ([[1.0, 2.0], [3.0, 4.0]], "actual must be one-dimensional"),
        (np.array([[1.0, 2.0]], dtype=object), "actual must be one-dimensional"),
        (np.array([1.0, [2.0]], dtype=object), r"actual\[1\] is a sequence"),
    ],
)
def test_ragged_and_nested_input_is_named(value: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        plan6.attainment(value, 1.0)


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        # gave [nan, 1.]: 1 and '1' merged into one id by numpy's str conversion
        ([1, "1"], r"ids mixes kinds of id: ids\[0\] = 1 \(number\), ids\[1\] = '1' \(str\)"),
        # gave [nan, nan]: 1.0 and '1' were two ids
        ([1.0, "1"], r"ids\[0\] = 1.0 \(number\), ids\[1\] = '1' \(str\)"),
        (np.array([1, "1"], dtype=object), "ids mixes kinds"),
        (pd.Series(["a", 2]), r"ids\[0\] = 'a' \(str\), ids\[1\] = 2 \(number\)"),
    ],
)
def test_panel_ids_of_mixed_kinds_are_an_error(ids: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        plan6.panel_growth(ids, [2011, 2012], [1.0, 2.0])


def test_panel_ids_of_one_kind_with_missing_values_are_fine() -> None:
    # NaN is a missing id among text ids; 1 and 1.0 are the same number (by hand: 2/1 - 1)
    assert plan6.panel_growth([1, 1.0], [2011, 2012], [1.0, 2.0])[1] == 1.0
    # (NaN in a list of text ids was the id "nan": numpy's str array)
    _, why = plan6.panel_growth(
        ["a", np.nan, "a"], [2011, 2012, 2012], [1.0, 2.0, 4.0], with_reasons=True
    )
    assert list(why) == ["missing_prior_year", "missing_input", "none"]


@pytest.mark.parametrize(
    ("years", "error", "message"),
    [
        # gave [nan, 1.]: the text '2012' was read as a year
        (np.array([2011, "2012"], dtype=object), TypeError, r"years\[1\] is a str"),
        ([2011, True], TypeError, r"years\[1\] is a bool"),
    ],
)
def test_panel_years_are_numbers(years: Any, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        plan6.panel_growth([1, 1], years, [1.0, 2.0])


FLAGGED: list[tuple[Callable[..., Any], tuple[Any, ...], str]] = [
    (plan6.attainment, (426, 320), "with_reasons"),
    (plan6.growth, ([827], [752]), "with_reasons"),
    (plan6.cagr, (1, 2, 3), "with_reasons"),
    (plan6.classify, ([1.0],), "with_reasons"),
    (plan6.progress_class, ([1.0],), "with_reasons"),
    (plan6.panel_growth, ([1], [2012], [1.0]), "with_reasons"),
    (plan6.progress, (260, 200, 320), "capped"),
    (plan6.normalize, (50, 0, 100), "censor"),
]


@pytest.mark.parametrize(("function", "arguments", "name"), FLAGGED)
@pytest.mark.parametrize("value", ["no", "", 0, 1, None, [True]])
def test_flags_are_bools(
    function: Callable[..., Any], arguments: tuple[Any, ...], name: str, value: Any
) -> None:
    # with_reasons='no' used to be taken as True (and '' or 0 as False)
    with pytest.raises(TypeError, match=f"{name} must be True or False"):
        function(*arguments, **{name: value})


def test_numpy_bools_are_flags() -> None:
    assert plan6.attainment(426, 320, with_reasons=np.True_) == (1.33125, "none")


@pytest.mark.parametrize(
    ("code", "message"),
    [("3", "must be 1-5, not '3'"), (True, "not True"), (3.5, "not 3.5"), (None, "not None")],
)
def test_category_codes_are_whole_numbers(code: Any, message: str) -> None:
    # category_label("3") and category_label(3.5) gave the label of 3
    with pytest.raises(ValueError, match=message):
        plan6.categories.category_label(code)
    assert plan6.categories.category_label(3.0, "en") == plan6.categories.category_label(3, "en")
