"""Metric names (``metric_ja``) of extracted facts: a regression guard on the reference report.

The expected names are the hand-curated ``metric_ja`` of the bundled dataset (typed by hand, not
produced by the extractor). Similarity is character-bigram F1, computed by the small reader
below (independent of benchmarks/evaluate_extraction.py, which prints the same figure).
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan6

PARTICLES = set("はがをにでのもとへや")


def _bigrams(name: str) -> Counter[str]:
    text = "".join(ch for ch in unicodedata.normalize("NFKC", name) if not ch.isspace())
    if len(text) < 2:
        return Counter([text] if text else [])
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def bigram_f1(got: str, want: str) -> float:
    a, b = _bigrams(got), _bigrams(want)
    common = sum((a & b).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def dangling(name: str) -> bool:
    """A particle standing alone at either end (を上回る, …事業の), not the も of ものづくり."""
    if len(name) < 2:
        return name in PARTICLES
    return (name[0] in PARTICLES and not _hiragana(name[1])) or (
        name[-1] in PARTICLES and not _hiragana(name[-2])
    )


def test_bigram_f1_by_hand() -> None:
    # 開催回数 vs 開催回数: identical; 参加者数 vs 参加人数: 参加 shared of 3 bigrams each
    assert bigram_f1("開催回数", "開催 回数") == 1.0
    assert bigram_f1("参加者数", "参加人数") == pytest.approx(1 / 3)
    assert bigram_f1("", "件数") == 0.0
    assert dangling("を上回る")
    assert dangling("事業の")
    assert not dangling("ものづくり事業")


@pytest.fixture(scope="module")
def pairs(kawasaki: plan6.datasets.EvaluationDataset) -> pd.DataFrame:
    """Each curated fact with the extracted fact at its quote and value."""
    facts = plan6.read_report(kawasaki.text).facts
    rows = []
    used: set[int] = set()
    for want in kawasaki.facts.itertuples():
        at = facts[
            (facts.span_start < want.span_end)
            & (facts.span_end > want.span_start)
            & ((facts.value - want.value).abs() < 1e-6)
            & ~facts.index.isin(used)
        ]
        assert len(at), f"fact #{want.fact_id} not extracted"
        used.add(at.index[0])
        rows.append((want.fact_id, want.metric_ja, at.iloc[0].metric_ja))
    return pd.DataFrame(rows, columns=["fact_id", "curated", "extracted"])


def test_metric_names_stay_close_to_the_curated_ones(pairs: pd.DataFrame) -> None:
    scores = [bigram_f1(g, w) for g, w in zip(pairs.extracted, pairs.curated, strict=True)]
    mean = sum(scores) / len(scores)
    share = sum(s >= 0.5 for s in scores) / len(scores)
    # reached 0.841 and 90.2 % (README); the guard leaves room for small trade-offs
    assert mean >= 0.80, mean
    assert share >= 0.85, share


def test_no_metric_name_is_empty_has_a_digit_or_a_dangling_particle(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    text = kawasaki.text
    # the whole report, and the plan pages alone (another layout: no summary pages)
    for source in [text, text[text.index(" 事業内容・目標") :]]:
        names = plan6.read_report(source).facts.metric_ja
        assert len(names) > 100
        for name in names:
            folded = unicodedata.normalize("NFKC", name)
            assert name.strip(), "empty metric name"
            assert not any(ch.isdigit() for ch in folded), name
            assert not any(dangling(part) for part in name.split(" ")), name


@pytest.mark.parametrize(
    ("quote", "value", "expected"),
    [
        # a label before the number under the 「…」 programme the sentence opens with
        ("求職登録者数827人", 827, "キャリアサポートかわさき 求職登録者数"),
        # 「X」を N回開催
        ("「科学技術サロン」を３回開催", 3, "科学技術サロン 開催回数"),
        # the topic of the sentence and the verbal noun after the number
        ("かわさきマイスターとして20名の応募者から5名を認定", 5, "かわさきマイスター 認定者数"),
        # an aside after the full stop names the event of the sentence before it
        ("を実施しました。（8件）", 8, "知的財産交流マッチングコーディネート 件数"),
        # 39件の応募があり、そのうち 23件を認証
        ("そのうち 23件を認証", 23, "かわさき基準認証福祉製品 認証件数"),
    ],
)
def test_names_of_typical_sentences(quote: str, value: float, expected: str) -> None:
    # expected names: the curated metric_ja of these facts, read off the report by hand
    text = plan6.datasets.kawasaki_plan6_text()
    facts = plan6.read_report(text).facts
    at = text.index(quote)
    row = facts[
        (facts.span_start >= at) & (facts.span_end <= at + len(quote)) & (facts.value == value)
    ]
    assert len(row) == 1
    assert row.iloc[0].metric_ja == expected


# A one-plan summary page around a made-up result sentence: every fact gets a clean name.
sentence_parts = st.lists(
    st.sampled_from(
        [
            "相談会",
            "「まちづくり講座」",
            "を",
            "は、",
            "に",
            "の",
            "で",
            "が",
            "、",
            "開催し",
            "参加",
            "応募があり",
            "そのうち",
            "計",
            "（",
            "）",
            "前年度",
            "上回る",
            "12件",
            "３回",
            "45人",
            "8団体",
            "２か国",
            "約1,200万円",
            "91.5％",
            "平成24年度",
            "2013",
            "第1回",
        ]
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=150, deadline=None)
@given(sentence_parts)
def test_made_up_sentences_get_clean_names(parts: list[str]) -> None:
    sentence = "".join(parts)
    facts = plan6.extract(f"【主な実施結果】\n就業の支援\n・{sentence}しました。")
    for name in facts.metric_ja:
        folded = unicodedata.normalize("NFKC", name)
        assert name.strip()
        assert not any(ch.isdigit() for ch in folded), (sentence, name)
        assert not any(dangling(part) for part in name.split(" ")), (sentence, name)
