"""Presentation of the data model: rich display in notebooks and terminals, the text and
HTML report, charts (matplotlib) and Excel workbooks, with one way of writing numbers.

Rendering depends on the model (:mod:`plan6.model`, :mod:`plan6.indicators`), never the
other way. Its modules are imported where they are used (``plan6.rendering.plot`` needs
matplotlib).
"""

from __future__ import annotations

__all__: list[str] = []
