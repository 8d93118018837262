"""Compatibility: the displayable results moved to :mod:`plan6.model.results` (computed
there) and their display to :mod:`plan6.rendering.display`.

This import path keeps working.
"""

from __future__ import annotations

from .model.results import (
    CategoryRollup,
    Fact,
    IndicatorName,
    IndicatorResult,
    category_rollup,
    indicator_result,
)

__all__ = [
    "CategoryRollup",
    "Fact",
    "IndicatorName",
    "IndicatorResult",
    "category_rollup",
    "indicator_result",
]
