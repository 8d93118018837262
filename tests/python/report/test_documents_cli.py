"""`plan6 report` and `plan6 extract` on documents, run as real subprocesses: every format,
standard input, output an analyst opens in Excel, a cp932 console, and bad files reported in
one line each while the others are written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

import plan6


def run_plan6(
    *args: str,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    exe = shutil.which("plan6", path=os.path.dirname(sys.executable))
    command = [exe] if exe else [sys.executable, "-m", "plan6"]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def test_extract_reads_good_files_and_reports_bad_ones(
    tmp_path: Path, report_pdf: bytes, typeset
) -> None:  # type: ignore[no-untyped-def]
    text = plan6.datasets.kawasaki_plan6_text()
    good = {"report.pdf": report_pdf, "report-cp932.txt": text.encode("cp932")}
    bad = {
        "locked.pdf": typeset([[(40, 60, "秘密", 10)]], encrypt="secret"),
        "half.pdf": report_pdf[: len(report_pdf) // 3],
        "blob.bin": bytes(range(256)) * 4,
        "empty.html": b"<html><body><script>x()</script></body></html>",
    }
    for name, data in {**good, **bad}.items():
        (tmp_path / name).write_bytes(data)
    out = tmp_path / "facts.csv"
    result = run_plan6(
        "extract", *good, *bad, "-o", str(out), "--no-progress", "--headers", "names", cwd=tmp_path
    )
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "Traceback" not in err
    messages = [line for line in err.splitlines() if not line.startswith("plan6 extract: 4 of")]
    for name in bad:
        lines = [
            line
            for line in messages
            if f": {name}: " in line or line.startswith(f"plan6 extract: {name}:")
        ]
        assert len(lines) == 1, (name, err)
    assert any("encrypted" in line for line in messages)
    assert "4 of 6 file(s) failed" in err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for Excel on Japanese Windows
    facts = pd.read_csv(out, encoding="utf-8-sig")
    assert facts.groupby("source").size().to_dict() == {"report-cp932.txt": 235, "report.pdf": 235}
    assert facts.loc[facts.source == "report.pdf", "page"].notna().all()


def test_extract_to_a_workbook_and_from_standard_input(tmp_path: Path) -> None:
    import openpyxl

    text = plan6.datasets.kawasaki_plan6_text()
    out = tmp_path / "facts.xlsx"
    result = run_plan6(
        "extract", "-", "-o", str(out), "--headers", "names", stdin=text.encode("euc_jis_2004")
    )
    assert result.returncode == 0, result.stderr.decode()
    book = openpyxl.load_workbook(out)  # a real workbook, not CSV text in an .xlsx
    sheet = book["facts"]
    assert sheet.max_row == 236
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "source"
    assert {"page", "table", "table_row", "table_column", "part"} <= set(header)
    assert sheet.cell(row=2, column=1).value == "<stdin>"


def test_report_on_a_pdf_to_a_cp932_console(tmp_path: Path, report_pdf: bytes) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf)
    result = run_plan6("report", str(path), "--no-html", env={"PYTHONIOENCODING": "cp932"})
    assert result.returncode == 0, result.stderr.decode("cp932", "replace")
    output = result.stdout.decode("cp932")  # every byte is cp932
    # From the report: 426 jobs against a plan of 320 (133.1 %), read from the PDF.
    assert any("426人" in line and "133.1 %" in line for line in output.splitlines())


def test_report_on_a_bad_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    result = run_plan6("report", str(path), "--no-html")
    assert result.returncode == 1
    err = result.stderr.decode().strip().splitlines()
    reason = "a PNG image, not a document: it needs OCR, which plan6 does not do"
    assert err == [f"plan6 report: error: {path}: {reason}"]
