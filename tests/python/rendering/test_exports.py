"""Exports: Excel (read back with openpyxl), Parquet (read back with pyarrow), CSV (read back
with the csv module), and ``plan6 report --xlsx``. Row counts and values are compared with the
curated CSV files read independently."""

from __future__ import annotations

import csv
import math
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest

import plan6


def curated(name: str) -> list[dict[str, str]]:
    data = resources.files("plan6.datasets") / "data" / name
    with data.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


PLANS = curated("kawasaki_plan6_plans.csv")
FACTS = curated("kawasaki_plan6_facts.csv")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("xlsx") / "plan6.xlsx"
    assert plan6.datasets.kawasaki_plan6().to_excel(path) == path
    return openpyxl.load_workbook(path)


def column(sheet: openpyxl.worksheet.worksheet.Worksheet, name: str) -> int:
    """The column whose header's comment names `name` (headers are labels)."""
    names = [cell.comment.text.split(":")[0] for cell in sheet[1]]
    return names.index(name) + 1


def test_excel_sheets_and_rows(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == ["plans", "facts", "indicators"]
    assert workbook["plans"].max_row == len(PLANS) + 1 == 31
    assert workbook["facts"].max_row == len(FACTS) + 1
    assert workbook["indicators"].max_row == len(FACTS) + 1
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert all(cell.font.bold for cell in sheet[1])


def test_excel_values_and_formats(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["indicators"]
    value, target = column(sheet, "value"), column(sheet, "target_value")
    attainment, growth = column(sheet, "attainment"), column(sheet, "growth")
    rows = [
        r
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, value).value == 426 and sheet.cell(r, target).value == 320
    ]
    assert rows, "the FY2012 job-creation fact (426 against 320) is missing"
    row = rows[0]
    assert sheet.cell(row, value).number_format == "#,##0"
    assert math.isclose(sheet.cell(row, attainment).value, 426 / 320)
    assert sheet.cell(row, attainment).number_format == "0.0%"
    assert sheet.cell(row, growth).number_format == "0.0%"
    # the yen amount stays a number (not text) with thousands separators
    amounts = [
        sheet.cell(r, value)
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, value).value == 39173190000
    ]
    assert amounts
    assert amounts[0].number_format == "#,##0"
    # a percentage fact with a decimal (91.5) keeps it
    decimals = [
        sheet.cell(r, value)
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, value).value == 91.5
    ]
    assert all(cell.number_format == "#,##0.0##" for cell in decimals)


def test_excel_text_survives(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["facts"]
    quotes = [sheet.cell(r, column(sheet, "quote")).value for r in range(2, sheet.max_row + 1)]
    assert quotes == [f["quote"] for f in FACTS]


def test_excel_path_must_be_xlsx(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx"):
        plan6.datasets.kawasaki_plan6().to_excel(tmp_path / "plan6.xls")


def test_parquet_round_trip(tmp_path: Path) -> None:
    ds = plan6.datasets.kawasaki_plan6()
    paths = ds.to_parquet(tmp_path / "pq")
    assert [p.name for p in paths] == ["plans.parquet", "facts.parquet", "indicators.parquet"]
    plans = pq.read_table(paths[0])
    facts = pq.read_table(paths[1])
    assert plans.num_rows == len(PLANS)
    assert facts.num_rows == len(FACTS)
    assert facts.column("quote").to_pylist() == [f["quote"] for f in FACTS]
    assert facts.column("value").to_pylist() == [float(f["value"]) for f in FACTS]
    # nullable reference categories stay null where the report gives none
    reference = plans.column("reference_status").to_pylist()
    assert reference == [
        int(p["reference_status"]) if p["reference_status"] else None for p in PLANS
    ]
    indicators = pq.read_table(paths[2])
    assert "growth" in indicators.column_names
    assert "attainment_reason" in indicators.column_names


def test_csv_round_trip(tmp_path: Path) -> None:
    paths = plan6.datasets.kawasaki_plan6().to_csv(tmp_path, headers="names")
    raw = paths[1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    with paths[1].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["quote"] for r in rows] == [f["quote"] for f in FACTS]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_headers_in_the_selected_language(tmp_path: Path) -> None:
    ds = plan6.datasets.kawasaki_plan6()
    english = read_csv(ds.to_csv(tmp_path / "en")[2])
    assert {"Fiscal year", "Metric", "Plan or target value", "Attainment"} <= set(english[0])
    with plan6.options.context(language="ja"):
        japanese = read_csv(ds.to_csv(tmp_path / "ja")[2])
        path = ds.to_excel(tmp_path / "ja.xlsx")
    assert {"年度", "指標", "計画・目標値", "達成率", "引用"} <= set(japanese[0])
    assert [r["引用"] for r in japanese] == [f["quote"] for f in FACTS]
    sheet = openpyxl.load_workbook(path)["indicators"]
    headers = [cell.value for cell in sheet[1]]
    assert "年度" in headers
    assert "fiscal_year" not in headers
    assert sheet.cell(1, headers.index("年度") + 1).comment.text.startswith("fiscal_year: ")
    names = openpyxl.load_workbook(ds.to_excel(tmp_path / "n.xlsx", headers="names"))["facts"]
    assert names["A1"].value == "fact_id"
    with pytest.raises(ValueError, match="headers"):
        ds.to_csv(tmp_path, headers="snake")  # type: ignore[arg-type]


def test_no_reason_where_a_fact_has_no_plan_value(tmp_path: Path) -> None:
    # Of the curated facts, those without a target have no attainment to explain: empty,
    # never "missing_input"; the ones with a target are defined ("none").
    rows = read_csv(plan6.datasets.kawasaki_plan6().to_csv(tmp_path, headers="names")[2])
    without = [r for r in rows if not r["target_value"]]
    assert len(without) == sum(1 for f in FACTS if not f["target_value"]) > 200
    assert {r["attainment_reason"] for r in without} == {""}
    assert {r["attainment_reason"] for r in rows if r["target_value"]} == {"none"}
    assert "missing_input" not in {r["growth_reason"] for r in rows}


def test_report_command_writes_xlsx(tmp_path: Path) -> None:
    exe = shutil.which("plan6", path=os.path.dirname(sys.executable))
    command = [exe] if exe else [sys.executable, "-m", "plan6"]

    def report_to(workbook: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, "report", "--no-html", "--xlsx", workbook],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    result = report_to("out.xlsx")
    assert result.returncode == 0, result.stderr
    assert "Excel workbook written to out.xlsx" in result.stdout
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames == [
        "plans",
        "facts",
        "indicators",
    ]
    bad = report_to("out.txt")
    assert bad.returncode == 1
    assert ".xlsx" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_missing_optional_writers_say_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ds = plan6.datasets.kawasaki_plan6()
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now fails
    monkeypatch.setitem(sys.modules, "openpyxl.styles", None)
    with pytest.raises(ImportError, match=r"plan6\[excel\]"):
        ds.to_excel(tmp_path / "plan6.xlsx")
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a)
    )
    with pytest.raises(ImportError, match=r"plan6\[parquet\]"):
        ds.to_parquet(tmp_path)
