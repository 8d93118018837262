"""Compatibility: the displayable results moved to :mod:`plan6.model.results` (computed
there) and their display to :mod:`plan6.rendering.display`.

This import path keeps working.
"""

from __future__ import annotations

from .model.results import *  # noqa: F403
from .model.results import __all__ as __all__
