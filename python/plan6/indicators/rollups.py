"""Roll-ups over the plan hierarchy: category counts and shares, mean and weighted mean
scores and the worst-k mean, per level (as SQL's ROLLUP) or for the finest level only.

>>> import pandas as pd, plan6
>>> frame = pd.DataFrame({"programme": [1, 1, 2], "score": [1.0, 0.5, 2.0]})
>>> plan6.rollup(frame, "programme", score="score", levels="leaf")["mean"].tolist()
[0.75, 2.0]
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from .._core import indicators as _core
from ..common.arguments import choice, quoted, whole_number
from ..common.arrays import prepare

__all__ = ["rollup"]


def rollup(
    data: pd.DataFrame,
    by: str | Sequence[str],
    *,
    category: str | None = None,
    score: str | None = None,
    weight: str | None = None,
    categories: Sequence[Hashable] | None = None,
    worst_k: int = 2,
    worse: Literal["lowest", "highest"] = "lowest",
    levels: Literal["all", "leaf"] = "all",
) -> pd.DataFrame:
    """Roll indicators up the plan hierarchy: counts and shares of categories, mean and
    weighted mean scores, and the worst-k mean (SDSN rates a goal by its two worst
    indicators).

    Parameters
    ----------
    data
        One row per indicator (or per plan-year).
    by
        The hierarchy's columns from the top, e.g. ``["programme_no", "policy_plan_no"]``.
    category
        A column of categories (e.g. from :func:`classify`, or ``status``): counted per group
        as ``n_<label>`` and ``share_<label>`` (shares of the comparable rows). Missing values
        and ``"not comparable"`` count as ``not_comparable``.
    score, weight
        A numeric column to average (``mean``, ``weighted_mean``, ``worst``,
        ``worst_k_mean``), and optional non-negative weights.
    categories
        The categories to count, in order (default: the categorical's categories, or the
        sorted values).
    worse
        Which end of the score is worse: ``"lowest"`` (attainment, scores) or ``"highest"``
        (the report's 1–5 categories).
    levels
        ``"all"``: one block of rows per level of `by` plus a total (``level`` 0), as SQL's
        ROLLUP; ``"leaf"``: only the finest level.

    Examples
    --------
    >>> import plan6
    >>> plans = plan6.datasets.kawasaki_plan6().plans
    >>> table = plan6.rollup(plans[plans.fiscal_year == 2012], "programme_no",
    ...                      category="status", categories=[1, 2, 3, 4, 5])
    >>> table[["level", "programme_no", "rows", "n_3", "share_3"]].head(3)
       level  programme_no  rows  n_3  share_3
    0      0          <NA>    15   15      1.0
    1      1             1     3    3      1.0
    2      1             2     5    5      1.0
    """
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a pandas DataFrame, not {type(data).__name__}")
    keys = [by] if isinstance(by, str) else list(by)
    if not keys:
        raise ValueError("by must name at least one column")
    for name in [*keys, category, score, weight]:
        if name is not None and name not in data.columns:
            raise ValueError(f"column {quoted(name)} is not in the frame")
    worst_k = whole_number(worst_k, "worst_k", 1, 2**31 - 1)
    choice(worse, "worse", ("lowest", "highest"))
    choice(levels, "levels", ("all", "leaf"))

    scores = None
    weights = None
    if score is not None:
        (scores,), _ = prepare([(data[score], "score")])
        scores = np.ascontiguousarray(scores)
    if weight is not None:
        if score is None:
            raise ValueError("weight needs a score to weigh")
        (weights,), _ = prepare([(data[weight], "weight")])
        weights = np.ascontiguousarray(weights)
    category_codes = None
    labels: list[Hashable] = []
    if category is not None:
        column = data[category]
        if categories is not None:
            labels = list(categories)
        elif isinstance(column.dtype, pd.CategoricalDtype):
            labels = [c for c in column.cat.categories if c != "not comparable"]
        else:
            labels = sorted(column.dropna().unique().tolist())
        lookup = {label: i for i, label in enumerate(labels)}
        raw = column.astype(object).to_numpy()
        category_codes = np.fromiter(
            (lookup.get(v, -1) if not pd.isna(v) else -1 for v in raw), np.int32, len(raw)
        )
        unknown = {v for v in raw if not pd.isna(v) and v not in lookup and v != "not comparable"}
        if unknown:
            raise ValueError(
                f"{category} has values not in categories: {sorted(map(str, unknown))}"
            )

    depths = range(0 if levels == "all" else len(keys), len(keys) + 1)
    blocks = []
    for depth in depths:
        level_keys = keys[:depth]
        if level_keys:
            grouped = data.groupby(level_keys, sort=True, dropna=False)
            group_codes = grouped.ngroup().to_numpy(dtype=np.int64)
            group_count = grouped.ngroups
            key_frame = (
                data[level_keys]
                .assign(_code=group_codes)
                .drop_duplicates("_code")
                .sort_values("_code")
            )
            key_frame = key_frame.drop(columns="_code").reset_index(drop=True)
        else:
            group_codes = np.zeros(len(data), dtype=np.int64)
            group_count = 1
            key_frame = pd.DataFrame(index=range(1))
        summary = _core.rollup(
            group_codes,
            group_count,
            scores,
            weights,
            category_codes,
            len(labels),
            worst_k,
            worse,
        )
        block = key_frame.copy()
        for key in keys[depth:]:
            block[key] = pd.Series([pd.NA] * group_count, dtype=_missing_dtype(data[key]))
        block.insert(0, "level", depth)
        block["rows"] = summary["rows"]
        if category is not None:
            counts = summary["category_counts"]
            comparable = counts.sum(axis=1)
            for i, label in enumerate(labels):
                block[f"n_{label}"] = counts[:, i]
            with np.errstate(invalid="ignore", divide="ignore"):
                for i, label in enumerate(labels):
                    block[f"share_{label}"] = np.where(
                        comparable > 0, counts[:, i] / np.maximum(comparable, 1), np.nan
                    )
            block["not_comparable"] = summary["not_comparable"]
        if score is not None:
            block["scored"] = summary["scored"]
            block["mean"] = summary["mean"]
            if weight is not None:
                block["weighted_mean"] = summary["weighted_mean"]
            block["worst"] = summary["worst"]
            block[f"worst_{worst_k}_mean"] = summary["worst_k_mean"]
        blocks.append(
            block[["level", *keys, *[c for c in block.columns if c not in ("level", *keys)]]]
        )
    result: pd.DataFrame = pd.concat(blocks, ignore_index=True)
    return result


def _missing_dtype(column: pd.Series) -> Any:
    """A dtype that can hold the column's values and a missing marker."""
    if column.dtype.kind in "iu":
        return pd.Int64Dtype()
    if column.dtype.kind == "b":
        return pd.BooleanDtype()
    return object
