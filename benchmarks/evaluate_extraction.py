"""Accuracy of plan6.extract against the bundled, hand-curated Kawasaki Plan 6 dataset.

Prints precision and recall of facts, the accuracy of achievement categories and the quality
of the metric names (``metric_ja``), and lists every failure by kind. The curated facts were
typed by hand (see python/plan6/datasets/data/CURATION.md), not produced by this extractor.

A curated fact is found when an extracted fact has the same value span (or overlaps it), the
same policy plan (by name, widths and line breaks folded), fiscal year, value and unit, and
the same prior, target and starting values (NaN = none).

The metric name of each matched fact is compared with the curated ``metric_ja`` by
character-bigram F1 (both NFKC-folded, white space removed; a bigram multiset, so "開催回数"
and "回数開催" differ): the mean over matched facts and the share with F1 ≥ 0.5. Over every
extracted fact it counts the names that are empty, contain a digit, or start or end with a
dangling particle (は が を に で の も と へ や next to a kanji, katakana or Latin letter, as in
"を上回る" or "募集し…の"; the も of ものづくり opens a word and is not counted) — a name that is
a clause cut at the wrong place — or end with a verb form (し た て る す after a kanji: "募集し",
"を上回る").

    .venv/bin/python benchmarks/evaluate_extraction.py [--verbose] [--names]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

import plan6


def _name_key(name: object) -> str:
    if not isinstance(name, str):
        return ""
    text = unicodedata.normalize("NFKC", name)
    for dash in "-−‐―—ｰ－":
        text = text.replace(dash, "ー")
    return "".join(ch for ch in text.replace("･", "・") if not ch.isspace())


def _same(a: float, b: float) -> bool:
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return not (isinstance(b, float) and math.isnan(b)) and abs(a - b) < 1e-6


PARTICLES = frozenset("はがをにでのもとへや")
VERB_ENDINGS = frozenset("したてるす")


def _bigrams(name: str) -> list[str]:
    text = "".join(ch for ch in unicodedata.normalize("NFKC", name) if not ch.isspace())
    if len(text) < 2:
        return [text] if text else []
    return [text[i : i + 2] for i in range(len(text) - 1)]


def bigram_f1(got: str, want: str) -> float:
    """Character-bigram F1 of two names (multisets; 0 when either is empty)."""
    a, b = _bigrams(got), _bigrams(want)
    if not a or not b:
        return 0.0
    remaining = list(b)
    common = 0
    for gram in a:
        if gram in remaining:
            remaining.remove(gram)
            common += 1
    if common == 0:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


def _hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def name_defects(name: object) -> dict[str, bool]:
    """Which defects a metric name has: empty, a digit, a dangling particle at either end."""
    text = "" if not isinstance(name, str) else name.strip()
    folded = unicodedata.normalize("NFKC", text)
    dangling = len(text) >= 2 and (
        (text[0] in PARTICLES and not _hiragana(text[1]))
        or (text[-1] in PARTICLES and not _hiragana(text[-2]))
    )
    verb = len(text) >= 2 and text[-1] in VERB_ENDINGS and not _hiragana(text[-2])
    return {
        "empty": not text,
        "digit": any(ch.isdigit() for ch in folded),
        "particle": dangling or text in PARTICLES,
        "verb": verb,
    }


def metric_name_figures(pairs: list[tuple[str, str]], names: list[object]) -> dict[str, float]:
    """Bigram F1 over matched (extracted, curated) pairs; defect shares over all names."""
    scores = [bigram_f1(got, want) for got, want in pairs]
    defects = [name_defects(n) for n in names]
    share = (lambda key: sum(d[key] for d in defects) / len(defects)) if defects else None
    return {
        "name_f1_mean": sum(scores) / len(scores) if scores else 0.0,
        "name_f1_ge_half": sum(s >= 0.5 for s in scores) / len(scores) if scores else 0.0,
        "name_empty": share("empty") if share else 0.0,
        "name_digit": share("digit") if share else 0.0,
        "name_particle": share("particle") if share else 0.0,
        "name_verb": share("verb") if share else 0.0,
    }


def evaluate(
    text: str,
    want: pd.DataFrame,
    plans: pd.DataFrame,
    title: str,
    verbose: bool = False,
    names: bool = False,
) -> dict[str, float]:
    start = time.perf_counter()
    report = plan6.read_report(text)
    elapsed = time.perf_counter() - start
    got = report.facts.copy()
    want = want.copy()
    got["plan_key"] = got["policy_plan_ja"].map(_name_key)
    want["plan_key"] = want["policy_plan_ja"].map(_name_key)

    matched_got: set[int] = set()
    name_pairs: list[tuple[str, str, str]] = []  # (extracted, curated, value as written)
    failures: list[tuple[str, str]] = []
    found = 0
    for _, w in want.iterrows():
        overlapping = got[(got.span_start < w.span_end) & (got.span_end > w.span_start)]
        overlapping = overlapping[~overlapping.index.isin(matched_got)]
        exact = overlapping[
            (overlapping.plan_key == w.plan_key)
            & (overlapping.fiscal_year == w.fiscal_year)
            & (overlapping.value.sub(w.value).abs() < 1e-6)
            & (overlapping.unit == w.unit)
        ]
        exact = exact[
            [
                _same(g.prior_value, w.prior_value)
                and _same(g.target_value, w.target_value)
                and _same(g.from_value, w.from_value)
                for g in exact.itertuples()
            ]
        ]
        label = (
            f"#{w.fact_id} plan {w.policy_plan_no} FY{w.fiscal_year} {w.section}: {w.value_text!r}"
        )
        if len(exact):
            matched_got.add(exact.index[0])
            name_pairs.append((str(exact.iloc[0].metric_ja), w.metric_ja, w.value_text))
            found += 1
            continue
        if not len(overlapping):
            failures.append(("missed (no fact at this span)", label))
            continue
        g = overlapping.iloc[0]
        matched_got.add(overlapping.index[0])
        if g.plan_key != w.plan_key:
            failures.append(("wrong policy plan", f"{label} → {g.policy_plan_ja}"))
        elif g.fiscal_year != w.fiscal_year:
            failures.append(("wrong fiscal year", f"{label} → FY{g.fiscal_year}"))
        elif abs(g.value - w.value) > 1e-6 or g.unit != w.unit:
            failures.append(("wrong value or unit", f"{label} → {g.value} {g.unit}"))
        else:
            failures.append(
                (
                    "wrong prior/target/from value",
                    f"{label} → prior {g.prior_value} target {g.target_value} from {g.from_value}"
                    f" (want {w.prior_value} / {w.target_value} / {w.from_value})",
                )
            )
    spurious = got[~got.index.isin(matched_got)]
    for g in spurious.itertuples():
        failures.append(
            (
                "spurious (not a curated fact)",
                f"plan {g.policy_plan_no} FY{g.fiscal_year} {g.section}: {g.value_text!r} "
                f"in {g.quote[:40]!r}",
            )
        )

    precision = found / len(got) if len(got) else 0.0
    recall = found / len(want) if len(want) else 0.0

    # Achievement categories of every policy plan-year.
    plans = plans.copy()
    plans["plan_key"] = plans["policy_plan_ja"].map(_name_key)
    ours = report.plans.copy()
    ours["plan_key"] = ours["policy_plan_ja"].map(_name_key)
    merged = plans.merge(ours, on=["plan_key", "fiscal_year"], how="left", suffixes=("", "_got"))
    right = 0
    for r in merged.itertuples():
        ok = (
            not pd.isna(r.status_got)
            and int(r.status_got) == int(r.status)
            and bool(r.target_changed_got) == bool(r.target_changed)
            and (
                (pd.isna(r.reference_status) and pd.isna(r.reference_status_got))
                or (
                    not pd.isna(r.reference_status)
                    and not pd.isna(r.reference_status_got)
                    and int(r.reference_status) == int(r.reference_status_got)
                )
            )
        )
        year_block = not pd.isna(r.result_start_got) and int(r.result_start_got) <= int(
            r.result_start
        ) < int(r.result_end_got)
        if ok and year_block:
            right += 1
        else:
            kind = "wrong category" if not ok else "wrong result block for the year"
            failures.append(
                (
                    f"plan-year: {kind}",
                    f"plan {r.policy_plan_no} FY{r.fiscal_year}: category want {r.status}"
                    f"{'*' if r.target_changed else ''} got {r.status_got}"
                    f"{'*' if r.target_changed_got else ''}",
                )
            )

    # Every number accounted for: in a fact (value, prior, target, from) or in the residue.
    scanned = plan6.scan_numbers(text)
    accounted = set(zip(report.residue.span_start, report.residue.span_end, strict=False))
    accounted |= set(zip(report.facts.span_start, report.facts.span_end, strict=False))
    for column in ["prior", "target", "from"]:
        quoted = report.facts[report.facts[f"{column}_text"].notna()]
        for q in quoted.itertuples():
            value_text = getattr(q, f"{column}_text")
            where = text.find(value_text, max(0, q.span_start - 80), q.span_end + 80)
            accounted.add((where, where + len(value_text)))
    spans = zip(scanned.start, scanned.end, strict=True)
    unaccounted = sum(span not in accounted for span in spans)

    print(title)
    print(f"  extraction time            {elapsed * 1000:.1f} ms (read_report, incl. DataFrames)")
    print(f"  curated facts              {len(want)}")
    print(f"  extracted facts            {len(got)}")
    print(f"  matched                    {found}")
    print(f"  precision                  {precision:.3f}")
    print(f"  recall                     {recall:.3f}")
    print(f"  plan-year categories right {right} / {len(plans)}")
    print(
        f"  numbers scanned            {len(scanned)} (facts {len(got)}, residue "
        f"{len(report.residue)}, unaccounted {unaccounted})"
    )
    figures = metric_name_figures([(g, w) for g, w, _ in name_pairs], list(got.metric_ja))
    print(
        f"  metric names vs curated    bigram F1 mean {figures['name_f1_mean']:.3f}, "
        f"F1 ≥ 0.5 {figures['name_f1_ge_half']:.1%} (of {len(name_pairs)} matched facts)"
    )
    print(
        f"  metric names with defects  empty {figures['name_empty']:.1%}, digit "
        f"{figures['name_digit']:.1%}, particle at an end {figures['name_particle']:.1%}, "
        f"verb form at the end {figures['name_verb']:.1%}"
    )
    if names:
        for g, w, value_text in name_pairs:
            print(f"    {bigram_f1(g, w):.2f}  {value_text!r:16} {w}  →  {g}")
    kinds: dict[str, int] = {}
    for kind, _ in failures:
        kinds[kind] = kinds.get(kind, 0) + 1
    print("failures by kind:" if failures else "failures: none")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind:45s} {count}")
    if verbose or len(failures) <= 40:
        for kind, label in failures:
            print(f"  - [{kind}] {label}")
    return {
        "precision": precision,
        "recall": recall,
        "categories": right / len(plans),
        **figures,
    }


def _linked_pairs(facts: pd.DataFrame, ids: list[str]) -> set[tuple[object, object]]:
    """Consecutive-year pairs of result facts that share an indicator id, each fact keyed by
    (plan, fiscal year, value, unit)."""
    frame = facts.assign(ind=ids)
    frame = frame[(frame["section"] == "result") & frame["kind"].isin(["count", "amount"])]
    keys = list(
        zip(
            frame["policy_plan_no"],
            frame["fiscal_year"],
            frame["value"],
            frame["unit"],
            strict=True,
        )
    )
    frame = frame.assign(key=keys)
    pairs = set()
    for _, group in frame.groupby("ind"):
        for a in group.itertuples():
            for b in group.itertuples():
                if b.fiscal_year == a.fiscal_year + 1:
                    pairs.add((a.key, b.key))
    return pairs


def evaluate_linking() -> None:
    """The same metric across the two fiscal years of the reference report: the pairs the
    curated ids link against those the extractor links; growth rows and changed targets."""
    curated = plan6.datasets.kawasaki_plan6()
    report = plan6.read_report(curated.text)
    dataset = report.to_dataset()
    want = _linked_pairs(curated.facts, curated.facts["indicator"].tolist())
    got = _linked_pairs(dataset.facts, dataset.facts["indicator"].tolist())
    growth_curated = int(curated.indicators()["growth"].notna().sum())
    growth_extracted = int(dataset.indicators()["growth"].notna().sum())
    changed = (curated.plans["changed_target"] != "").sum()
    merged = dataset.plans.merge(
        curated.plans, on=["policy_plan_no", "fiscal_year"], suffixes=("", "_curated")
    )
    found = ((merged["changed_target"] != "") & (merged["changed_target_curated"] != "")).sum()
    print("the same metric across fiscal years (reference report; plan6.report.linking)")
    print(
        f"  year-to-year pairs          curated {len(want)}, extracted {len(got)}, "
        f"both {len(want & got)}"
    )
    print(f"  growth rows                 curated {growth_curated}, extracted {growth_extracted}")
    print(f"  changed-target notes        {found} / {changed}")


ROOT = Path(__file__).resolve().parents[1]
LAYOUT_DOCUMENTS = ROOT / "tests" / "data" / "layouts"
# Written by other hands, without sight of the readers: how far the readers generalise.
HELD_OUT_DOCUMENTS = ROOT / "tests" / "data" / "layouts-heldout"
HELD_OUT_FOLDERS = [HELD_OUT_DOCUMENTS, ROOT / "tests" / "data" / "layouts-heldout3"]


def _layout_fact_keys(report: plan6.Extraction) -> Counter[tuple[object, ...]]:
    keys: Counter[tuple[object, ...]] = Counter()
    for row in report.facts[report.facts["layout"] != "narrative"].itertuples():
        year = None if pd.isna(row.fiscal_year) else int(row.fiscal_year)
        value = row.value_text if row.qualitative else round(float(row.value), 6)
        keys[(year, row.value_role, value)] += 1
    return keys


def evaluate_layouts(folder: Path = LAYOUT_DOCUMENTS, verbose: bool = False) -> None:
    """Per layout family, on the made-up documents of tests/data/layouts (each with its
    expected values written by hand): facts precision and recall (a fact is right with its
    fiscal year, role and value or words), grades right, and documents whose family was
    recognised."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    totals: dict[str, Counter[str]] = {}
    for name, want in sorted(expected.items()):
        if name.startswith("_"):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", plan6.LayoutWarning)
            report = plan6.read_report(folder / name)
        family = want["family"]
        t = totals.setdefault(family, Counter())
        got = _layout_fact_keys(report)
        wanted = Counter(
            (y, r, v if isinstance(v, str) else round(float(v), 6)) for y, r, v in want["facts"]
        )
        t["documents"] += 1
        t["found"] += (family in report.layouts) or (
            family == "not_recognised" and not report.layouts
        )
        t["extracted"] += sum(got.values())
        t["expected"] += sum(wanted.values())
        t["matched"] += sum((got & wanted).values())
        grades = Counter((r.policy_plan_ja, r.field, r.code) for r in report.grades.itertuples())
        want_grades = Counter(tuple(g) for g in want["grades"])
        t["grades"] += sum(want_grades.values())
        t["grades right"] += sum((grades & want_grades).values())
        t["grades extracted"] += sum(grades.values())
        if verbose:
            print(
                f"  {name}: facts {sum((got & wanted).values())}/{sum(wanted.values())} "
                f"(+{sum((got - wanted).values())}), grades "
                f"{sum((grades & want_grades).values())}/{sum(want_grades.values())} "
                f"(+{sum((grades - want_grades).values())}), layouts {report.layouts}"
            )
            for key in sorted((wanted - got).elements(), key=str):
                print(f"      missing {key}")
            for key in sorted((got - wanted).elements(), key=str):
                print(f"      extra   {key}")
            for key in sorted((want_grades - grades).elements(), key=str):
                print(f"      missing grade {key}")
            for key in sorted((grades - want_grades).elements(), key=str):
                print(f"      extra grade   {key}")
    print(f"layout families on the made-up test documents ({folder.relative_to(ROOT)})")
    print(
        f"  {'family':<16} {'docs':>4} {'found':>5} {'precision':>9} {'recall':>6} "
        f"{'grades right':>13}"
    )
    for family, t in totals.items():
        precision = t["matched"] / t["extracted"] if t["extracted"] else 1.0
        recall = t["matched"] / t["expected"] if t["expected"] else 1.0
        grades = f"{t['grades right']}/{t['grades']}" if t["grades"] else "—"
        if t["grades extracted"] > t["grades right"]:
            grades += f" (+{t['grades extracted'] - t['grades right']} spurious)"
        print(
            f"  {family:<16} {t['documents']:>4} {t['found']:>5} {precision:>9.3f} "
            f"{recall:>6.3f} {grades:>13}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every failure")
    parser.add_argument(
        "--names", action="store_true", help="list every metric name against the curated one"
    )
    args = parser.parse_args()
    dataset = plan6.datasets.kawasaki_plan6()
    evaluate(
        dataset.text,
        dataset.facts,
        dataset.plans,
        "plan6 extraction on the Kawasaki Plan 6 reference report (FY2011–FY2012)",
        args.verbose,
        args.names,
    )
    # Another layout of the same report: the plan pages alone, without the 【主な実施結果】
    # summary pages that name the plans and describe the latest year. Curated facts of the
    # result and change-note sections, spans shifted.
    cut = dataset.text.index(" 事業内容・目標")
    facts = dataset.facts[dataset.facts.section != "summary"].copy()
    plans = dataset.plans.copy()
    for frame, columns in [
        (facts, ["span_start", "span_end"]),
        (plans, ["result_start", "result_end"]),
    ]:
        for column in columns:
            frame[column] -= cut
    print()
    evaluate(
        dataset.text[cut:],
        facts,
        plans,
        "robustness: the same report without its summary pages (plan pages only)",
        args.verbose,
        args.names,
    )
    print()
    evaluate_linking()
    print()
    evaluate_layouts(verbose=args.verbose)
    for folder in HELD_OUT_FOLDERS:
        print()
        evaluate_layouts(folder, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
