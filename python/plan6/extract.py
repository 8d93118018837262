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
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import _core

__all__ = ["Extraction", "extract", "extract_files", "read_report"]

_FACT_COLUMNS = [
    "programme_no",
    "programme_ja",
    "policy_plan_no",
    "policy_plan_ja",
    "fiscal_year",
    "section",
    "status",
    "target_changed",
    "metric_ja",
    "kind",
    "value",
    "unit",
    "unit_ja",
    "approximate",
    "lower_bound",
    "upper_bound",
    "value_text",
    "prior_value",
    "prior_text",
    "target_value",
    "target_text",
    "from_value",
    "from_text",
    "role",
    "quote",
    "span_start",
    "span_end",
]
_PLAN_COLUMNS = [
    "programme_no",
    "programme_ja",
    "policy_plan_no",
    "policy_plan_ja",
    "fiscal_year",
    "status",
    "target_changed",
    "reference_status",
    "result_start",
    "result_end",
    "year_confidence",
    "year_evidence",
]
_RESIDUE_COLUMNS = ["span_start", "span_end", "text", "value", "kind", "unit", "reason"]


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
        The text that was read.
    """

    facts: pd.DataFrame
    residue: pd.DataFrame
    plans: pd.DataFrame
    text: str = field(repr=False)

    def __repr__(self) -> str:
        return (
            f"Extraction({len(self.plans)} policy plan-years, {len(self.facts)} facts, "
            f"{len(self.residue)} residue numbers)"
        )


def _text(text: str | bytes) -> str | bytes:
    if isinstance(text, (str, bytes)):
        return text
    raise TypeError(f"text must be str or bytes, not {type(text).__name__}")


def _build(raw: dict, text: str) -> Extraction:
    programmes = raw["programmes"]
    plans = raw["plans"]

    def programme_of(plan_index: int) -> tuple[object, object]:
        if plan_index < 0 or plan_index >= len(plans):
            return (pd.NA, None)
        index = plans[plan_index]["programme_index"]
        if index < 0 or index >= len(programmes):
            return (pd.NA, None)
        return programmes[index]["programme_no"], programmes[index]["programme_ja"]

    def plan_of(plan_index: int) -> tuple[object, object]:
        if plan_index < 0 or plan_index >= len(plans):
            return (pd.NA, None)
        return plans[plan_index]["policy_plan_no"], plans[plan_index]["policy_plan_ja"]

    status = {(p["plan_index"], p["fiscal_year"]): p for p in raw["plan_years"]}

    plan_rows = []
    for p in raw["plan_years"]:
        programme_no, programme_ja = programme_of(p["plan_index"])
        plan_no, plan_ja = plan_of(p["plan_index"])
        plan_rows.append(
            {
                "programme_no": programme_no,
                "programme_ja": programme_ja,
                "policy_plan_no": plan_no,
                "policy_plan_ja": plan_ja,
                "fiscal_year": p["fiscal_year"],
                "status": p["status"] if p["status"] else pd.NA,
                "target_changed": p["target_changed"],
                "reference_status": p["reference_status"] if p["reference_status"] else pd.NA,
                "result_start": p["result_start"],
                "result_end": p["result_end"],
                "year_confidence": p["year_confidence"],
                "year_evidence": p["year_evidence"],
            }
        )
    plan_frame = pd.DataFrame(plan_rows, columns=_PLAN_COLUMNS)
    for column in ["programme_no", "policy_plan_no", "status", "reference_status"]:
        plan_frame[column] = plan_frame[column].astype("Int64")
    plan_frame["fiscal_year"] = plan_frame["fiscal_year"].astype(np.int64)

    columns = dict(raw["facts"])
    plan_index = np.asarray(columns.pop("plan_index"), dtype=np.int64)
    count = len(plan_index)
    plan_info = [plan_of(int(i)) for i in range(len(plans))]
    programme_info = [programme_of(int(i)) for i in range(len(plans))]

    def lookup(table: list[tuple[object, object]], position: int) -> list[object]:
        return [
            table[i][position] if 0 <= i < len(table) else (pd.NA if position == 0 else None)
            for i in plan_index.tolist()
        ]

    years = np.asarray(columns["fiscal_year"], dtype=np.int64)
    year_rows = [status.get((int(p), int(y)), {}) for p, y in zip(plan_index, years, strict=True)]
    facts = pd.DataFrame(
        {
            "programme_no": pd.array(lookup(programme_info, 0), dtype="Int64"),
            "programme_ja": lookup(programme_info, 1),
            "policy_plan_no": pd.array(lookup(plan_info, 0), dtype="Int64"),
            "policy_plan_ja": lookup(plan_info, 1),
            "fiscal_year": pd.array(
                [int(y) if y else pd.NA for y in years.tolist()], dtype="Int64"
            ),
            "status": pd.array([r.get("status") or pd.NA for r in year_rows], dtype="Int64"),
            "target_changed": np.array(
                [bool(r.get("target_changed", False)) for r in year_rows], dtype=bool
            ),
            **{n: columns[n] for n in _FACT_COLUMNS if n in columns and n != "fiscal_year"},
        },
        index=pd.RangeIndex(count),
    )[_FACT_COLUMNS]
    for column in ["value", "prior_value", "target_value", "from_value"]:
        facts[column] = facts[column].astype(np.float64)
    for column in ["span_start", "span_end"]:
        facts[column] = facts[column].astype(np.int64)
    for column in ["approximate", "lower_bound", "upper_bound"]:
        facts[column] = facts[column].astype(bool)

    residue = pd.DataFrame(dict(raw["residue"]), columns=_RESIDUE_COLUMNS)
    residue["value"] = residue["value"].astype(np.float64)
    for column in ["span_start", "span_end"]:
        residue[column] = residue[column].astype(np.int64)
    return Extraction(facts=facts, residue=residue, plans=plan_frame, text=text)


def read_report(text: str | bytes) -> Extraction:
    """Read an evaluation report: facts, residue and the plan × year table.

    Parameters
    ----------
    text
        The report text (``str``, or UTF-8 ``bytes``; invalid bytes raise plan6.ParseError
        naming the byte offset).

    Examples
    --------
    >>> import plan6
    >>> report = plan6.read_report(plan6.datasets.kawasaki_plan6_text())
    >>> report
    Extraction(30 policy plan-years, ... facts, ... residue numbers)
    >>> report.plans.groupby("fiscal_year").size().to_dict()
    {2011: 15, 2012: 15}
    """
    source = _text(text)
    raw = _core.extract_report(source)
    as_str = source if isinstance(source, str) else source.decode("utf-8")
    return _build(raw, as_str)


def extract(text: str | bytes) -> pd.DataFrame:
    """The quantitative facts of an evaluation report, one row per fact.

    Columns: programme and policy plan (number and Japanese name), ``fiscal_year``,
    ``section`` (result, change_note, summary), the plan-year's ``status`` and
    ``target_changed``, ``metric_ja`` (the noun phrase before the number), ``kind`` (count,
    amount, ratio, change, frequency, duration), ``value`` in base units, ``unit``, ``unit_ja``,
    ``approximate``, ``lower_bound``, ``upper_bound``, ``value_text``, ``prior_value`` /
    ``prior_text`` (（前年度N）), ``target_value`` / ``target_text`` (計画（N）を上回る…),
    ``from_value`` / ``from_text`` (NからMまで), ``role`` (applications / approvals),
    ``quote`` and the value's span (code points).

    Use :func:`read_report` for the residue and the plan × year table.

    Examples
    --------
    >>> import plan6
    >>> facts = plan6.extract("【主な実施結果】\\n就業の支援\\n・求職登録者827人（前年度752人）。")
    >>> facts[["policy_plan_ja", "value", "unit", "prior_value"]].to_dict("records")
    [{'policy_plan_ja': '就業の支援', 'value': 827.0, 'unit': 'persons', 'prior_value': 752.0}]
    """
    return read_report(text).facts


@dataclass(frozen=True)
class FileResult:
    """One file of :func:`extract_files`: its extraction, or the error that stopped it."""

    path: str
    extraction: Extraction | None
    error: str | None


def extract_files(
    paths: Sequence[str | os.PathLike[str]],
    jobs: int | None = None,
    progress: Callable[[Iterable[FileResult], int], Iterable[FileResult]] | None = None,
) -> list[FileResult]:
    """Extract many report files in parallel threads (the C++ work releases the GIL).

    A file that cannot be read or parsed gives a :class:`FileResult` with ``error`` set; the
    other files' results are kept. Results come back in the order of ``paths``.

    Parameters
    ----------
    paths
        Text files (UTF-8).
    jobs
        Worker threads (default: the number of cores).
    progress
        Wraps the stream of finished results, e.g. ``lambda it, n: tqdm(it, total=n)``.

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
    names = [os.fspath(p) for p in paths]
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise ValueError(f"jobs must be at least 1, not {workers}")

    def one(path: str) -> FileResult:
        try:
            data = Path(path).read_bytes()
            return FileResult(path, read_report(data), None)
        except (OSError, ValueError, TypeError) as error:
            return FileResult(path, None, f"{type(error).__name__}: {error}")

    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(one, name) for name in names]

        def finished() -> Iterable[FileResult]:
            from concurrent.futures import as_completed

            for future in as_completed(futures):
                yield future.result()

        stream = progress(finished(), len(names)) if progress is not None else finished()
        for _ in stream:
            pass
    return [future.result() for future in futures]
