"""Panel indicators over the columns of a frame of (indicator id, fiscal year, value) rows:
progress of every row from its indicator's baseline year, and the CAGR of every indicator from
its first to its last year. Each indicator's rows are read together and no other rows matter,
so a frame split by id (as :mod:`plan6.dask` splits it) gives the same numbers part by part.

>>> import pandas as pd, plan6
>>> panel = pd.DataFrame({"id": ["a", "a", "a"], "fy": [2010, 2011, 2012],
...                       "v": [100.0, 110.0, 121.0]})
>>> plan6.panel_cagr(panel, id="id", year="fy", value="v")["cagr"].round(12).tolist()
[0.1]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .elementwise import cagr, progress
from .kernels import Direction
from .panel import _key_column
from .reasons import REASONS

__all__ = ["panel_cagr", "panel_progress"]


def _column(frame: pd.DataFrame, name: str, argument: str) -> pd.Series:
    """A column of `frame` by name, or its index when the index has that name."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame, not {type(frame).__name__}")
    if not isinstance(name, str):
        raise TypeError(f"{argument} must name a column (a str), not {type(name).__name__}")
    if name in frame.columns:
        return frame[name]
    if frame.index.name == name:
        return frame.index.to_series(index=frame.index)
    raise ValueError(
        f"{argument}: no column {name!r} in the frame; columns: "
        f"{', '.join(map(str, frame.columns))}"
    )


def _keys(frame: pd.DataFrame, id: str, year: str) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """The id column, the years as int64 and the rows that have both an id and a year."""
    ids = _column(frame, id, "id")
    _, id_missing, _ = _key_column(ids, "id", labels_allowed=True)
    years, year_missing, _ = _key_column(_column(frame, year, "year"), "year", labels_allowed=False)
    valid = np.ones(len(frame), dtype=bool)
    for missing in (id_missing, year_missing):
        if missing is not None:
            valid &= ~missing
    return ids, years.astype(np.int64), valid


def _reasons(labels: np.ndarray, index: pd.Index, name: str) -> pd.Series:
    reasons: pd.Series = pd.Series(
        pd.Categorical(labels, categories=REASONS), index=index, name=name
    )
    return reasons


def panel_progress(
    frame: pd.DataFrame,
    *,
    id: str,
    year: str,
    value: str,
    target: str | float,
    baseline_year: int,
    direction: Direction | None = None,
    capped: bool = False,
    with_reasons: bool = False,
) -> Any:
    """Progress of every row from its indicator's value in `baseline_year` toward a target:
    :func:`plan6.progress` of (value, the same id's value in the baseline year, target).

    An id with no row in the baseline year gives NaN (``missing_input``: the baseline is
    missing); an id whose baseline year appears twice gives NaN (``duplicate_key``) on all its
    rows, as :func:`plan6.panel_growth` does. Rows without an id or a year are NaN
    (``missing_input``). The rest follows :func:`plan6.progress`' policy.

    Parameters
    ----------
    frame
        One row per (id, fiscal year); `id` may name the index.
    id, year, value
        Column names: indicator ids (any labels), fiscal years (whole numbers), values.
    target
        A column name, or one number for every row.
    baseline_year
        The fiscal year whose value is each id's baseline.
    direction, capped
        As for :func:`plan6.progress`.

    Returns
    -------
    A Series named ``progress`` on the frame's index; with ``with_reasons``, also the reasons
    (a categorical Series ``progress_reason``).

    Examples
    --------
    >>> import pandas as pd, plan6
    >>> panel = pd.DataFrame({"id": [1, 1, 2], "fy": [2010, 2012, 2012],
    ...                       "v": [200.0, 260.0, 5.0], "goal": [320.0, 320.0, 9.0]})
    >>> plan6.panel_progress(panel, id="id", year="fy", value="v", target="goal",
    ...                      baseline_year=2010).tolist()
    [0.0, 0.5, nan]
    """
    if isinstance(baseline_year, (bool, np.bool_)) or not isinstance(
        baseline_year, (int, np.integer)
    ):
        raise TypeError(f"baseline_year must be a whole number, not {baseline_year!r}")
    ids, years, valid = _keys(frame, id, year)
    values = _column(frame, value, "value").to_numpy(dtype=np.float64, na_value=np.nan)
    at_baseline = valid & (years == int(baseline_year))
    # The baseline of each id: its value in the baseline year, NaN when it has none; an id
    # whose baseline year appears twice has no baseline either (which one would it be?).
    keyed = pd.DataFrame({"id": ids.to_numpy()[at_baseline], "value": values[at_baseline]})
    counts = keyed.groupby("id", sort=False, observed=True)["value"].agg(["first", "size"])
    lookup = pd.Index(counts.index)
    position = lookup.get_indexer(ids.to_numpy())
    found = valid & (position >= 0)
    baseline = np.full(len(frame), np.nan)
    baseline[found] = counts["first"].to_numpy(dtype=np.float64)[position[found]]
    duplicated = np.zeros(len(frame), dtype=bool)
    duplicated[found] = counts["size"].to_numpy()[position[found]] > 1
    baseline[duplicated] = np.nan
    goal: Any = target
    if isinstance(target, str):
        goal = _column(frame, target, "target").to_numpy(dtype=np.float64, na_value=np.nan)
    result, reasons = progress(
        values, baseline, goal, direction=direction, capped=capped, with_reasons=True
    )
    reasons = np.where(duplicated, "duplicate_key", reasons)
    series = pd.Series(result, index=frame.index, name="progress")
    if not with_reasons:
        return series
    return series, _reasons(reasons, frame.index, "progress_reason")


def panel_cagr(
    frame: pd.DataFrame, *, id: str, year: str, value: str, with_reasons: bool = False
) -> pd.DataFrame:
    """The compound annual growth rate of every indicator from its first to its last fiscal
    year: one row per id, sorted by id.

    Columns: ``first_year``, ``last_year``, ``years`` (their difference), ``first_value``,
    ``last_value`` and ``cagr`` (:func:`plan6.cagr` of them), and with ``with_reasons``
    ``cagr_reason``. An id with one year only has ``years`` 0 (``non_positive_span``); a first
    or last year that appears twice gives NaN (``duplicate_key``); a missing value at either
    end gives NaN (``missing_input``) — the ends are never moved to another year silently.
    Rows without an id or a year belong to no indicator and are left out.

    Examples
    --------
    >>> import pandas as pd, plan6
    >>> panel = pd.DataFrame({"id": ["jobs", "jobs", "jobs", "fairs"],
    ...                       "fy": [2012, 2010, 2011, 2012], "v": [351.0, 273.0, 324.0, 9.0]})
    >>> table = plan6.panel_cagr(panel, id="id", year="fy", value="v", with_reasons=True)
    >>> table[["first_year", "last_year", "cagr", "cagr_reason"]].round(6)
          first_year  last_year      cagr        cagr_reason
    id
    fairs       2012       2012       NaN  non_positive_span
    jobs        2010       2012  0.133893               none
    """
    ids, years, valid = _keys(frame, id, year)
    values = _column(frame, value, "value").to_numpy(dtype=np.float64, na_value=np.nan)
    rows = pd.DataFrame({"id": ids.to_numpy()[valid], "year": years[valid], "value": values[valid]})
    by_id = rows.groupby("id", sort=True, observed=True)["year"]
    first_year = by_id.transform("min").to_numpy()
    last_year = by_id.transform("max").to_numpy()
    ends = []
    for at_end in (rows["year"].to_numpy() == first_year, rows["year"].to_numpy() == last_year):
        end = rows[at_end].groupby("id", sort=True, observed=True)
        ends.append((end["year"].first(), end["value"].agg(["first", "size"])))
    (first, first_values), (last, last_values) = ends
    span = (last - first).to_numpy(dtype=np.int64)
    rates, reasons = cagr(
        first_values["first"].to_numpy(dtype=np.float64),
        last_values["first"].to_numpy(dtype=np.float64),
        span.astype(np.float64),
        with_reasons=True,
    )
    twice = (first_values["size"].to_numpy() > 1) | (last_values["size"].to_numpy() > 1)
    rates = np.where(twice, np.nan, rates)
    index = first.index.rename(id)
    table: pd.DataFrame = pd.DataFrame(
        {
            "first_year": first.to_numpy(dtype=np.int64),
            "last_year": last.to_numpy(dtype=np.int64),
            "years": span,
            "first_value": np.where(twice, np.nan, first_values["first"].to_numpy()),
            "last_value": np.where(twice, np.nan, last_values["first"].to_numpy()),
            "cagr": rates,
        },
        index=index,
    )
    if with_reasons:
        table["cagr_reason"] = _reasons(np.where(twice, "duplicate_key", reasons), index, "")
    return table
