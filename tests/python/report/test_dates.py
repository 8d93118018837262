"""The text and calendar parts together: dates that the number scanner classifies are resolved
by the calendar in the fiscal year of the block they sit in."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import plan6


@pytest.fixture(scope="module")
def report() -> plan6.Extraction:
    return plan6.read_report(plan6.datasets.kawasaki_plan6_text())


def test_every_date_in_a_result_block_is_resolved(report: plan6.Extraction) -> None:
    dates = report.dates()
    blocks = report.plans
    residue = report.residue[report.residue["kind"] == "date"]
    inside = [
        row
        for row in residue.itertuples()
        if ((blocks.result_start <= row.span_start) & (row.span_end <= blocks.result_end)).any()
    ]
    assert inside
    for row in inside:
        covering = dates[(dates.span_start <= row.span_start) & (row.span_end <= dates.span_end)]
        assert len(covering) == 1, row.text
        assert not pd.isna(covering.iloc[0].start_date), row.text


def test_report_dates_land_in_their_fiscal_year(report: plan6.Extraction) -> None:
    dates = report.dates()
    days = dates[dates["kind"] == "date"]
    # A month-day inside a block of FY N lies in April N … March N+1 (Japanese fiscal year),
    # except for ranges the report itself starts before the year (3月から2月 in FY2011).
    starts = days["start_date"].dt.date
    first = days["fiscal_year"].map(lambda y: dt.date(y, 4, 1))
    last = days["fiscal_year"].map(lambda y: dt.date(y + 1, 3, 31))
    assert ((starts >= first) & (starts <= last)).all()


def test_known_dates_from_the_report(report: plan6.Extraction) -> None:
    # From the report: the FY2012 regional-employment results meeting on 1月28日 was held on
    # 2013-01-28 (January of FY2012); the FY2011 Shanghai mission "７月２５日 ２７日" ran
    # 2011-07-25 to 2011-07-27.
    dates = report.dates()
    meeting = dates[(dates.text == "1月28日") & (dates.fiscal_year == 2012)]
    assert not meeting.empty
    assert set(meeting.start_date.dt.date) == {dt.date(2013, 1, 28)}
    mission = dates[dates.text == "７月２５日 ２７日"].iloc[0]
    assert (mission.start_date.date(), mission.end_date.date()) == (
        dt.date(2011, 7, 25),
        dt.date(2011, 7, 27),
    )


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


def test_extraction_as_a_dataset(report: plan6.Extraction) -> None:
    ds = report.to_dataset()
    assert len(ds.plans) == 30
    assert len(ds.facts) == len(report.facts)
    indicators = ds.indicators()
    # 426 jobs against a plan of 320, read from the text: 426 / 320 by hand.
    jobs = indicators[(indicators.value == 426) & (indicators.target_value == 320)]
    assert (jobs.attainment == 426 / 320).all()
    # registrations 827 with the text's own prior-year value 752
    registrations = indicators[(indicators.value == 827) & (indicators.prior_value == 752)]
    assert registrations.growth.iloc[0] == pytest.approx(75 / 752)
    assert not plan6.disagreements(ds).empty
