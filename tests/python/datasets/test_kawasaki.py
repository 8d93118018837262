"""The bundled Kawasaki Plan 6 dataset against the bundled report text.

The expected counts come from reading the report (6 action programmes, 15 policy plans, two
fiscal years); values are read back out of the quotes with a small parser written here,
independent of plan6's own code.
"""

from __future__ import annotations

import math
import re
import unicodedata

import pandas as pd
import pytest

import plan6


def read_number(text: str) -> float:
    """An independent reader for the number forms the curated quotes use: full-width or ASCII
    digits, commas, spaces or line breaks inside, 約, decimals, 億 and 万 groups."""
    normal = unicodedata.normalize("NFKC", text)
    normal = re.sub(r"\s", "", normal).replace(",", "").replace("約", "")
    normal = re.sub(r"^[^\d]+(?=\d)", "", normal)  # a leading 月 in 月１回
    match = re.fullmatch(
        r"(?:(\d+(?:\.\d+)?)億)?(?:(\d+(?:\.\d+)?)万)?(\d+(?:\.\d+)?)?(\D*)", normal
    )
    assert match, f"cannot read {text!r}"
    oku, man, rest, unit = match.groups()
    assert oku or man or rest, f"no number in {text!r}"
    value = float(oku or 0) * 1e8 + float(man or 0) * 1e4 + float(rest or 0)
    if unit.startswith("万"):
        value *= 1e4
    elif unit.startswith("億"):
        value *= 1e8
    return value


def test_reader_itself() -> None:
    assert read_number("391億7,319万円") == 39173190000
    assert read_number("約 7.6 億円") == 760000000
    assert read_number("１４回") == 14
    assert read_number("10万人") == 100000
    assert read_number("3,426\n万円") == 34260000


def test_counts_from_the_report(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    plans = kawasaki.plans
    assert len(plans) == 30
    assert plans["policy_plan_ja"].nunique() == 15
    assert plans["programme_no"].nunique() == 6
    assert sorted(plans["fiscal_year"].unique()) == [2011, 2012]
    assert plans.groupby("policy_plan_no")["fiscal_year"].nunique().eq(2).all()
    assert len(kawasaki.programmes) == 6
    assert kawasaki.programmes["policy_plans"].sum() == 15


def test_categories(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    plans = kawasaki.plans
    assert plans["status"].between(1, 5).all()
    # reference categories exist only for changed targets, and changed targets have a text
    assert plans.loc[plans["reference_status"].notna(), "target_changed"].all()
    changed = plans[plans["target_changed"]]
    assert (changed["changed_target"].str.len() > 0).all()
    # From the report: the employment-support plan (就業の支援) was marked 3* in FY2012.
    row = plans[(plans.policy_plan_ja == "就業の支援") & (plans.fiscal_year == 2012)].iloc[0]
    assert (row.status, bool(row.target_changed)) == (3, True)


def test_result_blocks_are_verbatim(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    text = kawasaki.text
    for row in kawasaki.plans.itertuples():
        assert text[row.result_start : row.result_end] == row.result_text, row.policy_plan_ja


def test_every_quote_occurs_verbatim_at_its_span(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    text = kawasaki.text
    for fact in kawasaki.facts.itertuples():
        assert fact.quote in text, fact.fact_id
        assert text[fact.span_start : fact.span_end] == fact.quote, fact.fact_id


def test_values_read_back_out_of_the_quotes(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    for fact in kawasaki.facts.itertuples():
        for text_column, value_column in [
            ("value_text", "value"),
            ("prior_text", "prior_value"),
            ("target_text", "target_value"),
            ("from_text", "from_value"),
        ]:
            written = getattr(fact, text_column)
            value = getattr(fact, value_column)
            if written == "":
                assert math.isnan(value), (fact.fact_id, value_column)
                continue
            assert written in fact.quote, (fact.fact_id, text_column)
            assert read_number(written) == pytest.approx(value, rel=1e-12), (
                fact.fact_id,
                written,
                value,
            )


def test_approximate_means_yaku(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    facts = kawasaki.facts
    assert (facts["approximate"] == facts["value_text"].str.contains("約")).all()


def test_facts_lie_in_their_plan_year_results(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    plans = kawasaki.plans.set_index(["policy_plan_no", "fiscal_year"])
    results = kawasaki.facts[kawasaki.facts["section"] == "result"]
    for fact in results.itertuples():
        block = plans.loc[(fact.policy_plan_no, fact.fiscal_year)]
        assert block.result_start <= fact.span_start < fact.span_end <= block.result_end, (
            fact.fact_id
        )


def test_fact_keys_are_consistent(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    facts = kawasaki.facts
    assert facts["fact_id"].is_unique
    assert facts["section"].isin(["result", "summary", "change_note"]).all()
    assert facts["kind"].isin(["count", "amount", "ratio", "change", "frequency"]).all()
    names = kawasaki.plans.drop_duplicates("policy_plan_no").set_index("policy_plan_no")
    assert (
        facts["policy_plan_ja"].to_numpy()
        == names.loc[facts["policy_plan_no"], "policy_plan_ja"].to_numpy()
    ).all()
    assert (facts.loc[facts["unit"] == "yen", "kind"] == "amount").all()


def test_report_numbers_are_in_the_facts(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    facts = kawasaki.facts
    loans = facts[(facts.value == 39173190000) & (facts.unit == "yen")]
    assert len(loans) == 1
    assert loans.iloc[0].fiscal_year == 2012
    jobs = facts[(facts.value == 426) & (facts.target_value == 320)]
    assert set(jobs.section) == {"result", "summary"}
    assert (jobs.fiscal_year == 2012).all()
    halloween = facts[(facts.value == 100000) & (facts.unit == "persons")]
    assert len(halloween) >= 1


def test_indicators_are_computed_not_stored(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    indicators = kawasaki.indicators()
    assert {"growth", "attainment", "gap", "prior", "prior_source"} <= set(indicators.columns)
    row = indicators[(indicators.value == 827) & (indicators.section == "result")].iloc[0]
    assert row.prior == 752
    assert row.prior_source == "text"
    assert row.growth == pytest.approx(827 / 752 - 1)
    # The FY2012 SME loan amount against FY2011's 523億円 (previous year's result): by hand
    # 39173190000 / 52300000000 - 1.
    loans = indicators[(indicators.value == 39173190000)].iloc[0]
    assert loans.prior_source == "previous_year"
    assert loans.growth == pytest.approx(39173190000 / 52300000000 - 1)
    assert not any(c in kawasaki.facts.columns for c in ("growth", "attainment"))


def test_previous_year_growth_only_within_one_unit(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    indicators = kawasaki.indicators()
    previous = indicators[indicators.prior_source == "previous_year"]
    results = kawasaki.facts[kawasaki.facts.section == "result"]
    for row in previous.itertuples():
        earlier = results[
            (results.indicator == row.indicator) & (results.fiscal_year == row.fiscal_year - 1)
        ]
        assert len(earlier) == 1, row.fact_id
        assert earlier.iloc[0].unit == row.unit, row.fact_id
        assert earlier.iloc[0].value == row.prior


def test_tables_are_fresh_copies() -> None:
    first = plan6.datasets.kawasaki_plan6()
    first.plans.loc[0, "status"] = 5
    assert plan6.datasets.kawasaki_plan6().plans.loc[0, "status"] != 5


def test_to_csv(tmp_path: object, kawasaki: plan6.datasets.EvaluationDataset) -> None:
    paths = kawasaki.to_csv(tmp_path)  # type: ignore[arg-type]
    assert [p.name for p in paths] == ["plans.csv", "facts.csv", "indicators.csv"]
    again = pd.read_csv(paths[1], encoding="utf-8-sig")
    assert len(again) == len(kawasaki.facts)
