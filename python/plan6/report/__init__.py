"""Evaluation reports: reading them into tables, and the report plan6 writes of a dataset.

Reading (:mod:`~plan6.report.extraction`): :func:`read_report` segments a report's text
into policy plans and fiscal years and turns every number into a fact or a residue row;
:func:`extract` gives the facts alone, :func:`extract_files` reads many files in parallel.

Writing: the terminal summary and the self-contained HTML report (:func:`render_text`,
:func:`write_html`, :func:`write_xlsx`…) live with the rest of the presentation in
:mod:`plan6.rendering.report`; they are importable from here as they always were.

>>> import plan6
>>> report = plan6.report.read_report(plan6.datasets.kawasaki_plan6_text())
>>> "133.1 %" in plan6.report.render_text(report.to_dataset())
True
"""

from __future__ import annotations

from ..rendering import report as _rendering
from ..rendering.report import *  # noqa: F403  (the report plan6 writes, as it always was here)
from .extraction import Extraction, FileResult, combine, extract, extract_files, read_report
from .layouts import LayoutWarning

__all__ = [
    "Extraction",
    "FileResult",
    "LayoutWarning",
    "combine",
    "extract",
    "extract_files",
    "read_report",
]
__all__ += _rendering.__all__
