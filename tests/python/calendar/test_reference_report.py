"""Scanning the reference report (Kawasaki プラン６, FY2011–FY2012) for fiscal years and dates.

The expected mentions below were written by reading the report, block by block; the result
blocks and their fiscal years come from the curated plans table (see CURATION.md for the
evidence of each block's year). Each month-day is placed by hand in the block's fiscal year
(Japan: April–December in the year itself, January–March in the next).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

import plan6

# (policy plan, fiscal year, region) -> [(text as printed, kind, first day, last day)].
# "block" is the result block (result_start:result_end); "note" is the 【環境等…】 note after
# it. Blocks with no date or fiscal year are listed empty.
EXPECTED: dict[tuple[int, int, str], list[tuple[str, str, str, str | None]]] = {
    (1, 2011, "block"): [
        ("９月", "month", "2011-09-01", "2011-09-30"),  # 友好提携３０周年記念事業（９月）
        ("1月", "month", "2012-01-01", "2012-01-31"),  # 1月の「かわさきグローバルセミナー2012」
        ("７月２５日 ２７日", "date", "2011-07-25", "2011-07-27"),  # range mark lost
    ],
    (1, 2012, "block"): [],
    (2, 2011, "block"): [
        ("7月", "month", "2011-07-01", "2011-07-31"),  # 7月にブリスベン市で
        ("10月", "month", "2011-10-01", "2011-10-31"),  # 10月開催の世界水協会
    ],
    (2, 2012, "block"): [],
    (3, 2011, "block"): [],
    (3, 2012, "block"): [],
    (4, 2011, "block"): [("９月", "month", "2011-09-01", "2011-09-30")],  # ９月の交流会
    (4, 2011, "note"): [],
    (4, 2012, "block"): [],
    (4, 2012, "note"): [
        ("平成23年度", "fiscal_year", "2011-04-01", "2012-03-31"),
        ("24年度", "fiscal_year", "2012-04-01", "2013-03-31"),  # 24年度においても
    ],
    (5, 2011, "block"): [
        ("8\n月15日～10月7日", "date", "2011-08-15", "2011-10-07"),  # (8\n月15日～10月7日)
        ("11月", "month", "2011-11-01", "2011-11-30"),  # 11月・3月に
        ("3月", "month", "2012-03-01", "2012-03-31"),
        ("6月１日～7月29日", "date", "2011-06-01", "2011-07-29"),
        ("8月\n22日～9月9日", "date", "2011-08-22", "2011-09-09"),
        ("4月1日～5月31日", "date", "2011-04-01", "2011-05-31"),
        ("7月6日", "date", "2011-07-06", "2011-07-06"),
        ("２月１３日", "date", "2012-02-13", "2012-02-13"),
        ("9月3日", "date", "2011-09-03", "2011-09-03"),
    ],
    (5, 2012, "block"): [("次年度", "fiscal_year", "2013-04-01", "2014-03-31")],
    (6, 2011, "block"): [],
    (6, 2012, "block"): [],
    (7, 2011, "block"): [
        ("８月", "month", "2011-08-01", "2011-08-31"),  # ８月に研究棟が
        ("１０月", "month", "2011-10-01", "2011-10-31"),
        ("３月", "month", "2012-03-01", "2012-03-31"),  # ３月に研究棟が竣工
        ("次年度以降", "fiscal_year", "2012-04-01", None),
        ("11月12日", "date", "2011-11-12", "2011-11-12"),
        ("3月1日", "date", "2012-03-01", "2012-03-01"),
        ("10月14日", "date", "2011-10-14", "2011-10-14"),
        ("11月22日", "date", "2011-11-22", "2011-11-22"),
        ("1月27日", "date", "2012-01-27", "2012-01-27"),
        ("11月15～16日", "date", "2011-11-15", "2011-11-16"),
    ],
    (7, 2012, "block"): [],
    (8, 2011, "block"): [
        ("2月8日", "date", "2012-02-08", "2012-02-08"),  # 知的財産シンポジウム（2月8日）
        ("10月26日～12月14日", "date", "2011-10-26", "2011-12-14"),
        ("7月8日", "date", "2011-07-08", "2011-07-08"),
        ("11月8日", "date", "2011-11-08", "2011-11-08"),
        ("2月8日", "date", "2012-02-08", "2012-02-08"),
        ("2月22日", "date", "2012-02-22", "2012-02-22"),
        ("4月", "month", "2011-04-01", "2011-04-30"),  # 4月に…補助金の募集
    ],
    (8, 2011, "note"): [],
    (8, 2012, "block"): [],
    (9, 2011, "block"): [
        ("７月３日", "date", "2011-07-03", "2011-07-03"),  # 第１回地産地消フェア
        ("７月26日", "date", "2011-07-26", "2011-07-26"),  # ７月26日及び12月5日
        ("12月5日", "date", "2011-12-05", "2011-12-05"),
        ("８月17日", "date", "2011-08-17", "2011-08-17"),
        ("11月～２月", "month", "2011-11-01", "2012-02-29"),  # 2012 is a leap year
    ],
    (9, 2012, "block"): [],
    (10, 2011, "block"): [("次年度", "fiscal_year", "2012-04-01", "2013-03-31")],
    (10, 2012, "block"): [
        ("次年度", "fiscal_year", "2013-04-01", "2014-03-31"),  # 次年度の計画づくり
        ("次年度", "fiscal_year", "2013-04-01", "2014-03-31"),  # 次年度から新たに
        ("昨年度", "fiscal_year", "2011-04-01", "2012-03-31"),  # 昨年度に引き続き
        ("次年度", "fiscal_year", "2013-04-01", "2014-03-31"),  # 次年度に向けた課題整理
        ("４月", "month", "2012-04-01", "2012-04-30"),  # 黒川農場が４月に開場
    ],
    (10, 2012, "note"): [],
    (11, 2011, "block"): [
        ("前年度", "fiscal_year", "2010-04-01", "2011-03-31"),  # 前年度対比
        ("3月から2月", "month", "2011-03-01", "2012-02-29"),  # 3月から2月の実績
        ("前年度", "fiscal_year", "2010-04-01", "2011-03-31"),
        ("1月17日から19日", "date", "2012-01-17", "2012-01-19"),
    ],
    (11, 2011, "note"): [("5月", "month", "2011-05-01", "2011-05-31")],  # 5月に創設
    (11, 2012, "block"): [("平成25年度", "fiscal_year", "2013-04-01", "2014-03-31")],
    (12, 2011, "block"): [("４月", "month", "2011-04-01", "2011-04-30")],
    (12, 2011, "note"): [],
    (12, 2012, "block"): [
        ("平成24年度", "fiscal_year", "2012-04-01", "2013-03-31"),
        ("24年度", "fiscal_year", "2012-04-01", "2013-03-31"),  # 24年度マイスター紹介マンガ
    ],
    (13, 2011, "block"): [
        ("３月", "month", "2012-03-01", "2012-03-31"),  # ３月に報告会
        ("平成２３\n年度", "fiscal_year", "2011-04-01", "2012-03-31"),
        ("１０月から１１月", "month", "2011-10-01", "2011-11-30"),
        ("４月", "month", "2011-04-01", "2011-04-30"),
        ("10月から11月", "month", "2011-10-01", "2011-11-30"),
        ("６月", "month", "2011-06-01", "2011-06-30"),
        ("10月", "month", "2011-10-01", "2011-10-31"),  # 10月から本格実施
        ("1月", "month", "2012-01-01", "2012-01-31"),
        ("７月から８月", "month", "2011-07-01", "2011-08-31"),
    ],
    (13, 2011, "note"): [("４月", "month", "2011-04-01", "2011-04-30")],  # ４月の補正予算
    (13, 2012, "block"): [
        ("平成２４年度", "fiscal_year", "2012-04-01", "2013-03-31"),
        ("４月", "month", "2012-04-01", "2012-04-30"),
        ("10月から11月", "month", "2012-10-01", "2012-11-30"),
        ("６月から８月", "month", "2012-06-01", "2012-08-31"),
    ],
    (14, 2011, "block"): [
        ("３月１３日", "date", "2012-03-13", "2012-03-13"),
        ("３月２４日", "date", "2012-03-24", "2012-03-24"),  # ３月２４日、２５日にフェア
        ("２５日", "date", "2012-03-25", "2012-03-25"),
    ],
    (14, 2012, "block"): [("1月28日", "date", "2013-01-28", "2013-01-28")],
    (14, 2012, "note"): [],
    (15, 2011, "block"): [
        ("前年度", "fiscal_year", "2010-04-01", "2011-03-31"),  # 就職決定者324人（前年度273人）
        ("昨年度", "fiscal_year", "2010-04-01", "2011-03-31"),  # 昨年度を上回りました
    ],
    (15, 2012, "block"): [
        ("前年度", "fiscal_year", "2011-04-01", "2012-03-31"),
        ("前年度", "fiscal_year", "2011-04-01", "2012-03-31"),
        ("前年度", "fiscal_year", "2011-04-01", "2012-03-31"),
        ("前年度", "fiscal_year", "2011-04-01", "2012-03-31"),
        ("1月28日", "date", "2013-01-28", "2013-01-28"),
    ],
    (15, 2012, "note"): [("24年度", "fiscal_year", "2012-04-01", "2013-03-31")],  # 24年度末
}


def regions(kawasaki: plan6.datasets.EvaluationDataset) -> dict[tuple[int, int, str], str]:
    """Each result block, and each change note after one, as the text the tests scan."""
    text = kawasaki.text
    found = {}
    for row in kawasaki.plans.itertuples():
        key = (int(row.policy_plan_no), int(row.fiscal_year))
        found[(*key, "block")] = text[row.result_start : row.result_end]
        if row.change_note:
            headers = [text.find(h, row.result_end) for h in ("【環境等の変化", "【環境等の課題")]
            header = min(h for h in headers if h >= 0)
            start = text.index("\n", header) + 1
            found[(*key, "note")] = text[start : text.index("\n\n", start)]
    return found


def test_every_region_is_listed(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    assert set(regions(kawasaki)) == set(EXPECTED)


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: f"plan{k[0]}-FY{k[1]}-{k[2]}")
def test_result_blocks_give_every_date_in_its_fiscal_year(
    kawasaki: plan6.datasets.EvaluationDataset, key: tuple[int, int, str]
) -> None:
    text = regions(kawasaki)[key]
    found = plan6.scan_dates(text, key[1])
    assert found["problem"].isna().all(), found["problem"].dropna().tolist()
    got = [
        (
            row.text,
            row.kind,
            row.start_date.date().isoformat(),
            None if pd.isna(row.end_date) else row.end_date.date().isoformat(),
        )
        for row in found.itertuples()
    ]
    assert got == EXPECTED[key]


def test_fiscal_year_forms_of_the_whole_report(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    # Read off the report: each of its 17 plan pages repeats the goal header row
    # "2011(平成23）年度 2012（平成24）年度 2013（平成25）年度 2014（平成26）年度以降", and each of
    # the 15 plans labels its two result blocks "2011年度\n実施結果" and "2012年度\n実施結果".
    # The rest are written in the narratives (era from context: the report is about 平成).
    expected = Counter(
        {
            ("2011(平成23）年度", 2011, False): 17,
            ("2012（平成24）年度", 2012, False): 17,
            ("2013（平成25）年度", 2013, False): 17,
            ("2014（平成26）年度以降", 2014, True): 17,
            ("2011年度", 2011, False): 15,
            ("2012年度", 2012, False): 15,
            ("平成 24 年度", 2012, False): 1,  # summary: 平成 24 年度かわさきマイスター
            ("平成24年度", 2012, False): 1,
            ("平成23年度", 2011, False): 1,
            ("平成25年度", 2013, False): 1,
            ("平成２３\n年度", 2011, False): 1,
            ("平成２４年度", 2012, False): 1,
            ("24年度", 2012, False): 3,
        }
    )
    found = plan6.scan_dates(kawasaki.text, era="平成")
    absolute = found[(found["kind"] == "fiscal_year") & found["relative"].isna()]
    got = Counter(
        zip(absolute["text"], absolute["fiscal_year"], absolute["open_ended"], strict=True)
    )
    assert got == expected
    relative = found[found["relative"].notna()]
    assert Counter(relative["text"]) == Counter(
        {"前年度": 10, "次年度": 7, "昨年度": 3, "次年度以降": 1}
    )
    assert found["problem"].isna().all()
    for row in found.itertuples():
        assert kawasaki.text[row.span_start : row.span_end] == row.text


def test_summary_pages_are_fiscal_2012(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    # The 【主な実施結果】 pages summarise FY2012: "１月 28 日に成果報告会" is 2013-01-28 (the
    # FY2012 block of 産業人材 says "1月28日に成果報告会" too).
    text = kawasaki.text
    start = text.index("１月 28 日")
    found = plan6.scan_dates(text[start - 5 : start + 20], 2012)
    assert found["text"].tolist() == ["１月 28 日"]
    assert found["start_date"].tolist() == [pd.Timestamp("2013-01-28")]
