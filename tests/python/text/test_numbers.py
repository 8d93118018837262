"""Japanese number expressions: parse_number, parse_numbers, scan_numbers.

Expected values come from the reference report (its spellings) and from hand calculation;
kanjize (PyPI) is an independent implementation for kanji numerals.
"""

from __future__ import annotations

import math

import kanjize
import numpy as np
import pandas as pd
import pytest

import plan6


@pytest.mark.parametrize(
    ("text", "value", "unit", "unit_ja"),
    # Spellings from the reference report; values by hand (万 = 10^4, 億 = 10^8).
    [
        ("391億7,319万円", 39173190000, "yen", "万円"),
        ("7億6,452万円", 764520000, "yen", "万円"),
        ("約 392億円", 39200000000, "yen", "億円"),
        ("約 7.6 億円", 760000000, "yen", "億円"),
        ("10万人", 100000, "persons", "人"),
        ("2,950件", 2950, "cases", "件"),
        ("１４回", 14, "times", "回"),
        ("15,200 名", 15200, "persons", "名"),
        ("91.5％", 91.5, "percent", "％"),
        ("132%", 132, "percent", "%"),
        ("145 団体", 145, "organisations", "団体"),
        ("242 ブース", 242, "booths", "ブース"),
        ("272機関", 272, "institutions", "機関"),
        ("17か国", 17, "countries", "か国"),
        ("9カ国", 9, "countries", "カ国"),
        ("７ヶ所", 7, "places", "ヶ所"),
        ("8校", 8, "schools", "校"),
        ("２店舗", 2, "stores", "店舗"),
        ("4品", 4, "products", "品"),
        ("５地区", 5, "districts", "地区"),
        ("３学科", 3, "departments", "学科"),
        ("６コース", 6, "courses", "コース"),
        ("11 商店街", 11, "shopping_streets", "商店街"),
        ("5都市", 5, "cities", "都市"),
        ("200ペー\nジ", 200, "pages", "ページ"),
        ("６区", 6, "wards", "区"),
        ("月１回", 1, "times_per_month", "回"),
        ("一億二千三百万", 123000000, "", ""),
        ("3割", 30, "percent", "割"),
    ],
)
def test_report_expressions(text: str, value: float, unit: str, unit_ja: str) -> None:
    expression = plan6.parse_number(text)
    assert expression.value == value
    assert expression.unit == unit
    assert expression.unit_ja == unit_ja


def test_qualifiers() -> None:
    assert plan6.parse_number("約13,500人").approximate
    assert plan6.parse_number("100人余り").lower_bound
    assert plan6.parse_number("100人余り").approximate
    assert "increase" in plan6.parse_number("268人増").qualifiers
    assert plan6.parse_number("3人以上").lower_bound
    assert "upper_bound" in plan6.parse_number("5件未満").qualifiers


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1月28日", "date"),
        ("平成24年度", "fiscal_year"),
        ("2012（平成24）年度", "fiscal_year"),
        ("24年度", "fiscal_year"),
        ("第1回", "ordinal"),
        ("３０周年", "ordinal"),
        ("3か月", "duration"),
        ("①", "list_marker"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    assert plan6.parse_number(text).kind == kind


def test_bad_input() -> None:
    with pytest.raises(plan6.ParseError, match="not one number"):
        plan6.parse_number("426人と320人")
    with pytest.raises(plan6.ParseError):
        plan6.parse_number("数字なし")
    with pytest.raises(plan6.ParseError):
        plan6.parse_number("")
    with pytest.raises(TypeError, match="text must be str or bytes"):
        plan6.parse_number(426)  # type: ignore[arg-type]
    # Invalid UTF-8 in bytes names the byte offset (3 bytes of 計, then the bad byte).
    with pytest.raises(ValueError, match="byte offset 3") as info:
        plan6.parse_number("計".encode() + b"\xff")
    assert info.value.position == 3
    assert plan6.parse_number("426人".encode()).value == 426


def test_overflow_is_an_error_never_a_wrapped_value() -> None:
    with pytest.raises(plan6.ParseError, match="overflows"):
        plan6.parse_number("9999京円")
    assert math.isnan(plan6.parse_numbers(["123456789012345678901234"])[0])
    scanned = plan6.scan_numbers("予算は9999京円。")
    assert bool(scanned.overflow.iloc[0])
    assert math.isnan(scanned.value.iloc[0])


@pytest.mark.parametrize(
    "kanji",
    [
        "一億二千三百万",
        "二十",
        "三百五",
        "千",
        "九千九百九十九",
        "五万",
        "十二億三千四百五十六万七千八百九十",
    ],
)
def test_kanji_numerals_agree_with_kanjize(kanji: str) -> None:
    assert plan6.parse_numbers([kanji])[0] == kanjize.kanji2number(kanji)
    value = plan6.parse_numeral(kanji)
    assert type(value) is int
    assert value == kanjize.kanji2number(kanji)


def test_parse_numeral_values_and_types() -> None:
    # by hand: 391億 + 7,319万 = 39,173,190,000; 7.6億 = 760,000,000 (integral, so an int)
    assert plan6.parse_numeral("391億7,319万") == 39173190000
    assert plan6.parse_numeral(" ７.６億 ") == 760000000
    assert plan6.parse_numeral(b"2,950") == 2950
    assert plan6.parse_numeral("91.5") == 91.5
    # beyond 2^53 the int stays exact where a float would not: 9007兆1992億5474万993
    assert plan6.parse_numeral("9007兆1992億5474万993") == 2**53 + 1


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("三菱", "not one numeral", 1),
        ("5人", "not one numeral", 1),
        ("1.2.3", "not one numeral", 0),
        ("", "empty", 0),
        ("九千京", "overflows", 0),
    ],
)
def test_parse_numeral_rejects_what_is_not_one_numeral(
    text: str, message: str, position: int
) -> None:
    with pytest.raises(plan6.ParseError, match=message) as caught:
        plan6.parse_numeral(text)
    assert caught.value.position == position


def test_parse_numeral_bad_types_and_bytes() -> None:
    with pytest.raises(TypeError, match="text must be str or bytes, not int"):
        plan6.parse_numeral(5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="byte offset 1"):
        plan6.parse_numeral(b"5\xff")
    with pytest.raises(ValueError, match="lone surrogate"):
        plan6.parse_numeral("5\ud800")


def test_parse_number_returns_number_expressions() -> None:
    expression = plan6.parse_number("約13,500人")
    assert type(expression) is plan6.NumberExpression
    assert expression[:4] == (13500.0, "persons", "人", "quantity")
    assert expression.qualifiers == {"approximate"}  # 約
    assert expression.approximate
    assert not expression.lower_bound
    with pytest.raises(ValueError, match="lone surrogate"):
        plan6.parse_number("5\ud800人")


def test_parse_numbers_batch() -> None:
    values = plan6.parse_numbers(["2,950", "一億二千三百万", "x", "7.6億"])
    assert values.dtype == np.float64
    assert values[0] == 2950
    assert values[1] == 123000000
    assert values[3] == 760000000
    assert math.isnan(values[2])
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        plan6.parse_numbers(["1", 2])  # type: ignore[list-item]


def test_scan_numbers_spans_are_python_slices() -> None:
    text = "𠮷野で求職登録者 827 人（前年度 752 人）、約 392億円、1月28日"
    frame = plan6.scan_numbers(text)
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.text
    assert frame.text.tolist() == ["827 人", "752 人", "約 392億円", "1月28日"]
    assert frame.kind.tolist() == ["quantity", "quantity", "quantity", "date"]


def test_scan_numbers_classifies_every_number_of_the_report() -> None:
    text = plan6.datasets.kawasaki_plan6_text()
    frame = plan6.scan_numbers(text)
    # Every digit of the report lies inside some mention (nothing numeric is skipped).
    covered = np.zeros(len(text), dtype=bool)
    for start, end in zip(frame.start, frame.end, strict=False):
        covered[start:end] = True
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    assert all(covered[i] for i in digits)
    # The report's own page furniture "プラン６" is a name; "６ 雇用の創出…" heads a list.
    after_plan = [
        row.kind for row in frame.itertuples() if text[row.start - 3 : row.start] == "プラン"
    ]
    assert after_plan
    assert set(after_plan) == {"name"}
    assert "list_marker" in set(frame.kind)


def test_scan_numbers_accepts_bytes_and_rejects_bad_utf8() -> None:
    assert plan6.scan_numbers("3件".encode()).value.tolist() == [3.0]
    with pytest.raises(plan6.ParseError, match="byte offset 1"):
        plan6.scan_numbers(b"3\xe3\x81")
    with pytest.raises(TypeError):
        plan6.scan_numbers(None)  # type: ignore[arg-type]


def test_scan_numbers_with_a_fiscal_year() -> None:
    text = "1月28日に成果報告会（参加者132人）、平成24年度は３回"
    found = plan6.scan_numbers(text, fiscal_year="平成24年度")
    by_text = found.set_index("text")
    assert by_text.loc["1月28日", "date_start"] == pd.Timestamp("2013-01-28")
    assert pd.isna(by_text.loc["132人", "date_start"])
    # the fiscal year itself covers 2012-04-01 … 2013-03-31
    year = found[found.kind == "fiscal_year"].iloc[0]
    assert (year.date_start, year.date_end) == (
        pd.Timestamp("2012-04-01"),
        pd.Timestamp("2013-03-31"),
    )
    assert "date_start" not in plan6.scan_numbers(text).columns
