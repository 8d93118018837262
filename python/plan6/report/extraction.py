"""Fact extraction from evaluation reports (C++): every number becomes a fact or a residue row.

:func:`extract` reads a report's text (PDF-extracted, cells out of order) into one row per
quantitative fact: policy plan, fiscal year, section, metric, value in base units, unit,
qualifiers, prior-year / plan / starting values, and the span of the value in the text.
:func:`read_report` also returns the residue (every other number, with the reason it is not a
fact) and the policy plan × fiscal year table with achievement categories and the evidence
that decided each year.

>>> import plan6
>>> facts = plan6.extract(plan6.datasets.kawasaki_plan6_text())
>>> row = facts[(facts.value == 426) & (facts.section == "result")].iloc[0]
>>> row.policy_plan_ja, int(row.fiscal_year), float(row.target_value)
('就業の支援', 2012, 320.0)
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..model.schema import FACTS, PLANS, RESIDUE, Table, typed_column
from .documents import Document, Source, read_document
from .documents import Table as DocumentTable
from .documents._normalize import NormalizedText
from .documents._reading import Reading, provenance, read_parts
from .layouts import (
    LAYOUTS,
    LayoutWarning,
    _checks_table,
    _grade_columns,
    _grades_table,
    _legends_table,
    _tables_of,
    not_recognised,
)
from .linking import link_metrics

if TYPE_CHECKING:
    from ..model.dataset import EvaluationDataset

__all__ = ["Extraction", "FileResult", "combine", "extract", "extract_files", "read_report"]

# Where a fact was found besides its span: the report of the text (1 unless the text holds
# several), the PDF page, and the table cell (index in Document.tables, grid row, column).
_PROVENANCE = ["part", "page", "table", "table_row", "table_column"]


@dataclass(frozen=True, repr=False)
class Extraction:
    """What :func:`read_report` found in one report.

    Attributes
    ----------
    facts
        One row per quantitative fact (see :func:`extract`).
    residue
        Every number that is not a fact (nor a fact's prior, target or starting value), with
        its span, kind and the reason: a date, a fiscal year, an ordinal, a goal cell…
    plans
        One row per policy plan × fiscal year: programme, ``status`` (達成状況区分),
        ``target_changed`` ("3*"), ``reference_status``, the span of the result block, and
        ``year_confidence`` / ``year_evidence``: why the block was taken for that year.
    text
        The text that was read (the document's text: every span slices it).
    document
        The :class:`~plan6.documents.Document` the text came from (its pages and tables).
    warnings
        What reading the document had to guess or leave out, one sentence each: noise taken
        out of the text, several reports in one text, pages without a text layer, and — when
        no layout was recognised — what was looked for and how many numbers were scanned.
    grades
        Every labelled grade of the graded items (達成度 3, 妥当性 A…), one row each, with its
        scale family, rank and the wording the document's legend gives it
        (:mod:`plan6.report.layouts`).
    legends
        The grade legends and distribution tables: one row per grade (code → label) with the
        counts printed beside it, and the totals row.
    checks
        The figures the document contradicts itself on: a printed 達成率 that its own actual
        and target do not give, counts per grade that do not add up or do not match the items.
    tables
        The tables read (the document's own, then those written in its text), which the facts'
        ``table`` column indexes.
    layouts
        The layout families found: narrative, year_grid, graded_items, grade_legend,
        indicator_table.
    document_year
        The fiscal year the document says it evaluates (its title), or None.
    """

    facts: pd.DataFrame
    residue: pd.DataFrame
    plans: pd.DataFrame
    text: str = field(repr=False)
    document: Document | None = field(default=None, repr=False, compare=False)
    warnings: tuple[str, ...] = ()
    normalized: NormalizedText | None = field(default=None, repr=False, compare=False)
    grades: pd.DataFrame = field(default_factory=lambda: _grades_table(()), repr=False)
    legends: pd.DataFrame = field(default_factory=lambda: _legends_table(()), repr=False)
    checks: pd.DataFrame = field(default_factory=lambda: _checks_table(()), repr=False)
    tables: tuple[DocumentTable, ...] = field(default=(), repr=False, compare=False)
    layouts: tuple[str, ...] = ()
    document_year: int | None = None

    @property
    def parts(self) -> list[Extraction]:
        """One extraction per report of the text (a text may hold several, read apart).

        >>> import plan6
        >>> text = plan6.datasets.kawasaki_plan6_text()
        >>> [len(p.plans) for p in plan6.read_report(text + "\\n" + text).parts]
        [30, 30]
        """
        numbers = sorted(set(self.plans["part"].tolist()) | set(self.facts["part"].tolist()))
        if len(numbers) <= 1:
            return [self]
        return [
            Extraction(
                facts=self.facts[self.facts["part"] == n].reset_index(drop=True),
                residue=self.residue[self.residue["part"] == n].reset_index(drop=True),
                plans=self.plans[self.plans["part"] == n].reset_index(drop=True),
                text=self.text,
                document=self.document,
                warnings=self.warnings,
                normalized=self.normalized,
                grades=self.grades[self.grades["part"] == n].reset_index(drop=True),
                legends=self.legends[self.legends["part"] == n].reset_index(drop=True),
                checks=self.checks[self.checks["part"] == n].reset_index(drop=True),
                layouts=self.layouts,
                document_year=self.document_year,
            )
            for n in numbers
        ]

    def to_dataset(self, title: str | None = None) -> EvaluationDataset:
        """The extraction as an :class:`~plan6.model.EvaluationDataset`, so that a report
        read from text gets the same indicators, display, report and exports as the bundled one.

        Facts of the same policy plan that measure the same thing in consecutive years share
        an ``indicator`` id (:func:`plan6.report.linking.link_metrics`: the same unit, a
        quoted prior-year value or a metric worded alike), which links a fact to its previous
        year's value. The plans carry their 【変更後の目標】 and 【環境等の変化・課題等】 notes.
        What text alone cannot give stays empty: English labels, curators' notes, the 現状
        paragraph. ``title`` defaults
        to the first line of the text.

        >>> import plan6
        >>> ds = plan6.read_report(plan6.datasets.kawasaki_plan6_text()).to_dataset()
        >>> ds.title, len(ds.plans), len(ds.facts)
        ('プラン６ 川崎の活力を生み出す産業イノベーション', 30, 235)
        """
        from ..model.dataset import EvaluationDataset

        if len(self.parts) > 1:
            raise ValueError(
                f"the text holds {len(self.parts)} reports: take one, e.g. "
                "extraction.parts[0].to_dataset()"
            )
        if title is None:
            title = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        result_text = [
            self.text[start:end]
            for start, end in zip(self.plans["result_start"], self.plans["result_end"], strict=True)
        ]
        plans = _as_dataset(PLANS, self.plans, {"result_text": result_text})
        facts = _as_dataset(FACTS, self.facts.reset_index(drop=True), {})
        facts["fact_id"] = np.arange(1, len(facts) + 1, dtype=np.int64)
        # The same metric in consecutive years, however each year words it, shares its id.
        facts["indicator"] = link_metrics(facts)
        return EvaluationDataset(title=title, plans=plans, facts=facts, text=self.text)

    def dates(self) -> pd.DataFrame:
        """Every date and fiscal-year mention of the result blocks, resolved on the calendar.

        The number scanner only classifies "1月28日" as a date; here each result block is
        scanned by :func:`plan6.scan_dates` in the fiscal year the block was read as, so a
        month-day gets its calendar year (1月28日 in FY2012 is 2013-01-28). Spans are in the
        whole text.

        >>> import plan6
        >>> report = plan6.read_report(plan6.datasets.kawasaki_plan6_text())
        >>> found = report.dates()
        >>> row = found[found.text == "1月28日"].iloc[0]
        >>> int(row.fiscal_year), str(row.start_date.date())
        (2012, '2013-01-28')
        """
        from ..calendar.dates import scan_dates

        frames = []
        blocks = self.plans[self.plans["result_end"] > self.plans["result_start"]]
        clean = self.normalized
        for block in blocks.itertuples():
            start, end = int(block.result_start), int(block.result_end)
            if clean is not None and clean.origin is not None:
                # Scan the clean text of the block (no invisible characters inside a date),
                # then give the spans in the document's text.
                start, end = (int(i) for i in np.searchsorted(clean.origin, [start, end]))
                found = scan_dates(clean.text[start:end], int(block.fiscal_year))
                if found.empty:
                    continue
                spans = clean.to_original(found["span_start"] + start, found["span_end"] + start)
                found["span_start"], found["span_end"] = spans[:, 0], spans[:, 1]
            else:
                found = scan_dates(self.text[start:end], int(block.fiscal_year))
                if found.empty:
                    continue
                found["span_start"] += start
                found["span_end"] += start
            found.insert(0, "policy_plan_no", block.policy_plan_no)
            found.insert(1, "policy_plan_ja", block.policy_plan_ja)
            found = found.rename(columns={"fiscal_year": "mention_fiscal_year"})
            found.insert(2, "fiscal_year", int(block.fiscal_year))
            frames.append(found)
        result: pd.DataFrame = (
            pd.concat(frames, ignore_index=True)
            if frames
            else pd.DataFrame(columns=["policy_plan_no", "policy_plan_ja", "fiscal_year"])
        )
        return result

    def __repr__(self) -> str:
        return (
            f"Extraction({len(self.plans)} policy plan-years, {len(self.facts)} facts, "
            f"{len(self.residue)} residue numbers)"
        )

    def _repr_html_(self) -> str:
        """Notebook view: the counts, the plan × year table and the first facts."""
        import html

        plans = self.plans[
            ["policy_plan_no", "policy_plan_ja", "fiscal_year", "status", "target_changed"]
        ]
        facts = self.facts[
            ["policy_plan_ja", "fiscal_year", "section", "metric_ja", "value", "unit_ja"]
        ].head(10)
        reasons = self.residue["reason"].value_counts().head(5)
        reason_list = "".join(
            f"<li>{html.escape(str(reason))}: {count}</li>" for reason, count in reasons.items()
        )
        return (
            f"<div><strong>{html.escape(repr(self))}</strong>"
            f"<details><summary>policy plans × fiscal years</summary>"
            f"{plans.to_html(index=False)}</details>"
            f"<details open><summary>first facts</summary>{facts.to_html(index=False)}</details>"
            f"<details><summary>residue by reason</summary><ul>{reason_list}</ul></details>"
            f"</div>"
        )


def _as_dataset(
    table: Table, extracted: pd.DataFrame, computed: Mapping[str, Sequence[Any]]
) -> pd.DataFrame:
    """An extracted table with a dataset's columns, in the schema's order: the keys a dataset
    needs filled (plan 0 for a fact outside any plan), what text alone cannot give empty
    (English labels, notes), `computed` columns as given."""
    columns: dict[str, Any] = {}
    for column in table.columns:
        if column.name in computed:
            columns[column.name] = computed[column.name]
        elif column.extracted is None:
            columns[column.name] = [""] * len(extracted)
        elif column.fill is not None:
            filled = extracted[column.name].fillna(column.fill)
            columns[column.name] = filled.astype(np.int64) if column.dtype == "int64" else filled
        else:
            columns[column.name] = extracted[column.name]
    frame: pd.DataFrame = pd.DataFrame(columns, index=extracted.index)
    return frame


def _columns(
    raw: dict[str, Any], document: Document | None = None, part: int = 1
) -> dict[str, dict[str, Sequence[Any]]]:
    """The three tables of one report as columns: lists, or numpy arrays from the core,
    with the provenance columns (part, page, table cell) from the document."""
    programmes = raw["programmes"]
    plans = raw["plans"]
    plan_no: list[Any] = []
    plan_ja: list[Any] = []
    programme_no: list[Any] = []
    programme_ja: list[Any] = []
    for plan in plans:
        plan_no.append(plan["policy_plan_no"])
        plan_ja.append(plan["policy_plan_ja"])
        index = plan["programme_index"]
        known = 0 <= index < len(programmes)
        programme_no.append(programmes[index]["programme_no"] if known else None)
        programme_ja.append(programmes[index]["programme_ja"] if known else None)

    def by_plan(values: list[Any], indices: list[int]) -> list[Any]:
        return [values[i] if 0 <= i < len(values) else None for i in indices]

    years = raw["plan_years"]
    year_index = [p["plan_index"] for p in years]
    plan_table: dict[str, list[Any]] = {
        "programme_no": by_plan(programme_no, year_index),
        "programme_ja": by_plan(programme_ja, year_index),
        "policy_plan_no": by_plan(plan_no, year_index),
        "policy_plan_ja": by_plan(plan_ja, year_index),
        "fiscal_year": [p["fiscal_year"] for p in years],
        "status": [p["status"] or None for p in years],
        "target_changed": [p["target_changed"] for p in years],
        "reference_status": [p["reference_status"] or None for p in years],
        "result_start": [p["result_start"] for p in years],
        "result_end": [p["result_end"] for p in years],
        "year_confidence": [p["year_confidence"] for p in years],
        "year_evidence": [p["year_evidence"] for p in years],
        "layout": [plans[p["plan_index"]]["layout"] for p in years],
        "name_label": [plans[p["plan_index"]]["name_label"] for p in years],
    }
    for key in ("status_code", "status_scale", "status_field", "status_label"):
        plan_table[key] = [_grade_columns(p)[key] for p in years]
    text = document.text if document is not None else ""
    plan_table["changed_target"], plan_table["change_note"] = _notes(raw, years, text)

    facts = raw["facts"]
    fact_index = facts["plan_index"].tolist()
    fact_years = facts["fiscal_year"].tolist()
    status = {(p["plan_index"], p["fiscal_year"]): p for p in years}
    year_rows = [status.get(key, {}) for key in zip(fact_index, fact_years, strict=True)]
    fact_table: dict[str, Sequence[Any]] = {
        "programme_no": by_plan(programme_no, fact_index),
        "programme_ja": by_plan(programme_ja, fact_index),
        "policy_plan_no": by_plan(plan_no, fact_index),
        "policy_plan_ja": by_plan(plan_ja, fact_index),
        "fiscal_year": [y or None for y in fact_years],
        "status": [r.get("status") or None for r in year_rows],
        "target_changed": [bool(r.get("target_changed", False)) for r in year_rows],
    }
    residue = raw["residue"]
    residue_table: dict[str, Sequence[Any]] = {
        c.name: residue[c.name] for c in RESIDUE.extracted() if c.name not in _PROVENANCE
    }
    for table, source in ((fact_table, facts), (residue_table, residue)):
        table.update(_where(document, source["span_start"], part))
    # A fact read from a table knows its cell: the table's index among those read (the
    # document's own first, then those written in its text), its row and column.
    grid = np.asarray(facts["grid"], dtype=np.int64)
    if (grid >= 0).any():
        read = grid >= 0
        for name, values in (
            ("table", grid),
            ("table_row", facts["grid_row"]),
            ("table_column", facts["grid_column"]),
        ):
            fact_table[name] = [
                int(v) if r else old
                for v, r, old in zip(
                    np.asarray(values).tolist(), read, fact_table[name], strict=True
                )
            ]
    for column in FACTS.extracted():
        if column.name not in fact_table:
            fact_table[column.name] = facts[column.name]
    plan_columns: dict[str, Sequence[Any]] = dict(plan_table)
    plan_columns["part"] = [part] * len(years)
    plan_columns["page"] = _where(document, plan_table["result_start"], part)["page"]
    return {"facts": fact_table, "residue": residue_table, "plans": plan_columns}


def _notes(
    raw: dict[str, Any], years: list[dict[str, Any]], text: str
) -> tuple[list[str], list[str]]:
    """Each plan-year's 【変更後の目標】 and its other notes (【環境等の変化・課題等】), their
    headings taken off, from the change-note sections the reader gave the plan and year."""
    notes: dict[tuple[int, int], list[str]] = {}
    for kind, start, end, plan, year in raw.get("sections", []):
        if kind == "change_note":
            notes.setdefault((plan, year), []).append(text[start:end].strip())
    changed, other = [], []
    for year in years:
        found = notes.get((year["plan_index"], year["fiscal_year"]), [])
        targets = [n for n in found if n.startswith("【") and "変更後" in n.split("】", 1)[0]]
        rest = [n for n in found if n not in targets]
        changed.append("\n".join(_body(n) for n in targets))
        other.append("\n".join(_body(n) for n in rest))
    return changed, other


def _body(note: str) -> str:
    """A note without its 【heading】."""
    head, _, body = note.partition("】")
    return body.strip() if head.startswith("【") else note


def _where(document: Document | None, starts: Any, part: int) -> dict[str, Sequence[Any]]:
    count = len(starts)
    if document is None:
        nothing: list[Any] = [None] * count
        found: dict[str, Sequence[Any]] = {n: nothing for n in _PROVENANCE[1:]}
    else:
        found = dict(provenance(document, starts))
    found["part"] = [part] * count
    return found


_TABLES = {"facts": FACTS, "residue": RESIDUE, "plans": PLANS}


def _frame(name: str, columns: Mapping[str, Sequence[Any]]) -> pd.DataFrame:
    """One extracted table from its columns, each built once with the schema's extracted
    dtype, in the schema's order (after ``source`` when the table has one)."""
    schema = _TABLES[name].extracted()
    typed: dict[str, Any] = {}
    if "source" in columns:
        typed["source"] = columns["source"]
    for column in schema:
        typed[column.name] = typed_column(columns[column.name], column.extracted or "str")
    frame: pd.DataFrame = pd.DataFrame(typed, columns=list(typed), copy=False)
    return frame


def _merged(reading: Reading) -> dict[str, dict[str, list[Any]]]:
    """The columns of every part of a reading, one after the other."""
    merged: dict[str, dict[str, list[Any]]] = {
        name: {column.name: [] for column in table.extracted()} for name, table in _TABLES.items()
    }
    for part in reading.parts:
        for name, columns in _columns(part.raw, reading.document, part.number).items():
            for column, values in columns.items():
                merged[name][column].extend(
                    values.tolist() if isinstance(values, np.ndarray) else values
                )
    return merged


def _with_item_columns(plans: pd.DataFrame, parts: Sequence[tuple[int, dict[str, Any]]]) -> None:
    """Graded items' further grades (``grade:妥当性``) and fields in words (``field:所管課``),
    one column each, where the document has them."""
    extra: list[dict[str, Any]] = []
    for _, raw in parts:
        for year in raw["plan_years"]:
            row = {k: v for k, v in _grade_columns(year).items() if k.startswith("grade:")}
            plan = raw["plans"][year["plan_index"]]
            for label, value in plan.get("fields", []):
                row.setdefault(f"field:{label}", value)
            extra.append(row)
    names = sorted({name for row in extra for name in row})
    for name in names:
        plans[name] = [row.get(name, "") for row in extra]


def _build(reading: Reading) -> Extraction:
    if len(reading.parts) == 1:
        tables = _columns(reading.parts[0].raw, reading.document, 1)
    else:
        tables = _merged(reading)  # type: ignore[assignment]
    parts = [(part.number, part.raw) for part in reading.parts]
    plans = _frame("plans", tables["plans"])
    _with_item_columns(plans, parts)
    found = tuple(
        name for name in LAYOUTS if any(name in raw.get("layouts", []) for _, raw in parts)
    )
    numbers = sum(int(raw["mention_count"]) for _, raw in parts)
    notes = list(reading.warnings)
    missing = not_recognised(found, numbers)
    if missing is not None:
        notes.append(missing)
    first = reading.parts[0].raw
    return Extraction(
        facts=_frame("facts", tables["facts"]),
        residue=_frame("residue", tables["residue"]),
        plans=plans,
        text=reading.document.text,
        document=reading.document,
        warnings=tuple(notes),
        normalized=reading.normalized,
        grades=_grades_table(parts),
        legends=_legends_table(parts),
        checks=_checks_table(parts),
        tables=_tables_of(first, reading.document.text) if len(parts) == 1 else (),
        layouts=found,
        document_year=int(first.get("document_year", 0)) or None,
    )


def _document(source: Source | Document, encoding: str | None, format: str | None) -> Document:
    if isinstance(source, Document):
        return source
    if not isinstance(source, (str, bytes, bytearray, memoryview, os.PathLike)) and not hasattr(
        source, "read"
    ):
        raise TypeError(
            "source must be text (str), bytes, a path, a binary file object or a Document, "
            f"not {type(source).__name__}"
        )
    return read_document(source, encoding=encoding, format=format)


def _read(source: Source | Document, encoding: str | None, format: str | None) -> Extraction:
    return _build(read_parts(_document(source, encoding, format)))


def read_report(
    source: Source | Document, *, encoding: str | None = None, format: str | None = None
) -> Extraction:
    """Read an evaluation report: facts, residue and the plan × year table.

    Parameters
    ----------
    source
        The report: its text (``str``), ``bytes``, a path (PDF, HTML, spreadsheet, CSV or
        text in any Japanese encoding) or a binary file object — whatever
        :func:`plan6.read_document` reads — or a :class:`~plan6.documents.Document`. A
        one-line ``str`` naming an existing file is read as that file.
    encoding, format
        Force the text encoding or the format (see :func:`plan6.read_document`).

    The text is read clean (invisible characters, odd line separators and double spacing
    taken out, see :func:`plan6.documents.normalize_text`), every span still slices
    ``Extraction.text``. A text holding several reports is read as parts (column ``part``).
    Besides the span, each fact says its ``page`` (PDF) and its table cell (``table``,
    ``table_row``, ``table_column``: ``Document.tables[table]``, grid row and column).

    Examples
    --------
    >>> import plan6
    >>> report = plan6.read_report(plan6.datasets.kawasaki_plan6_text())
    >>> report
    Extraction(30 policy plan-years, ... facts, ... residue numbers)
    >>> report.plans.groupby("fiscal_year").size().to_dict()
    {2011: 15, 2012: 15}
    """
    extraction = _read(source, encoding, format)
    if not extraction.layouts and extraction.warnings:
        warnings.warn(LayoutWarning(extraction.warnings[-1]), stacklevel=2)
    return extraction


def extract(
    source: Source | Document, *, encoding: str | None = None, format: str | None = None
) -> pd.DataFrame:
    """The quantitative facts of an evaluation report, one row per fact.

    Columns: programme and policy plan (number and Japanese name), ``fiscal_year``,
    ``section`` (result, change_note, summary), the plan-year's ``status`` and
    ``target_changed``, ``metric_ja`` (the noun phrase before the number), ``kind`` (count,
    amount, ratio, change, frequency, duration), ``value`` in base units, ``unit``, ``unit_ja``,
    ``approximate``, ``lower_bound``, ``upper_bound``, ``value_text``, ``prior_value`` /
    ``prior_text`` (（前年度N）), ``target_value`` / ``target_text`` (計画（N）を上回る…),
    ``from_value`` / ``from_text`` (NからMまで), ``role`` (applications / approvals),
    ``quote`` and the value's span (code points), then its provenance: ``part``, ``page``,
    ``table``, ``table_row``, ``table_column`` (see :func:`read_report`, which takes the
    same sources).

    Use :func:`read_report` for the residue and the plan × year table.

    Examples
    --------
    >>> import plan6
    >>> facts = plan6.extract("【主な実施結果】\\n就業の支援\\n・求職登録者827人（前年度752人）。")
    >>> facts[["policy_plan_ja", "value", "unit", "prior_value"]].to_dict("records")
    [{'policy_plan_ja': '就業の支援', 'value': 827.0, 'unit': 'persons', 'prior_value': 752.0}]
    """
    return _read(source, encoding, format).facts  # the facts of any text, fragments too: no warning


class FileResult:
    """One file of :func:`extract_files`: its extraction, or the error that stopped it
    (one sentence naming the file and the reason)."""

    def __init__(self, path: str, reading: Reading | None, error: str | None):
        self.path = path
        self.error = error
        self._reading = reading
        self._extraction: Extraction | None = None

    @property
    def warnings(self) -> tuple[str, ...]:
        """What reading the file had to guess or leave out."""
        return self._reading.warnings if self._reading is not None else ()

    @property
    def extraction(self) -> Extraction | None:
        """The report's tables (built on first use), or None when the file failed."""
        if self._reading is None:
            return None
        if self._extraction is None:
            self._extraction = _build(self._reading)
        return self._extraction

    def __repr__(self) -> str:
        state = f"error={self.error!r}" if self.error else "ok"
        return f"FileResult({self.path!r}, {state})"


def extract_files(
    paths: Sequence[Source],
    jobs: int | None = None,
    progress: Callable[[Iterable[FileResult], int], Iterable[FileResult]] | None = None,
    *,
    encoding: str | None = None,
    format: str | None = None,
    names: Sequence[str] | None = None,
) -> list[FileResult]:
    """Extract many report files in parallel threads (the C++ work releases the GIL).

    A file that cannot be read or parsed gives a :class:`FileResult` with ``error`` set; the
    other files' results are kept. Results come back in the order of ``paths``; use
    :func:`combine` for one table over all files.

    Parameters
    ----------
    paths
        Documents: paths of any format :func:`plan6.read_document` reads, or bytes.
    jobs
        Worker threads (default: the number of cores).
    progress
        Wraps the stream of finished results, e.g. ``lambda it, n: tqdm(it, total=n)``.
    encoding, format
        Force the text encoding or the format of every file.
    names
        What each source is called in ``FileResult.path`` and in messages (default: the
        path; ``<stdin>`` for data read from standard input by the command line).

    Examples
    --------
    >>> import pathlib, tempfile, plan6
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text(plan6.datasets.kawasaki_plan6_text(), encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes(b"\\xff")
    >>> [(r.extraction is not None, r.error is not None)
    ...  for r in extract_files([folder / "a.txt", folder / "b.txt"])]
    [(True, False), (False, True)]
    """
    labels = (
        list(names)
        if names is not None
        else [os.fspath(p) if isinstance(p, (str, os.PathLike)) else "<bytes>" for p in paths]
    )
    if len(labels) != len(paths):
        raise ValueError(f"names has {len(labels)} entries for {len(paths)} sources")
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise ValueError(f"jobs must be at least 1, not {workers}")

    def one(source: Source, label: str) -> FileResult:
        # Only reading and the C++ extraction run here (it releases the GIL); DataFrames are
        # built later, once for all files, by combine().
        try:
            path = Path(os.fspath(source)) if isinstance(source, (str, os.PathLike)) else None
            document = read_document(
                path if path is not None else source,
                encoding=encoding,
                format=format,
                name=label,
            )
            return FileResult(label, read_parts(document), None)
        except FileNotFoundError:
            return FileResult(label, None, f"{label}: no such file")
        except OSError as error:
            return FileResult(label, None, f"{label}: {error.strerror or error}")
        except (ValueError, TypeError) as error:
            message = str(error)
            return FileResult(
                label, None, message if message.startswith(label) else f"{label}: {message}"
            )
        except Exception as error:  # a reader's bug must not cost the other files
            return FileResult(
                label, None, f"{label}: could not be read ({type(error).__name__}: {error})"
            )

    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(one, source, label) for source, label in zip(paths, labels, strict=True)
        ]

        def finished() -> Iterable[FileResult]:
            for future in as_completed(futures):
                yield future.result()

        stream = progress(finished(), len(labels)) if progress is not None else finished()
        for _ in stream:
            pass
    return [future.result() for future in futures]


def combine(results: Iterable[FileResult]) -> dict[str, pd.DataFrame]:
    """One ``facts``, ``residue`` and ``plans`` table over all successful files, each with a
    ``source`` column (the file), built in one go.

    Examples
    --------
    >>> import pathlib, tempfile, plan6
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_text(plan6.datasets.kawasaki_plan6_text(), encoding="utf-8")
    >>> tables = combine(extract_files([path, path]))
    >>> len(tables["facts"]), tables["facts"].source.nunique()
    (470, 1)
    """
    merged: dict[str, dict[str, list[Any]]] = {
        name: {column: [] for column in ["source", *(c.name for c in table.extracted())]}
        for name, table in _TABLES.items()
    }
    for result in results:
        if result._reading is None:
            continue
        for name, columns in _merged(result._reading).items():
            rows = len(next(iter(columns.values()))) if columns else 0
            merged[name]["source"].extend([result.path] * rows)
            for column, values in columns.items():
                merged[name][column].extend(values)
    return {name: _frame(name, columns) for name, columns in merged.items()}
