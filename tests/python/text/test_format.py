"""Japanese number formatting (C++ with fmt), against the report's own spellings."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import plan6


@pytest.mark.parametrize(
    ("value", "unit", "written"),
    # Each pair is written this way in the reference report.
    [
        (39173190000, "円", "391億7,319万円"),
        (764520000, "円", "7億6,452万円"),
        (100000, "人", "10万人"),
        (2950, "件", "2,950件"),
        (15200, "名", "15,200名"),
        (66410000, "円", "6,641万円"),
        (52300000000, "円", "523億円"),
        (426, "人", "426人"),
    ],
)
def test_report_spellings(value: float, unit: str, written: str) -> None:
    assert plan6.format_japanese_number(value, unit) == written


def test_decimals_nan_and_errors() -> None:
    assert plan6.format_japanese_number(91.5, "％", decimals=1) == "91.5％"
    assert plan6.format_japanese_number(math.nan) == "—"
    with pytest.raises(ValueError, match="infinite"):
        plan6.format_japanese_number(math.inf)
    with pytest.raises(TypeError):
        plan6.format_japanese_number("426")  # type: ignore[arg-type]


def _read_back(text: str) -> int:
    """Independent reader of the formatter's output (digits, commas, 兆/億/万)."""
    total, current = 0, ""
    for char in text.replace(",", ""):
        if char.isdigit():
            current += char
        else:
            total += int(current) * {"兆": 10**12, "億": 10**8, "万": 10**4}[char]
            current = ""
    return total + int(current or 0)


@given(st.integers(0, 10**15))
def test_format_then_read_gives_the_number_back(n: int) -> None:
    assert _read_back(plan6.format_japanese_number(n)) == n


def test_every_scanned_unit_has_a_display_suffix() -> None:
    # Every canonical unit the C++ scanner can give a quantity is printable in reports.
    from plan6 import _core
    from plan6.units import UNIT_SUFFIX

    missing = [u for u in _core.text.quantity_units() if u not in UNIT_SUFFIX]
    assert not missing, f"no display suffix for {missing}"


def test_unit_vocabulary_spellings_read_back_as_their_unit() -> None:
    # The bound table is the one the scanner matches: each quantity unit's spellings, written
    # after a number in a sentence, scan to that unit with the spelling's factor.
    from plan6 import _core

    entries = [e for e in _core.text.unit_vocabulary() if e["kind"] == "quantity"]
    assert {"persons", "yen", "percent"} <= {e["unit"] for e in entries}
    for entry in entries:
        for written, factor in entry["spellings"]:
            mention = plan6.scan_numbers(f"合計は3{written}です").iloc[0]
            assert mention["unit"] == entry["unit"], (written, mention["unit"])
            assert mention["value"] == 3 * factor, written


def test_display_suffixes_come_from_the_core_table() -> None:
    from plan6 import _core
    from plan6.units import UNIT_SUFFIX

    table = {e["unit"]: e["suffix"] for e in _core.text.unit_vocabulary()}
    assert {unit: suffix for unit, suffix in table.items() if suffix} == UNIT_SUFFIX
    assert UNIT_SUFFIX["persons"] == "人"
    assert UNIT_SUFFIX["countries"] == "か国"
