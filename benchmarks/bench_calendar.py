"""Calendar conversions of a million dates: plan6 against the equivalent pandas code, side by
side on the same data in one run.

pandas is used as its documentation recommends for fiscal years: quarterly periods anchored
on the fiscal year's last month (``to_period("Q-MAR")``), whose ``qyear`` names the fiscal year
by the year it ends in (so Japan's fiscal year is ``qyear - 1``), and vectorised ``.dt``
arithmetic where periods cannot express the calendar (a 6 April start). Eras have no pandas
support; the peer is numpy's ``searchsorted`` over the era start dates.

    .venv/bin/python benchmarks/bench_calendar.py            # 1,000,000 dates
    .venv/bin/python benchmarks/bench_calendar.py --size 100000
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

import plan6
from plan6 import calendars


def best_of(function: Callable[[], Any], repeat: int) -> float:
    """The fastest of `repeat` runs, in seconds (one warm-up run first)."""
    function()
    return min(timeit.repeat(function, number=1, repeat=repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    rng = np.random.default_rng(2012)
    low = np.datetime64("1900-01-01", "D").astype(np.int64)
    high = np.datetime64("2100-12-31", "D").astype(np.int64)
    days = rng.integers(low, high + 1, args.size).astype("datetime64[D]")
    with_nat = days.copy()
    with_nat[rng.random(args.size) < 0.1] = np.datetime64("NaT")
    series = pd.Series(days.astype("datetime64[ns]"))
    series_nat = pd.Series(with_nat.astype("datetime64[ns]"))
    index = pd.DatetimeIndex(days.astype("datetime64[ns]"))

    era_starts = np.array(
        [f"{e.first_year:04d}-{e.first_month:02d}-{e.first_day:02d}" for e in plan6.ERAS],
        dtype="datetime64[D]",
    )
    era_first_years = np.array([e.first_year for e in plan6.ERAS])
    modern = days[days >= era_starts[0]]

    def pandas_era() -> tuple[np.ndarray, np.ndarray]:
        position = np.searchsorted(era_starts, modern, side="right") - 1
        years = modern.astype("datetime64[Y]").astype(np.int64) + 1970
        return position, years - era_first_years[position] + 1

    def pandas_uk_tax(s: pd.Series) -> pd.Series:
        month, day = s.dt.month, s.dt.day
        return s.dt.year - ((month < 4) | ((month == 4) & (day < 6)))

    cases: list[tuple[str, Callable[[], Any], Callable[[], Any], str]] = [
        (
            "fiscal_year, Series[ns] (JP)",
            lambda: plan6.fiscal_year(series),
            lambda: series.dt.to_period("Q-MAR").dt.qyear - 1,
            'dt.to_period("Q-MAR").dt.qyear - 1',
        ),
        (
            "fiscal_year, Series[ns] (JP)",
            lambda: plan6.fiscal_year(series),
            lambda: series.dt.year - (series.dt.month < 4),
            "dt.year - (dt.month < 4)",
        ),
        (
            "fiscal_year, Series[ns] 10% NaT",
            lambda: plan6.fiscal_year(series_nat),
            lambda: series_nat.dt.to_period("Q-MAR").dt.qyear - 1,
            'dt.to_period("Q-MAR").dt.qyear - 1',
        ),
        (
            "fiscal_year, datetime64[D] array",
            lambda: plan6.fiscal_year(days),
            lambda: pd.DatetimeIndex(days).to_period("Q-MAR").qyear - 1,
            'DatetimeIndex.to_period("Q-MAR").qyear - 1',
        ),
        (
            "fiscal_quarter, DatetimeIndex (JP)",
            lambda: plan6.fiscal_quarter(index),
            lambda: index.to_period("Q-MAR").quarter,
            'to_period("Q-MAR").quarter',
        ),
        (
            "fiscal_year, Series[ns] (US federal)",
            lambda: plan6.fiscal_year(series, calendars.US_FEDERAL),
            lambda: series.dt.to_period("Q-SEP").dt.qyear,
            'dt.to_period("Q-SEP").dt.qyear',
        ),
        (
            "fiscal_year, Series[ns] (UK tax, 6 Apr)",
            lambda: plan6.fiscal_year(series, calendars.UK_TAX),
            lambda: pandas_uk_tax(series),
            "dt.year - (month/day before 6 Apr)",
        ),
        (
            "to_era, datetime64[D] array",
            lambda: plan6.to_era(modern),
            pandas_era,
            "np.searchsorted over era starts",
        ),
    ]

    # The peers compute the same numbers (checked once, outside the timings).
    np.testing.assert_array_equal(
        plan6.fiscal_year(series).to_numpy(), (series.dt.to_period("Q-MAR").dt.qyear - 1)
    )
    np.testing.assert_array_equal(
        plan6.fiscal_year(series, calendars.UK_TAX).to_numpy(), pandas_uk_tax(series)
    )
    era_frame = plan6.to_era(modern)
    np.testing.assert_array_equal(era_frame["year"].to_numpy(), pandas_era()[1])

    print(f"{args.size:,} random dates 1900-2100, best of {args.repeat}; pandas {pd.__version__}")
    print(f"{'operation':<40} {'plan6 ms':>9} {'pandas ms':>10} {'ratio':>7}  pandas code")
    for name, ours, theirs, code in cases:
        mine = best_of(ours, args.repeat)
        peer = best_of(theirs, args.repeat)
        print(f"{name:<40} {mine * 1e3:>9.1f} {peer * 1e3:>10.1f} {peer / mine:>6.1f}x  {code}")

    text = plan6.datasets.kawasaki_plan6().text
    scan = best_of(lambda: plan6.scan_dates(text, 2012), args.repeat)
    print(
        f"scan_dates over the whole report ({len(text):,} code points): {scan * 1e3:.1f} ms "
        f"({len(plan6.scan_dates(text, 2012))} mentions)"
    )


if __name__ == "__main__":
    main()
