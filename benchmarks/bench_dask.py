"""plan6.dask on a real dask.distributed LocalCluster, side by side with dask's own way and with
DuckDB, in one run on data this script writes itself (nothing is downloaded).

Prints:
1. Panel growth over a Parquet panel partitioned by id (files of contiguous id ranges, read
   with ``index="id", calculate_divisions=True``), larger than one worker's memory limit:
   plan6.dask.panel_growth (partition-local), dask's groupby-shift growth (the same
   hole-aware definition: no growth over a missing year), and DuckDB's ``lag() OVER
   (PARTITION BY id ORDER BY year)`` on the same files — wall time, rows/s, ratios to plan6,
   on 1 and 2 workers (DuckDB on 1 and 2 threads), the peak resident memory of each worker,
   and a check that all three give the same sum and count of growth rates.
2. The GIL: plan6.panel_growth and plan6's document extraction in 1 and 2 threads of one
   process (the speedup a threaded dask worker gets).
3. Small documents: files per second of plan6.dask.read_reports on 1 and 2 workers against a
   ``concurrent.futures.ProcessPoolExecutor`` of the same size doing the same work.

    .venv/bin/python benchmarks/bench_dask.py                  # minutes on 2 cores
    .venv/bin/python benchmarks/bench_dask.py --large          # 100 M rows, 2 GiB per worker

The machine is shared with other sessions: wall times move by tens of percent between runs;
the ratios within one run are the figures to read.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

YEARS = 20
FIRST_YEAR = 2000


# The panel ------------------------------------------------------------------------------------


def write_panel(folder: Path, rows: int, rows_per_file: int, seed: int = 6) -> int:
    """A panel of ``rows // YEARS`` indicators × YEARS fiscal years, about 5 % of the rows left
    out (holes), written as Parquet files of contiguous id ranges sorted by (id, year), so that
    dask reads divisions on the id from the files' statistics. Returns the rows written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    ids_per_file = max(1, rows_per_file // YEARS)
    total_ids = max(1, rows // YEARS)
    rng = np.random.default_rng(seed)
    written = 0
    for number, first in enumerate(range(0, total_ids, ids_per_file)):
        count = min(ids_per_file, total_ids - first)
        ids = np.repeat(np.arange(first, first + count, dtype=np.int64), YEARS)
        years = np.tile(np.arange(FIRST_YEAR, FIRST_YEAR + YEARS, dtype=np.int64), count)
        values = rng.lognormal(5.0, 0.3, len(ids))
        keep = rng.random(len(ids)) > 0.05
        table = pa.table({"id": ids[keep], "year": years[keep], "value": values[keep]})
        pq.write_table(table, folder / f"part-{number:05d}.parquet", row_group_size=len(ids))
        written += int(keep.sum())
    return written


def _read(folder: Path) -> Any:
    import dask.dataframe as dd

    return dd.read_parquet(str(folder), index="id", calculate_divisions=True)


def _summary(growth: Any) -> Any:
    """What every contender computes from its growth column: the sum and count of the
    defined rates (so that no contender ships 100 M rows to the client)."""
    return growth.sum(), growth.count()


def plan6_growth(folder: Path) -> Any:
    import plan6.dask

    frame = _read(folder)
    return _summary(plan6.dask.panel_growth(frame, id="id", year="year", value="value")["growth"])


def dask_growth(folder: Path) -> Any:
    """dask's own way: the previous row of each id by groupby-shift on the id index, its
    growth, and NaN where the previous row is not the previous year (a hole)."""
    frame = _read(folder)
    previous = frame.groupby("id")[["year", "value"]].shift(1, meta={"year": "f8", "value": "f8"})
    growth = frame["value"] / previous["value"] - 1
    growth = growth.where(frame["year"] - previous["year"] == 1)
    return _summary(growth)


def duckdb_growth(folder: Path, threads: int, memory: str) -> tuple[float, int]:
    import duckdb

    connection = duckdb.connect()
    connection.execute(f"SET threads = {threads}")
    connection.execute(f"SET memory_limit = '{memory}'")
    query = f"""
        WITH lagged AS (
            SELECT value, year,
                   lag(value) OVER w AS prior_value, lag(year) OVER w AS prior_year
            FROM read_parquet('{folder}/*.parquet')
            WINDOW w AS (PARTITION BY id ORDER BY year)
        )
        SELECT sum(g), count(g) FROM (
            SELECT CASE WHEN year - prior_year = 1 AND prior_value > 0
                        THEN value / prior_value - 1 END AS g
            FROM lagged
        )
    """
    total, count = connection.execute(query).fetchone()  # type: ignore[misc]
    connection.close()
    return float(total), int(count)


def _warm() -> None:
    """What a worker imports for the contenders, so that the clock starts on warm workers."""
    import dask.dataframe  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    import plan6.dask  # noqa: F401


def _peak_rss_mib(dask_worker: Any) -> float:
    """A worker's peak resident memory, from the samples its own system monitor takes (every
    few hundred ms; ru_maxrss would be inherited from the forking parent)."""
    return float(max(dask_worker.monitor.quantities["memory"])) / 2**20


def _cluster(workers: int, memory: str, threads: int = 1) -> Any:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=threads,
        processes=True,
        memory_limit=memory,
        dashboard_address=":0",
        host="127.0.0.1",
    )
    return cluster, Client(cluster)


def _on_cluster(
    run: Callable[[], Any], workers: int, memory: str
) -> tuple[float, tuple[float, int], list[float]]:
    """`run` computed on a fresh cluster: wall time, its (sum, count), each worker's peak
    resident memory."""
    import dask

    cluster, client = _cluster(workers, memory)
    try:
        client.run(_warm)  # workers up and warm (imports) before the clock starts
        start = time.perf_counter()
        total, count = dask.compute(*run())
        elapsed = time.perf_counter() - start
        peaks = sorted(client.run(_peak_rss_mib).values())
    finally:
        client.close()
        cluster.close()
    return elapsed, (float(total), int(count)), peaks


def bench_panel(folder: Path, rows: int, memory: str, worker_counts: Sequence[int]) -> None:
    print(
        f"\n1. panel growth: {rows:,} rows over {YEARS} years, Parquet in "
        f"{len(list(folder.glob('*.parquet')))} files; memory limit {memory} per worker"
    )
    print(
        f"   {'contender':<28}{'workers':>8}{'seconds':>10}{'M rows/s':>10}"
        f"{'× plan6':>9}   peak RSS per worker (MiB)"
    )
    checks: dict[str, tuple[float, int]] = {}
    for workers in worker_counts:
        times: dict[str, float] = {}
        for name, run in (
            ("plan6.dask.panel_growth", lambda: plan6_growth(folder)),
            ("dask groupby-shift", lambda: dask_growth(folder)),
        ):
            elapsed, result, peaks = _on_cluster(run, workers, memory)
            times[name] = elapsed
            checks[f"{name} ({workers})"] = result
            ratio = elapsed / times["plan6.dask.panel_growth"]
            print(
                f"   {name:<28}{workers:>8}{elapsed:>10.2f}{rows / elapsed / 1e6:>10.2f}"
                f"{ratio:>9.2f}   {', '.join(f'{p:.0f}' for p in peaks)}"
            )
        start = time.perf_counter()
        result = duckdb_growth(folder, workers, memory)
        elapsed = time.perf_counter() - start
        checks[f"duckdb ({workers})"] = result
        ratio = elapsed / times["plan6.dask.panel_growth"]
        print(
            f"   {'DuckDB (threads)':<28}{workers:>8}{elapsed:>10.2f}"
            f"{rows / elapsed / 1e6:>10.2f}{ratio:>9.2f}   (in this process)"
        )
    sums = {name: total for name, (total, _) in checks.items()}
    counts = {count for _, count in checks.values()}
    spread = (max(sums.values()) - min(sums.values())) / abs(min(sums.values()))
    print(
        f"   same answer: {len(counts) == 1} (count {counts.pop() if len(counts) == 1 else counts}"
        f", sums within {spread:.1e} relative)"
    )


# The GIL ----------------------------------------------------------------------------------


def _threaded(work: Callable[[int], object], chunks: int, threads: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(work, range(chunks)))
    return time.perf_counter() - start


def _longest_stall(call: Callable[[], object]) -> tuple[float, float]:
    """Run `call` in a thread while the main thread spins in Python: the call's duration and
    the longest the spinning thread went without running."""
    done = threading.Event()

    def run() -> None:
        call()
        done.set()

    thread = threading.Thread(target=run)
    start = last = time.perf_counter()
    longest = 0.0
    thread.start()
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    thread.join()
    return time.perf_counter() - start, longest


def bench_threads(paths: Sequence[Path], rows: int) -> None:
    import plan6
    from plan6.report import extract_files

    rng = np.random.default_rng(2)
    count = max(1, rows // YEARS)
    ids = rng.permutation(np.repeat(np.arange(count, dtype=np.int64), YEARS))
    years = rng.integers(FIRST_YEAR, FIRST_YEAR + YEARS, len(ids)).astype(np.int64)
    values = rng.lognormal(5.0, 0.3, len(ids))
    parts = 8
    bounds = np.linspace(0, len(ids), parts + 1).astype(int)

    def growth(i: int) -> object:
        a, b = bounds[i], bounds[i + 1]
        return plan6.panel_growth(ids[a:b], years[a:b], values[a:b])

    groups = [list(paths[i::parts]) for i in range(parts)]

    def documents(i: int) -> object:
        return extract_files(groups[i], jobs=1)

    print("\n2. the GIL: the same work in 1 and 2 threads of one process, and the longest")
    print("   stall of a Python loop in the main thread while one call runs in another thread")
    print("   (about the call's duration if the call held the GIL, milliseconds if not)")
    for name, work in (
        (f"plan6.panel_growth, {len(ids):,} rows", growth),
        (f"document extraction, {len(paths):,} files", documents),
    ):
        _threaded(work, parts, 1)  # warm
        one = min(_threaded(work, parts, 1) for _ in range(3))
        two = min(_threaded(work, parts, 2) for _ in range(3))
        call, stall = _longest_stall(lambda work=work: work(0))  # type: ignore[misc]
        print(
            f"   {name:<44} 1 thread {one:7.3f} s   2 threads {two:7.3f} s   "
            f"speedup {one / two:4.2f}×   stall {stall * 1e3:5.1f} ms of a "
            f"{call * 1e3:.0f} ms call"
        )


# Documents ------------------------------------------------------------------------------------


def _document(number: int) -> str:
    """A small made-up evaluation text: two policy plans, counts with prior-year counts."""
    return (
        f"（{number % 9 + 1}）地域産業の振興\n"
        "【主な実施結果】\n"
        f"創業相談の充実{number}\n"
        f"・相談件数{1000 + number:,}件（前年度{900 + number % 700}件）。\n"
        f"・セミナー参加者{30 + number % 500}人、約{number % 90 + 1}億円を融資。\n"
        f"販路開拓の支援{number}\n"
        f"・商談会出展{number % 40 + 3}社、成約{number % 17}件。\n"
    )


def write_documents(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"report-{number:05d}.txt"
        path.write_bytes(_document(number).encode("cp932" if number % 2 else "utf-8"))
        paths.append(path)
    return paths


def _pool_chunk(paths: list[str]) -> int:
    """What one task of read_reports does (the same function), in a pool process."""
    from plan6.dask.documents import _read_partition

    return len(_read_partition(paths, None, None)["facts"])


def bench_documents(paths: Sequence[Path], memory: str, worker_counts: Sequence[int]) -> None:
    import plan6.dask
    from plan6.dask.documents import FILES_PER_PARTITION

    names = [str(p) for p in paths]
    chunks = [names[i : i + FILES_PER_PARTITION] for i in range(0, len(names), FILES_PER_PARTITION)]
    print(f"\n3. small documents: {len(paths):,} files, {FILES_PER_PARTITION} per task")
    for workers in worker_counts:
        cluster, client = _cluster(workers, memory)
        try:
            client.run(_warm)
            start = time.perf_counter()
            facts = len(plan6.dask.read_reports(names).facts)
            on_dask = time.perf_counter() - start
        finally:
            client.close()
            cluster.close()
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_pool_chunk, [chunks[0]] * workers))  # processes up and warm
            start = time.perf_counter()
            pooled = sum(pool.map(_pool_chunk, chunks))
            in_pool = time.perf_counter() - start
        assert pooled == facts, (pooled, facts)
        print(
            f"   {workers} worker(s): plan6.dask.read_reports {len(paths) / on_dask:8.0f} files/s"
            f"   ProcessPoolExecutor({workers}) {len(paths) / in_pool:8.0f} files/s"
            f"   ratio {in_pool / on_dask:4.2f}   ({facts:,} facts)"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=30_000_000, help="panel rows")
    parser.add_argument("--rows-per-file", type=int, default=1_000_000)
    parser.add_argument("--memory-limit", default="640MiB", help="per worker")
    parser.add_argument("--documents", type=int, default=2_000)
    parser.add_argument(
        "--large",
        action="store_true",
        help="the issue's sizes: 100 M rows, 2 GiB per worker, 10,000 documents",
    )
    parser.add_argument(
        "--parts",
        default="panel,threads,documents",
        help="which parts to run, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--folder", type=Path, default=None, help="where to write (temp)")
    parser.add_argument("--keep", action="store_true", help="keep the files written")
    args = parser.parse_args(argv)
    if args.large:
        args.rows, args.memory_limit, args.documents = 100_000_000, "2GiB", 10_000
    folder = args.folder or Path(tempfile.mkdtemp(prefix="plan6-bench-dask-"))
    workers = [1, 2]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"plan6 bench_dask: {os.cpu_count()} cores, load average {load}; files in {folder}")
    try:
        parts = set(args.parts.split(","))
        rows = min(args.rows, 10_000_000)
        if "panel" in parts:
            start = time.perf_counter()
            rows = write_panel(folder / "panel", args.rows, args.rows_per_file)
            size = sum(f.stat().st_size for f in (folder / "panel").glob("*.parquet"))
            print(
                f"   panel written: {rows:,} rows, {size / 2**20:.0f} MiB of Parquet, "
                f"{rows * 24 / 2**20:.0f} MiB as int64/int64/float64 columns in memory "
                f"({time.perf_counter() - start:.1f} s)"
            )
            bench_panel(folder / "panel", rows, args.memory_limit, workers)
        paths = write_documents(folder / "documents", args.documents)
        if "threads" in parts:
            bench_threads(paths[: min(len(paths), 1_000)], min(rows, 10_000_000))
        if "documents" in parts:
            bench_documents(paths, args.memory_limit, workers)
    finally:
        if not args.keep and args.folder is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
