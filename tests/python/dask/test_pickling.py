"""Every result object round-trips through pickle — with the standard library, and through a
real worker process of a LocalCluster (dask's own serialisation), which is how results travel
on a cluster — and comes back equal and usable."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest
from distributed import Client

import plan6
from plan6.report import extract_files

TEXT = (
    "（１）地域産業の振興\n"
    "【主な実施結果】\n"
    "創業相談の充実\n"
    "・相談件数1,234件（前年度1,100件）。約3億5,000万円を融資。\n"
    "・令和2年度にセミナー参加者320人。\n"
)


def _same(a: Any, b: Any) -> None:
    if isinstance(a, pd.DataFrame):
        pdt.assert_frame_equal(a, b, check_exact=True)
    elif isinstance(a, plan6.Extraction):
        for name in ("facts", "residue", "plans", "grades", "legends", "checks"):
            _same(getattr(a, name), getattr(b, name))
        assert (a.text, a.warnings, a.layouts, a.document_year) == (
            b.text,
            b.warnings,
            b.layouts,
            b.document_year,
        )
        assert a.document == b.document
        assert a.tables == b.tables
    elif isinstance(a, plan6.datasets.EvaluationDataset):
        assert a.title == b.title
        assert a.text == b.text
        _same(a.plans, b.plans)
        _same(a.facts, b.facts)
    elif isinstance(a, plan6.model.results.Fact):
        for field in dataclasses.fields(a):
            x, y = getattr(a, field.name), getattr(b, field.name)
            assert x == y or (pd.isna(x) and pd.isna(y)), field.name  # NaN: missing on both
    else:
        assert a == b


def _objects() -> dict[str, Any]:
    report = plan6.read_report(TEXT)
    dataset = plan6.datasets.kawasaki_plan6()
    return {
        "Extraction": report,
        "EvaluationDataset": dataset,
        "EvaluationDataset of a report": report.to_dataset(title="made up"),
        "NumberExpression": plan6.parse_number("約391億7,319万円"),
        "FiscalYearText": plan6.parse_fiscal_year("2012（平成24）年度"),
        "Document": plan6.read_document(TEXT.encode("cp932")),
        "FiscalCalendar": plan6.FiscalCalendar(10, 1),
        "EraYear": plan6.to_era("2019-05-01"),
        "Fact": dataset.fact(int(dataset.facts["fact_id"].iloc[0])),
        "LayoutWarning": plan6.LayoutWarning("no layout"),
    }


OBJECTS = _objects()


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_pickle_round_trip(name: str) -> None:
    value = OBJECTS[name]
    again = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    if isinstance(value, Exception):
        assert type(again) is type(value)
        assert again.args == value.args
    else:
        _same(value, again)


def test_results_travel_through_a_worker(client: Client) -> None:
    names = [n for n in sorted(OBJECTS) if not isinstance(OBJECTS[n], Exception)]
    # scattered to a worker process and gathered back: serialised both ways
    back = client.gather(client.scatter([OBJECTS[n] for n in names]))
    for name, value in zip(names, back, strict=True):
        _same(OBJECTS[name], value)
    # and usable there: the dataset's indicators, computed in a worker
    dataset = OBJECTS["EvaluationDataset"]
    remote = client.submit(plan6.datasets.EvaluationDataset.indicators, dataset).result()
    _same(dataset.indicators(), remote)


def test_a_file_result_pickles(tmp_path: Any) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    (result,) = extract_files([path])
    again = pickle.loads(pickle.dumps(result))
    assert again.path == result.path
    assert again.error is None
    assert result.extraction is not None
    assert again.extraction is not None
    _same(result.extraction.facts, again.extraction.facts)


def test_unpickled_arrays_reach_the_core() -> None:
    # an array that crossed a process boundary has an equal but distinct dtype object
    ids, years, values = (
        pickle.loads(pickle.dumps(np.asarray(a), protocol=5))
        for a in ([1, 1, 2], [2011, 2012, 2012], [100.0, 110.0, 5.0])
    )
    assert ids.dtype is not np.dtype(np.int64) or values.dtype is not np.dtype(np.float64)
    growth = plan6.panel_growth(ids, years, values)
    assert growth[1] == pytest.approx(0.1, rel=1e-14)
    assert plan6.attainment(values, values).tolist() == [1.0, 1.0, 1.0]
