"""Result objects that display well: in a notebook (``_repr_html_``), at the prompt
(``__repr__``) and printed (``__str__``).

Numbers are written as the report writes them (426人, 391億7,319万円, 133.1 %), achievement
categories carry their Japanese label and an English gloss, and an undefined (NaN) indicator
value shows its reason. Headers follow ``plan6.options.language``.

>>> import plan6
>>> ds = plan6.datasets.kawasaki_plan6()
>>> result = ds.indicator_result("attainment")
>>> print(repr(result).split(":")[0])
IndicatorResult('attainment'
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from ..indicators import attainment, gap, growth, reason_description
from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from .format import (
    CATEGORY_COLOURS,
    CATEGORY_TEXT_COLOURS,
    category_text,
    format_amount,
    format_percent,
    header,
    html_table,
    is_missing,
    text_table,
)
from .options import options

__all__ = [
    "CategoryRollup",
    "Fact",
    "IndicatorName",
    "IndicatorResult",
    "category_rollup",
    "indicator_result",
]

IndicatorName = Literal["attainment", "growth", "gap"]

_STYLE = (
    "<style>table.plan6{border-collapse:collapse;font-size:.85rem;margin:.3rem 0}"
    "table.plan6 th,table.plan6 td{border:1px solid #d8dee6;padding:.2rem .45rem;"
    "text-align:left;vertical-align:top}table.plan6 th{background:#f2f5f8}"
    "table.plan6 caption{text-align:left;font-weight:bold;padding:.2rem 0}"
    ".plan6-meta{color:#5b6b7c}.plan6-quote{color:#5b6b7c}</style>"
)

# What each indicator is computed from, and how its value and base are named.
_INDICATORS: dict[str, tuple[tuple[str, str], tuple[str, str], bool]] = {
    # name: ((value header en, ja), (base header en, ja), signed percentage)
    "attainment": (("Actual", "実績"), ("Plan", "計画"), False),
    "growth": (("Actual", "実績"), ("Prior year", "前年度"), True),
    "gap": (("Actual", "実績"), ("Plan", "計画"), False),
}
_RESULT_HEADERS = {
    "attainment": ("Attainment", "達成率"),
    "growth": ("Growth", "伸び率"),
    "gap": ("Gap", "差"),
}


def _float(value: object) -> float:
    return float("nan") if is_missing(value) else float(value)  # type: ignore[arg-type]


def _reason_text(reason: str) -> str:
    if reason in ("", "none", "nan"):
        return ""
    try:
        return f"{reason}: {reason_description(reason)}"
    except ValueError:  # a reason named by the caller, not one of plan6's
        return reason


# --------------------------------------------------------------------------------------------
# Fact


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
        >>> plan6.display.Fact.from_row(ds.facts.iloc[0]).quote
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

    def _fields(self) -> list[tuple[str, str]]:
        fields = [
            (header("Fiscal year", "年度"), f"FY{self.fiscal_year}"),
            (header("Policy plan", "施策計画"), self.policy_plan_ja),
            (
                header("Metric", "指標"),
                self.metric_ja
                if options.language == "ja"
                else f"{self.metric_ja} ({self.metric_en})",
            ),
            (header("Value", "値"), self.value_text),
        ]
        if not is_missing(self.target_value):
            fields.append(
                (header("Plan", "計画"), format_amount(self.target_value, self.unit, self.unit_ja))
            )
            fields.append((header("Attainment", "達成率"), self._result("attainment")))
        if not is_missing(self.prior_value):
            fields.append(
                (
                    header("Prior year", "前年度"),
                    format_amount(self.prior_value, self.unit, self.unit_ja),
                )
            )
            fields.append((header("Growth", "伸び率"), self._result("growth")))
        fields.append(
            (
                header("Source", "出典"),
                f"「{' '.join(self.quote.split())}」 "
                + header(
                    f"(characters {self.span[0]}–{self.span[1]})",
                    f"（{self.span[0]}–{self.span[1]}文字目）",
                ),
            )
        )
        return fields

    def _result(self, name: str) -> str:
        value = self.attainment if name == "attainment" else self.growth
        reason = self.attainment_reason if name == "attainment" else self.growth_reason
        if is_missing(value):
            return f"— ({_reason_text(reason)})" if _reason_text(reason) else "—"
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
                f"→ {self._result('attainment')}"
            )
        if not is_missing(self.prior_value):
            parts.append(
                f"prior {format_amount(self.prior_value, self.unit, self.unit_ja)} "
                f"→ {self._result('growth')}"
            )
        return ", ".join(parts) + ")"

    def __str__(self) -> str:
        return text_table([header("Fact", "事実"), f"#{self.fact_id}"], self._fields())

    def _repr_html_(self) -> str:
        return _STYLE + html_table(
            [header("Fact", "事実"), f"#{self.fact_id}"],
            self._fields(),
            css_class="plan6 plan6-fact",
        )


# --------------------------------------------------------------------------------------------
# Indicator results


@dataclass(frozen=True)
class IndicatorResult:
    """The values of one indicator (attainment, growth or gap) with the reason for each NaN.

    ``frame`` has one row per value: the ``label`` columns given, ``value`` and ``base``
    (the actual and the plan or prior-year value), ``unit``/``unit_ja``, ``result`` and
    ``reason`` ("none" where defined).

    >>> import plan6
    >>> r = plan6.display.indicator_result("growth", [827, 10], [752, 0], unit="persons")
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
        if self.name not in _INDICATORS:
            raise ValueError(
                f"name must be one of {', '.join(map(repr, _INDICATORS))}, not {self.name!r}"
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
        >>> plan6.display.indicator_result("attainment", [426], [320]).to_frame().result.tolist()
        [1.33125]
        """
        frame: pd.DataFrame = self.frame.copy()
        return frame

    def __len__(self) -> int:
        return len(self.frame)

    def _table(self) -> tuple[list[str], list[list[str]], list[bool]]:
        value_header, base_header, signed = _INDICATORS[self.name]
        label_headers = {
            "fiscal_year": ("FY", "年度"),
            "policy_plan_ja": ("Policy plan", "施策計画"),
            "metric_ja": ("Metric", "指標"),
            "label": ("Label", "ラベル"),
        }
        headers = [header(*label_headers.get(c, (c, c))) for c in self.labels]
        headers += [
            header(*value_header),
            header(*base_header),
            header(*_RESULT_HEADERS[self.name]),
            header("Reason", "理由"),
        ]
        rows = []
        has_units = "unit" in self.frame.columns
        for record in self.frame.to_dict("records"):
            unit = str(record["unit"]) if has_units else ""
            unit_ja = str(record.get("unit_ja", "")) if has_units else ""
            lower = bool(record.get("lower_bound", False))
            cells = [
                f"FY{record[c]}" if c == "fiscal_year" else str(record[c]) for c in self.labels
            ]
            if self.name == "gap":
                result = format_amount(record["result"], unit, unit_ja)
            else:
                result = format_percent(
                    record["result"], signed=signed, lower_bound=lower and self.name != "growth"
                )
            cells += [
                format_amount(record["value"], unit, unit_ja, lower),
                format_amount(record["base"], unit, unit_ja),
                result,
                _reason_text(str(record["reason"])),
            ]
            rows.append(cells)
        numeric = [False] * len(self.labels) + [True, True, True, False]
        return headers, rows, numeric

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
        return text_table(*self._table())

    def _repr_html_(self) -> str:
        headers, rows, numeric = self._table()
        caption = header(
            f"{_RESULT_HEADERS[self.name][0]}: {len(self)} values, {self.undefined} undefined",
            f"{_RESULT_HEADERS[self.name][1]}: {len(self)}件（うち算出不能 {self.undefined}件）",
        )
        return _STYLE + html_table(headers, rows, numeric, caption=caption)


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
    >>> r = plan6.display.indicator_result("attainment", [426, 5], [320, 0], unit="persons")
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


# --------------------------------------------------------------------------------------------
# Category roll-ups

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

    def _table(self, long: bool = True) -> tuple[list[str], list[list[str]], list[bool]]:
        index_names = [str(n) for n in self.counts.index.names if n is not None]
        label = {
            "programme_no": ("No", "No"),
            "programme_ja": ("Action programme", "アクションプログラム"),
            "fiscal_year": ("FY", "年度"),
        }
        headers = [header(*label.get(n, (n, n))) for n in index_names]
        headers += [category_text(c) if long else str(c) for c in ACHIEVEMENT_CATEGORIES]
        headers += [
            header("Policy plans", "施策計画数"),
            header("Target changed (*)", "目標変更（*）"),
            header("Mean category", "平均区分"),
            header("Categories 1–3", "区分1〜3の割合"),
        ]
        rows = []
        for key, record in zip(self.counts.index, self.counts.to_dict("records"), strict=True):
            keys = key if isinstance(key, tuple) else (key,)
            cells = [
                f"FY{k}" if n == "fiscal_year" else str(k)
                for n, k in zip(index_names, keys, strict=True)
            ]
            total = int(record["plans"])
            for code in ACHIEVEMENT_CATEGORIES:
                n = int(record[code])
                cells.append(f"{n} ({n / total * 100:.0f} %)" if n and total else str(n))
            cells += [
                str(total),
                str(int(record["changed"])),
                f"{record['mean']:.2f}",
                format_percent(record["share_met"]),
            ]
            rows.append(cells)
        numeric = [False] * len(index_names) + [True] * (len(ACHIEVEMENT_CATEGORIES) + 4)
        return headers, rows, numeric

    def __repr__(self) -> str:
        return (
            f"CategoryRollup(by={self.by!r}: {len(self.counts)} rows, "
            f"{int(self.counts['plans'].sum())} plan-years)"
        )

    def __str__(self) -> str:
        legend = "  ".join(category_text(c) for c in ACHIEVEMENT_CATEGORIES)
        return text_table(*self._table(long=False)) + "\n" + legend

    def _repr_html_(self) -> str:
        headers, rows, numeric = self._table()
        legend = " ".join(
            f'<span style="background:{CATEGORY_COLOURS[c]};color:{CATEGORY_TEXT_COLOURS[c]};'
            f'padding:0 .3rem">{html.escape(category_text(c))}</span>'
            for c in ACHIEVEMENT_CATEGORIES
        )
        caption = header("Achievement categories", "達成状況区分")
        return (
            _STYLE
            + html_table(headers, rows, numeric, caption=caption)
            + f'<div class="plan6-meta">{legend}</div>'
        )


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
    >>> plan6.display.category_rollup(plans).counts[[3, "plans"]].to_dict("index")
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
