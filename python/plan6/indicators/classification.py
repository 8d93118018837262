"""Scores placed into ordered categories: the presets of :mod:`plan6.indicators.categories`
(the report's 1–5 scale, traffic lights, ESCAP's progress classes) or thresholds of your own.

>>> import plan6
>>> plan6.classify([1.0, 0.7])
array([3, 5], dtype=object)
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from .._core import indicators as _core
from ..common.arguments import choice, flag
from ..common.arrays import Input, is_scalar, prepare
from .reasons import REASONS, reasons_like

if TYPE_CHECKING:
    from .categories import Scale

__all__ = ["classify", "progress_class"]


def _categorical_like(
    codes: np.ndarray, categories: tuple[Hashable, ...], like: Input, scalar: bool, name: str
) -> Any:
    """Band codes (-1 = not comparable) as labels, like the input. `categories` holds the
    not-comparable label first, then the bands from the lowest up."""
    positions = codes.astype(np.int64) + 1
    if scalar:
        return categories[int(positions[0])]
    if like.index is not None:
        return pd.Series(
            pd.Categorical.from_codes(
                positions, dtype=pd.CategoricalDtype(list(categories), ordered=True)
            ),
            index=like.index,
            name=name,
        )
    labels = np.asarray(categories, dtype=object)[positions]
    if like.polars:
        import polars as pl

        return pl.Series(
            name, [str(label) for label in labels], dtype=pl.Enum([str(c) for c in categories])
        )
    return labels


def classify(
    scores: Any,
    preset: str | Scale = "kawasaki",
    *,
    thresholds: Sequence[float] | None = None,
    labels: Sequence[Hashable] | None = None,
    closed: Literal["left", "right"] | None = None,
    with_reasons: bool = False,
) -> Any:
    """Place scores into ordered categories by thresholds.

    Parameters
    ----------
    scores
        Attainments, ratios, 0–100 scores… as for the other indicators.
    preset
        A scale from :data:`plan6.categories.PRESETS` — ``"kawasaki"`` (the report's 1–5
        達成状況区分 on attainment, bands 1.2 / 1.05 / 0.95 / 0.8, configurable with
        :func:`plan6.categories.kawasaki_scale`), ``"traffic_lights"``, ``"progress"``
        (ESCAP ratio classes) — or a :class:`plan6.categories.Scale`.
    thresholds, labels
        A scale of your own instead: ascending thresholds and one label per band (lowest
        band first; default 0, 1, 2…).
    closed
        ``"left"``: a score equal to a threshold goes to the upper band (``>= 1.2`` is 1);
        ``"right"``: it stays in the lower one. Default: the scale's.

    Returns
    -------
    The label for a scalar; an object array of labels; for pandas an ordered categorical
    Series (``"not comparable"`` first, then the bands from the lowest up, so that a larger
    category is a better one); for polars an Enum Series. Scores that are NaN or infinite
    get the scale's "not comparable" label.

    Examples
    --------
    >>> import plan6
    >>> plan6.classify(plan6.attainment(426, 320))      # 133 % → 1 目標を大きく上回って達成
    1
    >>> plan6.classify([1.0, 0.7, float("nan")])
    array([3, 5, 'not comparable'], dtype=object)
    >>> plan6.classify([0.5, 0.9, 1.1], "traffic_lights")
    array(['red', 'amber', 'green'], dtype=object)
    >>> plan6.classify([10, 60], thresholds=[50], labels=["low", "high"])
    array(['low', 'high'], dtype=object)
    """
    from .categories import Scale, scale_of

    if thresholds is not None:
        cuts = tuple(float(t) for t in thresholds)
        scale = Scale(
            "custom",
            cuts,
            tuple(labels) if labels is not None else tuple(range(len(cuts) + 1)),
            closed or "left",
        )
    else:
        if labels is not None:
            raise ValueError("labels need thresholds; to relabel a preset, build a Scale")
        scale = scale_of(preset)
    side = choice(scale.closed if closed is None else closed, "closed", ("left", "right"))
    with_reasons = flag(with_reasons, "with_reasons")
    scalar = is_scalar(scores)
    (array,), like = prepare([(scores, "scores")])
    codes, reason_codes = _core.classify(array, list(scale.thresholds), side, with_reasons)
    result = _categorical_like(codes, scale.categories(), like, scalar, scale.name)
    if not with_reasons:
        return result
    if scalar:
        return result, REASONS[int(reason_codes[0])]
    return result, reasons_like(reason_codes, like, scale.name)


def progress_class(
    ratio: Any,
    *,
    achieved: Any = None,
    thresholds: tuple[float, float, float] = (0.95, 0.6, 0.0),
    with_reasons: bool = False,
) -> Any:
    """The progress class of a growth ratio (:func:`growth_ratio`), as ESCAP and the national
    SDG platforms classify anticipated progress: ``target_achieved`` (takes precedence),
    ``on_track`` (ratio ≥ 0.95), ``acceleration_needed`` (≥ 0.6), ``limited_progress``
    (≥ 0), ``deterioration`` (< 0); ``not comparable`` where the ratio is undefined and the
    target not known to be reached.

    Parameters
    ----------
    achieved
        Whether each target is already reached (bools, or 1/0/NaN as
        :func:`target_achieved` gives); ``None``: unknown.
    thresholds
        The on-track, acceleration-needed and limited-progress thresholds, decreasing.

    Examples
    --------
    >>> import plan6
    >>> plan6.progress_class([1.78, 0.46, -0.2, float("nan")])
    array(['on_track', 'limited_progress', 'deterioration', 'not comparable'],
          dtype=object)
    >>> plan6.progress_class(float("nan"), achieved=True)   # target = baseline, but reached
    'target_achieved'
    """
    from .categories import PROGRESS_CLASSES

    if len(thresholds) != 3:
        raise ValueError("thresholds must be three numbers: on track, acceleration, limited")
    with_reasons = flag(with_reasons, "with_reasons")
    scalar = is_scalar(ratio)
    achieved_value: Any = np.nan if achieved is None else achieved
    if isinstance(achieved_value, (bool, np.bool_)):
        achieved_value = float(achieved_value)
    elif not is_scalar(achieved_value):
        as_array = (
            achieved_value if isinstance(achieved_value, pd.Series) else np.asarray(achieved_value)
        )
        if as_array.dtype.kind == "b":
            achieved_value = as_array.astype(np.float64)
    (ratio_array, achieved_array), like = prepare([(ratio, "ratio"), (achieved_value, "achieved")])
    scalar = scalar and is_scalar(achieved_value)  # one value only when both are one
    on_track, acceleration, limited = (float(t) for t in thresholds)
    codes, reason_codes = _core.progress_class(
        ratio_array, achieved_array, on_track, acceleration, limited, with_reasons
    )
    # The core's codes run best (0, target achieved) to worst (4); categories run up.
    categories = (*PROGRESS_CLASSES.categories(), "target_achieved")
    band = np.where(codes < 0, -1, len(categories) - 2 - codes)
    result = _categorical_like(band, categories, like, scalar, "progress_class")
    if not with_reasons:
        return result
    if scalar:
        return result, REASONS[int(reason_codes[0])]
    return result, reasons_like(reason_codes, like, "progress_class")
