"""Rich display of the dataset, a fact, an indicator result and a category roll-up:
``__repr__``, ``__str__`` and ``_repr_html_``, in English and Japanese.

Expected strings are the report's own spellings (426人, 391億7,319万円), hand calculations
(426 / 320 = 133.1 %, 39173190000 / 52300000000 − 1 = −25.1 %) and counts read from the report
(15 policy plans, every one in category 3 in both years, 4 changed targets in FY2012).
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import numpy as np
import pytest

import plan6
from plan6.display import CategoryRollup, Fact, IndicatorResult


class Tables(HTMLParser):
    """Collects the cells of every table row, and checks that tags are balanced."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.headers: list[str] = []
        self._cell: list[str] | None = None
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("br",):
            self._stack.append(tag)
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        assert self._stack, f"unbalanced </{tag}>"
        assert self._stack[-1] == tag, f"unbalanced </{tag}>"
        self._stack.pop()
        if tag in ("td", "th") and self._cell is not None:
            text = "".join(self._cell).strip()
            (self.headers if tag == "th" else self.rows[-1]).append(text)
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse(html: str) -> Tables:
    tables = Tables()
    tables.feed(html)
    tables.close()
    assert tables._stack == [], tables._stack
    return tables


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with plan6.options.context(language="en", max_rows=60):
        yield


def jobs_fact(ds: plan6.datasets.EvaluationDataset) -> Fact:
    facts = ds.facts
    row = facts[(facts.value == 426) & (facts.target_value == 320)].iloc[0]
    return ds.fact(int(row.fact_id))


def test_dataset_html(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    tables = parse(kawasaki._repr_html_())
    body = [r for r in tables.rows if r]
    assert len(body) == 15  # policy plans
    assert tables.headers[:3] == ["No", "Action programme", "Policy plan"]
    assert tables.headers[3:] == ["FY2011", "FY2012"]
    # 産業人材の育成と活用 (6-14): 3 in FY2011, 3* with reference category 4 in FY2012
    row = next(r for r in body if r[0] == "6-14")
    assert row[3:] == ["3", "3* (ref. 4)"]
    english = kawasaki.plans.loc[kawasaki.plans.policy_plan_no == 14, "policy_plan_en"].iloc[0]
    assert row[2].startswith("産業人材の育成と活用")
    assert english in row[2]
    html = kawasaki._repr_html_()
    assert "目標をほぼ達成" in html
    assert "target nearly achieved" in html


def test_dataset_repr_and_str(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    assert repr(kawasaki).startswith("EvaluationDataset('プラン６")
    text = str(kawasaki)
    lines = text.splitlines()
    assert lines[0] == kawasaki.title
    plan_lines = [line for line in lines if line[:2].strip() and line.split()[0][0].isdigit()]
    assert sum("-" in line.split()[0] for line in plan_lines) == 15
    assert "3* (ref. 4)" in text


def test_dataset_in_japanese(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    with plan6.options.context(language="ja"):
        tables = parse(kawasaki._repr_html_())
        text = str(kawasaki)
    assert tables.headers[:3] == ["No", "アクションプログラム", "施策計画"]
    assert "target nearly achieved" not in text
    assert "3* (参考 4)" in text


def test_fact_display(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    fact = jobs_fact(kawasaki)
    assert repr(fact).startswith("Fact(#")
    assert "426人" in repr(fact)
    assert "plan 320人 → 133.1 %" in repr(fact)
    # FY2011's 829 jobs counted all fund projects (a different scope, see CURATION.md): no
    # prior value, so no growth is shown.
    assert "prior" not in repr(fact)
    registrations = kawasaki.facts[
        (kawasaki.facts.value == 827) & (kawasaki.facts.section == "result")
    ].iloc[0]
    # From the report: 827 (前年度752); 827 / 752 - 1 = +10.0 % by hand.
    assert "prior 752人 → +10.0 %" in repr(kawasaki.fact(int(registrations.fact_id)))
    fields = dict(r for r in parse(fact._repr_html_()).rows if len(r) == 2)
    assert fields["Value"] == "426人"
    assert fields["Plan"] == "320人"
    assert fields["Attainment"] == "133.1 %"
    start, end = fact.span
    assert kawasaki.text[start:end] == fact.quote
    assert f"{start}–{end}" in fields["Source"]
    assert "Attainment 133.1 %" in " ".join(str(fact).split())


def test_fact_in_japanese(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    with plan6.options.context(language="ja"):
        fields = dict(r for r in parse(jobs_fact(kawasaki)._repr_html_()).rows if len(r) == 2)
    assert fields["達成率"] == "133.1 %"
    assert fields["計画"] == "320人"


def test_fact_with_yen(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    facts = kawasaki.facts
    fact = kawasaki.fact(int(facts.loc[facts.value == 39173190000, "fact_id"].iloc[0]))
    assert fact.value_text == "391億7,319万円"  # as the report writes it
    # prior 523億円 (FY2011 result): 391.7319 / 523 - 1 = -0.25099… → -25.1 %
    assert "prior 523億円 → -25.1 %" in repr(fact)


def test_indicator_result_with_undefined_values() -> None:
    result = plan6.display.indicator_result(
        "growth",
        [827, 5, np.nan],
        [752, 0, 10],
        labels={"metric_ja": ["求職登録者", "新規", "欠測"]},
        unit="persons",
    )
    assert isinstance(result, IndicatorResult)
    assert result.undefined == 2
    assert repr(result) == (
        "IndicatorResult('growth': 3 values, 2 undefined (zero_base: 1, missing_input: 1))"
    )
    rows = [r for r in parse(result._repr_html_()).rows if r]
    assert rows[0] == ["求職登録者", "827人", "752人", "+10.0 %", ""]  # 827/752-1 = 9.97 %
    assert rows[1][3] == "—"
    assert rows[1][4] == "zero_base: the base is zero, so the ratio is undefined"
    assert rows[2][1] == "—"
    assert rows[2][4].startswith("missing_input")
    assert "zero_base" in str(result)


def test_indicator_result_from_the_dataset(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    result = kawasaki.indicator_result("attainment")
    tables = parse(result._repr_html_())
    assert tables.headers == [
        "FY",
        "Policy plan",
        "Metric",
        "Actual",
        "Plan",
        "Attainment",
        "Reason",
    ]
    row = next(r for r in tables.rows if r and r[3] == "426人")
    assert row[4:6] == ["320人", "133.1 %"]
    with plan6.options.context(language="ja"):
        headers = parse(result._repr_html_()).headers
    assert headers == ["年度", "施策計画", "指標", "実績", "計画", "達成率", "理由"]
    with pytest.raises(ValueError, match="name must be"):
        kawasaki.indicator_result("speed")


def test_long_tables_are_elided(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    result = kawasaki.indicator_result("growth")
    with plan6.options.context(max_rows=10):
        rows = [r for r in parse(result._repr_html_()).rows if r]
    assert len(rows) == 11
    assert rows[5][0] == f"… {len(result) - 10} rows hidden …"


def test_category_rollup(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    rollup = kawasaki.category_rollup("programme")
    assert isinstance(rollup, CategoryRollup)
    counts = rollup.counts
    # From the report: 6 programmes × 2 years; programme 2 has 5 policy plans; all in 3.
    assert len(counts) == 12
    assert int(counts.loc[(2, "環境・福祉・健康・医療分野における産業振興", 2012), "plans"]) == 5
    assert (counts[3] == counts["plans"]).all()
    assert int(counts.xs(2012, level="fiscal_year")["changed"].sum()) == 4
    tables = parse(rollup._repr_html_())
    assert "3 目標をほぼ達成 (target nearly achieved)" in tables.headers
    assert next(r for r in tables.rows if r)[:3] == ["1", "国際的視点に基づく産業振興", "FY2011"]
    assert "3 (100 %)" in tables.rows[1]
    assert repr(rollup) == "CategoryRollup(by='programme': 12 rows, 30 plan-years)"
    assert "target nearly achieved" in str(rollup)


def test_category_rollup_counts_other_categories() -> None:
    import pandas as pd

    plans = pd.DataFrame(
        {
            "fiscal_year": [2012, 2012, 2012, 2012],
            "status": [1, 3, 4, 4],
            "target_changed": [False, True, False, False],
        }
    )
    counts = plan6.display.category_rollup(plans).counts.loc[2012]
    assert [int(counts[c]) for c in range(1, 6)] == [1, 0, 1, 2, 0]
    assert counts["mean"] == pytest.approx(3.0)  # (1 + 3 + 4 + 4) / 4
    assert counts["share_met"] == pytest.approx(0.5)  # 1 and 3 of four
    with pytest.raises(ValueError, match="categories 1-5"):
        plan6.display.category_rollup(plans.assign(status=[1, 2, 3, 9]))
    with pytest.raises(ValueError, match="by must be"):
        plan6.display.category_rollup(plans, by="nothing")


def test_options_validate() -> None:
    with pytest.raises(ValueError, match="'en' or 'ja'"):
        plan6.options.language = "de"
    with pytest.raises(TypeError, match="max_rows"):
        plan6.options.max_rows = 2.5  # type: ignore[assignment]
    with pytest.raises(ValueError, match="at least 2"):
        plan6.options.max_rows = 1
    assert plan6.options.language == "en"
    assert repr(plan6.options) == "plan6.options(language='en', max_rows=60)"


def test_html_is_escaped() -> None:
    result = plan6.display.indicator_result(
        "attainment", [1], [2], labels={"label": ["<script>alert(1)</script>"]}
    )
    assert "<script>" not in result._repr_html_()
    assert "&lt;script&gt;" in result._repr_html_()


def test_a_reason_plan6_does_not_know_is_shown_as_given() -> None:
    import pandas as pd

    frame = pd.DataFrame(
        {"value": [5.0], "base": [0.0], "result": [np.nan], "reason": ["not reported"]}
    )
    rows = [r for r in parse(IndicatorResult("attainment", frame)._repr_html_()).rows if r]
    assert rows == [["5", "0", "—", "not reported"]]
    with pytest.raises(ValueError, match="name must be"):
        IndicatorResult("speed", frame)
    with pytest.raises(ValueError, match="lacks the columns"):
        IndicatorResult("growth", frame.drop(columns="reason"))
