"""Compatibility: the preset fiscal calendars moved to :mod:`plan6.calendar.presets`.

This import path keeps working.
"""

from __future__ import annotations

from .calendar.presets import *  # noqa: F403
from .calendar.presets import __all__ as __all__
