"""Tables of a PDF page read from the alignment of their text: an evaluation sheet's year
grid typeset here, with its header cells closer than a gutter (PDFium gives them as one
run), a row label broken over two lines and a grade line under the table. Made-up names
and numbers; the expected values are written by hand from the sheet below."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

import plan6
from plan6.report.documents import read_document

LABEL_X = 40.0
COLUMNS_X = (170.0, 215.0, 260.0, 305.0)  # header cells about an em apart, under a gutter
HEADER = ("基準値", "2018年度", "2019年度", "2020年度")
ROWS = [
    ("目標", ("80人", "100人", "120人", "140人")),
    ("実績", ("", "95人", "125人", "")),
    ("計画と差異の", ("", "", "", "")),
    ("ある目標", ("", "", "", "130人")),
]


def _sheet() -> list[tuple[float, float, str, float]]:
    items: list[tuple[float, float, str, float]] = [
        (LABEL_X, 60, "架空町 事務事業評価シート（2020年度）", 12),
        (LABEL_X, 90, "事業名：子ども食堂の支援", 9),
        (LABEL_X, 110, "■参加者数", 9),
    ]
    for x, text in zip(COLUMNS_X, HEADER, strict=True):
        items.append((x, 126, text, 9))
    for r, (label, cells) in enumerate(ROWS):
        items.append((LABEL_X, 140 + 13 * r, label, 9))
        for x, text in zip(COLUMNS_X, cells, strict=True):
            if text:
                items.append((x, 140 + 13 * r, text, 9))
    items.append((LABEL_X, 210, "達成度 3", 9))
    return items


def test_a_year_grid_in_a_pdf_reads_as_its_table(typeset: Callable[..., bytes]) -> None:
    document = read_document(typeset([_sheet()]))
    (table,) = document.tables
    grid = table.grid()
    # by hand: the header's words go to the value columns, the stub column left empty
    assert grid[0] == ["", "基準値", "2018年度", "2019年度", "2020年度"]
    assert grid[1] == ["目標", "80人", "100人", "120人", "140人"]
    assert grid[-1][0] == "ある目標"
    # the grade line under the table is a line of text, not a row of it
    assert "達成度 3" in document.text.splitlines()
    assert all("達成度" not in cell for row in grid for cell in row)

    report = plan6.read_report(document)
    facts = report.facts
    got = sorted(
        (0 if pd.isna(y) else int(y), role, float(v))  # 0: no fiscal year
        for y, role, v in facts[["fiscal_year", "value_role", "value"]].itertuples(index=False)
    )
    assert got == sorted(
        [
            (0, "baseline", 80.0),
            (2018, "target", 100.0),
            (2019, "target", 120.0),
            (2020, "target", 140.0),
            (2018, "actual", 95.0),
            (2019, "actual", 125.0),
            # 計画と差異の ⏎ ある目標: one label, broken over two lines
            (2020, "changed_target", 130.0),
        ]
    )


def test_prose_beside_a_table_is_not_taken_for_columns(typeset: Callable[..., bytes]) -> None:
    # A table whose label column and value columns are each wide: short cells in wide
    # columns are a table, not two columns of prose read one after the other.
    document = read_document(typeset([_sheet()]))
    lines = document.text.splitlines()
    target_line = next(line for line in lines if line.startswith("目標"))
    assert target_line.split("\t") == ["目標", "80人", "100人", "120人", "140人"]
