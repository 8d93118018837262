"""Invariants of number formatting and scanning (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import plan6

UNITS = ["", "人", "件", "円", "回", "団体", "社", "名"]
hiragana = st.text(alphabet="あいうえおさしすせそなにぬねのまみむめもやゆよ", max_size=8)


@given(st.integers(0, 10**15), st.sampled_from(UNITS))
def test_format_then_parse_gives_the_number_back(n: int, unit: str) -> None:
    written = plan6.format_japanese_number(n, unit)
    assert plan6.parse_number(written).value == n


@given(st.integers(0, 2**63 - 1))
def test_format_then_parse_numeral_gives_the_exact_int_back(n: int) -> None:
    # beyond 2^53 too: parse_numeral's int is exact where a float would round
    written = plan6.format_japanese_number(n)
    value = plan6.parse_numeral(written)
    assert type(value) is int
    assert value == n


@given(st.integers(0, 10**5 - 1), st.integers(0, 9))
def test_decimals_round_trip(whole: int, tenth: int) -> None:
    value = whole + tenth / 10
    written = plan6.format_japanese_number(value, "％", decimals=1)
    assert plan6.parse_number(written).value == float(written.rstrip("％").replace(",", ""))


@given(hiragana, st.integers(0, 10**13), st.sampled_from(UNITS[1:]), hiragana)
def test_scan_finds_an_embedded_number_at_its_span(
    before: str, n: int, unit: str, after: str
) -> None:
    written = plan6.format_japanese_number(n, unit)
    text = f"{before}、{written}を{after}"
    frame = plan6.scan_numbers(text)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row.start, row.end) == (len(before) + 1, len(before) + 1 + len(written))
    assert row.value == n
