"""The achievement categories (達成状況区分) used by Kawasaki City's plan evaluations.

>>> from plan6.categories import ACHIEVEMENT_CATEGORIES
>>> ACHIEVEMENT_CATEGORIES[3].ja
'目標をほぼ達成'
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["ACHIEVEMENT_CATEGORIES", "Category", "category_label"]


class Category(NamedTuple):
    """One category of an ordered scale, with its Japanese label and an English gloss."""

    code: int
    ja: str
    en: str


#: 1 (best) to 5 (worst), as the evaluation reports define them.
ACHIEVEMENT_CATEGORIES: dict[int, Category] = {
    1: Category(1, "目標を大きく上回って達成", "target greatly exceeded"),
    2: Category(2, "目標を上回って達成", "target exceeded"),
    3: Category(3, "目標をほぼ達成", "target nearly achieved"),
    4: Category(4, "目標を下回った", "fell short of target"),
    5: Category(5, "目標を大きく下回った", "fell far short of target"),
}


def category_label(code: int, language: str = "ja") -> str:
    """The label of an achievement category.

    >>> category_label(4, "en")
    'fell short of target'
    """
    try:
        category = ACHIEVEMENT_CATEGORIES[int(code)]
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"achievement category must be 1-5, not {code!r}") from None
    if language not in ("ja", "en"):
        raise ValueError(f"language must be 'ja' or 'en', not {language!r}")
    return category.ja if language == "ja" else category.en
