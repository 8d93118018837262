"""The same metric across fiscal years and across reports.

A report names a fact's metric from the sentence around it (``metric_ja``: subject, then
measure), and the two years of a plan seldom say it in the same words: "市内企業の展示会への
出展支援 企業数" one year, "中国瀋陽市における展示会出展支援 実施企業数" the next. Growth over
the previous year needs the two linked. :func:`link_metrics` links each fact to the fact of
the year before that measures the same thing, and gives linked facts one ``indicator`` id:

- only facts of the same policy plan (by name, so that two reports of one plan link too),
  counted in the same unit, of the same kind (counts with counts, amounts with amounts), of
  results read as actuals;
- the strongest evidence first: a prior-year value the text quotes ("827人（前年度752人）")
  equal to the earlier fact's value; then the words, compared as character bigrams of the
  measure (参加企業数 / 実施企業数) and of the subject, tolerant of wording;
- each fact links to at most one earlier fact and one later one, best pairs first, and a pair
  must be close enough (``threshold``) or be tied by the quoted prior value.

>>> import pandas as pd
>>> facts = pd.DataFrame({
...     "policy_plan_ja": ["就業の支援"] * 3,
...     "fiscal_year": [2011, 2012, 2012],
...     "unit": ["persons"] * 3,
...     "kind": ["count"] * 3,
...     "metric_ja": ["若者サポートステーション 登録者数", "サポートステーション 登録者数",
...                   "成果報告会 参加者数"],
...     "value": [333.0, 354.0, 132.0],
...     "prior_value": [float("nan")] * 3,
... })
>>> ids = link_metrics(facts)
>>> ids[0] == ids[1], ids[1] == ids[2]
(True, False)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import pandas as pd

__all__ = ["link_metrics", "metric_similarity"]

_KINDS = ("count", "amount", "ratio", "frequency", "duration")
# Subjects sharing less than this of their bigrams are different things, however alike the
# measures.
_SUBJECT_FLOOR = 0.25


def _bigrams(text: str) -> set[str]:
    text = "".join(text.split())
    return {text[i : i + 2] for i in range(len(text) - 1)} or ({text} if text else set())


def _dice(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    if not x and not y:
        return 1.0
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def _split(metric: str) -> tuple[str, str]:
    """A metric name's subject and measure (the words after its last space)."""
    subject, _, measure = metric.strip().rpartition(" ")
    return subject, measure


def metric_similarity(a: str, b: str) -> float:
    """How alike two metric names are, 0 to 1: their measures and their subjects compared as
    character bigrams (the measure weighs as much as the subject).

    >>> round(metric_similarity("商談会 参加企業数", "商談会 実施企業数"), 2)
    0.75
    >>> metric_similarity("セミナー 実施回数", "成果報告会 参加者数") < 0.2
    True
    >>> metric_similarity("説明会 参加者数", "成果報告会 参加者数") < 0.45  # another event
    True
    """
    subject_a, measure_a = _split(a)
    subject_b, measure_b = _split(b)
    if not subject_a or not subject_b:
        return _dice(a, b)
    subject = _dice(subject_a, subject_b)
    if subject < _SUBJECT_FLOOR:
        return subject  # the same measure of another thing (参加者数 of another event)
    return 0.5 * _dice(measure_a, measure_b) + 0.5 * subject


def _same(a: float, b: float) -> bool:
    return not (math.isnan(a) or math.isnan(b)) and math.isclose(a, b, rel_tol=1e-9)


def _pairs(earlier: pd.DataFrame, later: pd.DataFrame, threshold: float) -> list[tuple[int, int]]:
    """The links (row labels) between two consecutive years' facts of one plan, unit, kind."""
    before = list(
        zip(
            earlier.index.tolist(),
            earlier["metric_ja"].tolist(),
            earlier["value"].tolist(),
            strict=True,
        )
    )
    after = list(
        zip(
            later.index.tolist(),
            later["metric_ja"].tolist(),
            later["prior_value"].tolist(),
            strict=True,
        )
    )
    scored: list[tuple[float, int, int]] = []
    for b, metric_b, prior_b in after:
        for a, metric_a, value_a in before:
            quoted = _same(float(prior_b), float(value_a))
            score = 2.0 if quoted else metric_similarity(str(metric_a), str(metric_b))
            if quoted or score >= threshold:
                scored.append((score, int(a), int(b)))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    links = []
    for _, a, b in scored:
        if a not in taken_a and b not in taken_b:
            taken_a.add(a)
            taken_b.add(b)
            links.append((a, b))
    return links


def link_metrics(
    facts: pd.DataFrame, *, threshold: float = 0.45, plan: str = "policy_plan_ja"
) -> list[str]:
    """One indicator id per fact: the same id for the facts of consecutive fiscal years that
    measure the same thing (see the module's description), a fact's own id otherwise.

    Parameters
    ----------
    facts
        Facts with ``policy_plan_ja`` (or the column named by ``plan``), ``fiscal_year``,
        ``unit``, ``kind``, ``metric_ja``, ``value`` and ``prior_value``; the facts of several
        reports may be given together (one plan's years across reports link alike). Facts
        with a ``value_role`` other than actual, or a ``section`` other than result, keep ids
        of their own kind and year.
    threshold
        How alike two metric names must be to link, 0 to 1.

    Returns
    -------
    list of str
        ``plan:<plan>:<metric of the first year>:<unit>``, in the facts' order.

    >>> import plan6
    >>> report = plan6.read_report(plan6.datasets.kawasaki_plan6_text())
    >>> ids = link_metrics(report.facts)
    >>> len(ids) == len(report.facts)
    True
    """
    if not 0 <= threshold <= 1:
        raise ValueError(f"threshold must lie in [0, 1], not {threshold}")
    missing = [
        c for c in (plan, "fiscal_year", "unit", "kind", "metric_ja", "value") if c not in facts
    ]
    if missing:
        raise ValueError(f"facts lack the columns {missing}")
    frame = facts.reset_index(drop=True)
    ids = [
        f"plan:{p}:{m}:{u}"
        for p, m, u in zip(frame[plan], frame["metric_ja"], frame["unit"], strict=True)
    ]
    linkable = frame["kind"].isin(_KINDS) & frame["fiscal_year"].notna()
    if "section" in frame:
        linkable &= frame["section"] == "result"
    if "value_role" in frame:
        linkable &= frame["value_role"].isin(["actual", ""])
    prior = (
        frame["prior_value"] if "prior_value" in frame else pd.Series(math.nan, index=frame.index)
    )
    pool = frame[linkable].assign(prior_value=prior[linkable].astype(float))
    for _, group in pool.groupby([plan, "unit", "kind"], sort=False, dropna=False):
        years: Sequence[int] = sorted(int(y) for y in group["fiscal_year"].unique())
        for earlier_year, later_year in itertools.pairwise(years):
            if later_year != earlier_year + 1:
                continue  # a hole: no link over it
            earlier = group[group["fiscal_year"] == earlier_year]
            later = group[group["fiscal_year"] == later_year]
            for a, b in _pairs(earlier, later, threshold):
                ids[b] = ids[a]
    return ids
