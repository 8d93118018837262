"""What the layout readers add to an extraction besides facts: the graded items' grades, the
grade legends and distribution tables, the checks a document fails against itself, the
tables read, and which layouts were found.

The readers themselves are C++ units (``core/src/report``): year-column grids, indicator
tables, graded items, grade legends — each found from the document's own headers and
patterns. Here their output becomes tables:

- ``grades``: one row per labelled grade of a plan-year (達成度 3, 妥当性 A…), with its
  scale family, its rank in the family's order, and its wording from the legend;
- ``legends``: one row per grade of a legend (code → label), with the counts printed beside
  it, per count column (件数, うち重点…), and the totals row;
- ``checks``: one row per figure the document contradicts itself on (a printed 達成率 its
  own actual and target do not give, counts per grade that do not add up or do not match
  the items);
- the plans table's ``status_*`` columns and one column per further grade field.

>>> import plan6
>>> text = "事業名：公園の清掃\\n達成度：2\\n妥当性 A　有効性 B\\n"
>>> report = plan6.read_report(text)
>>> report.layouts, report.grades[["field", "code"]].values.tolist()
(('graded_items',), [['達成度', '2'], ['妥当性', 'A'], ['有効性', 'B']])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .documents import Cell, Table

__all__ = ["LAYOUTS", "LayoutWarning", "not_recognised"]

#: The layout families the readers know, in the order a summary names them.
LAYOUTS: tuple[str, ...] = (
    "narrative",
    "year_grid",
    "graded_items",
    "grade_legend",
    "indicator_table",
)


class LayoutWarning(UserWarning):
    """A document in which no layout plan6 reads was recognised: its numbers are still
    scanned (the extraction's residue), but none is a fact of a plan.

    >>> import warnings, plan6
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _ = plan6.read_report("今月の話題。プールは300円です。")
    >>> str(caught[0].message).startswith("no result blocks, year grids, graded items")
    True
    """


_LOOKED_FOR = "result blocks, year grids, graded items, grade legends or indicator tables"


def _grades_table(parts: Sequence[tuple[int, dict[str, Any]]]) -> pd.DataFrame:
    """Every labelled grade of every plan-year, one row each.

    ``parts`` holds (part number, the extractor's output) pairs.
    """
    rows: list[dict[str, Any]] = []
    for part, raw in parts:
        plans = raw["plans"]
        for year in raw["plan_years"]:
            plan = plans[year["plan_index"]] if 0 <= year["plan_index"] < len(plans) else None
            for grade in year.get("grades", []):
                rows.append(
                    {
                        "part": part,
                        "policy_plan_no": plan["policy_plan_no"] if plan else None,
                        "policy_plan_ja": plan["policy_plan_ja"] if plan else None,
                        "fiscal_year": year["fiscal_year"] or None,
                        "field": grade["field"],
                        "code": grade["code"],
                        "scale": grade["family"],
                        "rank": grade["rank"],
                        "starred": grade["starred"],
                        "headline": grade["headline"],
                        "label": grade["label"],
                        "span_start": grade["span_start"],
                        "span_end": grade["span_end"],
                    }
                )
    columns = [
        "part",
        "policy_plan_no",
        "policy_plan_ja",
        "fiscal_year",
        "field",
        "code",
        "scale",
        "rank",
        "starred",
        "headline",
        "label",
        "span_start",
        "span_end",
    ]
    frame: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    for column in ("policy_plan_no", "fiscal_year"):
        frame[column] = frame[column].astype("Int64")
    return frame


def _grade_columns(year: dict[str, Any]) -> dict[str, Any]:
    """The plans table's grade columns of one plan-year: the headline's code, scale, field and
    wording, and each further grade under its own label."""
    grades = year.get("grades", [])
    headline = next((g for g in grades if g["headline"]), None)
    columns: dict[str, Any] = {
        "status_code": headline["code"] if headline else "",
        "status_scale": headline["family"] if headline else "",
        "status_field": headline["field"] if headline else "",
        "status_label": headline["label"] if headline else "",
    }
    for grade in grades:
        if grade is not headline:
            columns.setdefault(f"grade:{grade['field']}", grade["code"])
    return columns


def _legends_table(parts: Sequence[tuple[int, dict[str, Any]]]) -> pd.DataFrame:
    """The grade legends: one row per grade, counts per count column, and a ``合計`` row when
    the table prints its totals."""
    rows: list[dict[str, Any]] = []
    for part, raw in parts:
        for number, legend in enumerate(raw.get("legends", []), start=1):
            names = legend["count_columns"]
            for entry in legend["entries"]:
                row = {
                    "part": part,
                    "legend": number,
                    "scale": legend["family"],
                    "code": entry["code"],
                    "rank": entry["rank"],
                    "label": entry["label"],
                }
                row.update(dict(zip(names, entry["counts"], strict=True)))
                rows.append(row)
            if any(not np.isnan(t) for t in legend["totals"]):
                total = {"part": part, "legend": number, "scale": legend["family"]}
                total.update({"code": "", "rank": None, "label": "合計"})
                total.update(dict(zip(names, legend["totals"], strict=True)))
                rows.append(total)
    frame: pd.DataFrame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame(columns=["part", "legend", "scale", "code", "rank", "label"])
    frame["rank"] = frame["rank"].astype("Int64")
    return frame


def _checks_table(parts: Sequence[tuple[int, dict[str, Any]]]) -> pd.DataFrame:
    """The figures the document contradicts itself on, in words and numbers."""
    rows = [{"part": part, **check} for part, raw in parts for check in raw.get("checks", [])]
    columns = ["part", "kind", "message", "printed", "computed", "span_start", "span_end"]
    frame: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    return frame


def _tables_of(raw: dict[str, Any], text: str) -> tuple[Table, ...]:
    """The tables the readers read — the document's own, then those written in its text — as
    :class:`~plan6.report.documents.Table` objects over the text."""
    tables = []
    for grid in raw.get("grids", []):
        cells = tuple(
            Cell(row, column, row_span, column_span, text[start:end], start, end)
            for row, column, row_span, column_span, start, end in grid["cells"]
        )
        tables.append(
            Table(
                cells=tuple(sorted(cells, key=lambda c: c.start)),
                n_rows=grid["rows"],
                n_columns=grid["columns"],
                start=grid["start"],
                end=grid["end"],
                caption=grid["source"],
            )
        )
    return tuple(tables)


def not_recognised(layouts: Sequence[str], numbers: int) -> str | None:
    """The sentence a reader says when no layout was found, or None.

    >>> not_recognised((), 212).endswith("or indicator tables; 212 numbers scanned")
    True
    >>> not_recognised(("narrative",), 591) is None
    True
    """
    if layouts:
        return None
    return f"no {_LOOKED_FOR}; {numbers} numbers scanned"
