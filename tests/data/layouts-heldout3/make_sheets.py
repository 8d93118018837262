"""Write the .xlsx documents of this folder (made-up cities, names and numbers).

Run from anywhere: ``python tests/data/layouts-heldout3/make_sheets.py``. The workbooks are
committed; this script says how they were made (merged cells, wrapped headers, numbers stored as
numbers, percentages stored as fractions with a percent format, as Excel writes them).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["main"]

HERE = Path(__file__).resolve().parent
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def new_sheet(title: str, heading: str) -> tuple[Workbook, Worksheet]:
    """A workbook of one sheet named ``title`` with ``heading`` in A1."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws["A1"] = heading
    return wb, ws


def write_header(ws: Worksheet, row: int, texts: str) -> None:
    """Write a header row of wrapped cells; ``texts`` are separated by spaces (a newline
    inside a cell is a line break of the cell, as Alt+Enter gives)."""
    for column, text in enumerate(texts.split(" "), start=1):
        ws.cell(row=row, column=column, value=text).alignment = WRAP


def write_rows(
    ws: Worksheet, first_row: int, rows: Sequence[Sequence[object]], percent_column: int = 0
) -> None:
    """Write rows from ``first_row`` on: integers with a thousands format, the cells of
    ``percent_column`` (1-based; 0 for none) as fractions formatted 0.0%."""
    for r, values in enumerate(rows, start=first_row):
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=column, value=value)
            if column == percent_column:
                cell.number_format = "0.0%"
            elif isinstance(value, int):
                cell.number_format = "#,##0"


def grid_sheet(path: Path) -> None:
    """A year grid: title, a unit line, merged indicator label, a forecast row."""
    wb, ws = new_sheet("進捗管理表", "雲居市 実施計画 進捗管理表（令和３年度末）")
    ws["G2"] = "単位：人"
    write_header(
        ws, 3, "指標 区分 策定時\n（H30） 令和元年度 令和2年度 令和3年度 令和4年度\n（最終）"
    )
    rows = [
        ["子育てサロン利用者数", "目標", None, 8000, 8500, 9000, 9500],
        [None, "実績", 7640, 8122, 5310, 6904, None],
        [None, "実績見込", None, None, None, None, 7800],
        ["子育て講座参加者数", "目標", None, 1200, 1250, 1300, 1350],
        [None, "実績", 1186, 1231, 1402, 1377, None],
    ]
    write_rows(ws, 4, rows)
    ws.merge_cells("A4:A6")
    ws.merge_cells("A7:A8")
    ws["A10"] = "※令和2年度は施設の休館により実績が減少した。"
    wb.save(path)


def items_sheet(path: Path) -> None:
    """Graded items: a two-row header (評価 over 所管部 / 委員会), grades S–C, 方向性."""
    wb, ws = new_sheet("施策評価", "翠川市 令和４年度 施策評価結果一覧")
    header = {"A3": "番号", "B3": "施策名", "C3": "主管部", "D3": "評価", "F3": "今後の方向性"}
    header |= {"D4": "所管部評価", "E4": "委員会評価"}
    for ref, text in header.items():
        ws[ref] = text
    for cell in ("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"):
        ws.merge_cells(cell)
    rows = [
        ["1-1", "妊娠・出産への切れ目ない支援", "健康福祉部", "A", "A", "継続"],
        ["1-2", "学校教育の充実", "教育部", "S", "A", "継続"],
        ["1-3", "生涯スポーツの振興", "教育部", "B", "C", "見直し"],
        ["2-1", "地域公共交通の確保", "都市整備部", "C", "C", "重点化"],
        ["2-2", "ごみの減量と資源化", "環境部", "A", "B", "継続"],
    ]
    write_rows(ws, 5, rows)
    ws["A11"] = "評価　S：特に優れている　A：順調　B：概ね順調　C：課題がある"
    wb.save(path)


def indicators_sheet(path: Path) -> None:
    """A KPI table: wrapped headers with years, units per row (千円), rates as fractions."""
    wb, ws = new_sheet("KPI", "朝凪町 第２期総合戦略 KPI 進捗状況")
    header = "KPI 単位 基準値\n（2019年度） 目標値\n（2024年度） 2021年度\n実績 2022年度\n実績"
    write_header(ws, 2, header + " 2023年度\n実績 達成率")
    rows = [
        ["ふるさと納税寄附額", "千円", 85000, 150000, 112300, 131800, 146250, 0.975],
        ["移住相談件数", "件", 64, 120, 88, 97, 121, 1.008],
        ["地域おこし協力隊員数（累計）", "人", 3, 10, 5, 7, 8, 0.8],
    ]
    write_rows(ws, 3, rows, percent_column=8)
    ws["A7"] = "※達成率＝2023年度実績÷目標値"
    wb.save(path)


def main() -> None:
    grid_sheet(HERE / "grid_merged_forecast.xlsx")
    items_sheet(HERE / "items_two_row_header.xlsx")
    indicators_sheet(HERE / "indicators_percent_cells.xlsx")


if __name__ == "__main__":
    main()
