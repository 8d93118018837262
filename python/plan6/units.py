"""Compatibility: the unit vocabulary moved to :mod:`plan6.text.units`.

This import path keeps working.
"""

from __future__ import annotations

from .text.units import *  # noqa: F403
from .text.units import __all__ as __all__
