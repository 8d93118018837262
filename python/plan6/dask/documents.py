"""Evaluation reports read on a dask cluster: many files, a group of them per task, into the
``facts``, ``plans`` and ``residue`` tables ``plan6 extract`` writes — as dask DataFrames —
with the files that failed and their reasons in ``errors``, and what reading had to guess in
``warnings``.

Each task reads its files with :func:`plan6.report.extract_files` (the C++ extractor
releases the GIL, so a threaded worker reads as many files at once as it has threads) and
builds the tables with :func:`plan6.report.combine`, as one machine does. Workers read the
paths themselves: on a cluster, give paths every worker sees (a shared file system), or a
dask bag of the documents' bytes.

>>> import pathlib, tempfile, plan6.dask
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("【主な実施結果】\\n就業の支援\\n・求職登録者827人。",
...                                   encoding="utf-8")
>>> reports = plan6.dask.read_reports([folder / "a.txt", folder / "missing.txt"])
>>> tables = reports.compute()
>>> tables["facts"]["value"].tolist(), len(tables["errors"])
([827.0], 1)
"""

from __future__ import annotations

import functools
import math
import operator
import os
from collections.abc import Sequence
from typing import Any, NamedTuple

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.base import compute, persist
from dask.delayed import delayed

from ..model.schema import FACTS, PLANS, RESIDUE
from ..report import combine, extract_files
from ..report.documents import Source

__all__ = ["TABLES", "Reports", "extract_on", "read_reports"]

#: The tables of :class:`Reports`, in order.
TABLES: tuple[str, ...] = ("facts", "plans", "residue", "errors", "warnings")

#: How many files one task reads unless told: enough to keep the scheduler's overhead small
#: next to the reading (at 16 small files a task, dask's own overhead halved the files per
#: second; at 64 it matches a plain process pool), few enough to spread over the workers.
FILES_PER_PARTITION = 64


def _label(source: Any) -> str:
    return os.fspath(source) if isinstance(source, (str, os.PathLike)) else "<bytes>"


#: pandas' default dtype of text (``str`` on pandas 3, object before).
_TEXT = pd.Series(["text"]).dtype
_SCHEMAS = {"facts": FACTS, "plans": PLANS, "residue": RESIDUE}


@functools.cache
def _dtypes(name: str) -> dict[str, Any]:
    """The dtypes of one table, the same in every partition: the schema's extracted dtypes,
    and text as text even where a group of files has no text in a column (one machine's
    table then has float64 or object there)."""
    dtypes: dict[str, Any] = dict(combine([])[name].dtypes)
    dtypes["source"] = _TEXT
    for column in _SCHEMAS[name].extracted():
        if (column.extracted or "str") == "str":
            dtypes[column.name] = _TEXT
    return dtypes


def _typed(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """`frame` with the table's dtypes, casting only the columns that differ."""
    dtypes = _dtypes(name)
    differ = {c: t for c, t in dtypes.items() if frame[c].dtype != t}
    return frame.astype(differ) if differ else frame


def _empty(name: str) -> pd.DataFrame:
    """The columns and dtypes of one table (the meta of its dask DataFrame)."""
    if name in ("errors", "warnings"):
        column = "error" if name == "errors" else "warning"
        return pd.DataFrame(
            {"source": pd.Series([], dtype=_TEXT), column: pd.Series([], dtype=_TEXT)}
        )
    return _typed(combine([])[name], name)


def _read_partition(
    sources: Sequence[Any], encoding: str | None, format: str | None
) -> dict[str, pd.DataFrame]:
    """The tables of one group of files, read in the worker's process."""
    sources = list(sources)
    results = extract_files(
        sources, jobs=1, encoding=encoding, format=format, names=[_label(s) for s in sources]
    )
    tables = {name: _typed(frame, name) for name, frame in combine(results).items()}
    failed = [r for r in results if r.error is not None]
    tables["errors"] = pd.DataFrame(
        {
            "source": pd.Series([r.path for r in failed], dtype=_TEXT),
            "error": pd.Series([r.error for r in failed], dtype=_TEXT),
        }
    )
    noted = [(r.path, warning) for r in results for warning in r.warnings]
    tables["warnings"] = pd.DataFrame(
        {
            "source": pd.Series([path for path, _ in noted], dtype=_TEXT),
            "warning": pd.Series([warning for _, warning in noted], dtype=_TEXT),
        }
    )
    return tables


class Reports(NamedTuple):
    """The tables of :func:`read_reports`, each a dask DataFrame with a ``source`` column (the
    file). They share their tasks: compute them together (:meth:`compute`, or
    ``dask.compute(*reports)``) or :meth:`persist` them, so that each file is read once."""

    facts: dd.DataFrame
    plans: dd.DataFrame
    residue: dd.DataFrame
    errors: dd.DataFrame
    warnings: dd.DataFrame

    def compute(self, **options: Any) -> dict[str, pd.DataFrame]:
        """Every table as a pandas DataFrame numbered 0, 1, 2… — what ``plan6 extract`` and
        :func:`plan6.report.combine` give — reading each file once.

        >>> import plan6.dask
        >>> sorted(plan6.dask.read_reports([]).compute())
        ['errors', 'facts', 'plans', 'residue', 'warnings']
        """
        frames = compute(*self, **options)
        return {
            name: frame.reset_index(drop=True) for name, frame in zip(TABLES, frames, strict=True)
        }

    def persist(self, **options: Any) -> Reports:
        """The tables kept in the cluster's memory, each file read once.

        >>> import plan6.dask
        >>> len(plan6.dask.read_reports([]).persist().facts)
        0
        """
        return Reports(*persist(*self, **options))


def read_reports(
    sources: Sequence[Source] | db.Bag,
    *,
    encoding: str | None = None,
    format: str | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
) -> Reports:
    """Read evaluation reports on dask: facts, plans, residue, errors and warnings.

    Parameters
    ----------
    sources
        Paths (or bytes) of documents in any format :func:`plan6.read_document` reads, or a
        dask bag of them (one task per bag partition).
    encoding, format
        Force the text encoding or the format of every file.
    files_per_partition
        Files read by one task when `sources` is a sequence.

    Returns
    -------
    Reports
        ``facts``, ``plans`` and ``residue`` as ``plan6 extract`` gives them (with ``source``),
        ``errors`` (``source``, ``error``: one sentence naming the file and the reason) and
        ``warnings`` (``source``, ``warning``); the files that failed leave the others' rows
        alone. Every partition has the same dtypes: the schema's, with text columns always
        of pandas' text dtype (one machine gives float64 or object for a text column that
        none of its files fills).

    Examples
    --------
    >>> import dask.bag as db, plan6.dask
    >>> text = "【主な実施結果】\\n就業の支援\\n・求職登録者827人（前年度752人）。".encode()
    >>> reports = plan6.dask.read_reports(db.from_sequence([text, b"\\xff"], npartitions=2))
    >>> tables = reports.compute()
    >>> tables["facts"][["value", "prior_value"]].to_dict("records")
    [{'value': 827.0, 'prior_value': 752.0}]
    >>> tables["errors"]["source"].tolist()
    ['<bytes>']
    """
    if isinstance(files_per_partition, bool) or not isinstance(files_per_partition, int):
        raise TypeError(f"files_per_partition must be an int, not {files_per_partition!r}")
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, not {files_per_partition}")
    if isinstance(sources, db.Bag):
        groups: list[Any] = list(sources.to_delayed())
    else:
        if isinstance(sources, (str, bytes, os.PathLike)):
            raise TypeError("sources must be a sequence of paths or bytes (or a dask bag), not one")
        items = list(sources)
        count = max(1, math.ceil(len(items) / files_per_partition))
        groups = [
            items[i * files_per_partition : (i + 1) * files_per_partition] for i in range(count)
        ]
    read = delayed(_read_partition, pure=True)
    parts = [read(group, encoding, format) for group in groups]
    pick = delayed(operator.getitem, pure=True)
    tables = [
        dd.from_delayed([pick(part, name) for part in parts], meta=_empty(name), verify_meta=True)
        for name in TABLES
    ]
    return Reports(*tables)


def extract_on(
    address: str,
    files: Sequence[Source],
    *,
    encoding: str | None = None,
    format: str | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
) -> dict[str, pd.DataFrame]:
    """:func:`read_reports` of `files` on the dask scheduler at `address`, computed: what
    ``plan6 extract --scheduler ADDRESS FILE…`` writes. The workers read the files, so the
    paths must be ones they see.

    Examples
    --------
    >>> import pathlib, tempfile, plan6.dask
    >>> from distributed import LocalCluster
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_text("【主な実施結果】\\n就業の支援\\n・求職登録者827人。", encoding="utf-8")
    >>> with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
    ...     tables = extract_on(cluster.scheduler_address, [path])
    >>> tables["facts"]["value"].tolist()
    [827.0]
    """
    from distributed import Client

    if not isinstance(address, str) or not address:
        raise TypeError(f"address must name a dask scheduler (tcp://host:port), not {address!r}")
    reports = read_reports(
        files, encoding=encoding, format=format, files_per_partition=files_per_partition
    )
    with Client(address, timeout="30s") as client:
        return reports.compute(scheduler=client)
