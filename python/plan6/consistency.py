"""Compatibility: the consistency check moved to :mod:`plan6.indicators.consistency`, its
section of the report to :mod:`plan6.rendering.consistency`.

This import path keeps working.
"""

from __future__ import annotations

from .indicators.consistency import consistency, disagreements
from .rendering.consistency import render_html_section, render_text_section

__all__ = ["consistency", "disagreements", "render_html_section", "render_text_section"]
