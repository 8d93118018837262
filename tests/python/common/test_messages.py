"""Error messages quote a window of a long argument, never all of it (issue 14: a 1 MB string
made a 1,000,049-character message). Every public function that quotes its input, with 1 MB of
it, raises a message of a few hundred characters that still shows the faulty part."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

import plan6

MEGA = 1_000_000
BIG = "あ" * MEGA
LIMIT = 400  # characters: a long message of plan6's own, plus a 60-character window

CALLS: dict[str, Callable[[], Any]] = {
    "parse_number": lambda: plan6.parse_number(BIG + "1.2.3"),
    "parse_number, text after the number": lambda: plan6.parse_number("1" + BIG),
    "parse_number, bytes": lambda: plan6.parse_number(BIG.encode()),
    "parse_numeral": lambda: plan6.parse_numeral(BIG),
    "parse_fiscal_year": lambda: plan6.parse_fiscal_year(BIG),
    "parse_fiscal_year, text after the year": lambda: plan6.parse_fiscal_year("平成24年度" + BIG),
    "parse_fiscal_year, many": lambda: plan6.parse_fiscal_year(["平成24年度", BIG]),
    "parse_fiscal_year, era": lambda: plan6.parse_fiscal_year("24年度", era=BIG),
    "resolve_date": lambda: plan6.resolve_date(BIG, 2012),
    "resolve_date, two dates": lambda: plan6.resolve_date("1月28日" + BIG, 2012),
    "scan_dates, fiscal year text": lambda: plan6.scan_dates("1月28日", BIG),
    "scan_numbers, fiscal year text": lambda: plan6.scan_numbers("1人", fiscal_year=BIG),
    "from_era, era": lambda: plan6.from_era(BIG, 1),
    "to_era, ISO text": lambda: plan6.to_era(BIG),
    "fiscal_year, ISO text": lambda: plan6.fiscal_year([BIG]),
    "format_fiscal_year, style": lambda: plan6.format_fiscal_year(2012, BIG),
    "FiscalCalendar, naming": lambda: plan6.FiscalCalendar(4, 1, BIG),
    "attainment, direction": lambda: plan6.attainment(1, 2, direction=BIG),
    "attainment, directions": lambda: plan6.attainment([1], [2], direction=[BIG]),
    "attainment, text in an object Series": lambda: plan6.attainment(
        pd.Series([BIG], dtype=object), 1
    ),
    "classify, preset": lambda: plan6.classify([1.0], BIG),
    "classify, closed": lambda: plan6.classify([1.0], closed=BIG),  # type: ignore[arg-type]
    "panel_growth, gaps": lambda: plan6.panel_growth([1], [2012], [1.0], gaps=BIG),  # type: ignore[arg-type]
    "panel_growth, mixed ids": lambda: plan6.panel_growth([1, BIG], [1, 2], [1.0, 2.0]),
    "rollup, column": lambda: plan6.rollup(pd.DataFrame({"a": [1]}), BIG),
    "reason_description": lambda: plan6.reason_description(BIG),
    "category_label": lambda: plan6.categories.category_label(BIG),  # type: ignore[arg-type]
    "df.plan6, column": lambda: pd.DataFrame({"a": [1.0]}).plan6.growth(BIG, "a"),
    "with_reasons": lambda: plan6.growth(1, 2, with_reasons=BIG),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_long_argument_is_quoted_as_a_window(name: str) -> None:
    with pytest.raises((ValueError, TypeError)) as raised:
        CALLS[name]()
    message = str(raised.value)
    assert len(message) <= LIMIT, message[:LIMIT]
    assert "あ" in message or "characters" in message or "code points" in message


def test_the_window_is_around_the_fault() -> None:
    # The fault at code point 500,000 of 1,000,001: the window shows it, and says where.
    text = "1" * (MEGA // 2) + "x" + "1" * (MEGA // 2)
    with pytest.raises(plan6.ParseError) as raised:
        plan6.parse_numeral(text)
    message = str(raised.value)
    assert "…111111111111111111111111111111x1111111111111111111111111111" in message
    assert "(code points 499,970–500,030 of 1,000,001)" in message
    assert raised.value.position == MEGA // 2


def test_short_arguments_are_quoted_whole() -> None:
    with pytest.raises(plan6.ParseError, match=r"^'1\.2\.3' is not one numeral"):
        plan6.parse_numeral("1.2.3")
    with pytest.raises(ValueError, match=r"not 'sideways'$"):
        plan6.attainment(1, 2, direction="sideways")
