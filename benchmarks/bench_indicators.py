"""plan6's indicator engine side by side with numpy, pandas and polars, in one run, on the same
data, single-threaded, float64. Prints the timings, the ratios and whether each target of
issue 3 is met.

    .venv/bin/python benchmarks/bench_indicators.py            # 10 M rows, as the targets say
    .venv/bin/python benchmarks/bench_indicators.py --rows 1e6  # a quicker look

Targets:
- elementwise attainment with the edge-case policy: >= 2x the clearest numpy expression that
  gives the same result, and >= half this machine's memory-bandwidth limit, measured here with
  plain numpy copy and divide loops;
- grouped year-on-year growth on a panel of 100 k indicators x 100 years, rows shuffled:
  >= 10x pandas (sort + groupby + pct_change(fill_method=None)) and >= 1.5x polars (sort +
  pct_change over the indicator), with identical results to 1e-12 where both are defined;
- peak memory of the grouped growth <= 2x its input;
- Python call overhead of a scalar attainment < 1 us.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path

# Single thread for every library, before any of them starts its thread pool.
for variable in (
    "POLARS_MAX_THREADS",
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
):
    os.environ[variable] = "1"

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import plan6  # noqa: E402

RESULTS: list[tuple[str, str, bool]] = []


def best_of(function: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by other processes)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def target(name: str, text: str, met: bool) -> None:
    RESULTS.append((name, text, met))


def numpy_attainment(actual: np.ndarray, target_: np.ndarray) -> np.ndarray:
    """The clearest numpy expression with plan6's policy: NaN where the target is not positive,
    an input is not finite, or the quotient overflows."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        out = actual / target_
    out[(target_ <= 0) | ~np.isfinite(actual) | ~np.isfinite(target_) | ~np.isfinite(out)] = np.nan
    return out


def bench_elementwise(n: int, repeat: int) -> None:
    print(f"\n== Elementwise attainment, {n:,} rows ==")
    rng = np.random.default_rng(2012)
    actual = rng.uniform(0, 1000, n)
    target_ = rng.uniform(-10, 1000, n)  # about 1 % of targets are not positive
    actual[rng.integers(0, n, n // 100)] = np.nan
    out = np.empty(n)
    expected = numpy_attainment(actual, target_)
    np.testing.assert_array_equal(plan6.attainment(actual, target_), expected)

    t_numpy = best_of(lambda: numpy_attainment(actual, target_), repeat)
    t_plan6 = best_of(lambda: plan6.attainment(actual, target_), repeat)
    t_plan6_out = best_of(lambda: plan6.attainment(actual, target_, out=out), repeat)
    t_reasons = best_of(lambda: plan6.attainment(actual, target_, with_reasons=True), repeat)
    # The memory-bandwidth limit: plain loops that only stream memory.
    copy_dst = np.empty(n)
    t_copy = best_of(lambda: np.copyto(copy_dst, actual), repeat)
    t_divide = best_of(lambda: np.divide(actual, target_, out=out), repeat)
    t_divide_new = best_of(lambda: np.divide(actual, target_), repeat)
    gb = 1e9
    bandwidth = {
        "copy (read 8 + write 8 B/row)": 16 * n / t_copy / gb,
        "divide into out (read 16 + write 8 B/row)": 24 * n / t_divide / gb,
    }
    limit = max(bandwidth.values())
    plan6_bandwidth = 24 * n / t_plan6 / gb
    plan6_out_bandwidth = 24 * n / t_plan6_out / gb
    for label, seconds, rate in [
        ("numpy expression (5 passes)", t_numpy, None),
        ("numpy plain divide, new array", t_divide_new, None),
        ("plan6.attainment", t_plan6, plan6_bandwidth),
        ("plan6.attainment(out=…)", t_plan6_out, plan6_out_bandwidth),
        ("plan6.attainment(with_reasons)", t_reasons, None),
    ]:
        tail = "" if rate is None else f"   {rate:5.1f} GB/s"
        print(f"{label:34s} {seconds * 1e3:8.1f} ms{tail}")
    for name, value in bandwidth.items():
        print(f"bandwidth, numpy {name:42s} {value:5.1f} GB/s")
    ratio = t_numpy / t_plan6
    target("attainment vs numpy", f"{ratio:.2f}x (target >= 2x)", ratio >= 2)
    share = plan6_bandwidth / limit
    target(
        "attainment bandwidth",
        f"{plan6_bandwidth:.1f} GB/s = {share:.0%} of the {limit:.1f} GB/s limit "
        f"({plan6_out_bandwidth / limit:.0%} with out=) (target >= 50 %)",
        share >= 0.5,
    )


def make_panel(indicators: int, years: int, seed: int = 6) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n = indicators * years
    order = rng.permutation(n)
    return pd.DataFrame(
        {
            "id": np.repeat(np.arange(indicators, dtype=np.int64), years)[order],
            "year": np.tile(np.arange(1925, 1925 + years, dtype=np.int64), indicators)[order],
            "value": rng.uniform(1.0, 1000.0, n)[order],
        }
    )


def bench_panel(indicators: int, years: int, repeat: int) -> None:
    import polars as pl

    n = indicators * years
    print(
        f"\n== Grouped year-on-year growth, {indicators:,} indicators x {years} years "
        f"= {n:,} rows, shuffled =="
    )
    frame = make_panel(indicators, years)
    ids, yrs, values = (frame[c].to_numpy() for c in ("id", "year", "value"))
    polars_frame = pl.from_pandas(frame)

    def run_pandas() -> pd.Series:
        return frame.sort_values(["id", "year"]).groupby("id")["value"].pct_change(fill_method=None)

    def run_polars() -> pl.DataFrame:
        return polars_frame.sort("id", "year").with_columns(
            pl.col("value").pct_change().over("id").alias("growth")
        )

    got = plan6.panel_growth(ids, yrs, values)
    from_pandas = run_pandas().reindex(frame.index).to_numpy()
    sorted_polars = run_polars()
    order = np.lexsort((yrs, ids))  # the row of each sorted position
    from_polars = np.empty(n)
    from_polars[order] = sorted_polars["growth"].to_numpy()
    for name, other in [("pandas", from_pandas), ("polars", from_polars)]:
        both = np.isfinite(got) & np.isfinite(other)
        difference = np.abs(got[both] - other[both])
        relative = difference / np.maximum(np.abs(other[both]), 1.0)
        print(
            f"vs {name}: {both.sum():,} rows defined in both; largest difference "
            f"{difference.max():.1e} absolute, {relative.max():.1e} relative to max(1, |growth|)"
        )
        target(
            f"panel growth equals {name}",
            f"to {relative.max():.0e} (target 1e-12)",
            bool(relative.max() <= 1e-12),
        )

    t_plan6 = best_of(lambda: plan6.panel_growth(ids, yrs, values), repeat)
    t_reasons = best_of(lambda: plan6.panel_growth(ids, yrs, values, with_reasons=True), repeat)
    t_polars = best_of(run_polars, max(1, repeat - 1))
    t_pandas = best_of(run_pandas, 1)
    print(f"plan6.panel_growth                 {t_plan6 * 1e3:8.1f} ms")
    print(f"plan6.panel_growth(with_reasons)   {t_reasons * 1e3:8.1f} ms")
    print(f"polars sort + pct_change.over      {t_polars * 1e3:8.1f} ms   (POLARS_MAX_THREADS=1)")
    print(f"pandas sort + groupby.pct_change   {t_pandas * 1e3:8.1f} ms")
    target(
        "panel growth vs pandas",
        f"{t_pandas / t_plan6:.1f}x (target >= 10x)",
        t_pandas / t_plan6 >= 10,
    )
    target(
        "panel growth vs polars",
        f"{t_polars / t_plan6:.1f}x (target >= 1.5x)",
        t_polars / t_plan6 >= 1.5,
    )


PEAK_CHILD = """
import sys, numpy as np
sys.path[:0] = [{path!r}]
from bench_indicators import make_panel, rss_now, reset_peak, peak_rss
frame = make_panel({indicators}, {years})
ids, years, values = (np.ascontiguousarray(frame[c].to_numpy()) for c in ("id", "year", "value"))
del frame
import plan6
plan6.panel_growth(ids[:1000], years[:1000], values[:1000])  # load everything first
before = rss_now(); reset_peak()
result = plan6.panel_growth(ids, years, values)
print(peak_rss() - before, ids.nbytes + years.nbytes + values.nbytes)
"""


def rss_now() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))


def peak_rss() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as clear:  # Linux: "5" resets the peak RSS
        clear.write("5")


def bench_peak_memory(indicators: int, years: int) -> None:
    print("\n== Peak memory of the grouped growth (a fresh process, Linux /proc) ==")
    if platform.system() != "Linux":
        print("skipped: needs Linux /proc")
        return
    code = PEAK_CHILD.format(path=str(Path(__file__).parent), indicators=indicators, years=years)
    output = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    extra, size = int(output[0]), int(output[1])
    print(
        f"input {size / 2**20:.0f} MiB; peak extra memory {extra / 2**20:.0f} MiB, output included"
    )
    target(
        "panel growth peak memory",
        f"{extra / size:.2f}x the input (target <= 2x)",
        extra <= 2 * size,
    )


def bench_scalar() -> None:
    print("\n== Scalar call overhead ==")
    number = 200_000
    results = {}
    for statement in ("plan6.attainment(426, 320)", "plan6.growth(827, 752)", "426 / 320"):
        seconds = min(timeit.repeat(statement, globals={"plan6": plan6}, number=number, repeat=7))
        results[statement] = seconds / number * 1e9
        print(f"{statement:32s} {results[statement]:7.0f} ns")
    overhead = results["plan6.attainment(426, 320)"]
    target("scalar attainment call", f"{overhead:.0f} ns (target < 1000 ns)", overhead < 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=float, default=1e7, help="rows (default 10 M)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; best kept")
    args = parser.parse_args()
    n = int(args.rows)
    years = 100
    indicators = max(1, n // years)
    print(f"plan6 {plan6.__version__}, numpy {np.__version__}, pandas {pd.__version__}, ", end="")
    import polars as pl

    print(
        f"polars {pl.__version__}; {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    bench_scalar()
    bench_elementwise(n, args.repeat)
    bench_panel(indicators, years, args.repeat)
    bench_peak_memory(indicators, years)
    print("\n== Targets ==")
    for name, text, met in RESULTS:
        print(f"{'met   ' if met else 'MISSED'} {name:28s} {text}")


if __name__ == "__main__":
    main()
