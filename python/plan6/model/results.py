"""Results of the data model that display well — one fact with its provenance and indicators
(:class:`Fact`), the values of one indicator with the reason for each NaN
(:class:`IndicatorResult`), achievement categories counted per group and fiscal year
(:class:`CategoryRollup`) — and the functions that compute them.

Everything is computed here; what only a display needs (headers in the display language,
tables in text and HTML) is written by :mod:`plan6.rendering.display`.

>>> import plan6
>>> result = plan6.datasets.kawasaki_plan6().indicator_result("attainment")
>>> print(repr(result).split(":")[0])
IndicatorResult('attainment'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

import numpy as np
import pandas as pd

from ..indicators import attainment, gap, growth, reason_description
from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..text.formatting import format_amount, format_percent, is_missing

__all__ = [
    "INDICATOR_NAMES",
    "CategoryRollup",
    "Fact",
    "IndicatorName",
    "IndicatorResult",
    "category_rollup",
    "indicator_result",
    "reason_text",
]

IndicatorName = Literal["attainment", "growth", "gap"]
#: The indicators an :class:`IndicatorResult` can hold.
INDICATOR_NAMES: tuple[str, ...] = ("attainment", "growth", "gap")


def _rendering(module: str) -> ModuleType:
    # Rendering depends on the model, never the other way: the model's display and export
    # methods (here and in dataset.py) reach plan6.rendering through this one lazy import.
    return importlib.import_module(f"plan6.rendering.{module}")


def _float(value: object) -> float:
    return float("nan") if is_missing(value) else float(value)  # type: ignore[arg-type]


def reason_text(reason: str) -> str:
    """A reason name with its explanation, for display; "" where the value is defined.

    >>> reason_text("zero_base")
    'zero_base: the base is zero, so the ratio is undefined'
    """
    if reason in ("", "none", "nan"):
        return ""
    try:
        return f"{reason}: {reason_description(reason)}"
    except ValueError:  # a reason named by the caller, not one of plan6's
        return reason


@dataclass(frozen=True)
class Fact:
    """One quantitative fact of a report, with its provenance and its indicators.

    Build it from a row of ``ds.facts`` or ``ds.indicators()`` with :meth:`from_row`, or
    get it from a dataset with ``ds.fact(fact_id)``.

    >>> import plan6
    >>> fact = plan6.datasets.kawasaki_plan6().fact(1)
    >>> fact.value, fact.unit_ja
    (145.0, '団体')
    """

    fact_id: int
    fiscal_year: int
    programme_no: int
    policy_plan_no: int
    policy_plan_ja: str
    section: str
    indicator: str
    metric_ja: str
    metric_en: str
    value: float
    unit: str
    unit_ja: str
    approximate: bool
    lower_bound: bool
    prior_value: float
    target_value: float
    quote: str
    span: tuple[int, int]
    growth: float = float("nan")
    growth_reason: str = ""
    attainment: float = float("nan")
    attainment_reason: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any] | pd.Series) -> Fact:
        """A fact from a row of ``facts`` or ``indicators()`` (a Series or a mapping).

        >>> import plan6
        >>> ds = plan6.datasets.kawasaki_plan6()
        >>> plan6.model.results.Fact.from_row(ds.facts.iloc[0]).quote
        '145 団体 242 ブースの出展があり'
        """
        get = row.get

        def text(key: str) -> str:
            value = get(key, "")
            return "" if is_missing(value) else str(value)

        # The prior the indicators used (text or previous year) when computed; else the text's.
        prior = get("prior", get("prior_value"))
        return cls(
            fact_id=int(row["fact_id"]),
            fiscal_year=int(row["fiscal_year"]),
            programme_no=int(row["programme_no"]),
            policy_plan_no=int(row["policy_plan_no"]),
            policy_plan_ja=text("policy_plan_ja"),
            section=text("section"),
            indicator=text("indicator"),
            metric_ja=text("metric_ja"),
            metric_en=text("metric_en"),
            value=_float(row["value"]),
            unit=text("unit"),
            unit_ja=text("unit_ja"),
            approximate=bool(get("approximate", False)),
            lower_bound=bool(get("lower_bound", False)),
            prior_value=_float(prior),
            target_value=_float(get("target_value")),
            quote=text("quote"),
            span=(int(row["span_start"]), int(row["span_end"])),
            growth=_float(get("growth")),
            growth_reason=text("growth_reason"),
            attainment=_float(get("attainment")),
            attainment_reason=text("attainment_reason"),
        )

    @property
    def value_text(self) -> str:
        """The value as the report writes it ("約" kept for approximate values).

        >>> import plan6
        >>> plan6.datasets.kawasaki_plan6().fact(3).value_text
        '15,200名'
        """
        text = format_amount(self.value, self.unit, self.unit_ja, self.lower_bound)
        return f"約{text}" if self.approximate else text

    def result_text(self, name: Literal["attainment", "growth"]) -> str:
        """The fact's attainment or growth as the report writes it, or "—" with the reason.

        >>> import plan6
        >>> plan6.datasets.kawasaki_plan6().fact(3).result_text("growth")
        '+12.6 %'
        """
        value = self.attainment if name == "attainment" else self.growth
        reason = self.attainment_reason if name == "attainment" else self.growth_reason
        if is_missing(value):
            return f"— ({reason_text(reason)})" if reason_text(reason) else "—"
        return format_percent(
            value,
            signed=name == "growth",
            lower_bound=self.lower_bound and name == "attainment",
        )

    def __repr__(self) -> str:
        parts = [f"Fact(#{self.fact_id} FY{self.fiscal_year} {self.metric_ja} {self.value_text}"]
        if not is_missing(self.target_value):
            parts.append(
                f"plan {format_amount(self.target_value, self.unit, self.unit_ja)} "
                f"→ {self.result_text('attainment')}"
            )
        if not is_missing(self.prior_value):
            parts.append(
                f"prior {format_amount(self.prior_value, self.unit, self.unit_ja)} "
                f"→ {self.result_text('growth')}"
            )
        return ", ".join(parts) + ")"

    def __str__(self) -> str:
        return str(_rendering("display").fact_text(self))

    def _repr_html_(self) -> str:
        return str(_rendering("display").fact_html(self))


@dataclass(frozen=True)
class IndicatorResult:
    """The values of one indicator (attainment, growth or gap) with the reason for each NaN.

    ``frame`` has one row per value: the ``label`` columns given, ``value`` and ``base``
    (the actual and the plan or prior-year value), ``unit``/``unit_ja``, ``result`` and
    ``reason`` ("none" where defined).

    >>> import plan6
    >>> r = plan6.model.results.indicator_result("growth", [827, 10], [752, 0], unit="persons")
    >>> r.undefined
    1
    >>> print(r)
    Actual Prior year  Growth Reason
      827人       752人 +10.0 %
       10人         0人       — zero_base: the base is zero, so the ratio is undefined
    """

    name: str
    frame: pd.DataFrame
    labels: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.name not in INDICATOR_NAMES:
            raise ValueError(
                f"name must be one of {', '.join(map(repr, INDICATOR_NAMES))}, not {self.name!r}"
            )
        missing = {"value", "base", "result", "reason"} - set(self.frame.columns)
        if missing:
            raise ValueError(f"frame lacks the columns {sorted(missing)}")

    @property
    def values(self) -> np.ndarray:
        """The indicator values (float64, NaN where undefined)."""
        return self.frame["result"].to_numpy(dtype=np.float64)

    @property
    def reasons(self) -> np.ndarray:
        """The reason for each value ("none" where defined)."""
        return self.frame["reason"].astype(str).to_numpy(dtype=object)

    @property
    def undefined(self) -> int:
        """How many values are undefined (NaN)."""
        return int(np.isnan(self.values).sum())

    def to_frame(self) -> pd.DataFrame:
        """A copy of the underlying table.

        >>> import plan6
        >>> result = plan6.model.results.indicator_result("attainment", [426], [320])
        >>> result.to_frame().result.tolist()
        [1.33125]
        """
        frame: pd.DataFrame = self.frame.copy()
        return frame

    def __len__(self) -> int:
        return len(self.frame)

    def __repr__(self) -> str:
        reasons = pd.Series(self.reasons)
        counts = reasons[reasons != "none"].value_counts()
        detail = ", ".join(f"{k}: {v}" for k, v in counts.items())
        return (
            f"IndicatorResult({self.name!r}: {len(self)} values, {self.undefined} undefined"
            + (f" ({detail})" if detail else "")
            + ")"
        )

    def __str__(self) -> str:
        return str(_rendering("display").indicator_text(self))

    def _repr_html_(self) -> str:
        return str(_rendering("display").indicator_html(self))


def indicator_result(
    name: IndicatorName,
    actual: Any,
    base: Any,
    *,
    labels: Mapping[str, Sequence[object]] | None = None,
    unit: str = "",
    unit_ja: str = "",
) -> IndicatorResult:
    """Compute an indicator with the reasons for undefined values, as a displayable result.

    Parameters
    ----------
    name
        ``"attainment"`` (actual / plan), ``"growth"`` (actual / prior − 1) or ``"gap"``
        (actual − plan).
    actual, base
        Numbers or arrays of equal length (see :func:`plan6.attainment`).
    labels
        Columns to show before the values, e.g. ``{"metric_ja": [...]}``.
    unit, unit_ja
        The unit of ``actual`` and ``base`` (``"persons"``, ``"yen"``…), for display.

    Examples
    --------
    >>> import plan6
    >>> r = plan6.model.results.indicator_result("attainment", [426, 5], [320, 0], unit="persons")
    >>> r
    IndicatorResult('attainment': 2 values, 1 undefined (zero_base: 1))
    >>> r.values
    array([1.33125,     nan])
    """
    functions: dict[str, Callable[..., Any]] = {
        "attainment": attainment,
        "growth": growth,
        "gap": gap,
    }
    if name not in functions:
        raise ValueError(f"name must be one of {', '.join(map(repr, functions))}, not {name!r}")
    values, reasons = functions[name](
        np.atleast_1d(np.asarray(actual, dtype=np.float64)),
        np.atleast_1d(np.asarray(base, dtype=np.float64)),
        with_reasons=True,
    )
    actual_array = np.broadcast_to(np.atleast_1d(np.asarray(actual, dtype=np.float64)), len(values))
    base_array = np.broadcast_to(np.atleast_1d(np.asarray(base, dtype=np.float64)), len(values))
    columns: dict[str, Any] = {}
    for key, column in (labels or {}).items():
        if len(column) != len(values):
            raise ValueError(f"labels[{key!r}] has {len(column)} values, not {len(values)}")
        columns[key] = list(column)
    columns.update(
        value=actual_array,
        base=base_array,
        unit=unit,
        unit_ja=unit_ja,
        result=np.asarray(values, dtype=np.float64),
        reason=np.asarray(reasons, dtype=object),
    )
    return IndicatorResult(name, pd.DataFrame(columns), tuple((labels or {}).keys()))


_GROUPS = {
    "programme": ["programme_no", "programme_ja"],
    "plan": [],
}


@dataclass(frozen=True)
class CategoryRollup:
    """Achievement categories (達成状況区分) counted per group and fiscal year.

    ``counts`` has one row per group × fiscal year and the columns ``1``–``5`` (policy plans
    in each category), ``plans``, ``changed`` (targets changed, "*"), ``mean`` (mean
    category, 1 = best) and ``share_met`` (share in categories 1–3, target at least nearly
    achieved).

    >>> import plan6
    >>> rollup = plan6.datasets.kawasaki_plan6().category_rollup()
    >>> int(rollup.counts.loc[2012, "changed"])
    4
    """

    counts: pd.DataFrame
    by: str

    def __repr__(self) -> str:
        return (
            f"CategoryRollup(by={self.by!r}: {len(self.counts)} rows, "
            f"{int(self.counts['plans'].sum())} plan-years)"
        )

    def __str__(self) -> str:
        return str(_rendering("display").rollup_text(self))

    def _repr_html_(self) -> str:
        return str(_rendering("display").rollup_html(self))


def category_rollup(plans: pd.DataFrame, by: str | None = None) -> CategoryRollup:
    """Count the achievement categories of `plans` per fiscal year, and per group.

    Parameters
    ----------
    plans
        A table with ``fiscal_year``, ``status`` (1–5) and ``target_changed`` columns, such as
        ``ds.plans``.
    by
        ``None`` (all policy plans), ``"programme"`` (per action programme), or the name of a
        column of `plans`.

    Examples
    --------
    >>> import plan6
    >>> plans = plan6.datasets.kawasaki_plan6().plans
    >>> plan6.model.results.category_rollup(plans).counts[[3, "plans"]].to_dict("index")
    {2011: {3: 15, 'plans': 15}, 2012: {3: 15, 'plans': 15}}
    """
    for column in ("fiscal_year", "status", "target_changed"):
        if column not in plans.columns:
            raise ValueError(f"plans lacks the column {column!r}")
    status = pd.to_numeric(plans["status"], errors="coerce")
    bad = ~status.isin(list(ACHIEVEMENT_CATEGORIES))
    if bad.any():
        raise ValueError(
            f"plans.status must hold categories 1-5; found {plans.loc[bad, 'status'].iloc[0]!r}"
        )
    if by is None:
        keys: list[str] = []
    elif by in _GROUPS:
        keys = _GROUPS[by]
    elif by in plans.columns:
        keys = [by]
    else:
        raise ValueError(f"by must be None, 'programme' or a column of plans, not {by!r}")
    missing = [k for k in keys if k not in plans.columns]
    if missing:
        raise ValueError(f"plans lacks the columns {missing} needed for by={by!r}")
    keys = [*keys, "fiscal_year"]
    frame = plans.assign(status=status.astype(int), changed=plans["target_changed"].astype(bool))
    counts = (
        frame.groupby(keys, sort=True)["status"]
        .value_counts()
        .unstack(fill_value=0)
        .reindex(columns=list(ACHIEVEMENT_CATEGORIES), fill_value=0)
    )
    counts.columns = list(ACHIEVEMENT_CATEGORIES)
    grouped = frame.groupby(keys, sort=True)
    counts["plans"] = grouped.size()
    counts["changed"] = grouped["changed"].sum().astype(int)
    counts["mean"] = grouped["status"].mean()
    counts["share_met"] = grouped["status"].apply(lambda s: float((s <= 3).mean()))
    return CategoryRollup(counts, by or "all")
