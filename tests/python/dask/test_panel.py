"""plan6.dask's panel indicators on a real two-process LocalCluster, compared exactly with the
single-machine functions on the computed frame (and a few values by hand)."""

from __future__ import annotations

from pathlib import Path

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest
from distributed import Client

import plan6
import plan6.dask


def _single_growth(frame: pd.DataFrame, ids: pd.Series, **options: object) -> pd.DataFrame:
    values, reasons = plan6.panel_growth(
        ids, frame["year"], frame["value"], with_reasons=True, **options
    )
    return frame.assign(growth=values, growth_reason=reasons)


@pytest.mark.parametrize("gaps", ["strict", "previous"])
def test_growth_after_one_shuffle_equals_single_machine(
    client: Client, panel: pd.DataFrame, gaps: str
) -> None:
    frame = dd.from_pandas(panel, npartitions=4)
    assert not plan6.dask.is_partitioned_by(frame, "id")
    out = plan6.dask.panel_growth(
        frame, id="id", year="year", value="value", gaps=gaps, with_reasons=True
    )
    result = client.compute(out).result()
    # The rows come grouped by id after the shuffle, each with its own index label.
    expected = _single_growth(panel, panel["id"], gaps=gaps)
    pdt.assert_frame_equal(result.sort_index(), expected, check_exact=True)
    assert set(result["growth_reason"]) >= {"none", "missing_prior_year", "duplicate_key"} - (
        {"missing_prior_year"} if gaps == "previous" else set()
    )


def test_growth_partition_local_on_an_id_index(client: Client, panel: pd.DataFrame) -> None:
    known = panel.dropna(subset=["id"]).astype({"id": "int64"})
    frame = dd.from_pandas(known, npartitions=3).set_index("id")
    assert plan6.dask.is_partitioned_by(frame, "id")
    out = plan6.dask.panel_growth(frame, id="id", year="year", value="value", with_reasons=True)
    # Nothing moved: the same partitions, divisions and row order as the input.
    assert out.npartitions == frame.npartitions
    assert out.divisions == frame.divisions
    result = client.compute(out).result()
    computed = client.compute(frame).result()
    expected = _single_growth(computed, computed.index.to_series(index=computed.index))
    pdt.assert_frame_equal(result, expected, check_exact=True)


def test_growth_of_labels_and_by_hand(client: Client) -> None:
    rows = pd.DataFrame(
        {
            "id": ["jobs", "fairs", "jobs", "jobs", "fairs", "fairs"],
            "year": [2011, 2011, 2012, 2010, 2012, 2012],
            "value": [324.0, 8.0, 351.0, 273.0, 9.0, 10.0],
        }
    )
    frame = dd.from_pandas(rows, npartitions=3)
    result = plan6.dask.panel_growth(frame, id="id", year="year", value="value", with_reasons=True)
    computed = client.compute(result).result().sort_index()
    # by hand: 324/273 - 1 and 351/324 - 1; fairs has no 2010 and gives 2012 twice
    assert computed["growth"].iloc[0] == pytest.approx(324 / 273 - 1, rel=1e-15)
    assert computed["growth"].iloc[2] == pytest.approx(351 / 324 - 1, rel=1e-15)
    assert computed["growth_reason"].tolist() == [
        "none",
        "missing_prior_year",
        "none",
        "missing_prior_year",
        "duplicate_key",
        "duplicate_key",
    ]


def test_partitioned_true_skips_the_shuffle(client: Client, panel: pd.DataFrame) -> None:
    frame = dd.from_pandas(panel, npartitions=3).shuffle(on="id")
    out = plan6.dask.panel_growth(frame, id="id", year="year", value="value", partitioned=True)
    assert out.npartitions == frame.npartitions
    result = client.compute(out).result()
    pdt.assert_frame_equal(
        result.sort_index(), _single_growth(panel, panel["id"]).drop(columns="growth_reason")
    )


def test_accessor_panel_growth_and_progress(client: Client, panel: pd.DataFrame) -> None:
    frame = dd.from_pandas(panel, npartitions=4)
    out = frame.plan6.panel_progress(
        "id", "year", "value", target="target", baseline_year=2008, with_reasons=True
    )
    result = client.compute(out).result().sort_index()
    values, reasons = plan6.panel_progress(
        panel,
        id="id",
        year="year",
        value="value",
        target="target",
        baseline_year=2008,
        with_reasons=True,
    )
    pdt.assert_series_equal(result["progress"], values, check_exact=True)
    pdt.assert_series_equal(result["progress_reason"], reasons, check_names=False)
    assert {"none", "duplicate_key", "missing_input"} <= set(reasons)


def test_progress_by_hand() -> None:
    rows = pd.DataFrame(
        {
            "id": ["a", "a", "a", "b", "b", "c"],
            "year": [2010, 2011, 2012, 2010, 2010, 2012],
            "value": [200.0, 230.0, 260.0, 5.0, 6.0, 7.0],
        }
    )
    values, reasons = plan6.panel_progress(
        rows,
        id="id",
        year="year",
        value="value",
        target=320.0,
        baseline_year=2010,
        with_reasons=True,
    )
    # by hand: (230 - 200) / (320 - 200) = 0.25, (260 - 200) / 120 = 0.5
    assert values.tolist()[:3] == [0.0, 0.25, 0.5]
    assert reasons.tolist() == [
        "none",
        "none",
        "none",
        "duplicate_key",
        "duplicate_key",
        "missing_input",
    ]


def test_cagr_per_id(client: Client, panel: pd.DataFrame) -> None:
    expected = plan6.panel_cagr(panel, id="id", year="year", value="value", with_reasons=True)
    shuffled = plan6.dask.panel_cagr(
        dd.from_pandas(panel, npartitions=4),
        id="id",
        year="year",
        value="value",
        with_reasons=True,
    )
    pdt.assert_frame_equal(
        client.compute(shuffled).result().sort_index(), expected, check_exact=True
    )
    known = panel.dropna(subset=["id"]).astype({"id": "int64"})
    indexed = dd.from_pandas(known, npartitions=3).set_index("id")
    local = plan6.dask.panel_cagr(indexed, id="id", year="year", value="value")
    single = plan6.panel_cagr(known, id="id", year="year", value="value")
    # partition-local on a sorted id index: already in id order
    pdt.assert_frame_equal(client.compute(local).result(), single, check_exact=True)
    assert set(expected["cagr_reason"]) >= {"none", "duplicate_key"}


def test_cagr_by_hand() -> None:
    rows = pd.DataFrame(
        {"id": [7, 7, 7, 8], "year": [2012, 2010, 2011, 2012], "value": [121.0, 100.0, 3.0, 1.0]}
    )
    table = plan6.panel_cagr(rows, id="id", year="year", value="value", with_reasons=True)
    assert table.loc[7, "cagr"] == pytest.approx(0.1, rel=1e-14)  # (121 / 100) ** (1 / 2) - 1
    assert table.loc[7, "years"] == 2
    assert table.loc[8, "cagr_reason"] == "non_positive_span"


def test_rollup_equals_single_machine(client: Client, panel: pd.DataFrame) -> None:
    scored = panel.assign(
        programme=panel["id"].fillna(0).astype("int64") % 4,
        plan_no=panel["id"].fillna(0).astype("int64") % 9,
        score=panel["value"] / panel["target"],
    )
    scored["category"] = plan6.classify(scored["score"])
    frame = dd.from_pandas(scored, npartitions=4)
    options = {"category": "category", "score": "score"}
    result = frame.plan6.rollup(["programme", "plan_no"], **options)
    expected = plan6.rollup(scored, ["programme", "plan_no"], **options)
    pdt.assert_frame_equal(result, expected, check_exact=True)


def test_elementwise_accessor(client: Client, panel: pd.DataFrame) -> None:
    frame = dd.from_pandas(panel, npartitions=4)
    single = panel.plan6
    pairs = [
        (frame.plan6.attainment("value", "target"), single.attainment("value", "target")),
        (
            frame.plan6.gap("value", "target", direction="lower"),
            single.gap("value", "target", direction="lower"),
        ),
        (frame.plan6.growth("target", "value"), single.growth("target", "value")),
        (frame.plan6.cagr("value", "target", 3), single.cagr("value", "target", 3)),
        (frame.plan6.normalize("value", 0, 500), single.normalize("value", 0, 500)),
        (frame.plan6.classify("value"), single.classify("value")),
        (frame.plan6.target_achieved("value", "target"), single.target_achieved("value", "target")),
    ]
    results = client.compute([dask_series for dask_series, _ in pairs], sync=True)
    for result, (dask_series, expected) in zip(results, pairs, strict=True):
        # the meta said the truth: name and dtype known before anything ran
        assert dask_series._meta.dtype == expected.dtype
        pdt.assert_series_equal(result, expected, check_exact=True)
    values, reasons = frame.plan6.attainment("value", "target", with_reasons=True)
    expected_values, expected_reasons = single.attainment("value", "target", with_reasons=True)
    pdt.assert_series_equal(values.compute(), expected_values, check_exact=True)
    pdt.assert_series_equal(reasons.compute(), expected_reasons)


def test_bad_input_is_said_before_anything_runs(panel: pd.DataFrame) -> None:
    frame = dd.from_pandas(panel, npartitions=2)
    with pytest.raises(ValueError, match="value: no column 'amount'"):
        plan6.dask.panel_growth(frame, id="id", year="year", value="amount")
    with pytest.raises(TypeError, match="must be a dask DataFrame"):
        plan6.dask.panel_growth(panel, id="id", year="year", value="value")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no column 'nope'"):
        frame.plan6.attainment("value", "nope")
    with pytest.raises(TypeError, match="assign the data as a column"):
        frame.plan6.attainment("value", np.ones(len(panel)))
    with pytest.raises(TypeError, match="partitioned must be"):
        plan6.dask.panel_growth(frame, id="id", year="year", value="value", partitioned="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="baseline_year"):
        plan6.panel_progress(
            panel, id="id", year="year", value="value", target=1.0, baseline_year=2010.5
        )  # type: ignore[arg-type]


# dask's read_parquet calls DataFrame.set_index(inplace=True), which pandas 3.1 deprecates
@pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.set_index")
def test_ids_split_across_parquet_files_are_refused(client: Client, tmp_path: Path) -> None:
    # Files whose id ranges touch: dask reads known divisions (1, 2, 3) although id 2 is in
    # both files; growth of id 2 in 2011 would be missing_prior_year, silently wrong.
    rows = pd.DataFrame({"id": [1, 1, 2], "year": [2010, 2011, 2010], "value": [1.0, 2.0, 3.0]})
    rows.to_parquet(tmp_path / "a.parquet", index=False)
    pd.DataFrame({"id": [2, 3], "year": [2011, 2010], "value": [4.0, 5.0]}).to_parquet(
        tmp_path / "b.parquet", index=False
    )
    frame = dd.read_parquet(str(tmp_path), index="id", calculate_divisions=True)
    assert frame.known_divisions
    out = plan6.dask.panel_growth(frame, id="id", year="year", value="value")
    with pytest.raises(ValueError, match="an id is split across partitions"):
        client.compute(out).result()
    # said so, one shuffle gives the right answer: (4 - 3) / 3 for id 2 in 2011
    fixed = plan6.dask.panel_growth(frame, id="id", year="year", value="value", partitioned=False)
    result = client.compute(fixed).result()
    two = result[(result.index == 2) & (result["year"] == 2011)]["growth"]
    assert two.tolist() == [(4.0 - 3.0) / 3.0]
