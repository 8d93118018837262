"""The vectorised calendar functions against an independent pure-Python computation (datetime
only), on random dates over 1900–2100, for every preset and for odd calendars; every input
kind (numpy datetime64 of several units, pandas Series/DatetimeIndex, polars, lists) and NaT."""

from __future__ import annotations

import bisect
import datetime as dt

import numpy as np
import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan6
from plan6 import calendars

PRESETS = {
    "JP": calendars.JP,
    "US_FEDERAL": calendars.US_FEDERAL,
    "UK": calendars.UK,
    "UK_TAX": calendars.UK_TAX,
    "AU": calendars.AU,
}
ODD = {
    "20_Apr_end": plan6.FiscalCalendar(4, 20, "end"),
    "15_Jan": plan6.FiscalCalendar(1, 15, "start"),
    "calendar_year": plan6.FiscalCalendar(1, 1, "end"),
    "28_Feb": plan6.FiscalCalendar(2, 28, "start"),
}


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months (the start day exists in every month used below)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, day.day)


def reference(day: dt.date, calendar: plan6.FiscalCalendar) -> tuple[int, int, int, int]:
    """(fiscal year, quarter, month, day of year) worked out with datetime only: find the
    start of the fiscal year, then count whole fiscal months from it."""
    start = dt.date(day.year, calendar.start_month, calendar.start_day)
    if day < start:
        start = dt.date(day.year - 1, calendar.start_month, calendar.start_day)
    named_by_end = calendar.naming == "end" and (calendar.start_month, calendar.start_day) != (
        1,
        1,
    )
    year = start.year + 1 if named_by_end else start.year
    month = max(k for k in range(12) if add_months(start, k) <= day) + 1
    return year, (month - 1) // 3 + 1, month, (day - start).days + 1


def random_dates(count: int, seed: int) -> list[dt.date]:
    rng = np.random.default_rng(seed)
    low, high = dt.date(1900, 1, 1).toordinal(), dt.date(2100, 12, 31).toordinal()
    return [dt.date.fromordinal(int(d)) for d in rng.integers(low, high + 1, count)]


@pytest.mark.parametrize("name", sorted(PRESETS) + sorted(ODD))
def test_every_field_against_datetime(name: str) -> None:
    calendar = {**PRESETS, **ODD}[name]
    dates = random_dates(4000, seed=len(name))
    # The boundaries themselves, and their neighbours, in every year of the range.
    for year in range(1901, 2100, 7):
        start = dt.date(year, calendar.start_month, calendar.start_day)
        dates += [start - dt.timedelta(days=1), start, start + dt.timedelta(days=1)]
    expected = np.array([reference(d, calendar) for d in dates])
    array = np.array(dates, dtype="datetime64[D]")
    for column, function in enumerate(
        (plan6.fiscal_year, plan6.fiscal_quarter, plan6.fiscal_month, plan6.day_of_fiscal_year)
    ):
        np.testing.assert_array_equal(function(array, calendar), expected[:, column])


@pytest.mark.parametrize("unit", ["D", "h", "s", "ms", "us", "ns"])
def test_every_datetime64_unit_gives_the_same_days(unit: str) -> None:
    dates = random_dates(2000, seed=7)
    days = np.array(dates, dtype="datetime64[D]")
    ticks = days.astype(f"datetime64[{unit}]")
    if unit != "D":
        # A time late in the evening must not move the date (floor, not round).
        ticks = ticks + np.timedelta64(23, "h").astype(f"timedelta64[{unit}]")
    expected = [reference(d, calendars.JP)[0] for d in dates]
    np.testing.assert_array_equal(plan6.fiscal_year(ticks), expected)


def test_times_before_1970_floor_to_their_day() -> None:
    late_evening = np.array(["1969-12-31T23:59:59.999999999", "1970-01-01T00:00"], "M8[ns]")
    assert plan6.fiscal_month(late_evening).tolist() == [9, 10]
    assert plan6.day_of_fiscal_year(late_evening).tolist() == [275, 276]


def test_strided_and_reversed_views_are_read_right() -> None:
    dates = random_dates(501, seed=3)
    array = np.array(dates, dtype="datetime64[ns]")
    expected = np.array([reference(d, calendars.AU)[0] for d in dates])
    np.testing.assert_array_equal(plan6.fiscal_year(array[::3], calendars.AU), expected[::3])
    np.testing.assert_array_equal(plan6.fiscal_year(array[::-1], calendars.AU), expected[::-1])


def test_pandas_quarterly_periods_agree_once_the_naming_is_allowed_for() -> None:
    # An independent implementation: pandas' Q-MAR periods. qyear names a fiscal year by the
    # year it ENDS in (2012-04-01 is in qyear 2013), so Japan's fiscal year is qyear - 1.
    dates = pd.Series(pd.to_datetime(random_dates(3000, seed=11)))
    periods = dates.dt.to_period("Q-MAR")
    np.testing.assert_array_equal(plan6.fiscal_year(dates), periods.dt.qyear - 1)
    np.testing.assert_array_equal(plan6.fiscal_quarter(dates), periods.dt.quarter)
    # The US federal year is named by its end year: Q-SEP qyear is the fiscal year itself.
    us = dates.dt.to_period("Q-SEP")
    np.testing.assert_array_equal(plan6.fiscal_year(dates, calendars.US_FEDERAL), us.dt.qyear)
    np.testing.assert_array_equal(plan6.fiscal_quarter(dates, calendars.US_FEDERAL), us.dt.quarter)


def test_nat_is_missing_in_every_input_kind() -> None:
    values = ["2012-03-31", None, "2012-04-01"]
    expected = [2011, None, 2012]
    series = pd.Series(pd.to_datetime(values), index=[10, 20, 30], name="when")
    result = plan6.fiscal_year(series)
    assert result.dtype == "Int64"
    assert result.index.tolist() == [10, 20, 30]
    assert [None if v is pd.NA else v for v in result] == expected
    index_result = plan6.fiscal_year(pd.DatetimeIndex(series))
    assert isinstance(index_result, pd.Index)
    assert index_result.dtype == "Int64"
    for unit in ("D", "ns"):
        array = np.array(["2012-03-31", "NaT", "2012-04-01"], dtype=f"datetime64[{unit}]")
        floats = plan6.fiscal_year(array)
        assert floats.dtype == np.float64
        assert floats[0] == 2011
        assert np.isnan(floats[1])
        assert floats[2] == 2012
    assert plan6.fiscal_year(np.array(["2012-04-01"], "M8[D]")).dtype == np.int64
    polars_result = plan6.fiscal_year(
        pl.Series("d", [dt.date(2012, 3, 31), None, dt.date(2012, 4, 1)])
    )
    assert isinstance(polars_result, pl.Series)
    assert polars_result.to_list() == expected
    assert plan6.fiscal_year([dt.date(2012, 3, 31), None, "2012-04-01"]).tolist()[0] == 2011
    assert plan6.fiscal_year(None) is None
    assert plan6.fiscal_year(np.datetime64("NaT")) is None
    assert plan6.fiscal_quarter(pd.NaT) is None
    assert plan6.to_era(series)["year"].isna().tolist() == [False, True, False]


def test_timezone_aware_dates_use_their_wall_clock_date() -> None:
    # 00:30 on 1 April in Tokyo is still 31 March in UTC; the Japanese fiscal year follows
    # the local date.
    tokyo = pd.Series(pd.to_datetime(["2012-04-01 00:30"]).tz_localize("Asia/Tokyo"))
    assert plan6.fiscal_year(tokyo).tolist() == [2012]


def test_dates_outside_the_nanosecond_range() -> None:
    far = np.array(["2300-04-01", "1500-03-31"], dtype="datetime64[s]")
    assert plan6.fiscal_year(far).tolist() == [2300, 1499]
    assert plan6.fiscal_year(pd.Series(far)).tolist() == [2300, 1499]


def test_bad_inputs_are_named() -> None:
    with pytest.raises(TypeError, match="must hold dates"):
        plan6.fiscal_year(np.array([1, 2, 3]))
    with pytest.raises(TypeError, match="must hold dates"):
        plan6.fiscal_year(pd.Series([1.5, 2.5]))
    with pytest.raises(ValueError, match="one-dimensional"):
        plan6.fiscal_year(np.zeros((2, 2), dtype="datetime64[D]"))
    with pytest.raises(TypeError, match="periods"):
        plan6.fiscal_year(pd.Series(pd.period_range("2012-01", periods=2, freq="M")))
    with pytest.raises(TypeError, match="DataFrame"):
        plan6.fiscal_year(pd.DataFrame({"a": pd.to_datetime(["2012-01-01"])}))
    with pytest.raises(ValueError, match="outside the supported years"):
        plan6.fiscal_year(np.array(["1300-01-01"], dtype="datetime64[D]"))


def era_reference(day: dt.date) -> tuple[str, int]:
    """The era with datetime and bisect over the first days (from the issue's table)."""
    starts = [
        (dt.date(1868, 10, 23), "明治"),
        (dt.date(1912, 7, 30), "大正"),
        (dt.date(1926, 12, 25), "昭和"),
        (dt.date(1989, 1, 8), "平成"),
        (dt.date(2019, 5, 1), "令和"),
    ]
    position = bisect.bisect_right([s for s, _ in starts], day) - 1
    first, name = starts[position]
    return name, day.year - first.year + 1


def test_to_era_vectorised_against_bisect() -> None:
    dates = random_dates(3000, seed=5)
    frame = plan6.to_era(np.array(dates, dtype="datetime64[ns]"))
    expected = [era_reference(d) for d in dates]
    assert list(zip(frame["era"], frame["year"], strict=True)) == expected
    indexed = plan6.to_era(pd.DatetimeIndex(dates[:5]))
    assert indexed.index.equals(pd.DatetimeIndex(dates[:5]))
    with pytest.raises(ValueError, match=r"dates\[1\].*before the Meiji era"):
        plan6.to_era(["2012-01-01", "1850-01-01"])


def test_from_era_vectorised_against_the_scalar_function() -> None:
    eras = ["明治", "大正", "昭和", "平成", "令和"] * 20
    rng = np.random.default_rng(1)
    years = rng.integers(1, 15, len(eras))
    result = plan6.from_era(eras, years)
    assert result.tolist() == [plan6.from_era(e, int(y)) for e, y in zip(eras, years, strict=True)]
    dates = plan6.from_era("平成", [24, 25], [4, 3], [1, 31])
    assert dates.tolist() == [dt.date(2012, 4, 1), dt.date(2013, 3, 31)]
    series = plan6.from_era(
        pd.Series(["平成", None], index=[7, 8]), pd.Series([24, 1], index=[7, 8])
    )
    assert series.index.tolist() == [7, 8]
    assert series.tolist()[0] == 2012
    assert series.isna().tolist() == [False, True]
    with pytest.raises(ValueError, match=r"position 1.*past the end of 平成"):
        plan6.from_era("平成", [30, 32])


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1869, 1, 1), dt.date(2100, 12, 31)))
def test_era_round_trip(day: dt.date) -> None:
    era, year = plan6.to_era(day)
    assert plan6.from_era(era, year, day.month, day.day) == day
    assert plan6.from_era(era, year) == day.year


@settings(max_examples=200, deadline=None)
@given(
    st.dates(dt.date(1901, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from(sorted(PRESETS)),
)
def test_a_date_lies_in_the_range_of_its_fiscal_year(day: dt.date, name: str) -> None:
    calendar = PRESETS[name]
    first, last = plan6.fiscal_year_range(plan6.fiscal_year(day, calendar), calendar)
    assert first <= day <= last
    assert plan6.day_of_fiscal_year(day, calendar) == (day - first).days + 1


def test_fiscal_year_range_and_spans_of_many() -> None:
    frame = plan6.fiscal_year_range(pd.Series([2011, None, 2012], dtype="Int64", index=[3, 4, 5]))
    assert frame.index.tolist() == [3, 4, 5]
    assert frame["first_day"].iloc[0] == pd.Timestamp("2011-04-01")
    assert pd.isna(frame["last_day"].iloc[1])
    first, last = plan6.fiscal_year_range(np.array([2013]), calendars.US_FEDERAL)
    assert first.tolist() == [dt.date(2012, 10, 1)]
    assert last.tolist() == [dt.date(2013, 9, 30)]
    with pytest.raises(ValueError, match="whole years"):
        plan6.fiscal_year_range(np.array([2012.5]))
    assert plan6.fiscal_years_spanned("2012-03-01", "2013-04-01") == [2011, 2012, 2013]
    spans = plan6.fiscal_years_spanned(
        pd.Series(pd.to_datetime(["2012-03-01", None])),
        pd.Series(pd.to_datetime(["2012-04-01", "2012-01-01"])),
    )
    assert spans["first_fiscal_year"].tolist()[0] == 2011
    assert spans["last_fiscal_year"].tolist()[0] == 2012
    assert spans["first_fiscal_year"].isna().tolist() == [False, True]
    with pytest.raises(ValueError, match="ends"):
        plan6.fiscal_years_spanned("2013-01-01", "2012-01-01")


def python_fiscal_year(day: dt.date, start_month: int, start_day: int, by_end: bool) -> int:
    """Independent reference with datetime only."""
    start_year = day.year if (day.month, day.day) >= (start_month, start_day) else day.year - 1
    return start_year + 1 if by_end and (start_month, start_day) != (1, 1) else start_year


def test_vectorised_against_python_on_random_dates() -> None:
    rng = np.random.default_rng(2012)
    days = rng.integers(dt.date(1900, 1, 1).toordinal(), dt.date(2100, 12, 31).toordinal(), 5000)
    dates = [dt.date.fromordinal(int(d)) for d in days]
    array = np.array(dates, dtype="datetime64[D]")
    for calendar in (calendars.JP, calendars.US_FEDERAL, calendars.UK_TAX, calendars.AU):
        expected = [
            python_fiscal_year(
                d, calendar.start_month, calendar.start_day, calendar.naming == "end"
            )
            for d in dates
        ]
        np.testing.assert_array_equal(plan6.fiscal_year(array, calendar), expected)
