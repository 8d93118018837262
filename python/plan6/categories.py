"""Compatibility: the category scales moved to :mod:`plan6.indicators.categories`.

This import path keeps working.
"""

from __future__ import annotations

from .indicators.categories import *  # noqa: F403
from .indicators.categories import __all__ as __all__
