"""The ``df.plan6`` accessor on dask DataFrames (registered by ``import plan6.dask``): every
elementwise indicator of the pandas accessor, run partition by partition through
``map_partitions`` with the meta the pandas accessor itself gives on the frame's empty meta —
so names, dtypes and categories are exact and a wrong column name fails at once, before
anything runs. The panel indicators and roll-ups go through :mod:`plan6.dask.panel`.

>>> import pandas as pd, dask.dataframe as dd, plan6.dask
>>> df = dd.from_pandas(pd.DataFrame({"actual": [426.0, 5.0], "plan": [320.0, 0.0]}),
...                     npartitions=2)
>>> df.plan6.attainment("actual", "plan").compute()
0    1.33125
1        NaN
Name: attainment, dtype: float64
>>> values, reasons = df.plan6.attainment("actual", "plan", with_reasons=True)
>>> reasons.compute().tolist()
['none', 'zero_base']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import dask.dataframe as dd
import pandas as pd

from ..common.arrays import is_scalar
from ..indicators.accessor import require_unique_columns  # (and pandas' df.plan6 registered)
from . import panel

__all__ = ["ELEMENTWISE", "DaskPlan6Accessor"]

#: The pandas accessor's methods that work row by row, and so partition by partition.
ELEMENTWISE: tuple[str, ...] = (
    "attainment",
    "cagr",
    "classify",
    "gap",
    "growth",
    "growth_ratio",
    "log_growth",
    "normalize",
    "progress",
    "progress_class",
    "projection",
    "required_growth",
    "target_achieved",
)


def _run(
    part: pd.DataFrame, method: str, arguments: tuple[Any, ...], options: dict[str, Any]
) -> Any:
    """The pandas accessor's `method` on one partition; a (values, reasons) pair as one frame."""
    result = getattr(part.plan6, method)(*arguments, **options)
    if isinstance(result, tuple):
        return pd.concat(list(result), axis=1)
    return result


def _checked(value: Any, argument: str) -> Any:
    """Column names, numbers and None travel to the partitions; data does not (it would have
    to be split the way the frame is): assign it as a column first."""
    if value is None or isinstance(value, str) or is_scalar(value):
        return value
    raise TypeError(
        f"{argument}: on a dask DataFrame, name a column or give one number, not "
        f"{type(value).__name__} (assign the data as a column first)"
    )


def _method(name: str) -> Callable[..., Any]:
    def method(self: DaskPlan6Accessor, *arguments: Any, **options: Any) -> Any:
        for position, value in enumerate(arguments):
            _checked(value, f"argument {position + 1} of {name}")
        for key, value in options.items():
            if key in ("direction", "achieved", "lower", "upper"):
                _checked(value, key)
        frame = self._frame
        meta = _run(frame._meta, name, arguments, options)
        result = frame.map_partitions(_run, name, arguments, options, meta=meta)
        if isinstance(meta, pd.DataFrame):
            values, reasons = meta.columns
            return result[values], result[reasons]
        return result

    call, expected = _EXAMPLES[name]
    rounded = ".round(4)" if not expected.startswith(("[1, ", "['")) else ""
    method.__name__ = method.__qualname__ = name
    method.__doc__ = f"""``df.plan6.{name}(…)`` of the pandas accessor, partition by partition: a
        dask Series (a pair with ``with_reasons=True``). Arguments name columns or are numbers.

        >>> import pandas as pd, dask.dataframe as dd, plan6.dask
        >>> df = dd.from_pandas(pd.DataFrame({{"a": [426.0, 150.0], "b": [320.0, 200.0],
        ...                                    "ratio": [1.33125, 0.75]}}), npartitions=2)
        >>> df.plan6.{name}({call}).compute(){rounded}.tolist()
        {expected}
        """
    return method


# An example of each method: its arguments on the frame of the docstrings, and the result (the
# pandas accessor's on the same frame).
_EXAMPLES: dict[str, tuple[str, str]] = {
    "attainment": ('"a", "b"', "[1.3312, 0.75]"),
    "cagr": ('"b", "a", 2', "[0.1538, -0.134]"),
    "classify": ('"ratio"', "[1, 5]"),
    "gap": ('"a", "b"', "[106.0, -50.0]"),
    "growth": ('"a", "b"', "[0.3312, -0.25]"),
    "growth_ratio": ('"b", "a", 500.0, 2, 10', "[3.3698, -1.3962]"),
    "log_growth": ('"a", "b"', "[0.2861, -0.2877]"),
    "normalize": ('"a", 0, 400', "[100.0, 37.5]"),
    "progress": ('"a", 100.0, "b"', "[1.4818, 0.5]"),
    "progress_class": ('"ratio"', "['on_track', 'acceleration_needed']"),
    "projection": ('"b", "a", 2, 2', "[567.1125, 112.5]"),
    "required_growth": ('"a", "b", 2', "[-0.1333, 0.1547]"),
    "target_achieved": ('"a", "b"', "[1.0, 0.0]"),
}


@dd.extensions.register_dataframe_accessor("plan6")
class DaskPlan6Accessor:
    """plan6's indicators on the columns of a dask DataFrame (``ddf.plan6.<indicator>(…)``).

    The elementwise indicators (:data:`ELEMENTWISE`) take the pandas accessor's arguments and
    return dask Series; ``panel_growth``, ``panel_progress``, ``panel_cagr`` and ``rollup``
    are those of :mod:`plan6.dask.panel`. Unique column labels are needed, as in pandas.

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd, plan6.dask
    >>> df = dd.from_pandas(pd.DataFrame({"score": [1.4, 0.5]}), npartitions=2)
    >>> df.plan6.classify("score").compute().tolist()
    [1, 5]
    """

    def __init__(self, frame: dd.DataFrame) -> None:
        require_unique_columns(frame.columns)
        self._frame = frame

    def panel_growth(self, id: str, year: str, value: str, **options: Any) -> dd.DataFrame:
        """:func:`plan6.dask.panel_growth` of this frame's columns.

        >>> import pandas as pd, dask.dataframe as dd, plan6.dask
        >>> df = dd.from_pandas(pd.DataFrame({"id": [1, 1], "fy": [2011, 2012],
        ...                                   "v": [324.0, 351.0]}), npartitions=1)
        >>> df.plan6.panel_growth("id", "fy", "v").compute()["growth"].round(4).tolist()
        [nan, 0.0833]
        """
        return panel.panel_growth(self._frame, id=id, year=year, value=value, **options)

    def panel_progress(self, id: str, year: str, value: str, **options: Any) -> dd.DataFrame:
        """:func:`plan6.dask.panel_progress` of this frame's columns.

        >>> import pandas as pd, dask.dataframe as dd, plan6.dask
        >>> df = dd.from_pandas(pd.DataFrame({"id": [1, 1], "fy": [2010, 2012],
        ...                                   "v": [200.0, 260.0]}), npartitions=1)
        >>> out = df.plan6.panel_progress("id", "fy", "v", target=320.0, baseline_year=2010)
        >>> out.compute()["progress"].tolist()
        [0.0, 0.5]
        """
        return panel.panel_progress(self._frame, id=id, year=year, value=value, **options)

    def panel_cagr(self, id: str, year: str, value: str, **options: Any) -> dd.DataFrame:
        """:func:`plan6.dask.panel_cagr` of this frame's columns.

        >>> import pandas as pd, dask.dataframe as dd, plan6.dask
        >>> df = dd.from_pandas(pd.DataFrame({"id": [1, 1], "fy": [2010, 2012],
        ...                                   "v": [100.0, 121.0]}), npartitions=1)
        >>> df.plan6.panel_cagr("id", "fy", "v").compute()["cagr"].round(12).tolist()
        [0.1]
        """
        return panel.panel_cagr(self._frame, id=id, year=year, value=value, **options)

    def rollup(self, by: str | Sequence[str], **options: Any) -> pd.DataFrame:
        """:func:`plan6.dask.rollup` of this frame over the hierarchy columns `by`.

        >>> import pandas as pd, dask.dataframe as dd, plan6.dask
        >>> df = dd.from_pandas(pd.DataFrame({"p": [1, 1, 2], "s": [1.0, 0.5, 2.0]}),
        ...                     npartitions=2)
        >>> df.plan6.rollup("p", score="s", levels="leaf")["mean"].tolist()
        [0.75, 2.0]
        """
        return panel.rollup(self._frame, by, **options)


# The elementwise methods, one per name (the pandas accessor's, partition by partition).
for _name in ELEMENTWISE:
    setattr(DaskPlan6Accessor, _name, _method(_name))
