"""Dates written in report text, placed on the calendar: resolve_date (one mention in its
fiscal year) and scan_dates (every fiscal-year and date mention of a text). Expected dates
are worked out by hand (Japan's fiscal year N runs from 1 April N to 31 March N+1, so a
January–March date of FY N falls in N+1; 平成 N = 1988 + N)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan6
from plan6 import calendars


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
