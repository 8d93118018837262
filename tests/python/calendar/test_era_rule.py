"""The one era rule (plan6.calendar.eras), at every era boundary: reading accepts an era year
in which the era was in force on at least one day; writing a fiscal year takes the era in force
for the larger part of it (on 1 October). Expected values by hand from the eras' first days
(明治 1868-10-23 as plan6 counts it, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和
2019-05-01), and, for every year, against plan6.to_era of 1 October (a separate code path)."""

from __future__ import annotations

import datetime as dt

import pytest

import plan6

# (text, fiscal year or None when only lenient reads it, the fiscal year when lenient)
FISCAL_YEARS = [
    ("明治元年度", 1868, 1868),
    ("明治45年度", 1912, 1912),  # 1912-04-01 … 07-29 was 明治
    ("明治46年度", None, 1913),
    ("大正元年度", 1912, 1912),
    ("大正15年度", 1926, 1926),  # until 1926-12-24
    ("大正16年度", None, 1927),
    ("昭和元年度", 1926, 1926),  # from 1926-12-25, within FY1926
    ("昭和63年度", 1988, 1988),
    ("昭和64年度", None, 1989),  # 昭和 ended on 1989-01-07, before FY1989 began (was read)
    ("平成元年度", 1989, 1989),
    ("平成31年度", 2019, 2019),  # 2019-04-01 … 04-30 was 平成
    ("平成32年度", None, 2020),
    ("令和元年度", 2019, 2019),
]


@pytest.mark.parametrize(("text", "strict", "lenient"), FISCAL_YEARS)
def test_reading_fiscal_years_at_the_boundaries(
    text: str, strict: int | None, lenient: int
) -> None:
    assert plan6.parse_fiscal_year(text, lenient=True).fiscal_year == lenient
    if strict is None:
        with pytest.raises(plan6.ParseError, match=r"past the end of .*lenient=True"):
            plan6.parse_fiscal_year(text)
        found = plan6.scan_dates(f"{text}の実績", 2012)
        assert found["problem"][0] is not None  # running text: kept, with its problem
    else:
        assert plan6.parse_fiscal_year(text).fiscal_year == strict


@pytest.mark.parametrize(
    ("era", "year", "strict"),
    [
        ("明治", 45, 1912),
        ("明治", 46, None),
        ("大正", 15, 1926),
        ("大正", 16, None),
        ("昭和", 64, 1989),  # 1989-01-01 … 07: a calendar year 昭和 was in force in
        ("昭和", 65, None),
        ("平成", 31, 2019),
        ("平成", 32, None),
    ],
)
def test_reading_calendar_years_at_the_boundaries(era: str, year: int, strict: int | None) -> None:
    if strict is None:
        with pytest.raises(ValueError, match="past the end of"):
            plan6.from_era(era, year)
        assert plan6.from_era(era, year, lenient=True) == plan6.from_era(era, year - 1) + 1
    else:
        assert plan6.from_era(era, year) == strict


@pytest.mark.parametrize(
    ("fiscal_year", "written"),
    [
        (1868, "明治元年度"),  # 明治 from 23 October: the only era of FY1868
        (1911, "明治44年度"),
        (1912, "大正元年度"),  # 大正 from 30 July: 8 of 12 months
        (1925, "大正14年度"),
        (1926, "大正15年度"),  # 昭和 from 25 December: 3 months (was 昭和元年度)
        (1927, "昭和2年度"),
        (1988, "昭和63年度"),  # 平成 from 8 January: under 3 months
        (1989, "平成元年度"),
        (2018, "平成30年度"),
        (2019, "令和元年度"),  # 令和 from 1 May: 11 months
        (3017, "令和999年度"),  # the longest era year read in text: three digits
    ],
)
def test_writing_fiscal_years_at_the_boundaries(fiscal_year: int, written: str) -> None:
    assert plan6.format_fiscal_year(fiscal_year, "era") == written
    assert plan6.parse_fiscal_year(written).fiscal_year == fiscal_year


def test_every_written_fiscal_year_is_the_era_of_its_middle_and_reads_back() -> None:
    for fiscal_year in range(1869, 2101):
        middle = plan6.to_era(dt.date(fiscal_year, 10, 1))
        assert plan6.format_fiscal_year(fiscal_year, "era", gannen=False) == (
            f"{middle.era}{middle.year}年度"
        )
    for fiscal_year in range(1868, 3018, 3):
        for style in ("gregorian_era", "era", "letter"):
            text = plan6.format_fiscal_year(fiscal_year, style)
            assert plan6.parse_fiscal_year(text).fiscal_year == fiscal_year, text
    # a form without an era names the era the same way
    assert plan6.parse_fiscal_year("1926年度")[1:3] == ("大正", 15)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        # 令和8000年 gave 10018 and format_fiscal_year(10000) 令和7982年度
        (lambda: plan6.from_era("令和", 8000), "year must lie in 1–7981 for 令和"),
        (lambda: plan6.from_era("令和", 8000, lenient=True), "year must lie in 1–7981"),
        (lambda: plan6.format_fiscal_year(10000), "fiscal_year must lie in 1400–9998"),
        (lambda: plan6.format_fiscal_year(9999, "fy"), "fiscal_year must lie in 1400–9998"),
        (lambda: plan6.format_fiscal_year(3018, "era"), "would be 令和1000年度: era years are"),
        (lambda: plan6.format_fiscal_year(1399, "gregorian"), "must lie in 1400–9998"),
        (lambda: plan6.format_fiscal_year(1867, "era"), "before the Meiji era"),
        (lambda: plan6.parse_fiscal_year("FY9999"), "outside"),
        (lambda: plan6.fiscal_year_range(9999), "must lie in 1400–9998"),
    ],
)
def test_one_range_of_years(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]


def test_the_ends_of_the_range() -> None:
    assert plan6.from_era("令和", 7981) == 9999
    assert plan6.format_fiscal_year(1400, "fy") == "FY1400"
    assert plan6.fiscal_year_range(9998) == (dt.date(9998, 4, 1), dt.date(9999, 3, 31))
    assert plan6.calendars.US_FEDERAL.last_day(9999) == dt.date(9999, 9, 30)
