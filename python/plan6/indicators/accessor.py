"""The ``df.plan6`` pandas accessor: every indicator on a DataFrame's columns.

Each method takes column names where the function takes data (a string names a column;
numbers, arrays and Series are used as they are) and returns a Series on the frame's own
index — whatever that index is — named after the indicator; options are passed on. The
edge-case policy is :mod:`plan6.indicators`'.

>>> import pandas as pd
>>> import plan6
>>> df = pd.DataFrame({"actual": [426.0, 829.0], "plan": [320.0, 561.0]},
...                   index=pd.Index(["FY2012", "FY2011"], name="year"))
>>> df.plan6.attainment("actual", "plan").round(3)
year
FY2012    1.331
FY2011    1.478
Name: attainment, dtype: float64
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from .. import indicators
from ..common.arrays import is_scalar

__all__ = ["Plan6Accessor", "require_unique_columns"]


def require_unique_columns(columns: pd.Index) -> None:
    """AttributeError (as pandas expects of an accessor) when a column label is repeated: a
    name would be ambiguous. Used by the pandas and the dask accessor alike.

    >>> require_unique_columns(pd.Index(["a", "a"]))
    Traceback (most recent call last):
    ...
    AttributeError: df.plan6 needs unique column labels; duplicated: a
    """
    if not columns.is_unique:
        duplicated = sorted(map(str, columns[columns.duplicated()].unique()))
        raise AttributeError(
            f"df.plan6 needs unique column labels; duplicated: {', '.join(duplicated)}"
        )


@pd.api.extensions.register_dataframe_accessor("plan6")
class Plan6Accessor:
    """plan6's indicators on the columns of a DataFrame (``df.plan6.<indicator>(…)``).

    The frame must have unique column labels (otherwise a name would be ambiguous):
    AttributeError otherwise, as pandas expects of accessors.
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        require_unique_columns(frame.columns)
        self._frame = frame

    def _column(self, value: Any, argument: str) -> Any:
        """The column `value` names, or `value` itself if it is not a column name."""
        if isinstance(value, str):
            if value not in self._frame.columns:
                raise ValueError(
                    f"{argument}: no column {value!r} in the frame; columns: "
                    f"{', '.join(map(str, self._frame.columns))}"
                )
            return self._frame[value]
        if isinstance(value, pd.Series):
            if not value.index.equals(self._frame.index):
                raise ValueError(f"{argument} is a Series whose index differs from the frame's")
            return value
        if value is None or is_scalar(value):
            return value
        # Arrays and lists: a Series on the frame's index, so that results keep it.
        values = value if hasattr(value, "__array__") else list(value)
        if len(values) != len(self._frame):
            raise ValueError(
                f"{argument} has {len(values)} values but the frame has {len(self._frame)} rows"
            )
        return pd.Series(values, index=self._frame.index)

    def _call(
        self,
        function: Callable[..., Any],
        data: Sequence[tuple[Any, str]],
        options: dict[str, Any],
        *,
        broadcast: bool = True,
    ) -> Any:
        arguments = [self._column(value, name) for value, name in data]
        if broadcast and all(a is None or is_scalar(a) for a in arguments):
            # Only scalars: broadcast over the rows, so the result is still a column.
            first = pd.Series(arguments[0], index=self._frame.index, dtype="float64")
            arguments[0] = first
        return function(*arguments, **options)

    def _direction(self, direction: Any) -> Any:
        if isinstance(direction, str) and direction not in ("higher", "lower"):
            return self._column(direction, "direction")
        return direction

    # Ratios and growth ------------------------------------------------------------------------

    def attainment(
        self, actual: Any, target: Any, direction: Any = "higher", **options: Any
    ) -> Any:
        """:func:`plan6.attainment` of two columns; `direction` may name a column too.

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"jobs": [426.0], "plan": [320.0]}, index=["FY2012"])
        >>> df.plan6.attainment("jobs", "plan")
        FY2012    1.33125
        Name: attainment, dtype: float64
        """
        return self._call(
            indicators.attainment,
            [(actual, "actual"), (target, "target")],
            {"direction": self._direction(direction), **options},
        )

    def gap(self, actual: Any, target: Any, direction: Any = "higher", **options: Any) -> Any:
        """:func:`plan6.gap` of two columns.

        >>> import pandas as pd, plan6
        >>> pd.DataFrame({"jobs": [426.0], "plan": [320.0]}).plan6.gap("jobs", "plan").tolist()
        [106.0]
        """
        return self._call(
            indicators.gap,
            [(actual, "actual"), (target, "target")],
            {"direction": self._direction(direction), **options},
        )

    def growth(self, current: Any, prior: Any, **options: Any) -> Any:
        """:func:`plan6.growth` of two columns.

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"now": [827.0], "before": [752.0]})
        >>> df.plan6.growth("now", "before").round(6).tolist()
        [0.099734]
        """
        return self._call(indicators.growth, [(current, "current"), (prior, "prior")], options)

    def log_growth(self, current: Any, prior: Any, **options: Any) -> Any:
        """:func:`plan6.log_growth` of two columns.

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"now": [827.0], "before": [752.0]})
        >>> df.plan6.log_growth("now", "before").round(6).tolist()
        [0.095068]
        """
        return self._call(indicators.log_growth, [(current, "current"), (prior, "prior")], options)

    def cagr(self, start: Any, end: Any, years: Any, **options: Any) -> Any:
        """:func:`plan6.cagr` of columns (or numbers): start, end, years.

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"fy2010": [273.0], "fy2012": [351.0]})
        >>> df.plan6.cagr("fy2010", "fy2012", 2).round(6).tolist()
        [0.133893]
        """
        return self._call(
            indicators.cagr, [(start, "start"), (end, "end"), (years, "years")], options
        )

    def panel_growth(self, ids: Any, years: Any, values: Any, **options: Any) -> Any:
        """:func:`plan6.panel_growth` of an id, a fiscal-year and a value column, in the frame's
        row order (no sorting needed).

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"id": ["jobs", "jobs"], "fy": [2012, 2011], "v": [351.0, 324.0]})
        >>> df.plan6.panel_growth("id", "fy", "v").round(4).tolist()
        [0.0833, nan]
        """
        return self._call(
            indicators.panel_growth,
            [(ids, "ids"), (years, "years"), (values, "values")],
            options,
            broadcast=False,
        )

    # Progress ----------------------------------------------------------------------------------

    def progress(
        self, actual: Any, baseline: Any, target: Any, direction: Any = None, **options: Any
    ) -> Any:
        """:func:`plan6.progress` of columns: actual, baseline, target.

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"now": [260.0], "base": [200.0], "goal": [320.0]})
        >>> df.plan6.progress("now", "base", "goal").tolist()
        [0.5]
        """
        return self._call(
            indicators.progress,
            [(actual, "actual"), (baseline, "baseline"), (target, "target")],
            {"direction": self._direction(direction), **options},
        )

    def required_growth(self, value: Any, target: Any, years: Any, **options: Any) -> Any:
        """:func:`plan6.required_growth` of columns: value, target, years.

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"now": [100.0], "goal": [121.0]})
        >>> df.plan6.required_growth("now", "goal", 2).round(12).tolist()
        [0.1]
        """
        return self._call(
            indicators.required_growth,
            [(value, "value"), (target, "target"), (years, "years")],
            options,
        )

    def growth_ratio(
        self,
        baseline: Any,
        current: Any,
        target: Any,
        years_elapsed: Any,
        years_to_target: Any,
        direction: Any = "higher",
        **options: Any,
    ) -> Any:
        """:func:`plan6.growth_ratio` of columns (the spans may be numbers).

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"b": [100.0], "c": [150.0], "t": [200.0]})
        >>> df.plan6.growth_ratio("b", "c", "t", 5, 15).round(4).tolist()
        [1.7861]
        """
        return self._call(
            indicators.growth_ratio,
            [
                (baseline, "baseline"),
                (current, "current"),
                (target, "target"),
                (years_elapsed, "years_elapsed"),
                (years_to_target, "years_to_target"),
            ],
            {"direction": self._direction(direction), **options},
        )

    def progress_class(self, ratio: Any, achieved: Any = None, **options: Any) -> Any:
        """:func:`plan6.progress_class` of a ratio column (and an achieved column).

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"ratio": [1.78, 0.46]})
        >>> df.plan6.progress_class("ratio").tolist()
        ['on_track', 'limited_progress']
        """
        ratio_column = self._column(ratio, "ratio")
        achieved_column = None if achieved is None else self._column(achieved, "achieved")
        return indicators.progress_class(ratio_column, achieved=achieved_column, **options)

    def target_achieved(self, current: Any, target: Any, direction: Any = "higher") -> Any:
        """:func:`plan6.target_achieved` of two columns.

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"jobs": [426.0, 300.0], "plan": [320.0, 320.0]})
        >>> df.plan6.target_achieved("jobs", "plan").tolist()
        [1.0, 0.0]
        """
        return self._call(
            indicators.target_achieved,
            [(current, "current"), (target, "target")],
            {"direction": self._direction(direction)},
        )

    def projection(
        self, baseline: Any, current: Any, years_elapsed: Any, years_ahead: Any, **options: Any
    ) -> Any:
        """:func:`plan6.projection` of columns (the spans may be numbers).

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"b": [100.0], "c": [121.0]})
        >>> df.plan6.projection("b", "c", 2, 2).round(6).tolist()
        [146.41]
        """
        return self._call(
            indicators.projection,
            [
                (baseline, "baseline"),
                (current, "current"),
                (years_elapsed, "years_elapsed"),
                (years_ahead, "years_ahead"),
            ],
            options,
        )

    # Scores and categories -------------------------------------------------------------------

    def normalize(self, values: Any, lower: Any, upper: Any, **options: Any) -> Any:
        """:func:`plan6.normalize` of a column between bounds (numbers or columns).

        >>> import pandas as pd, plan6
        >>> pd.DataFrame({"x": [50.0, 120.0]}).plan6.normalize("x", 0, 100).tolist()
        [50.0, 100.0]
        """
        if "direction" in options:
            options["direction"] = self._direction(options["direction"])
        return self._call(
            indicators.normalize,
            [(values, "values"), (lower, "lower"), (upper, "upper")],
            options,
        )

    def classify(self, scores: Any, preset: Any = "kawasaki", **options: Any) -> Any:
        """:func:`plan6.classify` of a column: an ordered categorical Series on the index.

        >>> import pandas as pd, plan6
        >>> pd.DataFrame({"a": [1.33, 1.0]}).plan6.classify("a").tolist()
        [1, 3]
        """
        column = self._column(scores, "scores")
        if column is None or is_scalar(column):
            column = pd.Series(column, index=self._frame.index, dtype="float64")
        return indicators.classify(column, preset, **options)

    def rollup(self, by: str | Sequence[str], **options: Any) -> pd.DataFrame:
        """:func:`plan6.rollup` of the frame over the hierarchy columns `by`.

        >>> import pandas as pd, plan6
        >>> df = pd.DataFrame({"programme": [1, 1, 2], "score": [1.0, 0.5, 2.0]})
        >>> df.plan6.rollup("programme", score="score", levels="leaf")["mean"].tolist()
        [0.75, 2.0]
        """
        return indicators.rollup(self._frame, by, **options)

    def consistency(self, facts: pd.DataFrame, **options: Any) -> pd.DataFrame:
        """:func:`plan6.consistency` of this frame of plan-years against `facts` (as
        :meth:`plan6.datasets.EvaluationDataset.indicators` gives them).

        >>> import plan6
        >>> ds = plan6.datasets.kawasaki_plan6()
        >>> len(ds.plans.plan6.consistency(ds.indicators()))
        30
        """
        from .consistency import consistency

        return consistency(self._frame, facts, **options)
