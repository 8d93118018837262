"""Fact extraction: plan6.extract, plan6.read_report and ``plan6 extract``.

Expected facts are read off the reference report by hand (and agree with the curated
dataset, which was typed by hand, not produced by this extractor).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import plan6
from plan6.cli import main


def test_structure(report: plan6.Extraction) -> None:
    plans = report.plans
    assert len(plans) == 30
    assert plans.policy_plan_no.nunique() == 15
    assert plans.programme_no.nunique() == 6
    assert set(plans.fiscal_year) == {2011, 2012}


def test_facts_from_the_report(report: plan6.Extraction) -> None:
    facts = report.facts
    result = facts[facts.section == "result"]
    # 「緊急雇用創出事業」…計画（320人）を上回る426人 (就業の支援, FY2012)
    row = result[result.value == 426].iloc[0]
    assert (row.policy_plan_ja, row.fiscal_year, row.target_value) == ("就業の支援", 2012, 320)
    # 求職登録者数827人（前年度752人）
    row = result[result.value == 827].iloc[0]
    assert row.prior_value == 752
    assert row.fiscal_year == 2012
    # 就職決定者324人（前年度273人）: the FY2011 block
    row = result[(result.value == 324) & (result.prior_value == 273)].iloc[0]
    assert row.fiscal_year == 2011
    # サロン登録機関数は261機関から、272機関まで拡大
    row = result[result.value == 272].iloc[0]
    assert (row.from_value, row.unit) == (261, "institutions")
    # 391億7,319万円 (中小企業支援, FY2012) and 約 392億円 in the summary
    assert (facts[facts.value == 39173190000].fiscal_year == 2012).all()
    approx = facts[facts.value == 39200000000].iloc[0]
    assert approx.approximate
    assert approx.section == "summary"
    # 39件の応募があり、そのうち 23件を認証
    summary = facts[facts.section == "summary"]
    roles = dict(zip(summary.value, summary.role, strict=False))
    assert roles[39] == "applications"
    assert roles[23] == "approvals"


def test_categories(report: plan6.Extraction) -> None:
    plans = report.plans.set_index(["policy_plan_ja", "fiscal_year"])
    # 産業人材の育成と活用: FY2012 3* with reference category 4 (the report's only 4)
    row = plans.loc[("産業人材の育成と活用", 2012)]
    assert (row.status, row.target_changed, row.reference_status) == (3, True, 4)
    assert (plans.status == 3).all()
    assert plans.target_changed.sum() == 4
    assert (plans.year_evidence != "").all()


def test_every_number_is_a_fact_or_residue(report: plan6.Extraction) -> None:
    text = report.text
    scanned = plan6.scan_numbers(text)
    quoted = (
        len(report.facts)
        + report.facts.prior_text.notna().sum()
        + report.facts.from_text.notna().sum()
        + (
            report.facts.target_text.notna() & (report.facts.target_value != report.facts.value)
        ).sum()
    )
    assert quoted + len(report.residue) == len(scanned)
    assert report.residue.reason.str.len().gt(0).all()
    for row in report.facts.itertuples():
        assert text[row.span_start : row.span_end] == row.value_text


def test_against_the_curated_dataset(report: plan6.Extraction, kawasaki) -> None:  # type: ignore[no-untyped-def]
    # A smoke check, not the accuracy target: benchmarks/evaluate_extraction.py prints that.
    # A curated fact is found when an extracted fact of the same year, value and unit lies
    # inside its quote (curated spans are those of the quote).
    got = report.facts
    found = 0
    for w in kawasaki.facts.itertuples():
        inside = got[(got.span_start >= w.span_start) & (got.span_end <= w.span_end)]
        found += bool(
            (
                (inside.fiscal_year == w.fiscal_year)
                & (inside.value == w.value)
                & (inside.unit == w.unit)
            ).any()
        )
    assert found / len(kawasaki.facts) > 0.95


def test_notebook_view(report: plan6.Extraction) -> None:
    html = report._repr_html_()
    assert html.startswith("<div><strong>Extraction(30 policy plan-years, 235 facts")
    assert "就業の支援" in html
    assert "<table" in html


def test_report_without_summary_pages() -> None:
    # The same report cut before the first plan page: no summary to name the plans or to
    # vote for the later year. Plans come from the plan pages' own name cells.
    text = plan6.datasets.kawasaki_plan6_text()
    detail = text[text.index(" 事業内容・目標") :]
    report = plan6.read_report(detail)
    assert report.plans.policy_plan_ja.nunique() >= 12
    assert len(report.facts) > 150


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_LABEL = re.compile(r"(20\d\d)年度\n実施結果")


def _era_label(match: re.Match[str]) -> str:
    return f"平成{int(match.group(1)) - 1988}年度\n実施結果"  # 2012 = 平成24 (1989 = 平成元年)


def _era_one_line(match: re.Match[str]) -> str:
    year = int(match.group(1))
    return f"{year}（平成{year - 1988}）年度 実施結果"


# Other ways the same city's reports are written or saved: result labels in era years, in
# full-width digits or on one line (the category cell then glued to it: "2011（平成23）年度
# 実施結果 3"); Windows and old Mac line ends; tabs for spaces.
LAYOUTS: dict[str, Callable[[str], str]] = {
    "era labels": lambda t: _LABEL.sub(_era_label, t),
    "full-width labels": lambda t: _LABEL.sub(
        lambda m: m.group(1).translate(_FULL_WIDTH) + "年度\n実施結果", t
    ),
    "one-line labels": lambda t: _LABEL.sub(_era_one_line, t),
    "CR LF": lambda t: t.replace("\n", "\r\n"),
    "CR": lambda t: t.replace("\n", "\r"),
    "tabs": lambda t: t.replace(" ", "\t"),
}


def _fact_keys(facts: pd.DataFrame, years_later: int = 0) -> pd.DataFrame:
    """Plan, fiscal year, value and unit of every fact, in one order and one dtype."""
    columns = ["policy_plan_no", "fiscal_year", "value", "unit"]
    keys = facts[columns].astype({"policy_plan_no": "int64", "fiscal_year": "int64"})
    keys["fiscal_year"] += years_later
    return keys.sort_values(columns).reset_index(drop=True)


def _grades(plans: pd.DataFrame, years_later: int = 0) -> pd.DataFrame:
    """Category, changed target and reference category of every plan-year."""
    grades = plans.astype(
        {"policy_plan_no": "int64", "fiscal_year": "int64", "status": "Int64",
         "reference_status": "Int64"}
    )  # fmt: skip
    grades["fiscal_year"] += years_later
    keys = ["policy_plan_no", "fiscal_year"]
    return grades.set_index(keys)[["status", "target_changed", "reference_status"]].sort_index()


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_other_layouts_of_the_report_give_the_same_facts(layout: str, kawasaki) -> None:  # type: ignore[no-untyped-def]
    # Every change keeps the report's content, so the facts and grades are those read by hand
    # into the curated dataset.
    text = LAYOUTS[layout](kawasaki.text)
    other = plan6.read_report(text)
    pd.testing.assert_frame_equal(_fact_keys(other.facts), _fact_keys(kawasaki.facts))
    assert all(text[s:e] == v for s, e, v in other.facts[["span_start", "span_end", "value_text"]]
               .itertuples(index=False))  # fmt: skip
    assert _grades(other.plans).compare(_grades(kawasaki.plans)).empty


def _a_year_later(text: str) -> str:
    """Every Gregorian year 2010–2019 and 平成 year one later (2012 → 2013, 平成２４ → 平成２５)."""
    text = re.sub(r"201[0-9]", lambda m: str(int(m.group(0)) + 1), text)

    def era_year(m: re.Match[str]) -> str:
        later = str(int(m.group(2)) + 1)  # int() reads full-width digits too
        if not m.group(2).isascii():
            later = later.translate(_FULL_WIDTH)
        return f"平成{m.group(1)}{later}"

    return re.sub(r"平成(\s*)([0-9０-９]{2})", era_year, text)


def test_the_same_report_a_year_later(kawasaki) -> None:  # type: ignore[no-untyped-def]
    # Nothing in the extractor knows FY2011/FY2012: the same text one year on gives the facts
    # and categories of the curated dataset, one year on.
    later = plan6.read_report(_a_year_later(kawasaki.text))
    assert sorted(later.plans.fiscal_year.unique()) == [2012, 2013]
    pd.testing.assert_frame_equal(_fact_keys(later.facts), _fact_keys(kawasaki.facts, 1))
    assert _grades(later.plans).compare(_grades(kawasaki.plans, 1)).empty


def test_degenerate_inputs() -> None:
    with pytest.warns(plan6.LayoutWarning, match="0 numbers scanned"):
        empty = plan6.read_report("")
    assert empty.facts.empty
    assert empty.residue.empty
    assert empty.plans.empty
    assert list(plan6.extract("数字のない文").columns)[:4] == [
        "programme_no",
        "programme_ja",
        "policy_plan_no",
        "policy_plan_ja",
    ]
    with pytest.raises(plan6.ParseError, match="byte offset 0"):
        plan6.extract(b"\xff")
    with pytest.raises(TypeError):
        plan6.extract(1)  # type: ignore[arg-type]


def _write_reports(folder: Path) -> list[str]:
    text = plan6.datasets.kawasaki_plan6_text()
    good_a = folder / "a.txt"
    good_b = folder / "b.txt"
    bad = folder / "bad.txt"
    good_a.write_text(text, encoding="utf-8")
    good_b.write_text(text[text.index(" 事業内容・目標") :], encoding="utf-8")
    bad.write_bytes(text[:40].encode() + b"\xff\xfe")
    return [str(good_a), str(bad), str(good_b), str(folder / "missing.txt")]


def test_cli_extract_many_files_with_failures(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    files = _write_reports(tmp_path)
    out = tmp_path / "facts.csv"
    residue = tmp_path / "residue.json"
    status = main(
        [
            "extract",
            *files,
            *("-o", str(out), "--residue", str(residue), "-j", "2", "--headers", "names"),
        ]
    )
    assert status == 1
    err = capsys.readouterr().err
    offset = len(plan6.datasets.kawasaki_plan6_text()[:40].encode())
    assert "bad.txt" in err
    assert f"byte offset {offset}" in err
    assert "missing.txt" in err
    facts = pd.read_csv(out)
    assert set(facts.source) == {files[0], files[2]}
    assert (facts.source == files[0]).sum() == 235
    rows = json.loads(residue.read_text(encoding="utf-8"))
    assert rows
    assert {"source", "reason", "span_start"} <= set(rows[0])


def test_cli_extract_parquet_and_stdout(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    files = _write_reports(tmp_path)
    out = tmp_path / "facts.parquet"
    assert main(["extract", files[0], "-o", str(out)]) == 0
    assert len(pd.read_parquet(out)) == 235
    assert main(["extract", files[0], "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["source"] == files[0]


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
