"""Why an indicator value is undefined: the reason names in code order, their explanations,
and reason codes returned like the input (a ``str``, an array of names, a categorical pandas
Series or a polars Enum Series).

>>> from plan6.indicators.reasons import REASONS
>>> REASONS[:3]
('none', 'missing_input', 'infinite_input')
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .._core import indicators as _core
from ..common.arguments import quoted
from ..common.arrays import Input

__all__ = ["REASONS", "reason_description", "reasons_like"]

#: Names of the reasons an indicator value can be undefined, in code order ("none" = defined).
REASONS: tuple[str, ...] = tuple(_core.reason_names())
_DESCRIPTIONS: dict[str, str] = dict(zip(REASONS, _core.reason_descriptions(), strict=True))
_REASON_TABLE = np.asarray(REASONS, dtype=object)


def reason_description(reason: str) -> str:
    """Explain a reason name in one English line.

    >>> reason_description("zero_base")
    'the base is zero, so the ratio is undefined'
    """
    try:
        return _DESCRIPTIONS[reason]
    except (KeyError, TypeError):
        raise ValueError(f"unknown reason {quoted(reason)}; known: {', '.join(REASONS)}") from None


def reasons_like(codes: np.ndarray, like: Input, name: str) -> Any:
    """Reason codes (uint8) as names, in the kind of object `like` stands for: a categorical
    Series named ``<name>_reason`` on its index, a polars Enum Series, or an object array.

    >>> import numpy as np
    >>> from plan6.common.arrays import prepare
    >>> _, like = prepare([([5.0, 7.0], "x")])
    >>> reasons_like(np.array([0, 3], dtype=np.uint8), like, "growth")
    array(['none', 'zero_base'], dtype=object)
    """
    labels = _REASON_TABLE[codes]
    if like.index is not None:
        return pd.Series(
            pd.Categorical(labels, categories=REASONS), index=like.index, name=f"{name}_reason"
        )
    if like.polars:
        import polars as pl

        return pl.Series(f"{name}_reason", labels.tolist(), dtype=pl.Enum(list(REASONS)))
    return labels
