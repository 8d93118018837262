"""Labels in the display language (``plan6.options.language``) and the colours of the
achievement categories, shared by rich displays, the HTML report and charts.

>>> from plan6.rendering.labels import category_text, status_text
>>> category_text(3), status_text(3, True, 4)
('3 目標をほぼ達成 (target nearly achieved)', '3* (ref. 4)')
"""

from __future__ import annotations

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..text.formatting import is_missing
from .options import options

__all__ = [
    "CATEGORY_COLOURS",
    "CATEGORY_TEXT_COLOURS",
    "category_text",
    "header",
    "status_text",
]


def category_text(code: object, language: str | None = None) -> str:
    """An achievement category with its Japanese label, and an English gloss in English.

    >>> category_text(3)
    '3 目標をほぼ達成 (target nearly achieved)'
    >>> category_text(3, "ja")
    '3 目標をほぼ達成'
    """
    if is_missing(code):
        return "—"
    category = ACHIEVEMENT_CATEGORIES[int(code)]  # type: ignore[call-overload]
    if (language or options.language) == "ja":
        return f"{category.code} {category.ja}"
    return f"{category.code} {category.ja} ({category.en})"


def status_text(
    status: object, target_changed: bool, reference_status: object, language: str | None = None
) -> str:
    """The category cell of a plan-year: "3", "3*", "3* (ref. 4)" (参考 in Japanese).

    >>> status_text(3, True, 4), status_text(3, True, 4, "ja")
    ('3* (ref. 4)', '3* (参考 4)')
    """
    if is_missing(status):
        return "—"
    label = f"{int(status)}{'*' if target_changed else ''}"  # type: ignore[call-overload]
    if not is_missing(reference_status):
        word = "参考" if (language or options.language) == "ja" else "ref."
        label += f" ({word} {int(reference_status)})"  # type: ignore[call-overload]
    return label


def header(en: str, ja: str) -> str:
    """A column header in the display language (``plan6.options.language``).

    >>> header("Policy plan", "施策計画")
    'Policy plan'
    """
    return ja if options.language == "ja" else en


#: Background colours of the achievement categories (ColorBrewer RdYlGn, 1 = green), shared
#: by the HTML report, rich displays and charts.
CATEGORY_COLOURS: dict[int, str] = {
    1: "#1a9850",
    2: "#91cf60",
    3: "#ffffbf",
    4: "#fc8d59",
    5: "#d73027",
}
#: Text colour readable on each category's background.
CATEGORY_TEXT_COLOURS: dict[int, str] = {
    1: "#ffffff",
    2: "#1d2733",
    3: "#1d2733",
    4: "#1d2733",
    5: "#ffffff",
}
