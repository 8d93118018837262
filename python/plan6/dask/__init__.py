"""plan6 on Dask's distributed engine: panels and document sets larger than one machine.

``import plan6.dask`` registers the ``df.plan6`` accessor on dask DataFrames (every
elementwise indicator, partition by partition) and gives the panel indicators and the
document reader on dask collections. Everything runs on whatever scheduler is active — a
``dask.distributed.Client`` on a ``LocalCluster``, dask-jobqueue, Kubernetes or Dask Gateway
— with no scheduler of plan6's own; the numbers are those of the single-machine functions.

- :func:`panel_growth`, :func:`panel_progress`, :func:`panel_cagr`, :func:`rollup`: panel
  indicators, partition-local once a frame is partitioned by its id
  (:mod:`plan6.dask.panel` says how), one shuffle on the id otherwise.
- :func:`read_reports`: files (or a bag of them) into facts, plans and residue tables, the
  failed files and their reasons kept apart.

Needs the ``dask`` extra: ``pip install 'plan6[dask]'``.

>>> import pandas as pd, dask.dataframe as dd, plan6.dask
>>> panel = dd.from_pandas(pd.DataFrame({"id": [1, 1], "fy": [2011, 2012],
...                                      "v": [324.0, 351.0]}), npartitions=1)
>>> plan6.dask.panel_growth(panel, id="id", year="fy", value="v").compute()["growth"].round(4)
0       NaN
1    0.0833
Name: growth, dtype: float64
"""

from __future__ import annotations

try:
    import dask.dataframe  # noqa: F401
    import distributed  # noqa: F401
except ImportError as error:  # pragma: no cover - the extra is part of the test environment
    raise ImportError(
        "plan6.dask needs dask.dataframe and dask.distributed: pip install 'plan6[dask]'"
    ) from error

from . import accessor as _accessor  # noqa: F401  (registers the dask df.plan6 accessor)
from ._partitioning import is_partitioned_by
from .documents import Reports, read_reports
from .panel import panel_cagr, panel_growth, panel_progress, rollup

__all__ = [
    "Reports",
    "is_partitioned_by",
    "panel_cagr",
    "panel_growth",
    "panel_progress",
    "read_reports",
    "rollup",
]
