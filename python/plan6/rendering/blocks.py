"""Sections of the report in one neutral form — a heading, notes and tables of formatted
cells — drawn by rich on a terminal and by the ``section.html.j2`` template in HTML, so that a
section is written once for both.

>>> from plan6.rendering.blocks import Block, Column, Grid, block_section
>>> grid = Grid((Column("年度", "FY"),), (("FY2012",),))
>>> block = Block("x", label("例", "Example"), ("a note",), (grid,))
>>> block_section(block)["tables"][0]["rows"][0][0]["text"]
'FY2012'
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from .labels import Label, label, phrases

__all__ = ["Block", "Column", "Grid", "block_renderables", "block_section", "number_text"]


@dataclass(frozen=True)
class Column:
    """A column of a :class:`Grid`: its heading in Japanese and English, and whether it holds
    numbers (right-aligned, never wrapped)."""

    ja: str
    en: str
    numeric: bool = False

    def heading(self) -> Label:
        """The heading in the display language.

        >>> Column("年度", "FY").heading().text()
        '年度 (FY)'
        """
        return label(self.ja, self.en)


@dataclass(frozen=True)
class Grid:
    """A table of formatted cells; ``id`` names it in HTML (``<table id=…>``), ``caption``
    says what it is."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    id: str = ""
    caption: str = ""


@dataclass(frozen=True)
class Block:
    """One section: its id (the HTML anchor), heading, notes (sentences) and tables."""

    id: str
    heading: Label
    notes: tuple[str, ...] = ()
    grids: tuple[Grid, ...] = ()


def number_text(value: object) -> str:
    """A count as the document prints it: 12.0 is "12", 42.5 stays "42.5", NaN is "".

    >>> number_text(12.0), number_text(42.5), number_text(float("nan"))
    ('12', '42.5', '')
    """
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "" if value is None else str(value)
    if number != number:
        return ""
    return f"{int(number):,}" if number.is_integer() else f"{number:,g}"


def _heading(h: Label, numeric: bool = False) -> dict[str, Any]:
    return {"ja": phrases(h.ja), "en": h.en, "numeric": numeric}


def block_section(block: Block) -> dict[str, Any]:
    """The block as the template ``section.html.j2`` takes it (no figures: the caller adds
    its charts to ``figures``).

    >>> block_section(Block("x", label("例", "Example")))["heading"]["en"]
    'Example'
    """
    tables = []
    for number, grid in enumerate(block.grids, start=1):
        numeric = [c.numeric for c in grid.columns]
        tables.append(
            {
                "id": grid.id or f"{block.id}-table{'' if number == 1 else f'-{number}'}",
                "caption": grid.caption,
                "headers": [_heading(c.heading(), c.numeric) for c in grid.columns],
                "rows": [
                    [
                        {"text": text, "css": "num" if is_number else ""}
                        for text, is_number in zip(row, numeric, strict=False)
                    ]
                    for row in grid.rows
                ],
            }
        )
    return {
        "id": block.id,
        "heading": _heading(block.heading),
        "notes": list(block.notes),
        "tables": tables,
        "legend": [],
        "figures": [],
    }


def _rich_table(grid: Grid) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for column in grid.columns:
        title = column.heading().english_first()
        if column.numeric:
            table.add_column(title, justify="right", no_wrap=True)
        else:
            table.add_column(title, overflow="fold")
    for row in grid.rows:
        table.add_row(*row)
    return table


def block_renderables(block: Block) -> Iterator[RenderableType]:
    """The block for rich: heading, notes (dim), then each table under its caption.

    >>> parts = list(block_renderables(Block("x", label("例", "Example"), ("a note",))))
    >>> str(parts[0]), str(parts[1])
    ('Example (例)', 'a note')
    """
    yield Text(block.heading.english_first(), style="bold underline")
    for note in block.notes:
        yield Text(note, style="dim")
    for grid in block.grids:
        if grid.caption:
            yield Text(grid.caption, style="bold")
        yield _rich_table(grid)
