"""plan6.dask.read_reports and ``plan6 extract --scheduler`` on a real two-process
LocalCluster, compared exactly with the single-machine extractor (extract_files + combine,
what ``plan6 extract`` writes). The documents are made up here: invented policy plans and
numbers in the narrative layout, as CP932 and UTF-8 text, and files that cannot be read."""

from __future__ import annotations

from pathlib import Path

import dask.bag as db
import pandas as pd
import pandas.testing as pdt
import pytest
from distributed import Client

import plan6
import plan6.dask
from plan6.cli import main
from plan6.report import combine, extract_files


def _document(number: int) -> str:
    """A made-up evaluation text: two policy plans with counts and prior-year counts."""
    return (
        f"（{number}）地域産業の振興\n"
        "【主な実施結果】\n"
        f"創業相談の充実{number}\n"
        f"・相談件数{1000 + number:,}件（前年度{900 + number}件）。\n"
        f"・セミナー参加者{30 + number}人。\n"
        f"販路開拓の支援{number}\n"
        f"・商談会出展{number + 3}社、成約{number}件。\n"
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("reports")
    paths = []
    for number in range(1, 23):
        path = folder / f"report-{number:02d}.txt"
        encoding = "cp932" if number % 3 == 0 else "utf-8"
        path.write_bytes(_document(number).encode(encoding))
        paths.append(str(path))
    broken = folder / "broken.txt"
    broken.write_bytes(_document(1).encode()[:20] + b"\xff\xfe\xff")
    paths.insert(5, str(broken))
    paths.insert(11, str(folder / "missing.txt"))
    return paths


def _single_machine(files: list[str]) -> tuple[dict[str, pd.DataFrame], list[str]]:
    results = extract_files(files, jobs=1)
    return combine(results), [r.error for r in results if r.error is not None]


def test_read_reports_equals_extract(client: Client, files: list[str]) -> None:
    expected, errors = _single_machine(files)
    assert len(errors) == 2
    assert len(expected["facts"]) > 60
    reports = plan6.dask.read_reports(files, files_per_partition=5)
    assert reports.facts.npartitions == 5
    tables = reports.compute()
    for name in ("facts", "plans", "residue"):
        # the same values; text columns in pandas' text dtype in every partition, even where
        # one machine's frame has float64 (no text in any file) or object (all missing)
        dtypes = getattr(reports, name).dtypes.to_dict()
        pdt.assert_frame_equal(tables[name], expected[name].astype(dtypes), check_exact=True)
        changed = [c for c in dtypes if dtypes[c] != expected[name][c].dtype]
        assert all(dtypes[c] == pd.Series(["text"]).dtype for c in changed), changed
    # the failures, with their reasons, and no row of theirs
    assert tables["errors"]["error"].tolist() == errors
    assert tables["errors"]["source"].tolist() == [files[5], files[11]]
    assert "no such file" in errors[1]
    assert not set(tables["facts"]["source"]) & {files[5], files[11]}
    # the meta the dask frames announced is what came back
    for name in ("facts", "plans", "residue"):
        pdt.assert_series_equal(getattr(reports, name)._meta.dtypes, tables[name].dtypes)


def test_a_fact_by_hand(client: Client, files: list[str]) -> None:
    facts = plan6.dask.read_reports(files[:3]).facts.compute()
    row = facts[facts["value"] == 1001].iloc[0]  # 相談件数1,001件（前年度901件）, report 1
    assert row["prior_value"] == 901
    assert row["unit"] == "cases"


def test_a_bag_of_bytes(client: Client, files: list[str]) -> None:
    readable = [f for f in files if Path(f).exists()]
    contents = [Path(f).read_bytes() for f in readable]
    bag = db.from_sequence(contents, npartitions=4)
    tables = plan6.dask.read_reports(bag).compute()
    expected = combine(extract_files(contents, jobs=1))
    pdt.assert_frame_equal(
        tables["facts"], expected["facts"].astype(tables["facts"].dtypes), check_exact=True
    )
    assert len(tables["errors"]) == 1  # the broken one


def test_cli_extract_on_the_cluster(
    client: Client, files: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = tmp_path / "local.csv"
    remote = tmp_path / "remote.csv"
    assert main(["extract", *files, "-o", str(local), "--no-progress"]) == 1
    local_err = capsys.readouterr().err
    address = client.scheduler.address
    assert main(["extract", "--scheduler", address, *files, "-o", str(remote)]) == 1
    remote_err = capsys.readouterr().err
    assert remote.read_bytes() == local.read_bytes()
    assert sorted(remote_err.splitlines()) == sorted(local_err.splitlines())
    assert "2 of 24 file(s) failed" in remote_err


def test_bad_arguments(files: list[str]) -> None:
    with pytest.raises(TypeError, match="not one"):
        plan6.dask.read_reports(files[0])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="files_per_partition must be at least 1"):
        plan6.dask.read_reports(files, files_per_partition=0)
    assert main(["extract", "--scheduler", "tcp://127.0.0.1:1", "-"]) == 1


def test_results_pickle(files: list[str]) -> None:
    import pickle

    report = plan6.read_report(Path(files[0]))
    again = pickle.loads(pickle.dumps(report))
    pdt.assert_frame_equal(again.facts, report.facts)
    assert again.document == report.document
