"""Column headers of exported tables in the display language: "Fiscal year" / "年度" for
``fiscal_year``, for CSV files and workbooks people open in Excel. The snake_case names stay
what programs read (Parquet, JSON, ``headers="names"``, and each workbook header's comment).

>>> from plan6.rendering.columns import column_label, labelled
>>> column_label("target_value"), column_label("target_value", "ja")
('Plan or target value', '計画・目標値')
>>> import pandas as pd
>>> list(labelled(pd.DataFrame(columns=["fiscal_year", "mine"]), "ja").columns)
['年度', 'mine']
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Literal

import pandas as pd

from .options import options

__all__ = ["COLUMN_LABELS", "Headers", "column_label", "labelled", "write_csv"]

#: How exports write their headers: labels in the display language, or the column names.
Headers = Literal["labels", "names"]

#: (English, Japanese) header of each column of plan6's tables (model/schema.py).
COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "source": ("Source file", "ファイル"),
    "fact_id": ("Fact", "数値ID"),
    "programme_no": ("Programme no.", "アクションプログラム番号"),
    "programme_ja": ("Action programme", "アクションプログラム"),
    "programme_en": ("Action programme (English)", "アクションプログラム（英語）"),
    "policy_plan_no": ("Policy plan no.", "施策計画番号"),
    "policy_plan_ja": ("Policy plan", "施策計画"),
    "policy_plan_en": ("Policy plan (English)", "施策計画（英語）"),
    "fiscal_year": ("Fiscal year", "年度"),
    "section": ("Section", "区分（記載箇所）"),
    "status": ("Achievement category", "達成状況区分"),
    "target_changed": ("Target changed (*)", "目標変更（*）"),
    "reference_status": ("Category against the original target", "当初目標に対する区分（参考）"),
    "changed_target": ("Changed target", "変更後の目標"),
    "change_note": ("Changes and issues", "環境等の変化・課題等"),
    "current_state": ("Current state", "現状"),
    "result_text": ("Results", "実施結果"),
    "result_start": ("Results start", "実施結果の開始位置"),
    "result_end": ("Results end", "実施結果の終了位置"),
    "year_confidence": ("Year confidence", "年度の確からしさ"),
    "year_evidence": ("Year evidence", "年度の根拠"),
    "indicator": ("Indicator", "指標ID"),
    "metric_ja": ("Metric", "指標"),
    "metric_en": ("Metric (English)", "指標（英語）"),
    "kind": ("Kind", "種類"),
    "value": ("Value", "値"),
    "unit": ("Unit", "単位"),
    "unit_ja": ("Unit as written", "単位（表記）"),
    "approximate": ("Approximate", "概数"),
    "lower_bound": ("Lower bound", "下限"),
    "upper_bound": ("Upper bound", "上限"),
    "value_text": ("Value as written", "値（表記）"),
    "prior_value": ("Prior-year value", "前年度値"),
    "prior_text": ("Prior-year value as written", "前年度値（表記）"),
    "target_value": ("Plan or target value", "計画・目標値"),
    "target_text": ("Plan or target as written", "計画・目標値（表記）"),
    "from_value": ("Starting value", "開始値"),
    "from_text": ("Starting value as written", "開始値（表記）"),
    "role": ("Role", "役割"),
    "direction": ("Better when", "望ましい方向"),
    "quote": ("Quote", "引用"),
    "text": ("Text", "表記"),
    "reason": ("Reason", "理由"),
    "span_start": ("Span start", "開始位置"),
    "span_end": ("Span end", "終了位置"),
    "part": ("Part", "部"),
    "page": ("Page", "ページ"),
    "table": ("Table", "表"),
    "table_row": ("Table row", "表の行"),
    "table_column": ("Table column", "表の列"),
    "note": ("Note", "注記"),
    "prior": ("Prior used for growth", "伸び率の前年度値"),
    "prior_source": ("Prior from", "前年度値の出所"),
    "growth": ("Growth", "伸び率"),
    "growth_reason": ("Why no growth", "伸び率を算出できない理由"),
    "attainment": ("Attainment", "達成率"),
    "attainment_reason": ("Why no attainment", "達成率を算出できない理由"),
    "gap": ("Gap to plan", "計画との差"),
}


def column_label(name: str, language: str | None = None) -> str:
    """The header of column `name` in `language` (default: ``plan6.options.language``);
    a column plan6 does not know keeps its name.

    >>> column_label("fiscal_year"), column_label("my_column", "ja")
    ('Fiscal year', 'my_column')
    """
    en, ja = COLUMN_LABELS.get(name, (name, name))
    return ja if (language or options.language) == "ja" else en


def labelled(frame: pd.DataFrame, language: str | None = None) -> pd.DataFrame:
    """`frame` with its headers in `language` (the data is not copied).

    Two columns whose labels would be the same keep their names instead, so that no
    header is ambiguous.

    >>> import pandas as pd
    >>> list(labelled(pd.DataFrame(columns=["metric_ja", "quote"])).columns)
    ['Metric', 'Quote']
    """
    names = [str(c) for c in frame.columns]
    labels = [column_label(n, language) for n in names]
    repeated = {lab for lab in labels if labels.count(lab) > 1}
    headers = [n if lab in repeated else lab for n, lab in zip(names, labels, strict=True)]
    table: pd.DataFrame = frame.copy(deep=False)
    table.columns = pd.Index(headers)
    return table


def write_csv(
    frame: pd.DataFrame, target: str | Path | IO[str], headers: Headers = "labels"
) -> None:
    """Write `frame` as CSV: headers as `headers` says, UTF-8 with a byte-order mark to a
    path (Excel on Japanese Windows reads UTF-8 only then), as it is to an open stream.

    >>> import io, pandas as pd
    >>> out = io.StringIO()
    >>> write_csv(pd.DataFrame({"fiscal_year": [2012]}), out)
    >>> out.getvalue().splitlines()
    ['Fiscal year', '2012']
    """
    if headers not in ("labels", "names"):
        raise ValueError(f"headers must be 'labels' or 'names', not {headers!r}")
    table = labelled(frame) if headers == "labels" else frame
    if isinstance(target, (str, Path)):
        table.to_csv(target, index=False, encoding="utf-8-sig")
    else:
        table.to_csv(target, index=False)
