"""Consistency of the self-assessment: does each policy plan's achievement category
(達成状況区分) agree with the category its own numbers imply?

For every policy plan and fiscal year, the facts of its result section are read for

* **attainment** against a plan or target value (primary signal): the median attainment is
  placed on the category scale (:data:`plan6.categories.KAWASAKI` by default, configurable);
* **growth** over the prior year (secondary signal, used when no attainment exists): the
  median of current / prior is placed on the same scale — holding last year's level is
  "nearly achieved", +33 % is "greatly exceeded".

The implied category is compared with ``status`` (and, for targets changed during the year,
also with ``reference_status``, the category against the original target). Attainment must
match exactly; growth, a weaker signal, within one category (``growth_tolerance``). A
lower-bound fact ("目標3100人を上回る") only caps the implied category: any category at least
that good agrees.

>>> import plan6
>>> table = plan6.disagreements(plan6.datasets.kawasaki_plan6())
>>> row = table[(table.fiscal_year == 2012) & (table.implied_from == "attainment")].iloc[0]
>>> int(row.status), int(row.implied_status), round(float(row.attainment), 3)
(3, 1, 1.331)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from ..text.formatting import format_amount, format_percent
from . import attainment as _attainment
from . import classify
from . import growth as _growth
from .categories import KAWASAKI, Scale, scale_of

if TYPE_CHECKING:
    from ..model.dataset import EvaluationDataset

__all__ = ["consistency", "disagreements"]

_PLAN_KEYS = ["programme_no", "policy_plan_no", "fiscal_year"]
_AGGREGATES = ("median", "mean", "min", "max")


def _split(
    source: EvaluationDataset | pd.DataFrame, facts: pd.DataFrame | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    if isinstance(source, pd.DataFrame):
        if facts is None:
            raise TypeError("consistency(plans, facts): the facts DataFrame is missing")
        return source, facts
    if facts is not None:
        raise TypeError("pass either a dataset, or a plans DataFrame and a facts DataFrame")
    if not hasattr(source, "plans") or not hasattr(source, "indicators"):
        raise TypeError(
            f"consistency needs an EvaluationDataset or DataFrames, not {type(source).__name__}"
        )
    return source.plans, source.indicators()


def _with_indicators(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts with ``attainment`` and ``growth`` columns (computed when absent)."""
    missing = [c for c in [*_PLAN_KEYS, "value"] if c not in facts.columns]
    if missing:
        raise ValueError(f"facts lacks the columns {missing}")
    facts = facts.copy()
    if "attainment" not in facts.columns:
        target = facts["target_value"] if "target_value" in facts.columns else np.nan
        facts["attainment"] = _attainment(facts["value"], target)
    if "growth" not in facts.columns:
        prior_column = "prior" if "prior" in facts.columns else "prior_value"
        prior = facts[prior_column] if prior_column in facts.columns else np.nan
        facts["growth"] = _growth(facts["value"], prior)
    if "lower_bound" not in facts.columns:
        facts["lower_bound"] = False
    return facts


def _evidence(rows: pd.DataFrame, kind: str) -> str:
    """The numbers behind a plan-year's implied category, written as the report writes them."""
    parts = []
    for row in rows.to_dict("records"):
        name = row.get("metric_ja") or row.get("indicator") or ""
        unit, unit_ja = (
            v if isinstance(v, str) else "" for v in (row.get("unit"), row.get("unit_ja"))
        )
        if kind == "attainment":
            bound = bool(row.get("lower_bound", False))
            value = format_amount(row["value"], unit, unit_ja, bound)
            target = format_amount(row["target_value"], unit, unit_ja)
            ratio = format_percent(row["attainment"], lower_bound=bound)
            parts.append(f"{name}: {value} vs plan {target} = {ratio}")
        else:
            value = format_amount(row["value"], unit, unit_ja)
            prior = format_amount(row["prior"], unit, unit_ja)
            growth = format_percent(row["growth"], signed=True)
            parts.append(f"{name}: {value} vs prior {prior} = {growth}")
    return "; ".join(parts)


def consistency(
    source: EvaluationDataset | pd.DataFrame,
    facts: pd.DataFrame | None = None,
    *,
    scale: str | Scale = KAWASAKI,
    growth_scale: str | Scale | None = None,
    aggregate: Literal["median", "mean", "min", "max"] = "median",
    sections: tuple[str, ...] = ("result",),
    growth_tolerance: int = 1,
) -> pd.DataFrame:
    """Compare every plan-year's self-assessed category with the one its facts imply.

    Parameters
    ----------
    source, facts
        An :class:`~plan6.datasets.EvaluationDataset`, or a plans DataFrame (one row per
        policy plan × fiscal year, with ``status``) and a facts DataFrame (as
        :meth:`~plan6.datasets.EvaluationDataset.indicators` gives; ``attainment`` and
        ``growth`` are computed from ``value``, ``target_value`` and ``prior`` when absent).
    scale
        The category scale for attainment (default: the 1–5 achievement categories with
        bands 1.20 / 1.05 / 0.95 / 0.80; see :func:`plan6.categories.kawasaki_scale`).
    growth_scale
        The scale for current / prior (default: `scale`).
    aggregate
        How the facts of one plan-year combine: ``"median"`` (default), ``"mean"``,
        ``"min"`` or ``"max"``.
    sections
        Which fact sections count (default: the year's result block only; the summary pages
        repeat it).
    growth_tolerance
        How many categories a growth-implied category may differ from the given one and still
        agree (default 1): growth is only a secondary signal. Attainment must match exactly.

    Returns
    -------
    pandas.DataFrame
        One row per plan-year: the plan's keys and names, ``status``, ``target_changed``,
        ``reference_status``; ``attainment_facts``, ``attainment`` (aggregated),
        ``attainment_status`` (implied); ``growth_facts``, ``growth``, ``growth_status``;
        ``implied_status`` and ``implied_from`` ("attainment", "growth" or missing);
        ``consistent`` and ``reference_consistent`` (nullable booleans, missing when nothing
        is implied); ``difference`` (status − implied: positive when the self-assessment is
        more modest than the numbers); ``evidence`` (the numbers, as text).

    Examples
    --------
    >>> import plan6
    >>> table = plan6.consistency(plan6.datasets.kawasaki_plan6())
    >>> len(table), int(table.consistent.eq(False).sum()) > 0
    (30, True)
    """
    if aggregate not in _AGGREGATES:
        raise ValueError(f"aggregate must be one of {', '.join(_AGGREGATES)}, not {aggregate!r}")
    plans, fact_frame = _split(source, facts)
    if not isinstance(plans, pd.DataFrame) or not isinstance(fact_frame, pd.DataFrame):
        raise TypeError("plans and facts must be pandas DataFrames")
    missing = [c for c in [*_PLAN_KEYS, "status"] if c not in plans.columns]
    if missing:
        raise ValueError(f"plans lacks the columns {missing}")
    attainment_scale = scale_of(scale)
    growth_bands = scale_of(growth_scale) if growth_scale is not None else attainment_scale
    fact_frame = _with_indicators(fact_frame)
    if "section" in fact_frame.columns:
        fact_frame = fact_frame[fact_frame["section"].isin(sections)]

    attained = fact_frame[fact_frame["attainment"].notna()]
    grown = fact_frame[fact_frame["growth"].notna()]
    if "prior" not in grown.columns:
        grown = grown.assign(prior=grown["value"] / (1 + grown["growth"]))

    table = plans.copy()
    for column, default in [("target_changed", False), ("reference_status", pd.NA)]:
        if column not in table.columns:
            table[column] = default
    keep = [
        c
        for c in [
            *_PLAN_KEYS[:2],
            "programme_ja",
            "policy_plan_ja",
            "fiscal_year",
            "status",
            "target_changed",
            "reference_status",
        ]
        if c in table.columns
    ]
    table = table[keep].reset_index(drop=True)

    def summarise(frame: pd.DataFrame, column: str, kind: str) -> pd.DataFrame:
        grouped = frame.groupby(_PLAN_KEYS, sort=False)
        summary = grouped[column].agg(["size", aggregate])
        summary.columns = [f"{kind}_facts", kind]
        summary[f"{kind}_evidence"] = pd.Series(
            {key: _evidence(rows, kind) for key, rows in grouped}, dtype=object
        )
        if kind == "attainment":
            summary["attainment_lower_bound"] = grouped["lower_bound"].all()
        flat: pd.DataFrame = summary.reset_index()
        return flat

    for frame, column, kind in [
        (attained, "attainment", "attainment"),
        (grown, "growth", "growth"),
    ]:
        if len(frame):
            table = table.merge(summarise(frame, column, kind), on=_PLAN_KEYS, how="left")
        else:
            table[f"{kind}_facts"] = 0
            table[kind] = np.nan
            table[f"{kind}_evidence"] = ""
    if "attainment_lower_bound" not in table.columns:
        table["attainment_lower_bound"] = False
    table["attainment_lower_bound"] = (
        table["attainment_lower_bound"].astype("boolean").fillna(False)
    )
    for kind in ("attainment", "growth"):
        table[f"{kind}_facts"] = table[f"{kind}_facts"].fillna(0).astype(np.int64)
        table[f"{kind}_evidence"] = table[f"{kind}_evidence"].fillna("")

    def implied(scores: pd.Series, bands: Scale) -> pd.Series:
        labels = classify(scores.astype(np.float64), bands).astype(object)
        return pd.Series(
            [label if label != bands.not_comparable else pd.NA for label in labels],
            index=scores.index,
            dtype=object,
        )

    table["attainment_status"] = implied(table["attainment"], attainment_scale)
    table["growth_status"] = implied(1.0 + table["growth"], growth_bands)
    has_attainment = table["attainment_status"].notna()
    table["implied_status"] = table["attainment_status"].where(
        has_attainment, table["growth_status"]
    )
    table["implied_from"] = pd.Series(
        [
            "attainment" if primary else ("growth" if secondary else pd.NA)
            for primary, secondary in zip(
                has_attainment, table["growth_status"].notna(), strict=True
            )
        ],
        index=table.index,
        dtype="object",
    )
    bound = has_attainment & table["attainment_lower_bound"].astype(bool)

    ranks = {label: i for i, label in enumerate(attainment_scale.labels)}

    if growth_tolerance < 0:
        raise ValueError(f"growth_tolerance must not be negative, not {growth_tolerance}")
    tolerance = np.where(has_attainment, 0, growth_tolerance)

    def agrees(status: pd.Series) -> pd.Series:
        out: list[bool | Any] = []
        for given, want, only_bound, slack in zip(
            status, table["implied_status"], bound, tolerance, strict=True
        ):
            if pd.isna(given) or pd.isna(want) or given not in ranks or want not in ranks:
                out.append(pd.NA)
            elif only_bound:  # the value is at least the bound: this band or a better one
                out.append(ranks[given] >= ranks[want])
            else:
                out.append(abs(ranks[given] - ranks[want]) <= slack)
        flags: pd.Series = pd.Series(out, index=table.index, dtype="boolean")
        return flags

    table["consistent"] = agrees(table["status"])
    reference = table["reference_status"].where(table["target_changed"].astype(bool))
    table["reference_consistent"] = agrees(reference)
    table["difference"] = pd.array(
        [
            int(g) - int(w)
            if not pd.isna(g) and not pd.isna(w) and _is_int(g) and _is_int(w)
            else pd.NA
            for g, w in zip(table["status"], table["implied_status"], strict=True)
        ],
        dtype="Int64",
    )
    table["evidence"] = np.where(
        has_attainment, table["attainment_evidence"], table["growth_evidence"]
    )
    table = table.drop(columns=["attainment_evidence", "growth_evidence"])
    for column in ("attainment_status", "growth_status", "implied_status"):
        if all(_is_int(v) for v in table[column].dropna()):
            table[column] = pd.array(table[column].tolist(), dtype="Int64")
    ordered: pd.DataFrame = table.sort_values(["fiscal_year", *_PLAN_KEYS[:2]]).reset_index(
        drop=True
    )
    return ordered


def _is_int(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def disagreements(
    source: EvaluationDataset | pd.DataFrame, facts: pd.DataFrame | None = None, **options: Any
) -> pd.DataFrame:
    """The rows of :func:`consistency` whose category disagrees with the facts (against the
    changed target or, for changed targets, against the original one).

    Examples
    --------
    >>> import plan6
    >>> table = plan6.disagreements(plan6.datasets.kawasaki_plan6())
    >>> primary = table[table.implied_from == "attainment"]
    >>> [(r.policy_plan_ja, int(r.fiscal_year), int(r.status), int(r.implied_status))
    ...  for r in primary.itertuples()]
    [('就業の支援', 2011, 3, 1), ('就業の支援', 2012, 3, 1)]
    """
    table = consistency(source, facts, **options)
    wrong = table["consistent"].eq(False) | table["reference_consistent"].eq(False)
    rows: pd.DataFrame = table[wrong.fillna(False)].reset_index(drop=True)
    return rows
