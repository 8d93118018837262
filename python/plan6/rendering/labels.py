"""Labels in the display language (``plan6.options.language``) and the colours of the
achievement categories, shared by rich displays, the HTML report and charts.

>>> from plan6.rendering.labels import category_text, status_text
>>> category_text(3), status_text(3, True, 4)
('3 目標をほぼ達成 (target nearly achieved)', '3* (ref. 4)')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..text.formatting import is_missing
from .options import options

__all__ = [
    "CATEGORY_COLOURS",
    "CATEGORY_TEXT_COLOURS",
    "Label",
    "category_text",
    "header",
    "label",
    "phrases",
    "status_text",
    "year_label",
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


def year_label(year: object, language: str | None = None) -> str:
    """A fiscal year as a label: "FY2012" in English, "2012年度" in Japanese.

    >>> year_label(2012), year_label(2012, "ja")
    ('FY2012', '2012年度')
    """
    if is_missing(year):
        return "—"
    number = int(year)  # type: ignore[call-overload]
    return f"{number}年度" if (language or options.language) == "ja" else f"FY{number}"


class Label(NamedTuple):
    """A heading of the report: Japanese, with an English gloss unless the language is "ja"
    (then ``en`` is empty)."""

    ja: str
    en: str

    def text(self) -> str:
        """Both as one line: "施策計画 (Policy plan)", or the Japanese alone.

        >>> Label("施策計画", "Policy plan").text()
        '施策計画 (Policy plan)'
        """
        return f"{self.ja} ({self.en})" if self.en else self.ja

    def english_first(self) -> str:
        """The English heading with the Japanese in brackets, as the text report writes it:
        "Policy plan (施策計画)"; the Japanese alone in Japanese.

        >>> Label("施策計画", "Policy plan").english_first()
        'Policy plan (施策計画)'
        """
        return f"{self.en} ({self.ja})" if self.en else self.ja


def label(ja: str, en: str, language: str | None = None) -> Label:
    """A bilingual heading in the display language: both in English, Japanese alone in
    Japanese.

    >>> label("施策計画", "Policy plan"), label("施策計画", "Policy plan", "ja").en
    (Label(ja='施策計画', en='Policy plan'), '')
    """
    return Label(ja, "" if (language or options.language) == "ja" else en)


# A phrase (文節) ends with a run of kana after kanji: 目標を|大きく|上回って|達成.
_PHRASE_END = re.compile(r"(?<=[\u3041-\u309f\u30fc])(?=[^\u3041-\u309f\u30fc、。）」]|$)")


def phrases(text: str) -> list[str]:
    """`text` cut into phrases where a line may break: after each run of hiragana that
    follows other characters (the particle or ending of a 文節), after ／ and ・, and at
    spaces.

    >>> phrases("目標を大きく上回って達成")
    ['目標を', '大きく', '上回って', '達成']
    >>> phrases("Rose / fell")
    ['Rose ', '/ ', 'fell']
    """
    out: list[str] = []
    for word in re.split(r"(?<=[ ／・])", text):
        out += [part for part in _PHRASE_END.split(word) if part]
    return out


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
