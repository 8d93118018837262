"""A real dask.distributed cluster for the plan6.dask tests: two worker processes of one
thread each, started once per test module (a few seconds), with the dashboard off so that no
fixed port is needed on a shared machine."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest
from distributed import Client, LocalCluster


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # any free port: none is fixed on a shared machine
            host="127.0.0.1",
            memory_limit="2GiB",
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture(scope="module")
def panel() -> pd.DataFrame:
    """A made-up panel of 300 indicators over fiscal years 2005–2016, rows shuffled, with what
    the policy must handle: holes (years left out), (id, year) pairs given twice, missing and
    zero values, and rows without an id or a year."""
    rng = np.random.default_rng(12)
    rows = [(i, y) for i in range(300) for y in range(2005, 2017)]
    ids = np.array([i for i, _ in rows], dtype=np.int64)
    years = np.array([y for _, y in rows], dtype=np.int64)
    keep = rng.random(len(rows)) > 0.15  # holes
    ids, years = ids[keep], years[keep]
    twice = rng.choice(len(ids), 25, replace=False)  # duplicate keys
    ids = np.concatenate([ids, ids[twice]])
    years = np.concatenate([years, years[twice]])
    values = rng.lognormal(5.0, 1.0, len(ids)).round(1)
    values[rng.choice(len(values), 30, replace=False)] = np.nan
    values[rng.choice(len(values), 10, replace=False)] = 0.0
    frame = pd.DataFrame(
        {
            "id": pd.array(ids, dtype="Int64"),
            "year": pd.array(years, dtype="Int64"),
            "value": values,
            "target": values * 1.5 + 10,
        }
    )
    frame.loc[rng.choice(len(frame), 5, replace=False), "id"] = pd.NA
    frame.loc[rng.choice(len(frame), 5, replace=False), "year"] = pd.NA
    order = rng.permutation(len(frame))
    return frame.iloc[order].reset_index(drop=True)
