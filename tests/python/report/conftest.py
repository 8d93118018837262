"""Fixtures of the report tests: the reference report read by the extractor."""

from __future__ import annotations

import pytest

import plan6


@pytest.fixture(scope="module")
def report() -> plan6.Extraction:
    return plan6.read_report(plan6.datasets.kawasaki_plan6_text())
