"""Category scales: the achievement categories (達成状況区分) of Kawasaki City's plan
evaluations, traffic lights, and the progress classes of UN ESCAP's anticipated progress.

A :class:`Scale` is a list of ascending thresholds and one label per band (lowest band first),
plus the label of scores that cannot be placed ("not comparable"). :func:`plan6.classify`
takes a scale or the name of a preset in :data:`PRESETS`.

The report names the five achievement categories but gives no numeric bands: it grades by
judgement. plan6's default bands for attainment (actual / plan) are 1.20, 1.05, 0.95 and 0.80
— 1 at 120 % and above, 2 from 105 %, 3 from 95 % (around 100 %: "nearly achieved" is the
only category that takes an exact hit), 4 from 80 %, 5 below — and every caller can set
their own with :func:`kawasaki_scale`.

>>> from plan6.indicators.categories import ACHIEVEMENT_CATEGORIES, KAWASAKI
>>> ACHIEVEMENT_CATEGORIES[3].ja
'目標をほぼ達成'
>>> KAWASAKI.thresholds
(0.8, 0.95, 1.05, 1.2)
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal, NamedTuple

from ..common.arguments import choice, quoted
from ..common.arrays import is_scalar

__all__ = [
    "ACHIEVEMENT_CATEGORIES",
    "KAWASAKI",
    "NOT_COMPARABLE",
    "PRESETS",
    "PROGRESS_CLASSES",
    "TRAFFIC_LIGHTS",
    "Category",
    "Scale",
    "category_label",
    "kawasaki_scale",
    "scale_of",
]


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

#: The label of a score that cannot be placed on a scale (NaN, infinite, undefined).
NOT_COMPARABLE = "not comparable"


def category_label(code: int, language: str = "ja") -> str:
    """The label of an achievement category.

    >>> category_label(4, "en")
    'fell short of target'
    """
    # A whole number only: "3" is text, True is no category and 3.5 is not 3.
    whole = is_scalar(code) and float(code).is_integer()
    category = ACHIEVEMENT_CATEGORIES.get(int(code)) if whole else None
    if category is None:
        raise ValueError(f"achievement category must be 1-5, not {quoted(code)}")
    choice(language, "language", ("ja", "en"))
    return category.ja if language == "ja" else category.en


@dataclass(frozen=True)
class Scale:
    """An ordered scale of categories.

    Attributes
    ----------
    name
        A short name (used for result names).
    thresholds
        Ascending, finite cut points between the bands.
    labels
        One label per band, the lowest band first (``len(thresholds) + 1`` of them).
    closed
        ``"left"``: a score equal to a threshold belongs to the band above it.
    not_comparable
        The label of scores that cannot be placed.
    descriptions
        Optional ``label -> (Japanese, English)`` texts for tables and reports.

    Examples
    --------
    >>> s = Scale("grades", (50.0, 80.0), ("C", "B", "A"))
    >>> s.categories()
    ('not comparable', 'C', 'B', 'A')
    """

    name: str
    thresholds: tuple[float, ...]
    labels: tuple[Hashable, ...]
    closed: Literal["left", "right"] = "left"
    not_comparable: Hashable = NOT_COMPARABLE
    descriptions: Mapping[Hashable, tuple[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        cuts = tuple(float(t) for t in self.thresholds)
        object.__setattr__(self, "thresholds", cuts)
        object.__setattr__(self, "labels", tuple(self.labels))
        if any(not (a < b) for a, b in pairwise(cuts)) or any(
            c != c or c in (float("inf"), float("-inf")) for c in cuts
        ):
            raise ValueError(f"thresholds must be finite and strictly increasing, not {cuts}")
        if len(self.labels) != len(cuts) + 1:
            raise ValueError(
                f"a scale with {len(cuts)} thresholds needs {len(cuts) + 1} labels, "
                f"not {len(self.labels)}"
            )
        if len(set(self.labels)) != len(self.labels) or self.not_comparable in self.labels:
            raise ValueError("labels must be distinct and differ from the not-comparable label")
        if self.closed not in ("left", "right"):
            raise ValueError(f"closed must be 'left' or 'right', not {quoted(self.closed)}")

    def categories(self) -> tuple[Hashable, ...]:
        """All categories in order: "not comparable" first, then the bands from the lowest.

        >>> TRAFFIC_LIGHTS.categories()
        ('not comparable', 'red', 'amber', 'green')
        """
        return (self.not_comparable, *self.labels)


def kawasaki_scale(
    greatly_exceeded: float = 1.20,
    exceeded: float = 1.05,
    nearly_achieved: float = 0.95,
    fell_short: float = 0.80,
) -> Scale:
    """The report's 1–5 achievement categories as bands of attainment (actual / plan).

    Each argument is the lowest attainment of its category: 1 from `greatly_exceeded`, 2 from
    `exceeded`, 3 from `nearly_achieved`, 4 from `fell_short`, 5 below it.

    >>> kawasaki_scale(exceeded=1.0).thresholds
    (0.8, 0.95, 1.0, 1.2)
    """
    return Scale(
        "kawasaki",
        (fell_short, nearly_achieved, exceeded, greatly_exceeded),
        (5, 4, 3, 2, 1),
        "left",
        descriptions={code: (c.ja, c.en) for code, c in ACHIEVEMENT_CATEGORIES.items()},
    )


#: The achievement categories with plan6's default bands (1.20 / 1.05 / 0.95 / 0.80).
KAWASAKI: Scale = kawasaki_scale()

#: Traffic lights on attainment: green from 100 %, amber from 80 %, red below.
TRAFFIC_LIGHTS: Scale = Scale(
    "traffic_lights",
    (0.8, 1.0),
    ("red", "amber", "green"),
    descriptions={
        "red": ("未達成", "well below target"),
        "amber": ("やや未達成", "below target"),
        "green": ("達成", "target reached"),
    },
)

#: ESCAP's anticipated-progress classes on the growth ratio (actual / required CAGR), worst
#: first. :func:`plan6.progress_class` adds "target_achieved" above them, which takes
#: precedence over any ratio.
PROGRESS_CLASSES: Scale = Scale(
    "progress",
    (0.0, 0.6, 0.95),
    ("deterioration", "limited_progress", "acceleration_needed", "on_track"),
    descriptions={
        "deterioration": ("悪化", "deterioration"),
        "limited_progress": ("進捗が限定的", "limited progress"),
        "acceleration_needed": ("進捗あり・加速が必要", "progress made but acceleration needed"),
        "on_track": ("順調", "on track"),
        "target_achieved": ("目標達成済み", "target achieved"),
    },
)

#: The scales :func:`plan6.classify` knows by name.
PRESETS: dict[str, Scale] = {
    "kawasaki": KAWASAKI,
    "traffic_lights": TRAFFIC_LIGHTS,
    "progress": PROGRESS_CLASSES,
}


def scale_of(preset: str | Scale) -> Scale:
    """The scale named `preset` (see :data:`PRESETS`), or `preset` itself if it is a Scale.

    >>> scale_of("traffic_lights").labels
    ('red', 'amber', 'green')
    """
    if isinstance(preset, Scale):
        return preset
    try:
        return PRESETS[preset]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown preset {quoted(preset)}; known: {', '.join(PRESETS)} (or pass a Scale)"
        ) from None
