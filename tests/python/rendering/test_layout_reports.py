"""`plan6 report FILE` on every layout document of tests/data/layouts and
tests/data/layouts-heldout (made-up names and numbers), through the real command line
(``plan6.cli.main``) in both forms: the terminal report and the HTML page. Any readable text
gives exit status 0: a report, or the summary of what was looked for when no layout is found.

Expected values come from each folder's hand-written expected.json (read off the documents by
eye, never from plan6's output): the grades of every item and the wording of the document's own
legend, the number of items, each legend with its counts, every table figure by fiscal year and
role, and how many contradictions a document holds. The report's figures are read back from the
HTML page's tables with plan6's number parser (the text component, not the report's own code).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import lxml.html
import pytest

import plan6
from plan6.cli import main

DATA = Path(__file__).resolve().parents[2] / "data"
DOCUMENTS: list[tuple[Path, str, dict[str, Any]]] = [
    (folder, name, expected)
    for folder in (DATA / "layouts", DATA / "layouts-heldout")
    for name, expected in sorted(
        json.loads((folder / "expected.json").read_text(encoding="utf-8")).items()
    )
    if not name.startswith("_")
]
IDS = [f"{folder.name}/{name}" for folder, name, _ in DOCUMENTS]
# A third set by another hand (tests/data/layouts-heldout3/README.md), some of it still misread
# by the layout readers (tests/python/report/test_layouts.py marks those): every document must
# still give a report or the not-recognised summary.
THIRD_SET = sorted(
    path.name
    for path in (DATA / "layouts-heldout3").iterdir()
    if path.suffix in {".txt", ".csv", ".html", ".xlsx"}
)
NOT_RECOGNISED = "no result blocks, year grids, graded items, grade legends or indicator tables"
# The rows of the indicators table and the roles of expected.json they hold.
ROLES = {
    "Baseline": "baseline",
    "Target": "target",
    "Changed target": "changed_target",
    "Actual": "actual",
    "Value": "value",
}


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``plan6 report ARGS`` in this process; its exit status, standard output and error."""
    status = main(["report", *args])
    out, err = capsys.readouterr()
    return status, out, err


def items_of(expected: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys(item for item, _, _ in expected["grades"]))


def wording_of(expected: dict[str, Any]) -> dict[str, set[str]]:
    """Each code of the document's legends with the wordings the legends give it."""
    wording: dict[str, set[str]] = {}
    for legend in expected.get("legends", []):
        for code, words, *_ in legend:
            wording.setdefault(code, set()).add(words)
    return wording


def expected_facts(expected: dict[str, Any]) -> Counter[tuple[Any, ...]]:
    return Counter(
        (year, role, value if isinstance(value, str) else round(float(value), 6))
        for year, role, value in expected["facts"]
    )


def tables_of(path: Path) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Every table of the page by its id: the Japanese headings and the rows' cell texts."""
    page = lxml.html.parse(str(path)).getroot()
    tables = {}
    for table in page.iter("table"):
        headers = [
            " ".join(th.xpath("string(.//span[@class='ja'])").split()) for th in table.iter("th")
        ]
        rows = [
            [" ".join(td.text_content().split()) for td in tr.iter("td")]
            for tr in table.xpath("./tbody/tr")
        ]
        tables[str(table.get("id"))] = (headers, rows)
    return tables


def figure(text: str) -> Any:
    """A figure of the report as a number in base units (plan6's number scanner), or its words
    (a text cell: 継続実施)."""
    numbers = plan6.scan_numbers(text)
    if len(numbers) != 1:
        return text
    return round(float(numbers["value"].iloc[0]), 6)


@pytest.mark.parametrize(("folder", "name", "expected"), DOCUMENTS, ids=IDS)
def test_terminal_report_of_every_layout(
    folder: Path, name: str, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = report(capsys, str(folder / name), "--no-html")
    assert status == 0, err
    assert "Traceback" not in err
    if expected["family"] == "not_recognised":
        assert NOT_RECOGNISED in out
        assert re.search(r"; \d+ numbers scanned", out)
        return
    overview = re.search(r"^(?:(\d+) items? · )?(fiscal year[^·]*) · (\d+) facts$", out, re.M)
    assert overview is not None, out[:400]
    items = items_of(expected)
    # the graded items, and the item a grid sheet is of (施策名…) when it has no grade
    assert int(overview.group(1) or 0) == len(items) or (not items and expected["facts"])
    assert int(overview.group(3)) == len(expected["facts"])
    for year in {year for year, _, _ in expected["facts"] if year is not None}:
        assert f"FY{year}" in out
    for code, words in (
        (code, words) for legend in expected.get("legends", []) for code, words, *_ in legend
    ):
        assert re.search(rf"^{re.escape(code)}\s+{re.escape(words)}(\s|$)", out, re.M), words
    contradictions = re.search(r"^Contradictions in the document\s+(\d+)$", out, re.M)
    assert contradictions is not None
    assert int(contradictions.group(1)) == expected.get("checks", 0)
    if items:
        assert "3 目標をほぼ達成 (target nearly achieved)" not in out  # no reference wording


@pytest.mark.parametrize(("folder", "name", "expected"), DOCUMENTS, ids=IDS)
def test_html_report_of_every_layout(
    folder: Path,
    name: str,
    expected: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "report.html"
    status, out, err = report(capsys, str(folder / name), "--html", str(path))
    assert status == 0, err
    assert f"HTML report written to {path}" in out
    page = path.read_text(encoding="utf-8")
    if expected["family"] == "not_recognised":
        empty = lxml.html.fromstring(page).xpath("string(//p[@class='empty'])")
        assert NOT_RECOGNISED in empty
        return
    tables = tables_of(path)

    items = items_of(expected)
    if items:
        headers, rows = tables["grades-table"]
        assert [row[1] for row in rows] == items  # every item once, in the document's order
        wording = wording_of(expected)
        by_item = {row[1]: row for row in rows}
        for item, field, code in expected["grades"]:
            shown, _, words = by_item[item][headers.index(field)].partition(" ")
            assert shown.rstrip("*") == code, (item, field)
            # The legend's wording where the document gives the code one, nothing invented.
            if code in wording:
                assert words in wording[code], (item, field, code, words)
            else:
                assert words == "", (item, field, code, words)
        assert "category_transitions" not in page  # no chart of the reference's 1-5 scale

    for number, entries in enumerate(expected.get("legends", []), start=1):
        _, rows = tables["legends-table" if number == 1 else f"legends-table-{number}"]
        body = [row for row in rows if row[:2] != ["", "合計"]]
        assert [row[:2] for row in body] == [entry[:2] for entry in entries]
        counts = [entry[2:] for entry in entries]
        if any(counts):
            assert [[float(c.replace(",", "")) for c in row[2:]] for row in body] == counts

    if expected["facts"]:
        headers, rows = tables["indicators-table"]
        years = [None if h == "no year" else int(h[2:6]) for h in headers[2:]]
        got: Counter[tuple[Any, ...]] = Counter()
        for row in rows:
            # a rate row is headed by the document's own label: 達成率(%) (as printed)
            role = "rate" if row[1].endswith("(as printed)") else ROLES.get(row[1])
            if role is not None:
                for year, cell in zip(years, row[2:], strict=True):
                    for text in cell.split(" / ") if cell else []:
                        got[(year, role, figure(text))] += 1
        assert got == expected_facts(expected)

    summary = dict(tuple(row) for row in tables["summary-table"][1])  # type: ignore[misc]
    assert int(summary["Contradictions in the document"]) == expected.get("checks", 0)
    if expected.get("checks"):
        assert len(tables["checks-table"][1]) == expected["checks"]


@pytest.mark.parametrize("name", THIRD_SET)
def test_every_document_of_the_third_set_gets_a_report(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = str(DATA / "layouts-heldout3" / name)
    status, out, err = report(capsys, document, "--no-html")
    assert status == 0, err
    assert "Traceback" not in err
    path = tmp_path / "report.html"
    status, _, err = report(capsys, document, "--html", str(path))
    assert status == 0, err
    page = lxml.html.parse(str(path)).getroot()
    sections = [s.get("id") for s in page.xpath("//main/section")]
    if NOT_RECOGNISED in out:
        assert NOT_RECOGNISED in page.xpath("string(//p[@class='empty'])")
    else:
        assert sections[0] == "summary"
        assert sections[-1] == "checks"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "第1章 はじめに\n本市の計画について\n2012年度\n以上\n",
        "本市では、市民の皆様の声を大切にしながら、まちづくりを進めてまいりました。\n"
        "今後とも、関係機関と連携し、取組を進めてまいります。\n",
    ],
    ids=["empty", "four-lines", "prose"],
)
def test_text_with_no_layout_gets_the_not_recognised_summary(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "document.txt"
    source.write_text(text, encoding="utf-8")
    status, out, err = report(capsys, str(source), "--no-html")
    assert (status, err) == (0, "")
    assert NOT_RECOGNISED in out
    assert "no plan, fact or category to report" in out
    path = tmp_path / "report.html"
    status, out, err = report(capsys, str(source), "--html", str(path))
    assert (status, err) == (0, "")
    empty = lxml.html.parse(str(path)).getroot().xpath("string(//p[@class='empty'])")
    assert "Nothing to show" in empty
    assert NOT_RECOGNISED in empty


def test_a_legend_read_from_the_document_words_its_grades(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # items_and_distribution.html: 6 施策, 評価 A–D with the document's own wording; the
    # distribution table counts A 1, B 3, C 1, D 1 (expected.json).
    document = DATA / "layouts-heldout" / "items_and_distribution.html"
    status, out, _ = report(capsys, str(document), "--no-html")
    assert status == 0
    assert "6 items · fiscal year 2021 · 0 facts" in out
    assert "B 概ね順調に進んでいる" in out
    assert re.search(r"^FY2021\s+1\s+3\s+1\s+1\s+6$", out, re.M)  # items per grade, as graded
    assert "One fiscal year (FY2021): no change of grade between years to show." in out
    with plan6.options.context(language="ja"):
        status, out, _ = report(capsys, str(document), "--no-html")
    assert "項目 6 · 2021年度 · 数値 0件" in out
    assert "Grades of the items" not in out


def test_a_digit_scale_without_legend_gets_no_meaning(capsys: pytest.CaptureFixture[str]) -> None:
    # graded-items-fields.txt: 達成度 2, 4, 1 with no legend in the document; plan6 must not
    # give them the reference report's wording of 1-5.
    status, out, _ = report(capsys, str(DATA / "layouts" / "graded-items-fields.txt"), "--no-html")
    assert status == 0
    assert "達成度 (digits): 1 · 2 · 4 — no legend was read for it" in out
    assert "目標を" not in out


def test_one_fiscal_year_of_the_reference_layout_has_no_transitions(tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import plan6.plot

    curated = plan6.datasets.kawasaki_plan6()
    one_year = plan6.datasets.EvaluationDataset(
        curated.title,
        curated.plans[curated.plans["fiscal_year"] == 2012],
        curated.facts[curated.facts["fiscal_year"] == 2012],
        curated.text,
    )
    page = plan6.report.write_html(one_year, tmp_path / "fy2012.html").read_text(encoding="utf-8")
    assert "One fiscal year (FY2012): no category transitions between years." in page
    assert 'id="chart-category_heatmap"' in page
    assert 'id="chart-category_transitions"' not in page
    ax = plan6.plot.category_transitions(one_year)
    assert any("one fiscal year (FY2012), no transitions" in t.get_text() for t in ax.texts)
    with pytest.raises(ValueError, match="must come before"):
        plan6.plot.category_transitions(one_year, from_year=2012, to_year=2012)


@pytest.mark.parametrize(
    "document",
    [
        "layouts-heldout/items_roman_cp932.csv",  # five grade columns
        "layouts-heldout/grid_markdown_reiwa.txt",  # six year columns and text cells
        "layouts-heldout/legend_five_aligned.txt",  # a legend whose best grade is 5
    ],
)
def test_layout_page_in_a_browser(
    document: str,
    open_page: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Headless Chromium (conftest.py): the page loads offline without errors, nothing sticks
    # out of a 1024-pixel window, and the table of contents links every section.
    path = tmp_path / "report.html"
    status, _, err = report(capsys, str(DATA / document), "--html", str(path))
    assert status == 0, err
    page = open_page(path, width=1024, height=900)
    assert page.console_errors() == []
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    links = page.evaluate("[...document.querySelectorAll('nav a')].map(a => a.hash.slice(1))")
    sections = page.evaluate("[...document.querySelectorAll('main > section')].map(s => s.id)")
    assert links == sections
    assert sections[0] == "summary"
    assert sections[-1] == "checks"
