"""The report's section on the consistency of the self-assessment, in the text and HTML
report, with disagreements and without. Expected lines come from the report: 就業の支援 was
graded 3* in FY2012 (3 against the original target) although 426 jobs against a plan of 320
is 133.1 %, category 1 on the default bands."""

from __future__ import annotations

import pandas as pd

import plan6
from plan6.rendering.consistency import render_html_section, render_text_section


def test_report_shows_the_section(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    text = plan6.report.render_text(kawasaki)
    assert "Consistency of the self-assessment (自己評価と実績の整合性)" in text
    assert (
        "FY2012 就業の支援: graded 3*, against the original target 3; attainment implies 1" in text
    )
    # the evidence: the metric, its direction and numbers, and how many agree
    assert "緊急雇用創出事業 雇用創出数 (more is better): 426人 vs plan 320人 = 133.1 %" in text
    assert "1 of 1 metric implies 1" in text
    # 中小企業支援 FY2012: the subrogation subsidies (less is better) rose, the loans are out
    assert "代位弁済の一部補助 件数 (less is better): 236件 vs prior 161件 = +46.6 %" in text
    page = plan6.report.render_html(kawasaki)
    assert "自己評価と実績の整合性" in page
    assert "426人 vs plan 320人 = 133.1 %" in page
    assert "left out, direction unknown: 中小企業融資制度 融資件数" in page


def test_sections_render_without_disagreements() -> None:
    empty = pd.DataFrame()
    assert render_text_section(empty)[-1] == "  no disagreements"
    with plan6.options.context(language="ja"):
        assert render_text_section(empty)[-1] == "  不一致はありません"
    assert "No disagreements." in render_html_section(empty)
