"""The HTML report in a real browser: headless Chromium (one run for the session, see
conftest.py) loads the written file with the network off, and the tests read console errors,
the rendered DOM, the layout and a screenshot through the DevTools protocol.

Expected row counts come from the curated CSV files read with the csv module, and from the
report itself (15 policy plans).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import plan6

Page = Any  # conftest.Page: a tab of the session's headless Chromium

SECTIONS = ["summary", "categories", "changed", "attainment", "growth", "consistency"]


@pytest.fixture(scope="module")
def report_page(open_page: Callable[..., Page], tmp_path_factory: pytest.TempPathFactory) -> Page:
    path = tmp_path_factory.mktemp("report") / "plan6-report.html"
    plan6.report.write_html(plan6.datasets.kawasaki_plan6(), path)
    return open_page(path)


def curated_rows(name: str) -> list[dict[str, str]]:
    data = resources.files("plan6.datasets") / "data" / name
    with data.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def section_rows(page: Page, heading: str) -> int:
    """Body rows of the first table after the <h2> that contains `heading`, via the DOM."""
    return int(
        page.evaluate(
            "(() => { const h = [...document.querySelectorAll('h2')]"
            f".find(e => e.textContent.includes({json.dumps(heading)}));"
            "let e = h.nextElementSibling;"
            "while (e && e.tagName !== 'TABLE') e = e.nextElementSibling;"
            "return e.querySelectorAll('tbody tr').length; })()"
        )
    )


def test_loads_without_console_errors(report_page: Page) -> None:
    assert report_page.evaluate("document.readyState") == "complete"
    assert report_page.console_errors() == []
    # nothing but the file itself was requested
    requested = [
        e["params"]["request"]["url"]
        for e in report_page.browser.events
        if e.get("method") == "Network.requestWillBeSent"
    ]
    assert all(url.startswith(("file:", "data:", "about:")) for url in requested), requested


def test_table_rows_through_the_dom(report_page: Page) -> None:
    # From the report: 15 policy plans, one row each in the category table.
    assert section_rows(report_page, "Achievement categories") == 15
    facts = curated_rows("kawasaki_plan6_facts.csv")
    with_plan = [f for f in facts if f["target_value"] and f["section"] != "summary"]
    assert section_rows(report_page, "Attainment against plan") == len(with_plan)
    plans = curated_rows("kawasaki_plan6_plans.csv")
    changed = [p for p in plans if p["target_changed"] == "True"]
    assert section_rows(report_page, "Changed targets") == len(changed) == 4
    # one summary row per fiscal year in the curated plans
    assert section_rows(report_page, "Summary") == len({p["fiscal_year"] for p in plans})


def test_rendered_text_has_the_reports_numbers(report_page: Page) -> None:
    text = report_page.evaluate("document.body.innerText")
    assert "133.1 %" in text  # 426 / 320, 緊急雇用創出事業 FY2012
    assert "426人" in text
    assert "目標をほぼ達成" in text
    assert "target nearly achieved" in text


def test_charts_are_rendered_inline(report_page: Page) -> None:
    charts = report_page.evaluate(
        "[...document.querySelectorAll('figure svg')].map(s => {"
        "const r = s.getBoundingClientRect(); return [r.width, r.height]; })"
    )
    assert len(charts) == 4
    assert all(width > 200 and height > 150 for width, height in charts), charts


def test_screenshot_is_not_blank(report_page: Page, tmp_path: Path) -> None:
    from PIL import Image  # comes with matplotlib

    png = report_page.screenshot(1280, 1600)
    (tmp_path / "report.png").write_bytes(png)
    image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    assert image.shape == (1600, 1280, 3)
    pixels = image.reshape(-1, 3)
    colours = len(np.unique(pixels, axis=0))
    ink = float((pixels != 255).any(axis=1).mean())
    assert colours > 50, f"only {colours} colours: a blank page?"
    assert 0.02 < ink < 0.9, ink
    # the category cells are painted in the category-3 colour (#ffffbf)
    assert (pixels == (255, 255, 191)).all(axis=1).any()


def test_sections_and_table_of_contents(report_page: Page) -> None:
    ids = report_page.evaluate("[...document.querySelectorAll('main > section')].map(s => s.id)")
    assert ids == SECTIONS
    links = report_page.evaluate(
        "[...document.querySelectorAll('nav#contents a')].map(a => [a.getAttribute('href'),"
        " !!document.getElementById(a.getAttribute('href').slice(1))])"
    )
    assert [href for href, _ in links] == [f"#{s}" for s in SECTIONS]
    assert all(found for _, found in links), links
    # every in-page link of the page resolves (the charts' links to their tables too)
    dangling = report_page.evaluate(
        "[...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href'))"
        ".filter(h => !document.getElementById(h.slice(1)))"
    )
    assert dangling == []


def test_growth_table_has_its_source_quotes(report_page: Page) -> None:
    facts = curated_rows("kawasaki_plan6_facts.csv")
    quotes = report_page.evaluate(
        "[...document.querySelectorAll('#growth-table tbody tr td:last-child')]"
        ".map(td => td.textContent)"
    )
    assert len(quotes) == section_rows(report_page, "Growth over the prior year")
    # 求職登録者 827人（前年度752人）: its sentence, from the curated quote
    quote = next(f["quote"] for f in facts if float(f["value"]) == 827 and f["section"] == "result")
    assert " ".join(quote.split()) in quotes


def test_charts_are_visible_and_fill_the_page_width(report_page: Page) -> None:
    charts = report_page.evaluate(
        "(() => { const main = document.querySelector('main').getBoundingClientRect();"
        "return [...document.querySelectorAll('figure')].map(f => {"
        "const s = f.querySelector('svg'); const r = s.getBoundingClientRect();"
        "const style = getComputedStyle(s);"
        "return {id: f.id, width: r.width, height: r.height, main: main.width,"
        "visible: style.visibility === 'visible' && style.display !== 'none',"
        "paths: s.querySelectorAll('path').length, role: s.getAttribute('role'),"
        "title: s.querySelector('title') && s.querySelector('title').textContent,"
        "description: f.querySelector('figcaption .description').textContent}; }); })()"
    )
    assert [c["id"] for c in charts] == [
        "chart-category_heatmap",
        "chart-category_transitions",
        "chart-attainment_bullets",
        "chart-growth_bars",
    ]
    for chart in charts:
        assert chart["visible"], chart
        assert chart["width"] >= 0.95 * chart["main"], chart  # the page's width
        assert chart["height"] > 150, chart
        assert chart["paths"] > 50, chart  # bars, cells, glyph outlines
        assert chart["role"] == "img", chart
        assert chart["title"], chart
        assert len(chart["description"]) > 40, chart


@pytest.mark.parametrize("width", [1280, 1024])
def test_no_element_overflows_the_page(
    open_page: Callable[..., Page], tmp_path: Path, width: int
) -> None:
    path = plan6.report.write_html(plan6.datasets.kawasaki_plan6(), tmp_path / "r.html")
    page = open_page(path, width=width, height=900)
    overflowing = page.evaluate(
        "(() => { const limit = document.documentElement.clientWidth + 0.5;"
        "return [...document.body.querySelectorAll('*')].filter(e => {"
        "const r = e.getBoundingClientRect();"
        "return r.width > 0 && (r.right > limit || r.left < -0.5);"
        "}).map(e => e.tagName + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))"
        ".slice(0, 10); })()"
    )
    assert overflowing == []
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_headers_break_only_between_phrases(report_page: Page) -> None:
    # Each phrase of a header (目標を|大きく|上回って|達成) is its own text node between
    # <wbr>s: a phrase on more than one line has more than one line box.
    broken = report_page.evaluate(
        "[...document.querySelectorAll('th .ja')].flatMap(span => [...span.childNodes]"
        ".filter(n => n.nodeType === 3).filter(n => { const r = document.createRange();"
        "r.selectNodeContents(n); const tops = new Set([...r.getClientRects()]"
        ".map(b => Math.round(b.top))); return tops.size > 1; }).map(n => n.textContent))"
    )
    assert broken == []
    summary = report_page.evaluate(
        "[...document.querySelectorAll('#summary-table th .ja')].map(s => s.innerHTML)"
    )
    assert "目標を<wbr>大きく<wbr>上回って<wbr>達成" in summary[1]


def test_changed_target_mark_is_explained_where_it_first_appears(report_page: Page) -> None:
    first = report_page.evaluate(
        "(() => { const cell = [...document.querySelectorAll('td')]"
        ".find(td => td.textContent.includes('(ref.'));"
        "const section = cell.closest('section');"
        "return [section.id, section.querySelector('p.meta').textContent]; })()"
    )
    assert first[0] == "categories"
    assert "3* (ref. 4)" in first[1]
    assert "original target" in first[1]


def test_japanese_page_has_japanese_labels_only(
    open_page: Callable[..., Page], tmp_path: Path
) -> None:
    with plan6.options.context(language="ja"):
        path = plan6.report.write_html(plan6.datasets.kawasaki_plan6(), tmp_path / "ja.html")
    page = open_page(path)
    assert page.evaluate("document.querySelectorAll('.en, [lang=en]').length") == 0
    headings = page.evaluate(
        "[...document.querySelectorAll('h2, th, figcaption strong')].map(e => e.textContent)"
    )
    english = [h for h in headings if any("a" <= c.lower() <= "z" for c in h if c not in "No")]
    assert english == []
    text = page.evaluate("document.body.innerText")
    assert "2011年度" in text
    assert "FY2011" not in text
    assert "（参考 4）" in text or "参考 4" in text


def test_empty_dataset_says_there_is_nothing_to_show(
    open_page: Callable[..., Page], tmp_path: Path
) -> None:
    ds = plan6.datasets.kawasaki_plan6()
    empty = plan6.datasets.EvaluationDataset("空の評価", ds.plans.iloc[:0], ds.facts.iloc[:0], "")
    page = open_page(plan6.report.write_html(empty, tmp_path / "empty.html"))
    assert page.console_errors() == []
    assert "Nothing to show" in page.evaluate("document.querySelector('.empty').textContent")
