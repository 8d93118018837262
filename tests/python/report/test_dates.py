"""Dates of a report's result blocks (Extraction.dates): the month-days the number scanner
classifies as dates, resolved by the calendar in the fiscal year of the block they sit in.
Expected dates are read off the reference report by hand."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import plan6


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
