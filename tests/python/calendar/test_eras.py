"""Japanese eras through the compiled core: their exact first days (昭和64年 is 1989-01-07,
平成元年 1989-01-08; 令和 began 2019-05-01) and the errors, worked out by hand."""

from __future__ import annotations

import pytest

import plan6


@pytest.mark.parametrize(
    ("day", "era", "year"),
    [
        ("1989-01-07", "昭和", 64),
        ("1989-01-08", "平成", 1),
        ("2019-04-30", "平成", 31),
        ("2019-05-01", "令和", 1),
        ("2012-04-01", "平成", 24),
        ("1912-07-30", "大正", 1),
    ],
)
def test_era_boundaries(day: str, era: str, year: int) -> None:
    assert plan6.to_era(day) == (era, year)


def test_era_errors() -> None:
    with pytest.raises(ValueError, match="before the Meiji era"):
        plan6.to_era("1868-01-01")
    with pytest.raises(ValueError, match="past the end of 平成"):
        plan6.from_era("平成", 32)
    assert plan6.from_era("平成", 32, lenient=True) == 2020
    with pytest.raises(ValueError, match="era years start at 1"):
        plan6.from_era("昭和", 0)
    with pytest.raises(ValueError, match="unknown Japanese era"):
        plan6.from_era("天平", 1)
