"""Compatibility: the rich display objects moved to :mod:`plan6.rendering.display`.

This import path keeps working.
"""

from __future__ import annotations

from .rendering.display import *  # noqa: F403
from .rendering.display import __all__ as __all__
