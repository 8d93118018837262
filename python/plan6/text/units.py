"""Units of quantitative facts: canonical English names and how the report writes them.

>>> from plan6.text.units import display_unit
>>> display_unit("yen", "万円"), display_unit("persons", "名")
('円', '名')
"""

from __future__ import annotations

__all__ = ["UNIT_SUFFIX", "display_unit"]

from .._core import text as _text

#: The Japanese counter word written after a number in each canonical unit, from the core's one
#: unit table (``plan6._core.text.unit_vocabulary()``), so a unit the scanner learns is
#: displayable without a second list to keep in step.
UNIT_SUFFIX: dict[str, str] = {
    entry["unit"]: entry["suffix"] for entry in _text.unit_vocabulary() if entry["suffix"]
}


def display_unit(unit: str, unit_ja: str = "") -> str:
    """The suffix to print after a value in base units.

    The report's own counter word is kept (名 stays 名) unless it carries a scale (万円, 億円),
    which a value in base units no longer has.

    >>> display_unit("yen", "億円"), display_unit("countries", "")
    ('円', 'か国')
    """
    if unit == "yen":
        return "円"
    if unit == "percent":
        return "％"
    if unit_ja and not unit_ja.startswith(("万", "億", "兆", "千")):
        return unit_ja
    return UNIT_SUFFIX.get(unit, unit)
