"""The one schema of plan6's tables: the columns of ``facts``, ``plans``, ``residue`` and the
indicators computed on facts — their names, order, dtypes and meaning.

Every reader and writer of these tables takes its columns from here: the extractor
(:func:`plan6.read_report`, the dtypes in ``extracted``), the bundled dataset's CSV files and
:class:`~plan6.model.EvaluationDataset` (``dtype``), :meth:`~plan6.report.Extraction.to_dataset`
(which turns the one into the other) and the exports (Excel's number formats follow
``format``). A dataset read from text has every column; the curated data leaves out what a
reader computes (``status`` on facts, ``role``…), each table in this order.

>>> from plan6.model.schema import FACTS
>>> FACTS.column("value").dtype, FACTS.column("programme_no").extracted
('float64', 'Int64')
>>> FACTS.names()[:4]
['fact_id', 'programme_no', 'programme_ja', 'policy_plan_no']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

__all__ = [
    "FACTS",
    "INDICATORS",
    "PLANS",
    "RESIDUE",
    "TABLES",
    "Column",
    "DType",
    "Table",
    "typed_column",
]

#: The dtypes of the tables: numpy's int64, float64 and bool, pandas' nullable Int64, and
#: text (pandas' default string type, as a list of str gives it).
DType = Literal["int64", "Int64", "float64", "bool", "str", "category"]


@dataclass(frozen=True)
class Column:
    """One column of a table.

    Attributes
    ----------
    name
        The column's name.
    dtype
        Its dtype in a dataset (the curated data and :class:`~plan6.model.EvaluationDataset`).
    extracted
        Its dtype as the extractor gives it (nullable where the text may not say), or None
        when the extractor does not give the column (what only curation adds, or a dataset
        computes).
    description
        What it holds.
    fill
        What a missing extracted value becomes in a dataset, for the keys a dataset needs
        (a fact outside any policy plan gets plan 0); None: missing stays missing.
    format
        How exports write it: "amount" (in the fact's unit: thousands separators), "ratio"
        (a percentage), or None.
    """

    name: str
    dtype: DType
    extracted: DType | None
    description: str
    fill: int | str | None = None
    format: Literal["amount", "ratio"] | None = None


@dataclass(frozen=True)
class Table:
    """The columns of one table, in order."""

    name: str
    columns: tuple[Column, ...]

    def names(self) -> list[str]:
        """The column names, in order.

        >>> RESIDUE.names()[:7]
        ['span_start', 'span_end', 'text', 'value', 'kind', 'unit', 'reason']
        """
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        """The column `name`; KeyError naming the table otherwise.

        >>> PLANS.column("status").description
        '達成状況区分, 1 (best) to 5'
        """
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}")

    def extracted(self) -> list[Column]:
        """The columns the extractor gives, in order.

        >>> [c.name for c in PLANS.extracted()][:3]
        ['programme_no', 'programme_ja', 'policy_plan_no']
        """
        return [c for c in self.columns if c.extracted is not None]

    def order(self, names: Iterable[str]) -> list[str]:
        """`names` in the table's order, names the table does not know after them.

        >>> FACTS.order(["value", "fact_id", "mine"])
        ['fact_id', 'value', 'mine']
        """
        given = list(names)
        known = [n for n in self.names() if n in given]
        return known + [n for n in given if n not in known]

    def formatted(self, format: Literal["amount", "ratio"]) -> frozenset[str]:
        """The names of the columns exports write as amounts or as ratios.

        >>> sorted(INDICATORS.formatted("ratio"))
        ['attainment', 'growth']
        """
        return frozenset(c.name for c in self.columns if c.format == format)


def _table(name: str, rows: Sequence[tuple[Any, ...]]) -> Table:
    return Table(name, tuple(Column(*row) for row in rows))


_KEY = 0  # the fill of the plan keys: plan 0 is "not in any plan the text names"

#: One row per quantitative fact of a report.
# Where a fact or a residue number was found besides its span: the report of the text, the PDF
# page and the table cell (index into Extraction.tables, grid row and column).
_WHERE = [
    ("part", "int64", "int64", "which report of the text (1 unless it holds several)", 1),
    ("page", "Int64", "Int64", "the PDF page of the span, 1-based"),
    ("table", "Int64", "Int64", "the table of the span (index into the tables)"),
    ("table_row", "Int64", "Int64", "the table row of the span, 0-based"),
    ("table_column", "Int64", "Int64", "the table column of the span, 0-based"),
]

FACTS = _table(
    "facts",
    [
        ("fact_id", "int64", None, "row id within the dataset, 1…n"),
        ("programme_no", "int64", "Int64", "action programme number", _KEY),
        ("programme_ja", "str", "str", "action programme name"),
        ("policy_plan_no", "int64", "Int64", "policy plan number", _KEY),
        ("policy_plan_ja", "str", "str", "policy plan name"),
        ("fiscal_year", "int64", "Int64", "fiscal year of the result", _KEY),
        ("section", "str", "str", "result, change_note or summary"),
        ("status", "Int64", "Int64", "the plan-year's 達成状況区分"),
        ("target_changed", "bool", "bool", "the plan-year's target was changed (3*)"),
        ("indicator", "str", None, "id shared by the same metric across years"),
        ("metric_ja", "str", "str", "what is counted, as an analyst names a column"),
        ("metric_en", "str", None, "the metric in English"),
        ("kind", "str", "str", "count, amount, ratio, change, frequency, duration"),
        ("value", "float64", "float64", "the value in base units", None, "amount"),
        ("unit", "str", "str", "canonical unit (persons, yen…)"),
        ("unit_ja", "str", "str", "the unit as written"),
        ("approximate", "bool", "bool", "約, 程度…"),
        ("lower_bound", "bool", "bool", "以上, を上回る…"),
        ("upper_bound", "bool", "bool", "以下, 未満…"),
        ("value_text", "str", "str", "the value as written"),
        ("prior_value", "float64", "float64", "prior-year value the text gives", None, "amount"),
        ("prior_text", "str", "str", "the prior-year value as written"),
        ("target_value", "float64", "float64", "plan or target value", None, "amount"),
        ("target_text", "str", "str", "the plan or target value as written"),
        ("from_value", "float64", "float64", "starting value (NからMまで)", None, "amount"),
        ("from_text", "str", "str", "the starting value as written"),
        ("role", "str", "str", "applications, approvals… where a sentence says"),
        ("quote", "str", "str", "the sentence the fact comes from"),
        ("span_start", "int64", "int64", "start of the value in the text (code points)"),
        ("span_end", "int64", "int64", "end of the value in the text (code points)"),
        *_WHERE,
        ("layout", "str", "str", "its reader: narrative, year_grid, indicator_table", "narrative"),
        ("value_role", "str", "str", "actual, target, changed_target, baseline, rate, value"),
        ("baseline_value", "float64", "float64", "the measure's baseline", None, "amount"),
        ("baseline_text", "str", "str", "the baseline as written"),
        ("qualitative", "bool", "bool", "a text cell (継続実施): no value, its words"),
        ("open_ended", "bool", "bool", "the fiscal year is open (2008年度以降)"),
        ("row_label", "str", "str", "the table row's label (事業目標, 実績)"),
        ("grade", "str", "str", "a grade printed in the fact's table row"),
        ("direction", "str", "str", "lower or higher is better, by the table's own numbers"),
        ("note", "str", None, "a curator's note"),
    ],
)

#: One row per policy plan × fiscal year.
PLANS = _table(
    "plans",
    [
        ("programme_no", "int64", "Int64", "action programme number", _KEY),
        ("programme_ja", "str", "str", "action programme name", ""),
        ("programme_en", "str", None, "the programme in English"),
        ("policy_plan_no", "int64", "Int64", "policy plan number", _KEY),
        ("policy_plan_ja", "str", "str", "policy plan name"),
        ("policy_plan_en", "str", None, "the policy plan in English"),
        ("fiscal_year", "int64", "int64", "fiscal year"),
        ("status", "int64", "Int64", "達成状況区分, 1 (best) to 5"),
        ("target_changed", "bool", "bool", "the target was changed during the year (3*)"),
        ("reference_status", "Int64", "Int64", "the category against the original target"),
        ("changed_target", "str", "str", "【変更後の目標】"),
        ("change_note", "str", "str", "【環境等の変化・課題等】"),
        ("current_state", "str", None, "the plan's 現状 paragraph"),
        ("result_text", "str", None, "the year's result block"),
        ("result_start", "int64", "int64", "start of the result block (code points)"),
        ("result_end", "int64", "int64", "end of the result block (code points)"),
        ("year_confidence", "float64", "float64", "how sure the block's year is, 0 to 1"),
        ("year_evidence", "str", "str", "what decided the block's year"),
        ("part", "int64", "int64", "which report of the text (1 unless it holds several)", 1),
        ("page", "Int64", "Int64", "the PDF page where the result block starts, 1-based"),
        ("layout", "str", "str", "its reader: narrative or graded_items", "narrative"),
        ("name_label", "str", "str", "the label of a graded item's name (事務事業名)"),
        ("status_code", "str", "str", "the headline grade as written (3, A, ◎, Ⅱ)"),
        ("status_scale", "str", "str", "its family: digits, letters, marks or roman"),
        ("status_field", "str", "str", "its label (達成度, 達成状況, 評価)"),
        ("status_label", "str", "str", "its wording in the document's own legend"),
    ],
)

#: One row per number of a report that is not a fact, with the reason.
RESIDUE = _table(
    "residue",
    [
        ("span_start", "int64", "int64", "start of the number (code points)"),
        ("span_end", "int64", "int64", "end of the number (code points)"),
        ("text", "str", "str", "the number as written"),
        ("value", "float64", "float64", "its value"),
        ("kind", "str", "str", "date, fiscal_year, ordinal…"),
        ("unit", "str", "str", "canonical unit"),
        ("reason", "str", "str", "why it is no fact"),
        *_WHERE,
    ],
)

#: The columns :meth:`~plan6.model.EvaluationDataset.indicators` adds to the facts.
INDICATORS = _table(
    "indicators",
    [
        ("prior", "float64", None, "the prior-year value used for growth", None, "amount"),
        ("prior_source", "str", None, "text, previous_year or empty"),
        ("growth", "float64", None, "growth over the prior year", None, "ratio"),
        ("growth_reason", "category", None, "why growth is undefined"),
        ("attainment", "float64", None, "value / target_value", None, "ratio"),
        ("attainment_reason", "category", None, "why attainment is undefined"),
        ("gap", "float64", None, "value − target_value", None, "amount"),
    ],
)

#: The tables by name.
TABLES: Mapping[str, Table] = {t.name: t for t in (FACTS, PLANS, RESIDUE, INDICATORS)}

_TRUE = {"True": True, "true": True, "1": True, "False": False, "false": False, "0": False}


def typed_column(values: Sequence[Any], dtype: DType, name: str = "column") -> Any:
    """`values` as a column of `dtype`, built once (casting after construction costs more
    than the extraction itself): ints, floats and bools as numpy arrays, nullable ints as an
    IntegerArray (None missing), text as it is. Strings from a CSV file ("", "True", "3")
    are read as the dtype says; a bool column that holds anything else is a ValueError.

    >>> typed_column([3, None], "Int64").tolist()
    [3, <NA>]
    >>> typed_column(["True", "false"], "bool", "approximate")
    array([ True, False])
    """
    if dtype == "int64":
        return np.asarray(values, dtype=np.int64)
    if dtype == "Int64":
        missing = np.fromiter((v is None or v == "" for v in values), dtype=bool, count=len(values))
        data = np.fromiter(
            (0 if m else int(v) for v, m in zip(values, missing, strict=True)),
            dtype=np.int64,
            count=len(values),
        )
        return pd.arrays.IntegerArray(data, missing)
    if dtype == "float64":
        if len(values) and isinstance(next(iter(values)), str):
            values = [np.nan if v == "" else v for v in values]
        return np.asarray(values, dtype=np.float64)
    if dtype == "bool":
        if len(values) and isinstance(next(iter(values)), str):
            unknown = set(values) - set(_TRUE)
            if unknown:
                raise ValueError(f"{name} has non-boolean values {sorted(unknown)}")
            values = [_TRUE[v] for v in values]
        return np.asarray(values, dtype=bool)
    return values
