"""Which way is better for a measure: a general lexicon of Japanese measures of public
programmes where less is better (失業者数, 事故件数, 代位弁済…) and where more is better
(参加者数, 就職者数, 雇用創出数…), read from a metric's own name.

The lexicon is general administrative vocabulary, never the names of one report's metrics.
Japanese compounds put their head last (交通事故防止講習 参加者数 counts participants, not
accidents), so the term that ends last in a name decides; where no term matches, the direction
is unknown (``None``) and a check that needs one leaves the metric out rather than guess.

A direction given with the facts (a ``direction`` column, as a layout reader fills it from the
document's own numbers) comes before the lexicon, and the caller's own choice before both:
:func:`resolve_directions`.

>>> from plan6.indicators.directions import metric_direction
>>> metric_direction("代位弁済の一部補助 件数"), metric_direction("就職決定者数")
('lower', 'higher')
>>> metric_direction("交通事故防止講習 参加者数"), metric_direction("委員会 開催回数") is None
('higher', True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

import pandas as pd

__all__ = [
    "HIGHER_IS_BETTER",
    "LOWER_IS_BETTER",
    "DirectionName",
    "metric_direction",
    "resolve_directions",
]

DirectionName = Literal["higher", "lower"]

#: Measures where less is better: harm, cost, waiting, failure, backlog.
LOWER_IS_BETTER: tuple[str, ...] = (
    # unemployment and hardship
    "失業",
    "離職",
    "未就職",
    "未内定",
    "倒産",
    "廃業",
    "休業",
    "貧困",
    "滞納",
    "未納",
    "延滞",
    "代位弁済",
    "不良債権",
    "赤字",
    "欠損",
    "損失",
    "負債",
    # waiting and delay
    "待機児童",
    "待機者",
    "待ち時間",
    "待ち日数",
    "待機",
    "平均時間",
    "所要時間",
    "所要日数",
    "処理日数",
    "遅延",
    "渋滞",
    "残業時間",
    "未処理",
    # accidents, crime, disasters, health
    "事故",
    "犯罪",
    "火災",
    "死亡",
    "死者",
    "死傷",
    "負傷",
    "被害",
    "違反",
    "感染",
    "自殺",
    "虐待",
    "いじめ",
    "不登校",
    "中退",
    # complaints and failures
    "苦情",
    "故障",
    "停電",
    "漏水",
    "騒音",
    "誤り",
    # environment and neglect
    "放置自転車",
    "不法投棄",
    "排出量",
    "ごみ",
    "廃棄物",
    "空き家",
    "空き店舗",
    "空室",
    "耕作放棄",
    # cost
    "費用",
    "コスト",
    "経費",
)

#: Measures where more is better: participation, use, outcomes, recognition.
HIGHER_IS_BETTER: tuple[str, ...] = (
    "参加者",
    "参加企業",
    "参加団体",
    "来場者",
    "入場者",
    "来訪者",
    "観光客",
    "利用者",
    "利用件数",
    "受講者",
    "修了者",
    "合格者",
    "動員",
    "応募",
    "出展者",
    "出展企業",
    "協力企業",
    "会員",
    "加入",
    "登録者",
    "就職",
    "雇用創出",
    "雇用者",
    "進路決定",
    "創業",
    "起業",
    "開業",
    "誘致",
    "立地件数",
    "成約",
    "売上",
    "販売額",
    "認定",
    "認証",
    "採択",
    "表彰",
    "満足度",
    "普及率",
    "実施率",
    "利用率",
    "参加率",
    "達成率",
    "削減量",
    "削減率",
)

_LEXICON: tuple[tuple[str, DirectionName], ...] = tuple(
    [(term, "lower") for term in LOWER_IS_BETTER] + [(term, "higher") for term in HIGHER_IS_BETTER]
)


def metric_direction(
    name: object, lexicon: Iterable[tuple[str, DirectionName]] | None = None
) -> DirectionName | None:
    """The direction a metric's name implies, or None when the lexicon says nothing.

    The term that ends last in the name wins (the head of a Japanese compound); at the same
    end, the longer term.

    Parameters
    ----------
    name
        The metric's name (``metric_ja``); anything but a non-empty str is unknown.
    lexicon
        (term, "higher" | "lower") pairs instead of the built-in lexicon.

    >>> metric_direction("交通事故件数"), metric_direction("CO2 排出削減量")
    ('lower', 'higher')
    >>> metric_direction("セミナー 回数") is None
    True
    """
    if not isinstance(name, str) or not name:
        return None
    best: tuple[int, int, DirectionName] | None = None
    for term, direction in _LEXICON if lexicon is None else lexicon:
        end = name.rfind(term)
        if end < 0:
            continue
        key = (end + len(term), len(term), direction)
        if best is None or key[:2] > best[:2]:
            best = key
    return None if best is None else best[2]


_MISSING: Any = object()

#: What a caller may give as `directions`.
Overrides = Mapping[str, "DirectionName | None"] | Callable[[pd.Series], "str | None"]


def _checked(value: object, where: str) -> DirectionName | None:
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return None
    if value == "higher":
        return "higher"
    if value == "lower":
        return "lower"
    raise ValueError(f"{where} must be 'higher', 'lower' or None, not {value!r}")


def resolve_directions(
    facts: pd.DataFrame, directions: Overrides | None = None
) -> tuple[pd.Series, pd.Series]:
    """Each fact's direction and where it came from: the caller's `directions` ("user"), the
    facts' own ``direction`` column ("document"), the lexicon on ``metric_ja`` ("lexicon"),
    or unknown (None, source "").

    Parameters
    ----------
    facts
        Facts with ``metric_ja`` (and ``indicator``, ``direction`` when present).
    directions
        A mapping from a metric's name (``metric_ja``) or its ``indicator`` id to "higher",
        "lower" or None (None: unknown, left out), or a function of a fact's row returning
        one of those; a fact it does not name falls through to the document and the lexicon.

    >>> import pandas as pd
    >>> facts = pd.DataFrame({"metric_ja": ["苦情件数", "融資件数", "参加者数"],
    ...                       "direction": ["", "", "lower"]})
    >>> d, s = resolve_directions(facts, {"融資件数": "higher"})
    >>> d.tolist(), s.tolist()
    (['lower', 'higher', 'lower'], ['lexicon', 'user', 'document'])
    """
    found: list[Any] = []
    sources: list[str] = []
    for position, row in enumerate(facts.to_dict("records")):
        series_row = pd.Series(row)
        where = f"the direction of fact {position} ({row.get('metric_ja', '')!r})"
        user: Any = _MISSING
        if callable(directions):
            # a function that returns None says nothing: the document and lexicon decide
            said = _checked(directions(series_row), where)
            if said is not None:
                user = said
        elif directions is not None:
            for key in (row.get("metric_ja"), row.get("indicator")):
                if isinstance(key, str) and key in directions:
                    user = _checked(directions[key], f"directions[{key!r}]")
                    break
        if user is not _MISSING:
            found.append(user)
            sources.append("user" if user is not None else "")
            continue
        given = _checked(row.get("direction"), where) if "direction" in row else None
        if given is not None:
            found.append(given)
            sources.append("document")
            continue
        guess = metric_direction(row.get("metric_ja"))
        found.append(guess)
        sources.append("lexicon" if guess is not None else "")
    return (
        pd.Series(found, index=facts.index, dtype=object),
        pd.Series(sources, index=facts.index, dtype=object),
    )
