"""The bundled Kawasaki City Plan 6 evaluation (FY2011–FY2012): the report text and the
tables curated by hand from it, read with the columns of :mod:`plan6.model.schema`.

>>> import plan6
>>> ds = plan6.datasets.kawasaki_plan6()
>>> ds.plans.status.dtype, ds.plans.reference_status.dtype
(dtype('int64'), Int64Dtype())
"""

from __future__ import annotations

import functools
from importlib import resources

import pandas as pd

from ..model.dataset import EvaluationDataset
from ..model.schema import FACTS, PLANS, Table, typed_column

__all__ = ["kawasaki_plan6", "kawasaki_plan6_text", "read_table"]

_DATA = resources.files(__package__) / "data"
_REPORT_FILE = "kawasaki-plan6-evaluation-fy2012.txt"


def read_table(name: str, table: Table) -> pd.DataFrame:
    """The bundled CSV file `name` as `table`: each column of the dtype the schema gives it,
    in the schema's order; a column the schema does not know is a ValueError.

    >>> read_table("kawasaki_plan6_facts.csv", FACTS).value.dtype
    dtype('float64')
    """
    with (_DATA / name).open(encoding="utf-8", newline="") as handle:  # type: ignore[call-overload]
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
    unknown = [c for c in frame.columns if c not in table.names()]
    if unknown:
        raise ValueError(f"{name}: columns {unknown} are not in the {table.name} schema")
    for column in table.columns:
        if column.name in frame.columns and column.dtype != "str":
            frame[column.name] = typed_column(
                frame[column.name].tolist(), column.dtype, f"{name}: column {column.name}"
            )
    ordered: pd.DataFrame = frame[table.order(frame.columns)]
    return ordered


def kawasaki_plan6_text() -> str:
    """The text of the reference report (PDF-extracted), as bundled with plan6.

    >>> import plan6
    >>> "緊急雇用創出事業" in plan6.datasets.kawasaki_plan6_text()
    True
    """
    return (_DATA / _REPORT_FILE).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _load() -> EvaluationDataset:
    plans = read_table("kawasaki_plan6_plans.csv", PLANS)
    facts = read_table("kawasaki_plan6_facts.csv", FACTS)
    return EvaluationDataset(
        title="プラン６ 川崎の活力を生み出す産業イノベーション",
        plans=plans,
        facts=facts,
        text=kawasaki_plan6_text(),
    )


def kawasaki_plan6() -> EvaluationDataset:
    """Kawasaki City's evaluation of Plan 6, FY2011 and FY2012, curated by hand.

    Each call returns fresh copies of the tables, so callers may modify them.

    >>> import plan6
    >>> ds = plan6.datasets.kawasaki_plan6()
    >>> sorted(ds.plans.fiscal_year.unique().tolist())
    [2011, 2012]
    """
    cached = _load()
    return EvaluationDataset(
        title=cached.title, plans=cached.plans.copy(), facts=cached.facts.copy(), text=cached.text
    )
