"""Compatibility: the consistency check moved to :mod:`plan6.indicators.consistency`.

This import path keeps working.
"""

from __future__ import annotations

from .indicators.consistency import *  # noqa: F403
from .indicators.consistency import __all__ as __all__
