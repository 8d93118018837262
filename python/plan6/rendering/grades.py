"""A document's graded items on the document's own scales, and its grade legends and
distribution tables, as sections of the report (:class:`~plan6.rendering.blocks.Block`).

A document brings its own scales — digits (where 5 may be the best or the worst), letters
A–D or S/A/B/C, marks ◎○△×, Roman numerals Ⅰ–Ⅳ — and, in its legend, the wording of each
grade. The report shows every grade as the document writes it, with the legend's wording where
the readers matched one, and reads no meaning into a code the document does not explain (the
reference report's 達成状況区分 1–5 are for the reference report's own layout alone).

>>> import plan6
>>> text = "施策名：公園の清掃\\n評価：B\\n\\n評価の凡例\\nA 順調\\nB 概ね順調\\nC 遅れている\\n"
>>> ds = plan6.read_report(text).to_dataset()
>>> grade_scales(ds)[0].text("B")
'B 概ね順調'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ..model.dataset import EvaluationDataset
from ..text.formatting import is_missing
from .blocks import Block, Column, Grid, number_text
from .labels import header, label, year_label

__all__ = [
    "GradeScale",
    "grade_scales",
    "grades_block",
    "legends_block",
    "on_reference_scale",
    "plan_grade",
]

#: The scale families of the readers, in words.
_FAMILIES = {
    "digits": ("数字", "digits"),
    "letters": ("英字", "letters"),
    "marks": ("記号", "marks"),
    "roman": ("ローマ数字", "Roman numerals"),
}
#: The columns of a legend row that are not counts.
_LEGEND_FIELDS = frozenset({"part", "legend", "scale", "code", "rank", "label"})


def on_reference_scale(dataset: EvaluationDataset) -> bool:
    """Whether the dataset's plans are graded on the reference report's 達成状況区分 (1–5,
    read from narrative result blocks, or curated): no plan is a graded item of a layout with
    a scale of its own.

    >>> import plan6
    >>> on_reference_scale(plan6.datasets.kawasaki_plan6())
    True
    >>> on_reference_scale(plan6.read_report("事業名：公園の清掃\\n達成度：2\\n").to_dataset())
    False
    """
    plans = dataset.plans
    if plans.empty:
        return False
    own = pd.Series(False, index=plans.index)
    if "layout" in plans:
        own |= plans["layout"].fillna("").eq("graded_items")
    if "status_scale" in plans:
        own |= plans["status_scale"].fillna("").ne("")
    return not bool(own.any())


def _family(name: str) -> str:
    ja, en = _FAMILIES.get(name, (name, name))
    return header(en, ja)


@dataclass(frozen=True)
class GradeScale:
    """The scale of one grade field (達成度, 評価, 妥当性…) as the document gives it.

    Attributes
    ----------
    field
        The field's label in the document.
    family
        digits, letters, marks or roman.
    codes
        The codes in the document's order: its legend's where one was read, else the order
        of the readers' ranks of the codes used.
    labels
        Each code's wording in the document's legend ('' where none was read).
    legend
        The number of the legend (``dataset.legends["legend"]``) that gave the wording, or
        None.
    headline
        Whether the field is an item's headline grade (the plans' ``status_code``).
    """

    field: str
    family: str
    codes: tuple[str, ...]
    labels: Mapping[str, str]
    legend: int | None
    headline: bool

    def text(self, code: object) -> str:
        """A grade with its wording: "B 概ね順調", or the code alone ("—" for none).

        >>> GradeScale("評価", "letters", ("A", "B"), {"B": "概ね順調"}, 1, True).text("B")
        'B 概ね順調'
        """
        if is_missing(code) or str(code) == "":
            return "—"
        wording = self.labels.get(str(code), "")
        return f"{code} {wording}" if wording else str(code)

    def describe(self) -> str:
        """The scale in one sentence, saying where its wording comes from.

        >>> GradeScale("達成度", "digits", ("1", "2"), {}, None, True).describe()[:40]
        '達成度 (digits): 1 · 2 — no legend was read'
        """
        codes = " · ".join(self.text(c) for c in self.codes)
        if self.legend is not None:
            return header(
                f"{self.field} ({_family(self.family)}): {codes} — the wording of the "
                f"document's legend {self.legend}.",
                f"{self.field}（{_family(self.family)}）：{codes}"
                f"（文書の凡例 {self.legend} の文言）",
            )
        return header(
            f"{self.field} ({_family(self.family)}): {codes} — no legend was read for it, so "
            "the codes are shown as written, with no meaning given to them.",
            f"{self.field}（{_family(self.family)}）：{codes}（凡例が読み取れないため、"
            "記号は文書の表記のまま。意味は付けない）",
        )


def plan_grade(row: Mapping[str, object] | pd.Series) -> str:
    """A plan-year's headline grade as the document writes it, with its legend's wording
    where one was read ("B 概ね順調", "2"), "—" where it has none.

    >>> plan_grade({"status_code": "B", "status_label": "概ね順調"}), plan_grade({})
    ('B 概ね順調', '—')
    """
    code, wording = row.get("status_code", ""), row.get("status_label", "")
    if is_missing(code) or not str(code):
        return "—"
    return f"{code} {wording}" if not is_missing(wording) and str(wording) else str(code)


def _legend_entries(legends: pd.DataFrame) -> dict[int, list[tuple[str, str]]]:
    """Each legend's (code, wording) pairs in the document's order, totals rows left out."""
    if legends.empty or "legend" not in legends:
        return {}
    entries: dict[int, list[tuple[str, str]]] = {}
    for row in legends.itertuples():
        if str(row.code):
            number = int(row.legend)  # type: ignore[arg-type]
            entries.setdefault(number, []).append((str(row.code), str(row.label)))
    return entries


def grade_scales(dataset: EvaluationDataset) -> list[GradeScale]:
    """The scale of every grade field of the dataset's graded items, headline fields first,
    then in the order the document first uses them.

    A field takes the wording of the legend that holds every (code, wording) pair the readers
    matched to its grades; a field whose grades were matched to no legend keeps its codes
    bare.

    >>> import plan6
    >>> text = "事業名：公園の清掃\\n達成度：2\\n妥当性 A　有効性 B\\n"
    >>> ds = plan6.read_report(text).to_dataset()
    >>> [(s.field, s.codes, s.legend) for s in grade_scales(ds)]
    [('達成度', ('2',), None), ('妥当性', ('A',), None), ('有効性', ('B',), None)]
    """
    grades = dataset.grades
    if grades.empty or "field" not in grades:
        return []
    legends = _legend_entries(dataset.legends)
    scales = []
    for field, rows in grades.groupby("field", sort=False):
        worded = {
            str(c): str(w) for c, w in zip(rows["code"], rows["label"], strict=True) if str(w)
        }
        legend = next(
            (n for n, pairs in legends.items() if worded and set(worded.items()) <= set(pairs)),
            None,
        )
        if legend is not None:
            codes = tuple(c for c, _ in legends[legend])
            labels: dict[str, str] = dict(legends[legend])
        else:
            ranked = rows.assign(order=pd.to_numeric(rows["rank"], errors="coerce"))
            used = ranked.sort_values(["order", "code"], kind="stable")["code"]
            codes = tuple(dict.fromkeys(str(c) for c in used))
            labels = worded
        scales.append(
            GradeScale(
                str(field),
                str(rows["scale"].iloc[0]),
                codes,
                labels,
                legend,
                bool(rows["headline"].astype(bool).any()),
            )
        )
    return sorted(scales, key=lambda s: not s.headline)


def _items(count: int) -> str:
    return f"{count} item" + ("" if count == 1 else "s")


def _year(value: object) -> int:
    """A fiscal year, 0 where the document states none."""
    return 0 if is_missing(value) else int(value)  # type: ignore[call-overload]


def _item_rows(
    dataset: EvaluationDataset, scales: list[GradeScale], with_year: bool
) -> tuple[tuple[str, ...], ...]:
    by_field = {s.field: s for s in scales}
    cells: dict[tuple[int, int], dict[str, str]] = {}
    for grade in dataset.grades.itertuples():
        key = (_year(grade.policy_plan_no), _year(grade.fiscal_year))
        code = f"{grade.code}{'*' if bool(grade.starred) else ''}"
        text = by_field[str(grade.field)].text(grade.code)
        shown = code + text[len(str(grade.code)) :]
        cells.setdefault(key, {}).setdefault(str(grade.field), shown)
    rows = []
    plans = dataset.plans.sort_values(["policy_plan_no", "fiscal_year"], kind="stable")
    for plan in plans.itertuples():
        key = (int(plan.policy_plan_no), int(plan.fiscal_year))
        graded = cells.get(key, {})
        row = [str(plan.policy_plan_no), str(plan.policy_plan_ja)]
        if with_year:
            row.append(year_label(plan.fiscal_year or None))
        row += [graded.get(s.field, "—") for s in scales]
        rows.append(tuple(row))
    return tuple(rows)


def _counts(dataset: EvaluationDataset, scale: GradeScale, years: list[int]) -> Grid:
    """Items per grade of a headline field, per fiscal year, as the items give them."""
    plans = dataset.plans
    fields = plans["status_field"].fillna("") if "status_field" in plans else None
    codes = plans["status_code"].fillna("") if "status_code" in plans else None
    rows = []
    for year in years:
        in_year = plans["fiscal_year"].eq(year)
        if fields is None or codes is None:
            graded = pd.Series(dtype=str)
        else:
            graded = codes[in_year & fields.eq(scale.field)]
        counts = [str(int(graded.eq(c).sum())) for c in scale.codes]
        rows.append((year_label(year or None), *counts, str(int(in_year.sum()))))
    columns = (
        Column("年度", "FY"),
        *(Column(c, "", True) for c in scale.codes),
        Column("項目数", "Items", True),
    )
    caption = header(f"Items per grade of {scale.field}", f"{scale.field}別の項目数")
    return Grid(columns, tuple(rows), caption=caption)


def grades_block(dataset: EvaluationDataset) -> Block | None:
    """The graded items with their grades, the scales they are on, and the items per grade
    of each headline field; None for a dataset without graded items.

    >>> import plan6
    >>> ds = plan6.read_report("事業名：公園の清掃\\n達成度：2\\n妥当性 A\\n").to_dataset()
    >>> grades_block(ds).grids[0].rows
    (('1', '公園の清掃', '2', 'A'),)
    """
    plans = dataset.plans
    if plans.empty or on_reference_scale(dataset):
        return None
    scales = grade_scales(dataset)
    years = sorted({int(y) for y in plans["fiscal_year"]})
    names = sorted({str(n) for n in plans.get("name_label", pd.Series(dtype=str)) if str(n)})
    name = names[0] if len(names) == 1 else "項目"
    columns = (
        Column("No", ""),
        Column(name, "Item"),
        *((Column("年度", "FY"),) if len(years) > 1 else ()),
        *(Column(s.field, "headline grade" if s.headline else "grade") for s in scales),
    )
    items = Grid(columns, _item_rows(dataset, scales, len(years) > 1))
    if scales:
        intro = header(
            f"{_items(len(plans))}, each with its grades as the document writes them, on the "
            "document's own scales (a grade's wording is the document's legend, where one "
            "was read):",
            f"{len(plans)}項目。評価は文書の表記のまま、文書自身の尺度で（文言は読み取れた"
            "凡例から）：",
        )
    else:
        intro = header(
            f"{_items(len(plans))}; no grade of theirs was read.",
            f"{len(plans)}項目。評価は読み取れませんでした。",
        )
    notes = [intro, *(s.describe() for s in scales)]
    if years == [0]:
        notes.append(
            header(
                "The document states no fiscal year for its items.",
                "文書に項目の年度の記載がありません。",
            )
        )
    elif len(years) == 1:
        notes.append(
            header(
                f"One fiscal year ({year_label(years[0])}): no change of grade between years "
                "to show.",
                f"対象は{year_label(years[0], 'ja')}のみ：年度間の評価の推移はありません。",
            )
        )
    ungraded = int(plans["status_code"].fillna("").eq("").sum()) if "status_code" in plans else 0
    if ungraded and scales:
        notes.append(
            header(
                f"{ungraded} of them without a headline grade (—).",
                f"うち{ungraded}項目は総合的な評価の記載なし（—）。",
            )
        )
    counts = tuple(_counts(dataset, s, years) for s in scales if s.headline)
    return Block(
        "grades",
        label("評価", "Grades of the items"),
        tuple(notes),
        (items, *counts),
    )


def legends_block(dataset: EvaluationDataset) -> Block | None:
    """The document's grade legends and distribution tables: each grade's code and wording,
    and the counts printed beside it; None where the document has none.

    >>> import plan6
    >>> ds = plan6.read_report("評価の凡例\\nA 順調 3\\nB 概ね順調 2\\n合計 5\\n").to_dataset()
    >>> legends_block(ds).grids[0].rows[-1]
    ('', '合計', '5')
    """
    legends = dataset.legends
    if legends.empty or "legend" not in legends:
        return None
    used = {s.legend: s.field for s in grade_scales(dataset) if s.legend is not None}
    grids = []
    for number, rows in legends.groupby("legend", sort=True):
        counts = [c for c in rows.columns if c not in _LEGEND_FIELDS and rows[c].notna().any()]
        columns = (
            Column("記号", "Code"),
            Column("内容", "Wording"),
            *(Column(str(c), "", True) for c in counts),
        )
        body = tuple(
            (str(r["code"]), str(r["label"]), *(number_text(r[c]) for c in counts))
            for _, r in rows.iterrows()
        )
        family = _family(str(rows["scale"].iloc[0]))
        field = used.get(int(number))  # type: ignore[arg-type]
        caption = header(
            f"Legend {number} ({family})" + (f", the scale of {field}" if field else ""),
            f"凡例 {number}（{family}）" + (f"：{field}の尺度" if field else ""),
        )
        grids.append(Grid(columns, body, caption=caption))
    note = header(
        "Each grade as the document defines it, with the counts it prints beside it (items per "
        "grade, per column); a count that does not add up is listed under the document's "
        "contradictions.",
        "文書が定める各評価と、その横に記載された件数（列ごと）。合わない件数は「文書内の不整合」"
        "に示す。",
    )
    return Block("legends", label("評価の凡例と分布", "Grade legends"), (note,), tuple(grids))
