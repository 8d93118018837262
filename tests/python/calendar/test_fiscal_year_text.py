"""Fiscal years and dates written as text: parse_fiscal_year, format_fiscal_year,
resolve_date and scan_dates. Expected values are worked out by hand (平成 N = 1988 + N,
令和 N = 2018 + N; Japan's fiscal year N runs from 1 April N to 31 March N+1)."""

from __future__ import annotations

import contextlib
import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan6
from plan6 import calendars


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


@pytest.mark.parametrize(
    ("text", "fiscal_year", "expected"),
    [
        ("1月28日", 2012, dt.date(2013, 1, 28)),
        ("7月25日", 2012, dt.date(2012, 7, 25)),
        ("（9月3日）", 2011, dt.date(2011, 9, 3)),
        ("２月１３日", "平成23年度", dt.date(2012, 2, 13)),
        ("8月15日～10月7日", 2011, (dt.date(2011, 8, 15), dt.date(2011, 10, 7))),
        ("6月1日～7月29日", 2011, (dt.date(2011, 6, 1), dt.date(2011, 7, 29))),
        ("７月２５日 ２７日", 2011, (dt.date(2011, 7, 25), dt.date(2011, 7, 27))),
        ("10月26日～12月14日", 2011, (dt.date(2011, 10, 26), dt.date(2011, 12, 14))),
        ("11月15～16日", 2011, (dt.date(2011, 11, 15), dt.date(2011, 11, 16))),
        ("10月から11月", 2012, (dt.date(2012, 10, 1), dt.date(2012, 11, 30))),
        ("1月17日から19日", 2011, (dt.date(2012, 1, 17), dt.date(2012, 1, 19))),
        ("11月～２月", 2011, (dt.date(2011, 11, 1), dt.date(2012, 2, 29))),
        ("平成25年3月31日", None, dt.date(2013, 3, 31)),
        ("平成24年度", None, (dt.date(2012, 4, 1), dt.date(2013, 3, 31))),
        ("2014（平成26）年度以降", None, (dt.date(2014, 4, 1), None)),
    ],
)
def test_resolve_date(text: str, fiscal_year: object, expected: object) -> None:
    assert plan6.resolve_date(text, fiscal_year) == expected


def test_resolve_date_in_other_calendars() -> None:
    # UK tax year 2012: 2012-04-06 … 2013-04-05.
    assert plan6.resolve_date("4月5日", 2012, calendar=calendars.UK_TAX) == dt.date(2013, 4, 5)
    assert plan6.resolve_date("4月6日", 2012, calendar=calendars.UK_TAX) == dt.date(2012, 4, 6)
    # US federal 2013: 2012-10-01 … 2013-09-30.
    assert plan6.resolve_date("12月25日", 2013, calendar=calendars.US_FEDERAL) == dt.date(
        2012, 12, 25
    )


@pytest.mark.parametrize(
    ("text", "fiscal_year", "message"),
    [
        ("2月30日", 2012, "2月30日"),
        ("2月29日", 2012, "does not exist in 2013"),
        ("1月28日", None, "no year"),
        ("報告会", 2012, "is not a date"),
        ("1月28日と2月1日", 2012, "more than one date"),
        ("平成元年1月7日", None, "昭和64年1月7日"),
        ("13月1日", 2012, "is not a date"),
    ],
)
def test_resolve_date_errors_name_the_text(text: str, fiscal_year: object, message: str) -> None:
    with pytest.raises(plan6.ParseError, match=message) as info:
        plan6.resolve_date(text, fiscal_year)
    assert text in str(info.value)


def test_resolve_date_of_many() -> None:
    texts = pd.Series(["1月28日", "2月30日", "8月15日～10月7日"], index=[4, 5, 6])
    frame = plan6.resolve_date(
        texts, pd.Series([2012, 2012, 2011], index=[4, 5, 6]), errors="coerce"
    )
    assert frame.index.tolist() == [4, 5, 6]
    assert frame["start_date"].tolist()[0] == pd.Timestamp("2013-01-28")
    assert pd.isna(frame["start_date"].iloc[1])
    assert "2月30日" in frame["problem"].iloc[1]
    assert frame["end_date"].iloc[2] == pd.Timestamp("2011-10-07")
    with pytest.raises(ValueError, match=r"text\[1\]"):
        plan6.resolve_date(texts, 2012)
    with pytest.raises(ValueError, match="lengths must match"):
        plan6.resolve_date(["1月28日"], [2012, 2013])


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(1901, 1, 1), dt.date(2099, 12, 31)))
def test_a_month_day_resolves_back_to_its_date(day: dt.date) -> None:
    # Write the date as a report would, without its year, and place it in its fiscal year.
    year = plan6.fiscal_year(day)
    text = f"{day.month}月{day.day}日"
    assert plan6.resolve_date(text, year) == day
    wide = text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert plan6.resolve_date(wide, year) == day


def test_scan_dates_columns_and_spans() -> None:
    text = "2012（平成24）年度は1月28日に報告会。前年度は３月、８月\n22日～9月9日"
    found = plan6.scan_dates(text, 2012)
    assert found["text"].tolist() == [
        "2012（平成24）年度",
        "1月28日",
        "前年度",
        "３月",
        "８月\n22日～9月9日",
    ]
    for row in found.itertuples():
        assert text[row.span_start : row.span_end] == row.text
    assert found["kind"].tolist() == ["fiscal_year", "date", "fiscal_year", "month", "date"]
    assert found["fiscal_year"].tolist()[:3] == [2012, pd.NA, 2011]
    assert found["relative"].tolist()[2] == -1
    assert found["end_date"].tolist()[-1] == pd.Timestamp("2012-09-09")
    assert found["is_range"].tolist() == [False, False, False, False, True]
    assert found["problem"].isna().all()
    assert list(plan6.scan_dates("").columns) == list(found.columns)


def test_scan_dates_keeps_impossible_mentions() -> None:
    found = plan6.scan_dates("2月30日と平成32年度", 2012)
    assert found["problem"].notna().all()
    assert found["start_date"].isna().all()
    lenient = plan6.scan_dates("平成32年度", lenient=True)
    assert lenient["fiscal_year"].tolist() == [2020]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789０１２３４５年度月日平成令和元～からの 、\n（）(", max_size=60))
def test_scanning_any_text_gives_consistent_spans(text: str) -> None:
    found = plan6.scan_dates(text, 2012)
    ends = found["span_end"].to_numpy()
    starts = found["span_start"].to_numpy()
    assert np.all(starts < ends)
    assert np.all(starts[1:] >= ends[:-1])  # in order, never overlapping
    for row in found.itertuples():
        assert row.text == text[row.span_start : row.span_end]
        placed = pd.notna(row.start_date)
        assert placed or row.problem is not None or row.open_ended or row.kind != "fiscal_year"


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="calendar"):
        plan6.resolve_date("1月28日", 2012, calendar="JP")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="fiscal_year"):
        plan6.resolve_date("1月28日", 2012.0)
    with pytest.raises(TypeError, match="text"):
        plan6.scan_dates("1月28日".encode())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="errors"):
        plan6.resolve_date(["1月28日"], 2012, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lone surrogate at position 2"):
        plan6.scan_dates("1月\ud800")
    with pytest.raises(ValueError, match="lone surrogate"):
        plan6.parse_fiscal_year("\ud800")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789０１２年度月日平成令和昭元HRFY～から以降 （）(", max_size=20))
def test_parsers_only_ever_raise_value_errors(text: str) -> None:
    # Any text gives a result or a ValueError (ParseError), never a crash or another error.
    for parse in (plan6.parse_fiscal_year, lambda t: plan6.resolve_date(t, 2012)):
        with contextlib.suppress(ValueError):
            parse(text)
