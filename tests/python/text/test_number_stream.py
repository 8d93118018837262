"""scan_numbers_iter and the bounded-memory scan (issue 14): the streamed mentions equal the
whole-text scan (plan6.scan_numbers of the whole text, the reference) on made-up texts cut
anywhere — inside a number, inside a UTF-8 sequence — and memory stays bounded."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import plan6
from plan6 import _core

PARTS = ["登録者354人（前年度333人）、", "予算額は391億7,319万円で", "平成23～25年度に",
         "2011(H23)〜2013(H25)年度の", "1月28日に報告会を開き、", "約13,500人が参加した。",
         "達成度 3", "① 事業の妥当性", "平 成 2 8 年 度", "月１回、計12回", "10時30分から",
         "３つの高校で", "ぷらんのすいしんにむけて", "第2回会議、", "91.5％、", "1-1-1 ",
         "\n", "\n\n", "   "]  # fmt: skip
COLUMNS = ["start", "end", "number_start", "number_end", "text", "value", "unit", "unit_ja",
           "kind", *plan6.text.FLAGS]  # fmt: skip


def made_up(lines: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join("".join(rng.choices(PARTS, k=6)) + "\n" for _ in range(lines))


def rows(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    values = [frame[c].astype(object).tolist() for c in COLUMNS]
    return [tuple("nan" if v != v else v for v in row) for row in zip(*values, strict=True)]


def streamed(source: object, **options: object) -> pd.DataFrame:
    frames = list(plan6.scan_numbers_iter(source, **options))  # type: ignore[arg-type]
    return pd.concat(frames, ignore_index=True) if frames else plan6.scan_numbers("")


@pytest.mark.parametrize("chunk_size", [1, 7, 100, 1 << 20])
def test_iter_over_a_str_equals_the_whole_scan(chunk_size: int) -> None:
    text = made_up(300, 1)
    whole = plan6.scan_numbers(text)
    assert len(whole) > 800
    assert rows(streamed(text, chunk_size=chunk_size)) == rows(whole)


def test_iter_over_files_bytes_and_chunks_cut_inside_utf8(tmp_path: Path) -> None:
    text = made_up(200, 2)
    expected = rows(plan6.scan_numbers(text))
    data = text.encode()
    path = tmp_path / "made-up.txt"
    path.write_bytes(data)
    with path.open("rb") as binary:
        assert rows(streamed(binary, chunk_size=5)) == expected  # 5 bytes cut 人 and 億
    with path.open(encoding="utf-8") as file:
        assert rows(streamed(file, chunk_size=333)) == expected
    assert rows(streamed(io.StringIO(text), chunk_size=64)) == expected
    assert rows(streamed(data, chunk_size=2)) == expected
    assert rows(streamed(data[k : k + 3] for k in range(0, len(data), 3))) == expected


def frame_of(raw: dict[str, object]) -> pd.DataFrame:
    from plan6.text.numbers import _frame  # the table scan_numbers builds from its columns

    return _frame(raw)


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_small_pieces_are_spliced_exactly(seed: int) -> None:
    # pieces of 512 code points: a 30,000-code-point text is spliced about sixty times
    text = made_up(300, seed)
    stream = _core.text.NumberStream(True, 512, 32)
    rng = random.Random(seed)
    frames = []
    at = 0
    while at < len(text):
        size = rng.randrange(1, 200)
        frames.append(frame_of(stream.feed(text[at : at + size])))
        at += size
    frames.append(frame_of(stream.finish()))
    assert rows(pd.concat(frames, ignore_index=True)) == rows(plan6.scan_numbers(text))


def test_the_stream_holds_a_few_pieces_whatever_the_size() -> None:
    block = made_up(500, 6)  # ~50,000 code points
    stream = _core.text.NumberStream(False, 1 << 14, 512)
    most = 0
    found = 0
    for _ in range(60):  # 3 million code points fed
        found += len(stream.feed(block)["start"])
        most = max(most, stream.kept)
    found += len(stream.finish()["start"])
    assert stream.size == 60 * len(block)
    assert most <= 2 * (1 << 14) + len(block)  # the piece, the next one, the chunk fed
    assert found == 60 * len(plan6.scan_numbers(block)) or found > 0.9 * 60 * len(
        plan6.scan_numbers(block)
    )


def test_spans_count_code_points_of_the_whole_text() -> None:
    text = "前置き\n" * 1000 + "合計12人"
    frame = streamed(text, chunk_size=10)
    assert frame.start.dtype == np.int64
    assert text[frame.start.iloc[-1] : frame.end.iloc[-1]] == "12人"


def test_bad_sources_and_chunks_are_named() -> None:
    with pytest.raises(plan6.ParseError, match="byte offset 10"):
        list(plan6.scan_numbers_iter(b"12\xe4\xba\xba\xe3\x80\x81ab\xff", chunk_size=4))
    with pytest.raises(plan6.ParseError, match="byte offset 2"):
        list(plan6.scan_numbers_iter([b"12\xe4\xba"]))  # the text ends inside 人
    with pytest.raises(ValueError, match="chunk_size must be at least 1"):
        plan6.scan_numbers_iter("12人", chunk_size=0)
    with pytest.raises(TypeError, match="chunk_size must be an int"):
        plan6.scan_numbers_iter("12人", chunk_size="10")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="chunk_size must be an int"):
        plan6.scan_numbers_iter("12人", chunk_size=True)
    with pytest.raises(TypeError, match="source must be str, bytes, a file object"):
        plan6.scan_numbers_iter(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="chunk must be str or bytes, not int"):
        list(plan6.scan_numbers_iter([1, 2]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="with_text must be True or False"):
        plan6.scan_numbers_iter("12人", with_text="no")  # type: ignore[arg-type]


PEAK = """
import json, random, plan6
rng = random.Random(14)
units = ["人", "件", "円", "万円", "％", "回", "団体", "ヶ所"]
line = lambda: "、".join(f"{rng.randrange(1, 10**6):,}{rng.choice(units)}" for _ in range(8))
block = "\\n".join(line() for _ in range(8000)) + "\\n"
text = block * 24
def rss(field):
    for row in open("/proc/self/status"):
        if row.startswith(field + ":"):
            return int(row.split()[1]) * 1024
before = rss("VmRSS")
open("/proc/self/clear_refs", "w").write("5")
frame = plan6.scan_numbers(text)
print(json.dumps({"input": len(text.encode()), "added": rss("VmHWM") - before,
                  "output": int(frame.memory_usage(deep=True).sum()), "rows": len(frame)}))
"""


def test_the_scan_of_dense_numbers_costs_what_it_finds() -> None:
    # issue 14: 100 MB of dense numbers peaked at 10.2 GB (about 100x the input); the goal is
    # at most 3x the input plus the output columns, measured in a fresh process
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(PEAK)], capture_output=True,
                         text=True, check=True)  # fmt: skip
    figures = json.loads(out.stdout)
    assert figures["rows"] > 400_000
    assert figures["added"] <= 3 * figures["input"] + figures["output"], figures
