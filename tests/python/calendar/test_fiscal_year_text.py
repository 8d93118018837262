"""Fiscal years written as text: parse_fiscal_year and format_fiscal_year, and any text read
by the parsers gives a result or a ValueError. Expected values are worked out by hand
(平成 N = 1988 + N, 令和 N = 2018 + N)."""

from __future__ import annotations

import contextlib

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan6


@pytest.mark.parametrize(
    ("text", "year", "era", "era_year", "open_ended", "style"),
    [
        ("平成24年度", 2012, "平成", 24, False, "era"),
        ("平成 24 年度", 2012, "平成", 24, False, "era"),
        ("平成２３年度", 2011, "平成", 23, False, "era"),
        ("2012（平成24）年度", 2012, "平成", 24, False, "gregorian_era"),
        ("2011(平成23）年度", 2011, "平成", 23, False, "gregorian_era"),
        ("2014（平成26）年度以降", 2014, "平成", 26, True, "gregorian_era"),
        ("H24", 2012, "平成", 24, False, "letter"),
        ("R6", 2024, "令和", 6, False, "letter"),
        ("令和元年度", 2019, "令和", 1, False, "era"),
        ("FY2012", 2012, "平成", 24, False, "fy"),
        ("2012年度", 2012, "平成", 24, False, "gregorian"),
        ("２０１９年度", 2019, "令和", 1, False, "gregorian"),  # named by the era at year end
        ("平成31年度", 2019, "平成", 31, False, "era"),  # as written: 平成31年 exists
    ],
)
def test_parse_fiscal_year_forms(
    text: str, year: int, era: str, era_year: int, open_ended: bool, style: str
) -> None:
    assert plan6.parse_fiscal_year(text) == (year, era, era_year, open_ended, style)


def test_era_less_year_needs_context() -> None:
    assert plan6.parse_fiscal_year("24年度", era="平成").fiscal_year == 2012
    assert plan6.parse_fiscal_year("24年度", era="H").fiscal_year == 2012
    with pytest.raises(plan6.ParseError, match="no era"):
        plan6.parse_fiscal_year("24年度")


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("平成32年度", "past the end of 平成", 0),
        ("昭和0年度", "era years start at 1", 0),
        ("天平3年度", "unknown Japanese era '天平'", 0),
        ("2012（平成23）年度", "disagree", 0),
        ("平成24年", "calendar year", 4),
        ("令和元年度末", "after the fiscal year", 5),
        ("", "not a fiscal year", 0),
    ],
)
def test_parse_fiscal_year_rejects_with_a_reason(text: str, message: str, position: int) -> None:
    with pytest.raises(plan6.ParseError, match=message) as info:
        plan6.parse_fiscal_year(text)
    assert info.value.position == position
    assert isinstance(info.value, ValueError)


def test_parse_fiscal_year_lenient_and_many() -> None:
    assert plan6.parse_fiscal_year("平成32年度", lenient=True).fiscal_year == 2020
    with pytest.raises(ValueError, match="unknown Japanese era"):
        plan6.parse_fiscal_year("24年度", era="天平")
    frame = plan6.parse_fiscal_year(
        pd.Series(["平成24年度", "FY2013", "不明"], index=["a", "b", "c"]), errors="coerce"
    )
    assert frame.index.tolist() == ["a", "b", "c"]
    assert frame["fiscal_year"].tolist()[:2] == [2012, 2013]
    assert frame["fiscal_year"].isna().tolist() == [False, False, True]
    with pytest.raises(ValueError, match=r"text\[2\]"):
        plan6.parse_fiscal_year(["平成24年度", "FY2013", "不明"])
    with pytest.raises(TypeError, match="str"):
        plan6.parse_fiscal_year(2012)


def test_format_fiscal_year_styles() -> None:
    expected = {
        "gregorian_era": "2012（平成24）年度",
        "era": "平成24年度",
        "gregorian": "2012年度",
        "fy": "FY2012",
        "letter": "H24",
        "era_year": "24年度",
    }
    for style, text in expected.items():
        assert plan6.format_fiscal_year(2012, style) == text
    assert plan6.format_fiscal_year(2019, "era") == "令和元年度"
    assert plan6.format_fiscal_year(2019, "era", gannen=False) == "令和1年度"
    assert plan6.format_fiscal_year(2012, fullwidth=True) == "２０１２（平成２４）年度"
    assert plan6.format_fiscal_year(2014, open_ended=True) == "2014（平成26）年度以降"
    assert plan6.format_fiscal_year([2011, 2012], "fy") == ["FY2011", "FY2012"]
    with pytest.raises(ValueError, match="unknown fiscal year style"):
        plan6.format_fiscal_year(2012, "roman")
    with pytest.raises(ValueError, match="before the Meiji era"):
        plan6.format_fiscal_year(1800, "era")
    with pytest.raises(TypeError, match="int"):
        plan6.format_fiscal_year(2012.5)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1868, 2200),
    st.sampled_from(["gregorian_era", "era", "gregorian", "fy", "letter"]),
    st.booleans(),
    st.booleans(),
)
def test_parse_of_format_gives_the_year_back(
    year: int, style: str, fullwidth: bool, open_ended: bool
) -> None:
    text = plan6.format_fiscal_year(year, style, fullwidth=fullwidth, open_ended=open_ended)
    parsed = plan6.parse_fiscal_year(text)
    assert parsed.fiscal_year == year
    assert parsed.style == style
    assert parsed.open_ended == open_ended


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789０１２年度月日平成令和昭元HRFY～から以降 （）(", max_size=20))
def test_parsers_only_ever_raise_value_errors(text: str) -> None:
    # Any text gives a result or a ValueError (ParseError), never a crash or another error.
    for parse in (plan6.parse_fiscal_year, lambda t: plan6.resolve_date(t, 2012)):
        with contextlib.suppress(ValueError):
            parse(text)
