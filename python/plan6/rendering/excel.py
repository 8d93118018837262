"""Excel workbooks of tidy tables: frozen, filterable headers, number formats, column widths.

>>> import tempfile, pathlib, pandas as pd
>>> from plan6.rendering.excel import write_workbook
>>> with tempfile.TemporaryDirectory() as tmp:
...     table = pd.DataFrame({"growth": [0.0997]})
...     path = write_workbook([("t", table)], pathlib.Path(tmp) / "t.xlsx")
...     path.suffix
'.xlsx'
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..model.schema import FACTS, INDICATORS, PLANS, RESIDUE
from .columns import Headers, column_label

__all__ = ["PERCENT_COLUMNS", "write_workbook"]

#: Ratios shown as percentages (0.0997 → 10.0%): the schema's ratio columns, and the shares
#: of a category roll-up.
PERCENT_COLUMNS = INDICATORS.formatted("ratio") | FACTS.formatted("ratio") | {"share_met"}
# Amounts get thousands separators: the schema's, and the value and base of an indicator
# result's frame.
_AMOUNT_COLUMNS = FACTS.formatted("amount") | INDICATORS.formatted("amount") | {"base", "result"}
_INTEGER = "#,##0"
_DECIMAL = "#,##0.0##"
_PERCENT = "0.0%"
# Characters that Excel's XML cannot hold (openpyxl refuses them): control characters
# other than tab, line feed and carriage return; a PDF's form feed is one.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].map(
                lambda v: _ILLEGAL.sub(" ", v) if isinstance(v, str) else v
            )
    return frame


def _description(name: str) -> str:
    for table in (FACTS, PLANS, RESIDUE, INDICATORS):
        if name in table.names():
            return table.column(name).description
    return ""


def write_workbook(
    tables: Sequence[tuple[str, pd.DataFrame]], path: str | Path, headers: Headers = "labels"
) -> Path:
    """Write each (sheet name, table) to one .xlsx workbook and return its path.

    Headers are labels in the display language (``plan6.options.language``; "Fiscal year",
    "年度"), each with a comment giving the column's name and meaning, or the names
    themselves with ``headers="names"``.

    >>> import tempfile, pathlib, openpyxl, pandas as pd
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     table = pd.DataFrame({"value": [426.0]})
    ...     p = write_workbook([("facts", table)], pathlib.Path(tmp) / "f.xlsx")
    ...     sheet = openpyxl.load_workbook(p)["facts"]
    ...     sheet.freeze_panes, sheet["A2"].number_format, sheet["A1"].value
    ('A2', '#,##0', 'Value')
    """
    try:
        from openpyxl.comments import Comment
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise ImportError("to_excel needs openpyxl: pip install 'plan6[excel]'") from None
    if headers not in ("labels", "names"):
        raise ValueError(f"headers must be 'labels' or 'names', not {headers!r}")
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(f"path must end in .xlsx, not {target.name!r}")
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="F2F5F8")
    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        for name, frame in tables:
            clean = _clean(frame)
            clean.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            sheet.freeze_panes = "A2"
            if len(clean.columns):
                sheet.auto_filter.ref = (
                    f"A1:{get_column_letter(len(clean.columns))}{len(clean) + 1}"
                )
            for position, column in enumerate(clean.columns, start=1):
                letter = get_column_letter(position)
                head = sheet.cell(row=1, column=position)
                head.font, head.fill = bold, fill
                head.alignment = Alignment(vertical="top")
                if headers == "labels":
                    head.value = column_label(str(column))
                    meaning = _description(str(column))
                    note = f"{column}: {meaning}" if meaning else str(column)
                    head.comment = Comment(note, "plan6", width=260, height=60)
                cells = sheet[letter][1:]
                if column in PERCENT_COLUMNS:
                    for cell in cells:
                        cell.number_format = _PERCENT
                elif column in _AMOUNT_COLUMNS:
                    for cell in cells:
                        if isinstance(cell.value, (int, float)) and not isinstance(
                            cell.value, bool
                        ):
                            whole = math.isfinite(cell.value) and float(cell.value).is_integer()
                            cell.number_format = _INTEGER if whole else _DECIMAL
                texts = [str(head.value)] + [
                    "" if v is None else str(v) for v in clean[column].tolist()[:500]
                ]
                longest = max(
                    (
                        sum(2 if ord(ch) > 0x2E7F else 1 for ch in line)
                        for text in texts
                        for line in text.splitlines() or [""]
                    ),
                    default=8,
                )
                sheet.column_dimensions[letter].width = min(max(8, longest + 2), 60)
    return target
