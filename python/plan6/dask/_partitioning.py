"""Whether a dask DataFrame is already partitioned by an id, and the one shuffle that makes it
so: the step every panel indicator of :mod:`plan6.dask` takes before it runs part by part.

A frame is partitioned by ``id`` when every id's rows are in one partition. plan6 knows it
without looking at the data in two cases: the frame has one partition, or its index is the id
with known divisions (``ddf.set_index(id)``, or ``dd.read_parquet(..., index=id,
calculate_divisions=True)`` of files written that way). A frame shuffled on the id
(``ddf.shuffle(on=id)``) is partitioned too, but dask does not record it: say
``partitioned=True``.

>>> import pandas as pd, dask.dataframe as dd
>>> frame = dd.from_pandas(pd.DataFrame({"id": [1, 2], "v": [1.0, 2.0]}), npartitions=1)
>>> is_partitioned_by(frame, "id")
True
"""

from __future__ import annotations

from typing import Any

import dask.dataframe as dd
import pandas as pd

__all__ = ["by_id", "check_frame", "is_partitioned_by", "meta_of"]


def check_frame(frame: Any, columns: dict[str, str]) -> dd.DataFrame:
    """`frame` as a dask DataFrame that has the named columns (or the index, by its name).

    >>> import pandas as pd, dask.dataframe as dd
    >>> check_frame(pd.DataFrame({"v": [1.0]}), {"value": "v"})
    Traceback (most recent call last):
    ...
    TypeError: frame must be a dask DataFrame, not DataFrame (use plan6's pandas functions ...)
    """
    if not isinstance(frame, dd.DataFrame):
        raise TypeError(
            f"frame must be a dask DataFrame, not {type(frame).__name__} "
            "(use plan6's pandas functions for pandas frames)"
        )
    for argument, name in columns.items():
        if not isinstance(name, str):
            raise TypeError(f"{argument} must name a column (a str), not {type(name).__name__}")
        if name not in frame.columns and frame.index.name != name:
            raise ValueError(
                f"{argument}: no column {name!r} in the frame; columns: "
                f"{', '.join(map(str, frame.columns))}"
            )
    return frame


def is_partitioned_by(frame: dd.DataFrame, id: str) -> bool:
    """Whether dask itself says that every id's rows are in one partition.

    >>> import pandas as pd, dask.dataframe as dd
    >>> frame = dd.from_pandas(pd.DataFrame({"id": [1, 1, 2, 2], "v": 1.0}), npartitions=2)
    >>> is_partitioned_by(frame, "id"), is_partitioned_by(frame.set_index("id"), "id")
    (False, True)
    """
    if frame.npartitions == 1:
        return True
    if id in frame.columns:
        return False
    # Known divisions are sorted, distinct boundaries of the index: an index value lies in
    # exactly one partition.
    return bool(frame.index.name == id and frame.known_divisions)


def by_id(frame: dd.DataFrame, id: str, partitioned: bool | None) -> dd.DataFrame:
    """`frame` with every id's rows in one partition: as it is when it already is (or the
    caller says so), else after one shuffle on the id.

    >>> import pandas as pd, dask.dataframe as dd
    >>> frame = dd.from_pandas(pd.DataFrame({"id": [1, 2, 1, 2], "v": 1.0}), npartitions=2)
    >>> parts = by_id(frame, "id", None).map_partitions(lambda p: p["id"].nunique()).compute()
    >>> sorted(parts.tolist())
    [1, 1]
    """
    if partitioned is not None and not isinstance(partitioned, bool):
        raise TypeError(f"partitioned must be True, False or None, not {partitioned!r}")
    if partitioned or (partitioned is None and is_partitioned_by(frame, id)):
        return frame
    if id in frame.columns:
        return frame.shuffle(on=id)
    return frame.shuffle(on_index=True)


def meta_of(frame: dd.DataFrame) -> pd.DataFrame:
    """The empty pandas frame that stands for `frame`'s partitions (its dtypes, index)."""
    meta: pd.DataFrame = frame._meta
    return meta
