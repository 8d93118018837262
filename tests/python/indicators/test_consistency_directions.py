"""Directions in the consistency check, on made-up plans and facts: the lexicon of measures
where less (or more) is better, the facts' own ``direction`` column, the caller's override,
and metrics of unknown direction left out. Expected values are hand calculations."""

from __future__ import annotations

import pandas as pd
import pytest

import plan6
from plan6.indicators.directions import (
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    metric_direction,
    resolve_directions,
)


def plans(*status: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "programme_no": [1] * len(status),
            "policy_plan_no": list(range(1, len(status) + 1)),
            "policy_plan_ja": [f"架空施策{i}" for i in range(1, len(status) + 1)],
            "fiscal_year": [2020] * len(status),
            "status": list(status),
        }
    )


def facts(rows: list[tuple[int, str, float, float | None, float | None]]) -> pd.DataFrame:
    """(policy plan, metric, value, prior, target) per fact of FY2020."""
    return pd.DataFrame(
        {
            "programme_no": 1,
            "policy_plan_no": [r[0] for r in rows],
            "fiscal_year": 2020,
            "section": "result",
            "metric_ja": [r[1] for r in rows],
            "value": [r[2] for r in rows],
            "prior_value": [r[3] for r in rows],
            "target_value": [r[4] for r in rows],
            "unit": "cases",
            "unit_ja": "件",
        }
    )


@pytest.mark.parametrize(
    ("name", "direction"),
    [
        ("市内の失業者数", "lower"),
        ("待機児童数", "lower"),
        ("交通事故件数", "lower"),
        ("市民からの苦情件数", "lower"),
        ("代位弁済額", "lower"),
        ("一件あたりの処理費用", "lower"),
        ("駅前の放置自転車台数", "lower"),
        ("窓口の平均時間", "lower"),
        ("刑法犯の犯罪件数", "lower"),
        ("交通事故防止講習 参加者数", "higher"),  # the head of the compound decides
        ("CO2 排出削減量", "higher"),
        ("相談窓口 就職決定者数", "higher"),
        ("イベント来場者数", "higher"),
        ("セミナー 開催回数", None),
        ("融資件数", None),
        ("", None),
    ],
)
def test_lexicon(name: str, direction: str | None) -> None:
    assert metric_direction(name) == direction


def test_lexicon_is_general_vocabulary() -> None:
    # measures, not names: no term holds a place name, a programme or a digit
    for term in LOWER_IS_BETTER + HIGHER_IS_BETTER:
        assert not any(ch.isdigit() for ch in term), term
        assert "川崎" not in term
        assert "かわさき" not in term
    assert not set(LOWER_IS_BETTER) & set(HIGHER_IS_BETTER)


def test_less_is_better_turns_a_rise_into_bad_news() -> None:
    table = plan6.consistency(
        plans(3, 3),
        facts(
            [
                (1, "苦情件数", 150.0, 100.0, None),  # up 50 %: 100 / 150 = 0.667 → 5
                (2, "参加者数", 150.0, 100.0, None),  # up 50 %: 1.5 → 1
            ]
        ),
    ).set_index("policy_plan_no")
    assert table.loc[1, "growth"] == pytest.approx(100 / 150 - 1)
    assert table.loc[1, "implied_status"] == 5
    assert table.loc[2, "implied_status"] == 1
    assert "苦情件数 (less is better): 150件 vs prior 100件 = +50.0 %" in table.loc[1, "evidence"]


def test_attainment_of_a_less_is_better_target() -> None:
    # 待機児童数 40 against a target of at most 50: 50 / 40 = 125 % → 1
    table = plan6.consistency(plans(1), facts([(1, "待機児童数", 40.0, None, 50.0)]))
    assert table.loc[0, "attainment"] == pytest.approx(1.25)
    assert table.loc[0, "implied_status"] == 1
    assert bool(table.loc[0, "consistent"])


def test_unknown_directions_are_left_out_and_counted() -> None:
    rows = [
        (1, "融資件数", 50.0, 100.0, None),  # unknown: would be −50 %
        (1, "開催回数", 1.0, 4.0, None),  # unknown
        (1, "利用者数", 105.0, 100.0, None),  # +5 % → 2
    ]
    table = plan6.consistency(plans(2), facts(rows))
    row = table.iloc[0]
    assert row["growth_facts"] == 1
    assert row["unknown_direction"] == 2
    assert row["implied_status"] == 2
    assert row["agreeing"] == 1
    assert row["evidence"].endswith("left out, direction unknown: 融資件数, 開催回数")
    evidence = plan6.consistency_evidence(plans(2), facts(rows))
    assert evidence["used"].tolist() == [False, False, True]
    assert evidence["direction_source"].tolist() == ["", "", "lexicon"]
    # with nothing known, nothing is implied: no guess
    alone = plan6.consistency(plans(3), facts(rows[:2])).iloc[0]
    assert pd.isna(alone["implied_status"])
    assert pd.isna(alone["consistent"])


def test_the_documents_direction_comes_first_and_the_user_overrides_it() -> None:
    frame = facts([(1, "参加者数", 80.0, 100.0, None), (1, "融資件数", 80.0, 100.0, None)])
    frame["direction"] = ["lower", ""]  # the document says fewer participants is better
    direction, source = resolve_directions(frame)
    assert direction.tolist() == ["lower", None]
    assert source.tolist() == ["document", ""]
    table = plan6.consistency(plans(1), frame)
    assert table.loc[0, "growth"] == pytest.approx(100 / 80 - 1)  # 1.25 → 1
    assert table.loc[0, "implied_status"] == 1
    # the user's mapping beats the document; a function is asked per row
    mapped = plan6.consistency(plans(1), frame, directions={"参加者数": "higher"})
    assert mapped.loc[0, "implied_status"] == 4  # 80 / 100 = 0.8: the band from 80 %
    both = plan6.consistency(
        plans(1), frame, directions=lambda row: "higher" if row["metric_ja"] else None
    )
    assert both.loc[0, "growth_facts"] == 2
    with pytest.raises(ValueError, match="direction of fact 0"):
        plan6.consistency(plans(1), frame.assign(direction=["down", ""]))
