"""Shared fixtures. Every test imports the installed plan6 with its real compiled core."""

from __future__ import annotations

import pytest

import plan6


@pytest.fixture(scope="session")
def kawasaki() -> plan6.datasets.EvaluationDataset:
    """The bundled Kawasaki Plan 6 dataset."""
    return plan6.datasets.kawasaki_plan6()
