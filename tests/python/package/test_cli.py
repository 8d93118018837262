"""The command line, run as a real subprocess."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def run_plan6(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("plan6", path=os.path.dirname(sys.executable))
    command = [exe] if exe else [sys.executable, "-m", "plan6"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


def test_report_prints_the_job_creation_line_and_writes_html(tmp_path: Path) -> None:
    result = run_plan6("report", "--html", "out.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # From the report: 緊急雇用創出事業, 426 jobs against a plan of 320; 426/320 = 133.1 %.
    lines = [
        line
        for line in result.stdout.splitlines()
        if "緊急雇用創出事業" in line and "426人" in line and "320人" in line
    ]
    assert lines, result.stdout
    assert any("133.1 %" in line for line in lines)
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "133.1 %" in page
    assert "緊急雇用創出事業" in page
    # self-contained: nothing fetched from the network
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<script src" not in page


def test_report_default_html_path_and_no_html(tmp_path: Path) -> None:
    assert run_plan6("report", cwd=tmp_path).returncode == 0
    assert (tmp_path / "plan6-report.html").exists()
    other = tmp_path / "sub"
    other.mkdir()
    result = run_plan6("report", "--no-html", cwd=other)
    assert result.returncode == 0
    assert not list(other.iterdir())


@pytest.mark.parametrize("args", [("--help",), ("report", "--help")])
def test_help(args: tuple[str, ...]) -> None:
    result = run_plan6(*args)
    assert result.returncode == 0
    assert "report" in result.stdout


def test_version_and_bad_usage() -> None:
    version = run_plan6("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("plan6 ")
    bad = run_plan6("frobnicate")
    assert bad.returncode == 2
    assert "invalid choice" in bad.stderr


def test_unwritable_html_path_is_a_clean_error(tmp_path: Path) -> None:
    result = run_plan6("report", "--html", str(tmp_path / "missing" / "out.html"))
    assert result.returncode == 1
    assert "error" in result.stderr
    assert "Traceback" not in result.stderr


def test_report_on_a_report_text_file(tmp_path: Path) -> None:
    # Any evaluation report as text goes through the extractor into the same report. The
    # reference report's FY2012 jobs line (426 against a plan of 320, 133.1 %) must come out.
    import plan6

    source = tmp_path / "report.txt"
    source.write_text(plan6.datasets.kawasaki_plan6_text(), encoding="utf-8")
    result = run_plan6("report", str(source), "--html", "out.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert any(
        "426人" in line and "320人" in line and "133.1 %" in line
        for line in result.stdout.splitlines()
    ), result.stdout
    assert (tmp_path / "out.html").exists()
    missing = run_plan6("report", str(tmp_path / "nope.txt"), "--no-html")
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr
