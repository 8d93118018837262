"""Tables of a PDF page found from the alignment of their text.

Bands of text (blocks at the same height) that share gutters — vertical strips free of text
running down all of them — and are not columns of prose are a table: the gutters are its
column boundaries, each band a row, and a block goes to the column that holds its centre
(several blocks in one cell are joined with a space). Ruling lines are not read, so a
merged cell of a PDF table is not recovered: its text is in the cell where it starts.

>>> from plan6.report.documents._pdf_layout import Segment
>>> def band(y, *texts):
...     return [Segment(t, 100 * i, 100 * i + 40, y, y + 10) for i, t in enumerate(texts)]
>>> bands = [band(0, "年度", "目標", "実績"), band(20, "2012", "320", "426")]
>>> table = table_from_bands(bands, [(40, 100), (140, 200)])
>>> [[c.text for c in row] for row in table.grid]
[['年度', '目標', '実績'], ['2012', '320', '426']]
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._builder import GridCell

if TYPE_CHECKING:
    from ._pdf_layout import Segment

__all__ = ["PdfTable", "table_from_bands"]


@dataclass
class PdfTable:
    """A table found on a page: its box, its cells by grid row, and the bands it came from."""

    x0: float
    x1: float
    top: float
    bottom: float
    em: float
    grid: list[list[GridCell]]
    n_columns: int
    bands: list[list[Segment]]

    @property
    def centre(self) -> float:
        """The horizontal middle."""
        return (self.x0 + self.x1) / 2


def table_from_bands(
    bands: Sequence[list[Segment]], gutters: Sequence[tuple[float, float]]
) -> PdfTable | None:
    """The table that bands sharing ``gutters`` form, or None when fewer than two bands
    have text in two columns or more."""
    cuts = sorted((lo + hi) / 2 for lo, hi in gutters)
    n_columns = len(cuts) + 1
    rows: list[list[GridCell]] = []
    filled_rows = 0
    for r, band in enumerate(bands):
        cells: dict[int, list[str]] = {}
        for block in sorted(band, key=lambda b: b.x0):
            column = bisect.bisect_right(cuts, block.centre)
            cells.setdefault(column, []).append(block.text)
        if len(cells) >= 2:
            filled_rows += 1
        rows.append([GridCell(r, c, 1, 1, " ".join(texts)) for c, texts in sorted(cells.items())])
    if filled_rows < 2:
        return None
    blocks = [b for band in bands for b in band]
    return PdfTable(
        x0=min(b.x0 for b in blocks),
        x1=max(b.x1 for b in blocks),
        top=min(b.top for b in blocks),
        bottom=max(b.bottom for b in blocks),
        em=statistics.median(b.em for b in blocks),
        grid=rows,
        n_columns=n_columns,
        bands=[list(band) for band in bands],
    )
