"""The data model: an evaluation as tidy tables (:class:`EvaluationDataset`).

Rendering (display, the report, charts, Excel) depends on the model, never the other way.

>>> import plan6
>>> isinstance(plan6.datasets.kawasaki_plan6(), plan6.model.EvaluationDataset)
True
"""

from __future__ import annotations

from .dataset import EvaluationDataset

__all__ = ["EvaluationDataset"]
