"""Consistency of the self-assessment: does each policy plan's achievement category
(達成状況区分) agree with the category its own numbers imply?

For every policy plan and fiscal year, the facts of its result section are read for

* **attainment** against a plan or target value (primary signal): the median attainment is
  placed on the category scale (:data:`plan6.categories.KAWASAKI` by default, configurable);
* **growth** over the prior year (secondary signal, used when no attainment exists): the
  median of current / prior is placed on the same scale — holding last year's level is
  "nearly achieved", +33 % is "greatly exceeded".

Every metric is read **in its good direction**: a rise in subrogation payments (代位弁済) or
complaints is bad news. The direction comes from the caller (``directions=``), else from the
facts' own ``direction`` column (a layout reader fills it from the document), else from the
measure's meaning (:mod:`plan6.indicators.directions`, a general lexicon of measures where
less or more is better). A metric whose direction is unknown is left out, never counted as
higher-is-better; :func:`consistency_evidence` lists every metric with its direction, where
it came from, its value and the category it alone implies.

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
from .directions import Overrides, resolve_directions

if TYPE_CHECKING:
    from ..model.dataset import EvaluationDataset

__all__ = ["consistency", "consistency_evidence", "disagreements"]

_PLAN_KEYS = ["programme_no", "policy_plan_no", "fiscal_year"]
_AGGREGATES = ("median", "mean", "min", "max")
_KINDS = ("attainment", "growth")


def _split(
    source: EvaluationDataset | pd.DataFrame, facts: pd.DataFrame | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    if isinstance(source, pd.DataFrame):
        if facts is None:
            raise TypeError("consistency(plans, facts): the facts DataFrame is missing")
        plans, frame = source, facts
    else:
        if facts is not None:
            raise TypeError("pass either a dataset, or a plans DataFrame and a facts DataFrame")
        if not hasattr(source, "plans") or not hasattr(source, "indicators"):
            raise TypeError(
                f"consistency needs an EvaluationDataset or DataFrames, not {type(source).__name__}"
            )
        plans, frame = source.plans, source.indicators()
    if not isinstance(plans, pd.DataFrame) or not isinstance(frame, pd.DataFrame):
        raise TypeError("plans and facts must be pandas DataFrames")
    return plans, frame


def _prepared(facts: pd.DataFrame, sections: tuple[str, ...]) -> pd.DataFrame:
    """The facts of `sections` with ``prior`` and ``lower_bound`` columns."""
    missing = [c for c in [*_PLAN_KEYS, "value"] if c not in facts.columns]
    if missing:
        raise ValueError(f"facts lacks the columns {missing}")
    facts = facts.copy()
    if "section" in facts.columns:
        facts = facts[facts["section"].isin(sections)]
    if "prior" not in facts.columns:
        facts["prior"] = facts["prior_value"] if "prior_value" in facts.columns else np.nan
    if "target_value" not in facts.columns:
        facts["target_value"] = np.nan
    facts["lower_bound"] = (
        facts["lower_bound"].fillna(False).astype(bool) if "lower_bound" in facts.columns else False
    )
    for column in ("metric_ja", "unit", "unit_ja"):
        if column not in facts.columns:
            facts[column] = ""
    return facts


def consistency_evidence(
    source: EvaluationDataset | pd.DataFrame,
    facts: pd.DataFrame | None = None,
    *,
    scale: str | Scale = KAWASAKI,
    growth_scale: str | Scale | None = None,
    sections: tuple[str, ...] = ("result",),
    directions: Overrides | None = None,
) -> pd.DataFrame:
    """The metrics behind every implied category: one row per fact and signal (attainment
    against its plan, growth over its prior year), with the direction it is read in.

    Parameters
    ----------
    source, facts, scale, growth_scale, sections, directions
        As for :func:`consistency`.

    Returns
    -------
    pandas.DataFrame
        The plan keys, ``policy_plan_ja``, ``fact_id`` (when the facts have it),
        ``metric_ja``, ``unit``, ``unit_ja``; ``signal`` ("attainment" or "growth"),
        ``value`` and ``base`` (the plan or the prior-year value), ``lower_bound``;
        ``direction`` ("higher", "lower" or None) and ``direction_source`` ("user",
        "document", "lexicon" or ""); ``ratio`` in the good direction (value / base, or
        base / value when less is better; NaN when the direction is unknown or the ratio
        undefined); ``implied_status`` (the category this metric alone implies) and ``used``.

    Examples
    --------
    >>> import plan6
    >>> ev = plan6.consistency_evidence(plan6.datasets.kawasaki_plan6())
    >>> row = ev[ev.metric_ja == "代位弁済の一部補助 件数"].iloc[0]
    >>> row.direction, row.direction_source, round(float(row.ratio), 3)   # 161 / 236
    ('lower', 'lexicon', 0.682)
    """
    _, frame = _split(source, facts)
    frame = _prepared(frame, sections)
    direction, origin = resolve_directions(frame, directions)
    frame = frame.assign(direction=direction, direction_source=origin)
    bands = {"attainment": scale_of(scale)}
    bands["growth"] = scale_of(growth_scale) if growth_scale is not None else bands["attainment"]
    keep = [
        c
        for c in [*_PLAN_KEYS, "policy_plan_ja", "fact_id", "metric_ja", "unit", "unit_ja"]
        if c in frame.columns
    ]
    parts = []
    for signal, base_column in (("attainment", "target_value"), ("growth", "prior")):
        rows = frame[frame[base_column].notna()]
        known = rows["direction"].notna().to_numpy()
        codes = np.where(rows["direction"].eq("lower").to_numpy(), "lower", "higher")
        if signal == "attainment":
            ratio = np.asarray(
                _attainment(rows["value"], rows[base_column], direction=list(codes)), dtype=float
            ).copy()
        else:
            rise = np.asarray(_growth(rows["value"], rows[base_column]), dtype=float)
            ratio = np.where(codes == "lower", 1.0 / (1.0 + rise), 1.0 + rise)
        ratio = np.where(known, ratio, np.nan)
        part = rows[keep].assign(
            signal=signal,
            value=rows["value"].astype(float),
            base=rows[base_column].astype(float),
            lower_bound=rows["lower_bound"].to_numpy() & (signal == "attainment"),
            direction=rows["direction"],
            direction_source=rows["direction_source"],
            ratio=ratio,
        )
        part["implied_status"] = _implied(part["ratio"], bands[signal])
        part["used"] = part["implied_status"].notna()
        parts.append(part)
    evidence = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    ordered: pd.DataFrame = evidence.sort_values(
        [*_PLAN_KEYS, "signal"], kind="stable"
    ).reset_index(drop=True)
    return ordered


def _implied(scores: pd.Series, bands: Scale) -> pd.Series:
    labels = classify(scores.astype(np.float64), bands).astype(object)
    values = [label if label != bands.not_comparable else pd.NA for label in labels]
    if values and all(_is_int(v) for v in values if v is not pd.NA):
        codes: pd.Series = pd.Series(pd.array(values, dtype="Int64"), index=scores.index)
        return codes
    labelled: pd.Series = pd.Series(values, index=scores.index, dtype=object)
    return labelled


def _metric_text(row: dict[str, Any]) -> str:
    """One metric of the evidence, as the report writes its numbers."""
    unit, unit_ja = (v if isinstance(v, str) else "" for v in (row["unit"], row["unit_ja"]))
    sense = "less is better" if row["direction"] == "lower" else "more is better"
    if row["signal"] == "attainment":
        bound = bool(row["lower_bound"])
        value = format_amount(row["value"], unit, unit_ja, bound)
        base = format_amount(row["base"], unit, unit_ja)
        ratio = format_percent(row["ratio"], lower_bound=bound)
        return f"{row['metric_ja']} ({sense}): {value} vs plan {base} = {ratio}"
    value = format_amount(row["value"], unit, unit_ja)
    base = format_amount(row["base"], unit, unit_ja)
    change = format_percent(row["value"] / row["base"] - 1, signed=True)
    return f"{row['metric_ja']} ({sense}): {value} vs prior {base} = {change}"


def consistency(
    source: EvaluationDataset | pd.DataFrame,
    facts: pd.DataFrame | None = None,
    *,
    scale: str | Scale = KAWASAKI,
    growth_scale: str | Scale | None = None,
    aggregate: Literal["median", "mean", "min", "max"] = "median",
    sections: tuple[str, ...] = ("result",),
    growth_tolerance: int = 1,
    directions: Overrides | None = None,
) -> pd.DataFrame:
    """Compare every plan-year's self-assessed category with the one its facts imply.

    Parameters
    ----------
    source, facts
        An :class:`~plan6.datasets.EvaluationDataset`, or a plans DataFrame (one row per
        policy plan × fiscal year, with ``status``) and a facts DataFrame (as
        :meth:`~plan6.datasets.EvaluationDataset.indicators` gives; ``prior`` is
        ``prior_value`` when absent).
    scale
        The category scale for attainment (default: the 1–5 achievement categories with
        bands 1.20 / 1.05 / 0.95 / 0.80; see :func:`plan6.categories.kawasaki_scale`).
    growth_scale
        The scale for current / prior in the good direction (default: `scale`).
    aggregate
        How the metrics of one plan-year combine: ``"median"`` (default), ``"mean"``,
        ``"min"`` or ``"max"``.
    sections
        Which fact sections count (default: the year's result block only; the summary pages
        repeat it).
    growth_tolerance
        How many categories a growth-implied category may differ from the given one and still
        agree (default 1): growth is only a secondary signal. Attainment must match exactly.
    directions
        Which way is better, per metric: a mapping from ``metric_ja`` or ``indicator`` to
        "higher", "lower" or None (unknown: left out), or a function of a fact's row. Facts
        it does not name take the facts' ``direction`` column, then the lexicon of
        :mod:`plan6.indicators.directions`; metrics still unknown are left out.

    Returns
    -------
    pandas.DataFrame
        One row per plan-year: the plan's keys and names, ``status``, ``target_changed``,
        ``reference_status``; ``attainment_facts``, ``attainment`` (aggregated, in the good
        direction), ``attainment_status`` (implied); ``growth_facts``, ``growth``,
        ``growth_status``; ``implied_status`` and ``implied_from`` ("attainment", "growth" or
        missing); ``agreeing`` (how many of the metrics used imply that category themselves,
        within the tolerance) and ``unknown_direction`` (metrics left out);
        ``consistent`` and ``reference_consistent`` (nullable booleans, missing when nothing
        is implied); ``difference`` (status − implied: positive when the self-assessment is
        more modest than the numbers); ``evidence`` (the metrics, their values, how many
        agree, what was left out, as text).

    Examples
    --------
    >>> import plan6
    >>> table = plan6.consistency(plan6.datasets.kawasaki_plan6())
    >>> len(table), int(table.consistent.eq(False).sum()) > 0
    (30, True)
    >>> row = table[(table.policy_plan_no == 11) & (table.fiscal_year == 2012)].iloc[0]
    >>> int(row.growth_facts), int(row.agreeing), int(row.unknown_direction)
    (2, 2, 5)
    """
    if aggregate not in _AGGREGATES:
        raise ValueError(f"aggregate must be one of {', '.join(_AGGREGATES)}, not {aggregate!r}")
    if isinstance(growth_tolerance, bool) or not isinstance(growth_tolerance, (int, np.integer)):
        raise TypeError(f"growth_tolerance must be an int, not {type(growth_tolerance).__name__}")
    if growth_tolerance < 0:
        raise ValueError(f"growth_tolerance must not be negative, not {growth_tolerance}")
    plans, frame = _split(source, facts)
    missing = [c for c in [*_PLAN_KEYS, "status"] if c not in plans.columns]
    if missing:
        raise ValueError(f"plans lacks the columns {missing}")
    attainment_scale = scale_of(scale)
    growth_bands = scale_of(growth_scale) if growth_scale is not None else attainment_scale
    evidence = consistency_evidence(
        plans,
        frame,
        scale=attainment_scale,
        growth_scale=growth_bands,
        sections=sections,
        directions=directions,
    )
    table = _plan_table(plans)
    for signal, bands in (("attainment", attainment_scale), ("growth", growth_bands)):
        used = evidence[(evidence["signal"] == signal) & evidence["used"]]
        grouped = used.groupby(_PLAN_KEYS, sort=False)
        summary = pd.DataFrame(
            {
                f"{signal}_facts": grouped.size(),
                signal: grouped["ratio"].agg(aggregate),
                f"{signal}_lower_bound": grouped["lower_bound"].all(),
            }
        ).reset_index()
        if summary.empty:
            summary = summary.astype({k: np.int64 for k in _PLAN_KEYS})
        table = table.merge(summary, on=_PLAN_KEYS, how="left")
        table[f"{signal}_facts"] = table[f"{signal}_facts"].fillna(0).astype(np.int64)
        table[signal] = table[signal].astype(float)
        table[f"{signal}_status"] = _implied(table[signal], bands)
    table["growth"] = table["growth"] - 1.0  # a ratio to the prior year as a growth rate
    table["attainment_lower_bound"] = (
        table["attainment_lower_bound"].astype("boolean").fillna(False).astype(bool)
    )
    table = table.drop(columns="growth_lower_bound")
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
        dtype=object,
    )
    ranks = {label: i for i, label in enumerate(attainment_scale.labels)}
    tolerance = np.where(has_attainment, 0, growth_tolerance)
    bound = has_attainment & table["attainment_lower_bound"]

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
            int(g) - int(w) if _is_int(g) and _is_int(w) else pd.NA
            for g, w in zip(table["status"], table["implied_status"], strict=True)
        ],
        dtype="Int64",
    )
    agreeing, unknown, texts = _evidence_columns(table, evidence, ranks, tolerance)
    table["agreeing"] = pd.array(agreeing, dtype="Int64")
    table["unknown_direction"] = np.asarray(unknown, dtype=np.int64)
    table["evidence"] = texts
    ordered: pd.DataFrame = table.sort_values(["fiscal_year", *_PLAN_KEYS[:2]]).reset_index(
        drop=True
    )
    return ordered


def _plan_table(plans: pd.DataFrame) -> pd.DataFrame:
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
    kept: pd.DataFrame = table[keep].reset_index(drop=True)
    return kept


def _evidence_columns(
    table: pd.DataFrame, evidence: pd.DataFrame, ranks: dict[Any, int], tolerance: np.ndarray
) -> tuple[list[Any], list[int], list[str]]:
    """Per plan-year: how many metrics agree with the implied category, how many were left
    out for want of a direction, and the evidence as text."""
    by_plan = {key: rows for key, rows in evidence.groupby(_PLAN_KEYS, sort=False)}
    agreeing: list[Any] = []
    unknown: list[int] = []
    texts: list[str] = []
    for position, row in enumerate(table.to_dict("records")):
        rows = by_plan.get(tuple(row[k] for k in _PLAN_KEYS))
        signal = row["implied_from"]
        if rows is None:
            agreeing.append(pd.NA)
            unknown.append(0)
            texts.append("")
            continue
        left_out = rows[rows["direction"].isna()]
        unknown.append(int(left_out["metric_ja"].nunique()))
        parts = []
        if isinstance(signal, str):
            used = rows[(rows["signal"] == signal) & rows["used"]]
            want = ranks.get(row["implied_status"])
            slack = int(tolerance[position])
            agree = sum(
                want is not None
                and own in ranks
                and (
                    ranks[own] >= want
                    if bool(row["attainment_lower_bound"]) and signal == "attainment"
                    else abs(ranks[own] - want) <= slack
                )
                for own in used["implied_status"]
            )
            agreeing.append(agree)
            parts.append("; ".join(_metric_text(r) for r in used.to_dict("records")))
            noun = "metric implies" if len(used) == 1 else "metrics imply"
            parts.append(f"{agree} of {len(used)} {noun} {row['implied_status']}")
        else:
            agreeing.append(pd.NA)
        if len(left_out):
            names = ", ".join(dict.fromkeys(str(n) for n in left_out["metric_ja"]))
            parts.append(f"left out, direction unknown: {names}")
        texts.append("; ".join(parts))
    return agreeing, unknown, texts


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
