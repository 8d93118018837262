"""Shared private helpers of every area: how user inputs (numbers, sequences, numpy, pandas,
polars) become the arrays the compiled kernels read, and results go back to the caller's kind.

Nothing here is public API; the areas (:mod:`plan6.indicators`, :mod:`plan6.calendar`,
:mod:`plan6.text`, :mod:`plan6.report`) build on it.
"""

from __future__ import annotations

__all__: list[str] = []
