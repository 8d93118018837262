"""Compatibility: the charts moved to :mod:`plan6.rendering.plot`.

This import path keeps working.
"""

from __future__ import annotations

from .rendering.plot import *  # noqa: F403
from .rendering.plot import __all__ as __all__
