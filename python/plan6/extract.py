"""Compatibility: fact extraction moved to :mod:`plan6.report.extraction`.

This import path keeps working.
"""

from __future__ import annotations

from .report.extraction import *  # noqa: F403
from .report.extraction import __all__ as __all__
