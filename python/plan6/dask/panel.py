"""Panel indicators on dask DataFrames: growth over the previous fiscal year, progress from a
baseline year, CAGR per indicator, and roll-ups — each the single-machine function of
:mod:`plan6.indicators` run once per partition, so the numbers, holes, duplicate keys and
reasons are those of the computed frame.

Each indicator needs all the rows of an id together. A frame whose index is the id with known
divisions (``ddf.set_index(id)`` once, or Parquet written from such a frame and read with
``dd.read_parquet(path, index=id, calculate_divisions=True)``) is used as it is: every
indicator runs partition-local, moving no data. Any other frame is shuffled on the id once
(``partitioned=True`` says a frame is already, e.g. after ``ddf.shuffle(on=id)``).

>>> import pandas as pd, dask.dataframe as dd, plan6.dask
>>> panel = pd.DataFrame({"id": [1, 1, 2, 2], "fy": [2011, 2012, 2011, 2012],
...                       "v": [324.0, 351.0, 10.0, 0.0]})
>>> frame = dd.from_pandas(panel, npartitions=2)
>>> out = plan6.dask.panel_growth(frame, id="id", year="fy", value="v")  # one shuffle
>>> out.compute().sort_index()["growth"].round(4)
0       NaN
1    0.0833
2       NaN
3   -1.0000
Name: growth, dtype: float64
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import dask.dataframe as dd
import pandas as pd

from .. import indicators
from ._partitioning import by_id, check_frame, meta_of

__all__ = ["panel_cagr", "panel_growth", "panel_progress", "rollup"]


def _ids(part: pd.DataFrame, id: str) -> pd.Series:
    if id in part.columns:
        return part[id]
    return part.index.to_series(index=part.index)


def _with_growth(
    part: pd.DataFrame,
    id: str,
    year: str,
    value: str,
    gaps: Literal["strict", "previous"],
    with_reasons: bool,
    method: Literal["auto", "dense", "sort"],
) -> pd.DataFrame:
    """One partition with its growth column(s): plan6.panel_growth of its rows."""
    result = indicators.panel_growth(
        _ids(part, id), part[year], part[value], gaps=gaps, with_reasons=with_reasons, method=method
    )
    if with_reasons:
        values, reasons = result
        return part.assign(growth=values, growth_reason=reasons)
    return part.assign(growth=result)


def _with_progress(part: pd.DataFrame, with_reasons: bool, options: dict[str, Any]) -> pd.DataFrame:
    """One partition with its progress column(s): plan6.panel_progress of its rows."""
    result = indicators.panel_progress(part, with_reasons=with_reasons, **options)
    if with_reasons:
        values, reasons = result
        return part.assign(progress=values, progress_reason=reasons)
    return part.assign(progress=result)


def _map_by_id(
    frame: dd.DataFrame, id: str, partitioned: bool | None, function: Any, *arguments: Any
) -> dd.DataFrame:
    """`function(part, *arguments)` on every partition of `frame` partitioned by id; the meta is
    the function's own result on the empty frame, so dtypes and categories are exact."""
    parts = by_id(frame, id, partitioned)
    meta = function(meta_of(parts), *arguments)
    if parts is frame and frame.npartitions > 1 and frame.index.name == id:
        # Partition-local on the strength of the divisions: each partition checks its own ids.
        result: dd.DataFrame = parts.map_partitions(
            _within_divisions, frame.divisions, function, *arguments, meta=meta
        )
        return result
    result = parts.map_partitions(function, *arguments, meta=meta)
    return result


def _within_divisions(
    part: pd.DataFrame,
    divisions: tuple[Any, ...],
    function: Any,
    *arguments: Any,
    partition_info: dict[str, Any] | None = None,
) -> Any:
    """`function(part, *arguments)` once the partition's ids are known to lie inside its
    divisions. Dask lets Parquet files whose id ranges touch (one file ends with id 7, the next
    starts with it) have known divisions; an id split so would get wrong growth silently."""
    number = partition_info["number"] if partition_info is not None else None
    if number is not None and len(part) and None not in divisions:
        last = number == len(divisions) - 2
        low, high = part.index.min(), part.index.max()
        if low < divisions[number] or (high >= divisions[number + 1] and not last):
            raise ValueError(
                f"partition {number} holds ids {low}..{high} outside its divisions "
                f"[{divisions[number]}, {divisions[number + 1]}): an id is split across "
                "partitions (Parquet files whose id ranges touch?); set_index or shuffle on the "
                "id first"
            )
    return function(part, *arguments)


def panel_growth(
    frame: dd.DataFrame,
    *,
    id: str,
    year: str,
    value: str,
    gaps: Literal["strict", "previous"] = "strict",
    with_reasons: bool = False,
    partitioned: bool | None = None,
    method: Literal["auto", "dense", "sort"] = "auto",
) -> dd.DataFrame:
    """:func:`plan6.panel_growth` on a dask DataFrame: the frame with a ``growth`` column
    (and ``growth_reason`` with ``with_reasons``).

    The values are those of ``plan6.panel_growth(df[id], df[year], df[value])`` on the
    computed frame, row for row: holes are NaN (``missing_prior_year``) unless
    ``gaps="previous"``, an (id, year) given twice is ``duplicate_key``. A frame partitioned
    by the id (see :mod:`plan6.dask.panel`) keeps its partitions, rows and index as they
    are; any other is shuffled on the id once, so its rows come grouped by id (each keeps
    its index label).

    Parameters
    ----------
    frame
        A dask DataFrame of (id, fiscal year, value) rows in any order.
    id, year, value
        Column names; `id` may name the index.
    gaps, with_reasons, method
        As for :func:`plan6.panel_growth`.
    partitioned
        ``None`` (default): partition-local when dask knows the frame is partitioned by the
        id, else one shuffle. ``True``: the caller knows it is (e.g. after
        ``frame.shuffle(on=id)``). ``False``: shuffle all the same.

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd, plan6.dask
    >>> panel = pd.DataFrame({"id": ["a", "a", "a"], "fy": [2010, 2011, 2013],
    ...                       "v": [100.0, 110.0, 121.0]})
    >>> frame = dd.from_pandas(panel, npartitions=1)
    >>> out = plan6.dask.panel_growth(frame, id="id", year="fy", value="v", with_reasons=True)
    >>> out.compute()[["growth", "growth_reason"]]
       growth       growth_reason
    0     NaN  missing_prior_year
    1     0.1                none
    2     NaN  missing_prior_year
    """
    check_frame(frame, {"id": id, "year": year, "value": value})
    return _map_by_id(
        frame, id, partitioned, _with_growth, id, year, value, gaps, with_reasons, method
    )


def panel_progress(
    frame: dd.DataFrame,
    *,
    id: str,
    year: str,
    value: str,
    target: str | float,
    baseline_year: int,
    partitioned: bool | None = None,
    **options: Any,
) -> dd.DataFrame:
    """:func:`plan6.panel_progress` on a dask DataFrame: the frame with a ``progress`` column
    (and ``progress_reason``), every row's progress from its id's baseline-year value toward
    the target, partitioned by id as :func:`panel_growth` is. `options` are those of
    :func:`plan6.panel_progress`: ``direction``, ``capped``, ``with_reasons``.

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd, plan6.dask
    >>> panel = pd.DataFrame({"id": [1, 1, 2], "fy": [2010, 2012, 2012],
    ...                       "v": [200.0, 260.0, 5.0]})
    >>> frame = dd.from_pandas(panel, npartitions=2)
    >>> out = plan6.dask.panel_progress(frame, id="id", year="fy", value="v", target=320.0,
    ...                                 baseline_year=2010)
    >>> out.compute().sort_index()["progress"].tolist()
    [0.0, 0.5, nan]
    """
    columns = {"id": id, "year": year, "value": value}
    if isinstance(target, str):
        columns["target"] = target
    check_frame(frame, columns)
    with_reasons = bool(options.pop("with_reasons", False))
    unknown = set(options) - {"direction", "capped"}
    if unknown:
        raise TypeError(f"panel_progress got unexpected options: {', '.join(sorted(unknown))}")
    options.update(id=id, year=year, value=value, target=target, baseline_year=baseline_year)
    return _map_by_id(frame, id, partitioned, _with_progress, with_reasons, options)


def _cagr(part: pd.DataFrame, options: dict[str, Any]) -> pd.DataFrame:
    return indicators.panel_cagr(part, **options)


def panel_cagr(
    frame: dd.DataFrame,
    *,
    id: str,
    year: str,
    value: str,
    with_reasons: bool = False,
    partitioned: bool | None = None,
) -> dd.DataFrame:
    """:func:`plan6.panel_cagr` on a dask DataFrame: one row per id (the index), from its
    first to its last fiscal year, sorted by id within each partition (globally when the
    frame was partitioned by a sorted id index).

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd, plan6.dask
    >>> panel = pd.DataFrame({"id": [1, 1, 2, 2], "fy": [2010, 2012, 2010, 2012],
    ...                       "v": [100.0, 121.0, 50.0, 50.0]}).set_index("id")
    >>> frame = dd.from_pandas(panel, npartitions=2)
    >>> plan6.dask.panel_cagr(frame, id="id", year="fy", value="v").compute()["cagr"].round(12)
    id
    1    0.1
    2    0.0
    Name: cagr, dtype: float64
    """
    check_frame(frame, {"id": id, "year": year, "value": value})
    options = {"id": id, "year": year, "value": value, "with_reasons": with_reasons}
    return _map_by_id(frame, id, partitioned, _cagr, options)


def rollup(frame: dd.DataFrame, by: str | Sequence[str], **options: Any) -> pd.DataFrame:
    """:func:`plan6.rollup` of a dask DataFrame: its hierarchy, category, score and weight
    columns only are brought together (one row per indicator, or per plan-year, after the
    panel indicators have summed up the years), then rolled up exactly as on one machine.

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd, plan6.dask
    >>> rows = pd.DataFrame({"programme": [1, 1, 2], "score": [1.0, 0.5, 2.0], "note": "x"})
    >>> frame = dd.from_pandas(rows, npartitions=2)
    >>> plan6.dask.rollup(frame, "programme", score="score", levels="leaf")["mean"].tolist()
    [0.75, 2.0]
    """
    keys = [by] if isinstance(by, str) else list(by)
    named = [options.get(name) for name in ("category", "score", "weight")]
    columns = [*keys, *(name for name in named if isinstance(name, str))]
    check_frame(frame, {f"column {name!r}": name for name in columns})
    in_index = [name for name in columns if name not in frame.columns]
    projected = frame.reset_index() if in_index else frame
    data: pd.DataFrame = projected[list(dict.fromkeys(columns))].compute()
    return indicators.rollup(data.reset_index(drop=True), by, **options)
