"""The terminal report, laid out by rich: lines fit the width in terminal cells (East Asian
wide characters take two), long names wrap instead of being cut, colour only where asked or on
a terminal, plain text when piped, Japanese headings in Japanese, and an empty dataset says
there is nothing to show. Expected values come from the report (426 against a plan of 320 is
133.1 %; 15 policy plans)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys

import pytest
from rich.cells import cell_len

import plan6


@pytest.mark.parametrize("width", [60, 80, 132])
def test_lines_fit_the_width_in_terminal_cells(
    width: int, kawasaki: plan6.datasets.EvaluationDataset
) -> None:
    text = plan6.report.render_text(kawasaki, width=width)
    widest = max(cell_len(line) for line in text.splitlines())
    assert widest <= width
    assert widest > width * 0.8  # the tables use the room they have
    assert "\x1b[" not in text


def test_wide_names_wrap_and_are_not_cut(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    text = plan6.report.render_text(kawasaki, width=60)
    # the longest policy plan name of the report, whole on the lines it wraps over: its
    # characters in order, with nothing but the row's other (short) cells between
    name = "ナノ・マイクロテクノロジーを核とした先端研究開発の推進"
    joined = "".join(text.split())
    start = joined.index(name[:6])
    window = iter(joined[start : start + len(name) + 12])
    assert all(char in window for char in name)
    assert "…" not in text


def test_the_job_creation_row_is_one_line(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    lines = plan6.report.render_text(kawasaki, width=80).splitlines()
    row = [line for line in lines if line.startswith("FY2012") and "緊急雇用創出事業" in line]
    assert len(row) == 1
    assert "320人" in row[0]
    assert "133.1 %" in row[0]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal(
    kawasaki: plan6.datasets.EvaluationDataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert "\x1b[" in plan6.report.render_text(kawasaki, color=True)
    piped = io.StringIO()
    plan6.report.print_report(kawasaki, piped)
    assert "\x1b[" not in piped.getvalue()
    terminal = Terminal()
    plan6.report.print_report(kawasaki, terminal)
    assert "\x1b[" in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    quiet = Terminal()
    plan6.report.print_report(kawasaki, quiet)
    colour = re.compile(r"\x1b\[(?:\d+;)*(?:3\d|9\d)(?:;\d+)*m")  # foreground colours
    assert colour.search(terminal.getvalue())
    assert not colour.search(quiet.getvalue())  # NO_COLOR: bold stays, colour goes


def test_piped_command_prints_plain_text() -> None:
    exe = shutil.which("plan6", path=os.path.dirname(sys.executable))
    command = [exe] if exe else [sys.executable, "-m", "plan6"]
    result = subprocess.run(
        [*command, "report", "--no-html"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 100
    assert "133.1 %" in result.stdout


def test_japanese_headings(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    with plan6.options.context(language="ja"):
        text = plan6.report.render_text(kawasaki, width=100)
    assert text.splitlines()[0].startswith("plan6 評価レポート — ")
    assert "計画に対する達成率" in text
    assert "Attainment against plan" not in text
    assert "2012年度" in text
    assert "FY2012" not in text


def test_empty_dataset_and_bad_width(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    empty = plan6.datasets.EvaluationDataset(
        "空の評価", kawasaki.plans.iloc[:0], kawasaki.facts.iloc[:0], ""
    )
    text = plan6.report.render_text(empty)
    assert "Nothing to show: the dataset has no policy plans and no facts." in text
    with pytest.raises(ValueError, match="width"):
        plan6.report.render_text(kawasaki, width=10)
    with pytest.raises(TypeError, match="width"):
        plan6.report.render_text(kawasaki, width="wide")  # type: ignore[arg-type]
