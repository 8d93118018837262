"""Seeds for the fuzzers, cut from the one copy of the reference report in the tree.

The report is the bundled dataset's text; the fuzz corpus keeps only hand-written and regression
inputs, and `make fuzz` adds these: the whole report, its pages (split where a page heading
starts) and runs of its lines.

    python fuzz/make_seeds.py REPORT OUT_DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PAGE_HEADING = re.compile(r"^(?= ?事業内容・目標\s*$|【主な実施結果】)", re.MULTILINE)
LINES_PER_RUN = 9


def main(report: Path, out: Path) -> None:
    text = report.read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.txt").write_text(text, encoding="utf-8")
    for number, page in enumerate(p for p in PAGE_HEADING.split(text) if p.strip()):
        (out / f"page-{number:02d}.txt").write_text(page, encoding="utf-8")
    lines = text.splitlines(keepends=True)
    for number, first in enumerate(range(0, len(lines), LINES_PER_RUN)):
        run = "".join(lines[first : first + LINES_PER_RUN])
        (out / f"lines-{number:03d}.txt").write_text(run, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
