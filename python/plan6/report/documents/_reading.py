"""A document read as one or more reports: clean text in, spans of the document out.

:func:`read_parts` takes the noise out of a document's text (:func:`normalize_text`), splits
it where a second report begins (its title line repeats, and each part holds a result block
of its own), runs the C++ extractor on each part, and maps every span back into the
document's text. :func:`provenance` gives, for span starts, the page (PDF) and the table
cell they fall in.

>>> from plan6.report.documents import read_document
>>> text = "【主な実施結果】\\n就業の支援\\n・求職登録者\\u200b827人。"
>>> reading = read_parts(read_document(text))
>>> reading.parts[0].raw["facts"]["span_start"].tolist(), reading.warnings
([22], ('removed 1 invisible character (ZERO WIDTH SPACE)',))
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..._core import report as _core
from ._model import Document
from ._normalize import NormalizedText, normalize_text, report_starts

__all__ = ["Part", "Reading", "provenance", "read_parts"]


@dataclass(frozen=True)
class Part:
    """One report of a document: its number (1-based) and the extractor's output, with
    every span already in the document's text."""

    number: int
    raw: dict[str, Any]


@dataclass(frozen=True)
class Reading:
    """A document, its clean text, and the reports read from it."""

    document: Document
    normalized: NormalizedText
    parts: tuple[Part, ...]
    warnings: tuple[str, ...]


def _shift(values: Any, offset: int) -> np.ndarray:
    return np.asarray(values, dtype=np.int64).reshape(-1) + offset


def _mapped(
    raw: dict[str, Any], offset: int, clean: NormalizedText, original: str
) -> dict[str, Any]:
    """The extractor's output of a part with its spans as spans of the document."""
    mapped = dict(raw)
    for name in ("facts", "residue"):
        table = dict(raw[name])
        spans = clean.to_original(
            _shift(table["span_start"], offset), _shift(table["span_end"], offset)
        )
        table["span_start"], table["span_end"] = spans[:, 0], spans[:, 1]
        if clean.changed and name == "facts":
            # The number as the caller's text has it (an invisible character inside stays).
            table["value_text"] = [original[a:b] for a, b in spans.tolist()]
        mapped[name] = table
    years = []
    for year in raw["plan_years"]:
        year = dict(year)
        span = clean.to_original([year["result_start"] + offset], [year["result_end"] + offset])
        year["result_start"], year["result_end"] = int(span[0, 0]), int(span[0, 1])
        years.append(year)
    mapped["plan_years"] = years
    plans = []
    for plan in raw["plans"]:
        plan = dict(plan)
        if "name_start" in plan:
            plan["name_start"] = clean.position(int(plan["name_start"]) + offset)
        plans.append(plan)
    mapped["plans"] = plans
    for year in years:  # the grades of graded items
        year["grades"] = [_mapped_span(dict(g), offset, clean) for g in year.get("grades", [])]
    mapped["checks"] = [_mapped_span(dict(c), offset, clean) for c in raw.get("checks", [])]
    sections = []
    for kind, start, end, plan, year in raw.get("sections", []):
        span = clean.to_original([start + offset], [end + offset])
        sections.append((kind, int(span[0, 0]), int(span[0, 1]), plan, year))
    mapped["sections"] = sections
    grids = []
    for grid in raw.get("grids", []):
        grid = dict(grid)
        cells = np.asarray(grid["cells"], dtype=np.int64).reshape(-1, 6)
        if len(cells):
            spans = clean.to_original(cells[:, 4] + offset, cells[:, 5] + offset)
            cells[:, 4], cells[:, 5] = spans[:, 0], spans[:, 1]
        grid["cells"] = [tuple(c) for c in cells.tolist()]
        grid["start"] = clean.position(int(grid["start"]) + offset)
        grid["end"] = clean.position(int(grid["end"]) + offset)
        grids.append(grid)
    mapped["grids"] = grids
    return mapped


def _mapped_span(row: dict[str, Any], offset: int, clean: NormalizedText) -> dict[str, Any]:
    span = clean.to_original([row["span_start"] + offset], [row["span_end"] + offset])
    row["span_start"], row["span_end"] = int(span[0, 0]), int(span[0, 1])
    return row


def _tables_in(
    document: Document, clean: NormalizedText, start: int, end: int
) -> list[tuple[int, int, list[tuple[int, ...]], str]]:
    """The document's tables that lie in [start, end) of the clean text, as the extractor
    takes them: spans of that stretch of the clean text."""
    tables = []
    for table in document.tables:
        cells = np.asarray(
            [(c.row, c.column, c.row_span, c.column_span, c.start, c.end) for c in table.cells],
            dtype=np.int64,
        ).reshape(-1, 6)
        if clean.origin is not None and len(cells):
            cells[:, 4:] = np.searchsorted(clean.origin, cells[:, 4:])
        if len(cells) and (cells[:, 4].min() < start or cells[:, 5].max() > end):
            continue
        cells[:, 4:] -= start
        tables.append(
            (table.n_rows, table.n_columns, [tuple(c) for c in cells.tolist()], document.format)
        )
    return tables


def read_parts(document: Document) -> Reading:
    """Extract every report a document holds, spans in the document's text."""
    clean = normalize_text(document.text)
    warnings = list(document.warnings) + list(clean.notes)
    text = clean.text
    starts = report_starts(text)
    if starts:
        bounds = [0, *starts, len(text)]
        raws = [
            _core.extract_report(text[a:b], _tables_in(document, clean, a, b))
            for a, b in itertools.pairwise(bounds)
        ]
        if all(raw["plan_years"] for raw in raws):
            title = text[starts[0] :].split("\n", 1)[0].strip()
            warnings.append(
                f"the text holds {len(raws)} reports (the opening line {title[:40]!r} comes "
                f"back {len(starts)} time{'s' if len(starts) > 1 else ''}): read as "
                f"parts 1–{len(raws)}, each with its own plans and facts"
            )
            parts = tuple(
                Part(number, _mapped(raw, offset, clean, document.text))
                for number, (raw, offset) in enumerate(zip(raws, bounds[:-1], strict=True), start=1)
            )
            return Reading(document, clean, parts, tuple(warnings))
    raw = _core.extract_report(text, _tables_in(document, clean, 0, len(text)))
    return Reading(
        document, clean, (Part(1, _mapped(raw, 0, clean, document.text)),), tuple(warnings)
    )


def provenance(document: Document, starts: Sequence[int] | np.ndarray) -> dict[str, list[Any]]:
    """For each span start: the PDF page (1-based), and the table (its index in
    ``document.tables``), grid row and column of the cell it falls in; None where there is
    none.

    >>> from plan6.report.documents import read_document
    >>> doc = read_document(b"<p>a</p><table><tr><td>x</td><td>426</td></tr></table>")
    >>> provenance(doc, [doc.text.index("426"), 0])
    {'page': [None, None], 'table': [0, None], 'table_row': [0, None], 'table_column': [1, None]}
    """
    where = np.asarray(starts, dtype=np.int64).reshape(-1)
    pages = document.pages_of(where)
    page_column = [int(p) if p > 0 else None for p in pages.tolist()]
    table: list[Any] = []
    row: list[Any] = []
    column: list[Any] = []
    for start in where.tolist():
        found = document.cell_at(start) if document.tables else None
        if found is None:
            table.append(None)
            row.append(None)
            column.append(None)
        else:
            table.append(found[0])
            row.append(found[1].row)
            column.append(found[1].column)
    return {"page": page_column, "table": table, "table_row": row, "table_column": column}
