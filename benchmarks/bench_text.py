"""Speed of plan6's text parts, side by side with kanjize (PyPI), in one run.

Prints:
1. number scanning throughput on the reference report repeated to >= 50 MB (one core):
   the C++ work alone (decode UTF-8 + scan), plan6._core.text.scan_numbers (numpy columns) and
   plan6.scan_numbers (a DataFrame with the text of every number);
2. per-expression speed against kanjize.kanji2number, used as its documentation shows (one
   call per expression), on expressions both support (kanji numerals such as 一億二千三百万
   and mixed ones such as 391億7319万), with the results compared for equality;
3. extraction time of the reference report: the C++ work alone and plan6.read_report;
4. plan6's multi-file extraction with one thread and with every core;
5. memory and time of plan6.scan_numbers on 10 and 100 MB of dense numbers and of plain kana
   (made-up texts, generated here), each in a fresh subprocess: the peak RSS the scan adds to
   the process holding the text, per MB of input, next to the output columns' size; and the
   same for plan6.scan_numbers_iter reading the text from a file (bounded memory).

    .venv/bin/pip install kanjize        # installed by `make install` (the test extra)
    .venv/bin/python benchmarks/bench_text.py [--megabytes 50] [--memory 10,100]
    .venv/bin/python benchmarks/bench_text.py --only-memory --memory 10,100
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

import kanjize

import plan6
from plan6 import _core


def _best(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _mixed(n: int) -> str:
    """391億7319万 style: digits per 万 group, as kanjize's mixed input accepts."""
    parts = []
    for scale, name in [(10**12, "兆"), (10**8, "億"), (10**4, "万")]:
        group, n = divmod(n, scale)
        if group:
            parts.append(f"{group}{name}")
    if n:
        parts.append(str(n))
    return "".join(parts)


def scanning(megabytes: float) -> None:
    report = plan6.datasets.kawasaki_plan6_text()
    copies = max(1, int(megabytes * 1e6 / len(report.encode())) + 1)
    text = report * copies
    data = text.encode()
    size = len(data) / 1e6
    seconds, found = _core.text._time_scan(data, 3)
    print(f"1. scanning {size:.1f} MB of Japanese text ({found:,} numbers), one core")
    print(f"   C++ (decode + scan)                 {size / seconds:8.1f} MB/s")
    arrays = _best(lambda: _core.text.scan_numbers(data), 3)
    print(f"   plan6._core.text.scan_numbers (numpy) {size / arrays:8.1f} MB/s")
    lean = _best(lambda: plan6.scan_numbers(data, with_text=False), 2)
    print(f"   plan6.scan_numbers(with_text=False) {size / lean:8.1f} MB/s")
    frame = _best(lambda: plan6.scan_numbers(data), 1)
    print(f"   plan6.scan_numbers (with text)      {size / frame:8.1f} MB/s")


def per_expression(count: int) -> None:
    rng = random.Random(6)
    numbers = [rng.randrange(1, 10**12) for _ in range(count // 2)]
    expressions = [kanjize.number2kanji(n) for n in numbers] + [_mixed(n) for n in numbers]

    kanjize_values = [kanjize.kanji2number(e) for e in expressions]
    plan6_values = plan6.parse_numbers(expressions).tolist()
    numeral_values = [plan6.parse_numeral(e) for e in expressions]
    scalar_values = [plan6.parse_number(e).value for e in expressions[:2000]]
    agree = sum(int(a) == b for a, b in zip(plan6_values, kanjize_values, strict=False))
    agree_numeral = sum(
        type(a) is int and a == b for a, b in zip(numeral_values, kanjize_values, strict=False)
    )
    agree_scalar = sum(int(a) == b for a, b in zip(scalar_values, kanjize_values, strict=False))
    print(f"2. {len(expressions):,} expressions (kanji and mixed, values below 10^12)")
    print(
        f"   results equal to kanjize            {agree:,} / {len(expressions):,} (batch),"
        f" {agree_numeral:,} / {len(expressions):,} (parse_numeral),"
        f" {agree_scalar:,} / {len(scalar_values):,} (parse_number)"
    )

    t_kanjize = _best(lambda: [kanjize.kanji2number(e) for e in expressions], 3) / len(expressions)
    t_batch = _best(lambda: plan6.parse_numbers(expressions), 3) / len(expressions)
    sample = expressions[:20000]
    t_numeral = _best(lambda: [plan6.parse_numeral(e) for e in expressions], 3) / len(expressions)
    t_scalar = _best(lambda: [plan6.parse_number(e) for e in sample], 3) / len(sample)
    print(f"   kanjize.kanji2number                {t_kanjize * 1e6:8.2f} µs/expression")
    print(
        f"   plan6.parse_numbers (one call)      {t_batch * 1e6:8.3f} µs/expression"
        f"   {t_kanjize / t_batch:6.1f}× faster"
    )
    print(
        f"   plan6.parse_numeral (one call each) {t_numeral * 1e6:8.3f} µs/expression"
        f"   {t_kanjize / t_numeral:6.1f}× faster"
    )
    print(
        f"   plan6.parse_number (one call each)  {t_scalar * 1e6:8.3f} µs/expression"
        f"   {t_kanjize / t_scalar:6.1f}× faster (unit, kind and qualifiers too)"
    )


def extraction() -> None:
    text = plan6.datasets.kawasaki_plan6_text()
    runs = [_core.report._time_extraction(text, 20)[0] for _ in range(5)]
    full = _best(lambda: plan6.read_report(text), 10)
    print("3. extraction of the reference report (93 kB, 235 facts)")
    print(
        f"   C++ (decode + scan + segment + facts) {min(runs) * 1e3:6.2f} ms"
        f" (median {statistics.median(runs) * 1e3:.2f} ms)"
    )
    print(f"   plan6.read_report (with DataFrames)   {full * 1e3:6.2f} ms")


def many_files(count: int) -> None:
    import os
    import tempfile
    from pathlib import Path

    from plan6.report import extract_files

    text = plan6.datasets.kawasaki_plan6_text()
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(count):
            path = Path(folder) / f"report-{i}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        cores = os.cpu_count() or 1
        one = _best(lambda: extract_files(paths, jobs=1), 2)
        all_cores = _best(lambda: extract_files(paths, jobs=cores), 2)
    print(f"4. plan6 extract on {count} copies of the report (threads, GIL released in C++)")
    print(
        f"   1 thread {one:6.2f} s, {cores} threads {all_cores:6.2f} s"
        f"   ({one / all_cores:.2f}× on {cores} cores)"
    )


# --- 5. memory on large input ------------------------------------------------------------------

UNITS = ["人", "件", "円", "万円", "億円", "％", "回", "団体", "ヶ所", "名", "日", "年度"]
HIRAGANA = [chr(c) for c in range(ord("ぁ"), ord("ゖ"))]


def dense_text(megabytes: float, seed: int = 14) -> str:
    """Made-up text that is nearly all numbers: "354人、12.5％、391億7,319万円、…" lines."""
    rng = random.Random(seed)
    lines = []
    size = 0
    while size < 1_000_000:  # a 1 MB block, repeated: the scanner sees no difference
        items = []
        for _ in range(rng.randrange(4, 12)):
            n = rng.randrange(1, 10 ** rng.randrange(1, 9))
            number = f"{n:,}" if rng.random() < 0.5 else str(n)
            if rng.random() < 0.2:
                number = f"{n}.{rng.randrange(10)}"
            items.append(number + rng.choice(UNITS))
        line = "、".join(items)
        lines.append(line)
        size += len(line.encode()) + 1
    block = "\n".join(lines) + "\n"
    return block * max(1, round(megabytes * 1e6 / len(block.encode())))


def kana_text(megabytes: float, seed: int = 14) -> str:
    """Made-up plain hiragana in lines of 60, no number at all (sparse text)."""
    rng = random.Random(seed)
    line_count = 1_000_000 // 183
    block = "".join("".join(rng.choices(HIRAGANA, k=60)) + "\n" for _ in range(line_count))
    return block * max(1, round(megabytes * 1e6 / len(block.encode())))


def _rss_kib(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> None:
    """Sets the process's peak RSS (VmHWM) to its RSS now (Linux: clear_refs 5)."""
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def measure_once(kind: str, megabytes: float, streaming: bool) -> dict[str, float]:
    """One measurement, in this process (run by memory() in a fresh subprocess)."""
    text = dense_text(megabytes) if kind == "dense" else kana_text(megabytes)
    size = len(text.encode()) / 1e6
    path = None
    if streaming:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
            f.write(text)
            path = f.name
        del text  # the stream reads the file: nothing of the text is held before
    before = _rss_kib("VmRSS")
    _reset_peak()
    start = time.perf_counter()
    rows = 0
    output = 0.0
    if path is not None:
        with open(path, encoding="utf-8") as file:
            for frame in plan6.scan_numbers_iter(file, chunk_size=1 << 20):
                rows += len(frame)
    else:
        frame = plan6.scan_numbers(text)
        rows = len(frame)
        output = frame.memory_usage(deep=True).sum() / 1e6
    seconds = time.perf_counter() - start
    peak = _rss_kib("VmHWM")
    if path is not None:
        import os

        os.unlink(path)
    return {"mb": size, "rows": rows, "seconds": seconds, "before_mb": before / 1e3,
            "added_mb": (peak - before) / 1e3, "output_mb": output}  # fmt: skip


def memory(sizes: list[float]) -> None:
    print("5. peak RSS of the scan on made-up text (fresh process each; the text is held before)")
    print("   text    input    rows        time   added peak   per MB   output columns")
    for kind in ("dense", "kana"):
        for streaming in (False, True):
            for megabytes in sizes:
                command = [sys.executable, __file__, "--measure", kind, str(megabytes)]
                if streaming:
                    command.append("--streaming")
                result = json.loads(subprocess.run(command, capture_output=True, check=True,
                                                   text=True).stdout)  # fmt: skip
                name = f"{kind}{' iter' if streaming else ''}"
                output = f"{result['output_mb']:7.0f} MB" if not streaming else "  (not kept)"
                mb, added = result["mb"], result["added_mb"]
                print(
                    f"   {name:10} {mb:5.0f} MB {result['rows']:>11,} {result['seconds']:7.2f} s"
                    f" {added:8.0f} MB {added / mb:6.2f}×  {output}"
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--expressions", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--memory", default="10,100", help="sizes in MB for part 5")
    parser.add_argument("--only-memory", action="store_true", help="part 5 alone")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)  # (kind, MB): one run
    parser.add_argument("--streaming", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_once(args.measure[0], float(args.measure[1]), args.streaming)))
        return 0
    sizes = [float(size) for size in args.memory.split(",") if size]
    if args.only_memory:
        memory(sizes)
        return 0
    scanning(args.megabytes)
    per_expression(args.expressions)
    extraction()
    many_files(args.files)
    memory(sizes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
