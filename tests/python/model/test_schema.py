"""One schema for the tables: the extractor's facts, plans and residue, the bundled curated
data, a dataset read from text and the computed indicators all have the columns of
plan6.model.schema, in its order, with its dtypes. The reference report and the curated CSV
files are the inputs; the expected columns come from the schema, the dtypes are checked
against pandas' own dtype tests."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import plan6
from plan6.model.schema import FACTS, INDICATORS, PLANS, RESIDUE, Column


def has_dtype(series: pd.Series, dtype: str) -> bool:
    if dtype == "int64":
        return bool(series.dtype == np.int64)
    if dtype == "Int64":
        return isinstance(series.dtype, pd.Int64Dtype)
    if dtype == "float64":
        return bool(series.dtype == np.float64)
    if dtype == "bool":
        return bool(series.dtype == bool)
    if dtype == "category":
        return isinstance(series.dtype, pd.CategoricalDtype)
    return pd.api.types.is_string_dtype(series) or series.dtype == object


def check(frame: pd.DataFrame, columns: list[Column], extracted: bool) -> None:
    assert list(frame.columns) == [c.name for c in columns]
    for column in columns:
        dtype = column.extracted if extracted else column.dtype
        assert dtype is not None
        assert has_dtype(frame[column.name], dtype), (column.name, frame[column.name].dtype)


@pytest.fixture(scope="module")
def report() -> plan6.Extraction:
    return plan6.read_report(plan6.datasets.kawasaki_plan6_text())


def test_the_extractor_gives_the_schemas_columns(report: plan6.Extraction) -> None:
    check(report.facts, FACTS.extracted(), extracted=True)
    check(report.plans, PLANS.extracted(), extracted=True)
    check(report.residue, RESIDUE.extracted(), extracted=True)


def test_the_curated_data_has_the_schemas_columns_and_dtypes(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    for frame, table in ((kawasaki.facts, FACTS), (kawasaki.plans, PLANS)):
        columns = [table.column(name) for name in frame.columns]
        assert list(frame.columns) == table.order(frame.columns)  # the schema's order
        check(frame, columns, extracted=False)


def test_a_dataset_read_from_text_has_every_column(report: plan6.Extraction) -> None:
    ds = report.to_dataset()
    assert list(ds.facts.columns) == FACTS.names()
    assert list(ds.plans.columns) == PLANS.names()
    for table, frame in ((FACTS, ds.facts), (PLANS, ds.plans)):
        for column in table.columns:
            if column.fill is not None:  # the keys a dataset needs are filled
                assert has_dtype(frame[column.name], column.dtype), column.name
    assert ds.facts["fact_id"].tolist() == list(range(1, len(ds.facts) + 1))


def test_the_indicators_add_the_schemas_columns(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    indicators = kawasaki.indicators()
    added = [c for c in indicators.columns if c not in kawasaki.facts.columns]
    assert added == INDICATORS.names()
    check(indicators[added], list(INDICATORS.columns), extracted=False)


def test_combined_files_keep_the_order_after_source(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from plan6.report import combine, extract_files

    path = tmp_path / "a.txt"
    path.write_text(plan6.datasets.kawasaki_plan6_text(), encoding="utf-8")
    tables = combine(extract_files([path]))
    assert list(tables["facts"].columns) == ["source", *(c.name for c in FACTS.extracted())]
    assert list(tables["plans"].columns) == ["source", *(c.name for c in PLANS.extracted())]
