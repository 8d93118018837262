"""Bundled datasets: the hand-curated Kawasaki City Plan 6 evaluation (FY2011–FY2012).

:class:`EvaluationDataset` itself lives in :mod:`plan6.model`; it is importable from here as
it always was.

>>> import plan6
>>> ds = plan6.datasets.kawasaki_plan6()
>>> len(ds.plans), ds.plans.policy_plan_ja.nunique(), ds.plans.programme_no.nunique()
(30, 15, 6)
"""

from __future__ import annotations

from ..model.dataset import EvaluationDataset
from .kawasaki import kawasaki_plan6, kawasaki_plan6_text

__all__ = ["EvaluationDataset", "kawasaki_plan6", "kawasaki_plan6_text"]
