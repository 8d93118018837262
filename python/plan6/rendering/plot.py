"""Charts of a plan evaluation (matplotlib), with Japanese text that renders.

One call from data to a chart: each function takes a dataset (or its ``plans`` /
``indicators()`` table), draws on ``ax`` (a new figure when it is None) and returns the Axes.
Values are labelled as the report writes them (426人, 133.1 %), categories with their Japanese
label and, in English (``plan6.options.language``), an English gloss.

Japanese glyphs need a Japanese font: importing this module registers IPAex Gothic from the
``matplotlib-fontja`` package (``pip install plan6[plot]``) or, failing that, a Japanese font
installed on the system (Noto Sans CJK JP, IPAexGothic…), and puts it first in matplotlib's
font family, as ``matplotlib-fontja`` itself does. Without any, it warns once.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import plan6, plan6.plot
>>> ax = plan6.plot.category_heatmap(plan6.datasets.kawasaki_plan6())
>>> ax.get_title()
'Achievement categories by policy plan and fiscal year'
"""

from __future__ import annotations

import importlib.util
import math
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

try:
    import matplotlib as mpl
    from matplotlib import font_manager
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.colors import BoundaryNorm, ListedColormap
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle
    from matplotlib.text import Text
    from matplotlib.ticker import NullLocator
except ImportError as error:  # pragma: no cover - exercised only without matplotlib
    raise ImportError(
        "plan6.plot needs matplotlib and a Japanese font: pip install 'plan6[plot]'"
    ) from error

from ..indicators.categories import ACHIEVEMENT_CATEGORIES
from ..model.dataset import EvaluationDataset
from ..text.formatting import format_amount, format_percent, is_missing
from .labels import (
    CATEGORY_COLOURS,
    CATEGORY_TEXT_COLOURS,
    category_text,
    header,
    phrases,
    year_label,
)

__all__ = [
    "JAPANESE_FONTS",
    "LINEAR_WITHIN",
    "WIDTH",
    "attainment_bullets",
    "category_heatmap",
    "category_transitions",
    "growth_bars",
    "japanese_font",
]

#: Japanese font families looked for on the system when matplotlib-fontja is not installed.
JAPANESE_FONTS: tuple[str, ...] = (
    "IPAexGothic",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "IPAGothic",
    "TakaoGothic",
    "Hiragino Sans",
    "Yu Gothic",
    "Meiryo",
)

_font_family: str | None = None
_font_checked = False


def _fontja_file() -> Path | None:
    # Located without importing matplotlib_fontja, whose import changes rcParams itself.
    spec = importlib.util.find_spec("matplotlib_fontja")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "fonts" / "ipaexg.ttf"
        if path.is_file():
            return path
    return None


def japanese_font() -> str | None:
    """Register a Japanese font with matplotlib, put it first, and return its family name.

    Called on import; safe to call again. Returns None (after one warning) when no Japanese
    font is available.

    >>> import plan6.plot
    >>> plan6.plot.japanese_font()
    'IPAexGothic'
    """
    global _font_family, _font_checked
    if _font_checked:
        return _font_family
    _font_checked = True
    family = None
    bundled = _fontja_file()
    if bundled is not None:
        font_manager.fontManager.addfont(str(bundled))
        family = font_manager.FontProperties(fname=str(bundled)).get_name()
    else:
        installed = {entry.name for entry in font_manager.fontManager.ttflist}
        family = next((name for name in JAPANESE_FONTS if name in installed), None)
    if family is None:
        warnings.warn(
            "plan6.plot: no Japanese font found, Japanese text will show as empty boxes; "
            "pip install 'plan6[plot]' (matplotlib-fontja) or install fonts-noto-cjk",
            UserWarning,
            stacklevel=2,
        )
        return None
    _font_family = family
    current = [f for f in mpl.rcParams["font.family"] if f != family]
    mpl.rcParams["font.family"] = [family, *current]
    return family


japanese_font()


def _new_axes(ax: Axes | None, width: float, height: float) -> Axes:
    if ax is not None:
        if not isinstance(ax, Axes):
            raise TypeError(f"ax must be a matplotlib Axes, not {type(ax).__name__}")
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=(width, height), layout="constrained")
    return new


#: The width of a new chart (inches): the HTML report's page width at 100 dpi.
WIDTH = 11.0


def _clip(text: str, length: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= length else text[: length - 1] + "…"


def _wrap(text: str, width: int, lines: int = 3) -> str:
    """`text` on lines of at most `width` characters, broken between phrases (文節) where
    it can be; what does not fit in `lines` lines is cut with "…"."""
    out = [""]
    for part in phrases(" ".join(str(text).split())):
        while len(part) > width:  # a phrase longer than a line is broken inside
            room = width - len(out[-1])
            out[-1] += part[:room]
            part = part[room:]
            out.append("")
        if len(out[-1]) + len(part) > width and out[-1]:
            out.append("")
        out[-1] += part
    out = [line.strip() for line in out if line.strip()]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = _clip(out[-1] + "…", width)
    return "\n".join(out)


def _nothing_to_show(ax: Axes, what: tuple[str, str], title: str) -> Axes:
    """An empty chart that says so, instead of failing on data without rows."""
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        header(f"Nothing to show: {what[0]}", f"表示する内容がありません：{what[1]}"),
        ha="center",
        va="center",
        fontsize=10,
        color="#5b6b7c",
        transform=ax.transAxes,
    )
    ax.set_title(title)
    return ax


def _fit_right(ax: Axes, anchored: Sequence[tuple[Text, float]], pad: float = 6.0) -> None:
    """Widen the x axis to the right until every text (placed at its anchor x in data
    coordinates, with an offset in points) ends inside the axes, on any x scale."""
    figure = ax.figure
    scale = ax.xaxis.get_transform()
    for _ in range(4):
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
        box = ax.get_window_extent(renderer)
        x0, x1 = ax.get_xlim()
        s0, s1 = (float(v) for v in scale.transform([x0, x1]))
        needed = s1
        for text, anchor in anchored:
            extent = text.get_window_extent(renderer)
            start = ax.transData.transform((anchor, 0))[0]
            width = extent.x1 - start
            room = box.width - width - pad
            if room <= 0:
                continue
            s_anchor = float(scale.transform([anchor])[0])
            needed = max(needed, s0 + (s_anchor - s0) * box.width / room)
        if needed <= s1 * (1 + 1e-9) + 1e-12:
            return
        ax.set_xlim(x0, float(scale.inverted().transform([needed])[0]) * 1.0)


def _indicators(data: Any, needed: tuple[str, ...]) -> pd.DataFrame:
    if isinstance(data, EvaluationDataset):
        return data.indicators()
    if not isinstance(data, pd.DataFrame):
        raise TypeError(
            f"data must be an EvaluationDataset or a DataFrame, not {type(data).__name__}"
        )
    missing = [c for c in needed if c not in data.columns]
    if missing:
        raise ValueError(f"data lacks the columns {missing}")
    return data


def _plans(data: Any) -> pd.DataFrame:
    plans = data.plans if isinstance(data, EvaluationDataset) else data
    if not isinstance(plans, pd.DataFrame):
        raise TypeError(
            f"data must be an EvaluationDataset or a DataFrame, not {type(data).__name__}"
        )
    needed = ["programme_no", "policy_plan_no", "policy_plan_ja", "fiscal_year", "status"]
    missing = [c for c in needed if c not in plans.columns]
    if missing:
        raise ValueError(f"plans lacks the columns {missing}")
    bad = ~pd.to_numeric(plans["status"], errors="coerce").isin(list(ACHIEVEMENT_CATEGORIES))
    if bad.any():
        raise ValueError(
            f"plans.status must hold categories 1-5; found {plans.loc[bad, 'status'].iloc[0]!r}"
        )
    return plans


def _reported(data: Any, base: str, fiscal_year: int | None) -> pd.DataFrame:
    """The facts of the result sections with a `base` (plan or prior value), of one fiscal
    year if given: what a chart of attainment or growth shows."""
    facts = _indicators(data, ("value", base, "metric_ja", "fiscal_year", "unit"))
    rows: pd.DataFrame = facts[facts[base].notna()]
    if "section" in rows.columns:
        rows = rows[rows["section"] != "summary"]
    if fiscal_year is not None:
        rows = rows[rows["fiscal_year"] == fiscal_year]
    return rows


def _fact_label(row: pd.Series) -> str:
    return f"{year_label(row['fiscal_year'])} {_clip(row['metric_ja'], 40)}"


_BANDS = (
    (0.0, 80.0, "#d9dde3", ("below 80 % of plan", "計画の80 %未満")),
    (80.0, 100.0, "#e7eaee", ("80–100 % of plan", "計画の80〜100 %")),
    (100.0, 1e9, "#f3f5f7", ("plan met (100 % and above)", "計画達成（100 %以上）")),
)


def attainment_bullets(
    data: Any, ax: Axes | None = None, *, fiscal_year: int | None = None
) -> Axes:
    """Bullet chart of attainment against plan, one bar per fact with a plan value.

    The bar is the actual value as a share of the plan; the black tick is the plan (100 %);
    the grey bands mark below 80 %, 80–100 % and the plan met, up to the end of the axis. A
    hatched bar is a lower bound ("3,100人を上回る": at least this). The legend says both.

    Parameters
    ----------
    data
        An :class:`~plan6.datasets.EvaluationDataset` or a facts table with ``value``,
        ``target_value``, ``metric_ja``, ``fiscal_year``, ``unit`` and ``unit_ja``.
    ax
        Where to draw; a new figure when None.
    fiscal_year
        Only this fiscal year's facts.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import plan6, plan6.plot
    >>> ax = plan6.plot.attainment_bullets(plan6.datasets.kawasaki_plan6())
    >>> any("133.1 %" in t.get_text() for t in ax.texts)
    True
    """
    rows = _reported(data, "target_value", fiscal_year)
    rows = rows.sort_values(["fiscal_year", "metric_ja"]).reset_index(drop=True)
    title = header("Attainment against plan", "計画に対する達成率")
    ax = _new_axes(ax, WIDTH, 0.42 * max(len(rows), 2) + 2.0)
    if rows.empty:
        return _nothing_to_show(
            ax, ("no fact has a plan value", "計画値のある数値がありません"), title
        )
    ratio = (rows["value"] / rows["target_value"]).where(rows["target_value"] > 0) * 100
    top = max(150.0, float(np.nanmax(ratio)) * 1.05) if ratio.notna().any() else 150.0
    y = np.arange(len(rows))
    lower = rows.get("lower_bound", pd.Series(False, index=rows.index)).fillna(False).astype(bool)
    bars = ax.barh(y, ratio.fillna(0), height=0.36, color="#2b5c8a", zorder=2)
    for bar, is_lower in zip(bars, lower, strict=True):
        if is_lower:
            bar.set_hatch("///")
            bar.set_facecolor("#7fa3c6")
    ax.vlines(np.full(len(rows), 100.0), y - 0.3, y + 0.3, color="black", lw=2, zorder=3)
    anchored = []
    for i, row in enumerate(rows.to_dict("records")):
        share = float(ratio.iloc[i])
        is_lower = bool(lower.iloc[i])
        unit, unit_ja = str(row["unit"]), str(row.get("unit_ja", ""))
        text = (
            f"{format_amount(row['value'], unit, unit_ja, is_lower)}"
            f" / {format_amount(row['target_value'], unit, unit_ja)}"
            f"  {format_percent(share / 100, lower_bound=is_lower)}"
        )
        x = 0.0 if math.isnan(share) else max(share, 100.0)  # right of the plan tick too
        label = ax.annotate(
            text,
            (x, i),
            xytext=(5, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            zorder=4,
        )
        anchored.append((label, x))
    ax.set_yticks(y, [_fact_label(r) for _, r in rows.iterrows()], fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0, top)
    ax.set_xlabel(header("Actual as a share of plan (%)", "計画に対する実績の割合（％）"))
    ax.set_title(title)
    ax.grid(False)
    handles: list[Artist] = [
        Patch(facecolor=shade, label=header(*words)) for _, _, shade, words in _BANDS
    ]
    handles += [
        Patch(facecolor="#2b5c8a", label=header("actual / plan", "実績 ÷ 計画")),
        Patch(
            facecolor="#7fa3c6",
            hatch="///",
            label=header(
                "lower bound (\u201cmore than\u201d): at least this",
                "下限（「を上回る」）：これ以上",
            ),
        ),
        Line2D(
            [],
            [],
            color="black",
            lw=2,
            marker="|",
            ls="",
            markersize=10,
            label=header("plan (100 %)", "計画（100 %）"),
        ),
    ]
    ax.legend(
        handles=handles,
        fontsize=8,
        frameon=False,
        ncol=3,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.16 if len(rows) > 4 else -0.3),
    )
    _fit_right(ax, anchored)
    # the bands go to the end of the axis as it finally is (and no further)
    right = ax.get_xlim()[1]
    for start, stop, shade, _ in _BANDS:
        ax.axvspan(start, min(stop, right), color=shade, zorder=0, lw=0)
    ax.set_xlim(0, right)
    return ax


#: Growth rates within this many percent are drawn on a linear scale, beyond it on a log one.
LINEAR_WITHIN = 10.0
_TICKS = (-90, -50, -20, -10, 0, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)


def _spaced_ticks(ax: Axes, candidates: tuple[int, ...], gap: float = 48.0) -> list[int]:
    """The candidate x ticks inside the axis, at least `gap` pixels apart (0 always kept):
    on a log scale the big ones crowd together."""
    ax.figure.canvas.draw()
    left, right = ax.get_xlim()
    inside = [t for t in candidates if left <= t <= right]
    kept: list[int] = [0] if 0 in inside else []
    pixels = {t: float(ax.transData.transform((t, 0))[0]) for t in inside}
    for side in (
        sorted(t for t in inside if t > 0),
        sorted((t for t in inside if t < 0), reverse=True),
    ):
        last = pixels.get(0)
        for tick in side:
            if last is None or abs(pixels[tick] - last) >= gap:
                kept.append(tick)
                last = pixels[tick]
    return sorted(kept)


def growth_bars(data: Any, ax: Axes | None = None, *, fiscal_year: int | None = None) -> Axes:
    """Growth over the prior year per fact, sorted from the largest rise to the largest fall,
    on a symmetric log axis (linear within ±10 %, logarithmic beyond), so that +155.6 % and
    +46.6 % look different and a small change is still visible. Every label sits right of
    its bar (of the zero line, for a fall) inside the axes.

    Facts whose prior value is zero or negative have no growth rate: they are listed with
    the reason instead of a bar.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import plan6, plan6.plot
    >>> ax = plan6.plot.growth_bars(plan6.datasets.kawasaki_plan6(), fiscal_year=2012)
    >>> any("+10.0 %" in t.get_text() for t in ax.texts)     # 求職登録者 827 vs 752
    True
    >>> ax.get_xscale()
    'symlog'
    """
    rows = _reported(data, "prior", fiscal_year)
    if "growth" not in rows.columns:
        from ..indicators import growth

        rows = rows.assign(growth=growth(rows["value"], rows["prior"]))
    rows = rows.sort_values("growth", ascending=False, na_position="last").reset_index(drop=True)
    title = header("Growth over the prior year", "前年度比")
    ax = _new_axes(ax, WIDTH, 0.3 * max(len(rows), 2) + 1.6)
    if rows.empty:
        return _nothing_to_show(
            ax, ("no fact has a prior-year value", "前年度値のある数値がありません"), title
        )
    pct = rows["growth"] * 100
    y = np.arange(len(rows))
    ax.set_xscale("symlog", linthresh=LINEAR_WITHIN, linscale=1.0)
    shown = pct.fillna(0)
    colours = ["#2b7a4b" if v >= 0 else "#b8412c" for v in shown]
    ax.barh(y, shown, height=0.6, color=colours, zorder=2)
    ax.axvline(0, color="black", lw=0.8, zorder=3)
    anchored = []
    for i, row in enumerate(rows.to_dict("records")):
        value = float(pct.iloc[i])
        unit, unit_ja = str(row["unit"]), str(row.get("unit_ja", ""))
        detail = (
            f"{format_amount(row['prior'], unit, unit_ja)} → "
            f"{format_amount(row['value'], unit, unit_ja)}"
        )
        if math.isnan(value):
            text = f"— ({header('no growth rate: prior ≤ 0', '前年度値が0以下')})  {detail}"
        else:
            text = f"{format_percent(row['growth'], signed=True)}  {detail}"
        x = 0.0 if math.isnan(value) else max(value, 0.0)  # a fall is labelled right of zero
        label = ax.annotate(
            text, (x, i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8
        )
        anchored.append((label, x))
    ax.set_yticks(y, [_fact_label(r) for _, r in rows.iterrows()], fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    finite = pct.dropna()
    low = float(min(finite.min(), 0.0)) if len(finite) else 0.0
    high = float(max(finite.max(), LINEAR_WITHIN)) if len(finite) else LINEAR_WITHIN
    ax.set_xlim(low * 1.3 - LINEAR_WITHIN * 0.3, high * 1.15)
    _fit_right(ax, anchored)
    ax.set_xticks(_spaced_ticks(ax, _TICKS))
    ax.xaxis.set_major_formatter(lambda value, _: f"{value:+g} %" if value else "0")
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xlabel(
        header(
            f"Growth over the prior year (%), symmetric log scale: linear within "
            f"±{LINEAR_WITHIN:g} %, logarithmic beyond",
            f"前年度比の伸び率（％）、対称対数目盛：±{LINEAR_WITHIN:g} %以内は線形、その外は対数",
        )
    )
    ax.set_title(title)
    return ax


def _category_cmap() -> tuple[ListedColormap, BoundaryNorm]:
    codes = list(ACHIEVEMENT_CATEGORIES)
    cmap = ListedColormap([CATEGORY_COLOURS[c] for c in codes])
    norm = BoundaryNorm([c - 0.5 for c in codes] + [codes[-1] + 0.5], cmap.N)
    return cmap, norm


def _category_legend(ax: Axes, **kwargs: Any) -> None:
    handles = [
        Patch(facecolor=CATEGORY_COLOURS[c], edgecolor="#8a96a3", label=category_text(c))
        for c in ACHIEVEMENT_CATEGORIES
    ]
    ax.legend(handles=handles, fontsize=8, frameon=False, **kwargs)


def category_heatmap(data: Any, ax: Axes | None = None) -> Axes:
    """Policy plan × fiscal year, coloured by achievement category (達成状況区分).

    Changed targets ("*") get a heavy outline, with the category against the original
    target (参考) in the cell.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import plan6, plan6.plot
    >>> ax = plan6.plot.category_heatmap(plan6.datasets.kawasaki_plan6())
    >>> sorted({t.get_text() for t in ax.texts})
    ['3', '3*\\n(ref. 3)', '3*\\n(ref. 4)']
    """
    plans = _plans(data)
    title = header(
        "Achievement categories by policy plan and fiscal year",
        "施策計画別・年度別の達成状況区分",
    )
    if plans.empty:
        return _nothing_to_show(
            _new_axes(ax, WIDTH, 3.0), ("no policy plans", "施策計画がありません"), title
        )
    years = sorted(plans["fiscal_year"].unique().tolist())
    order = (
        plans[["programme_no", "policy_plan_no", "policy_plan_ja"]]
        .drop_duplicates("policy_plan_no")
        .sort_values(["programme_no", "policy_plan_no"])
    )
    index = {no: i for i, no in enumerate(order["policy_plan_no"])}
    grid = np.full((len(order), len(years)), np.nan)
    for _, row in plans.iterrows():
        grid[index[row["policy_plan_no"]], years.index(row["fiscal_year"])] = row["status"]
    ax = _new_axes(ax, WIDTH, 0.36 * len(order) + 2.4)
    cmap, norm = _category_cmap()
    ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, norm=norm, aspect="auto")
    changed = plans.get("target_changed", pd.Series(False, index=plans.index)).astype(bool)
    reference = plans.get("reference_status", pd.Series(pd.NA, index=plans.index))
    for (_, row), is_changed, ref in zip(plans.iterrows(), changed, reference, strict=True):
        r, c = index[row["policy_plan_no"]], years.index(row["fiscal_year"])
        status = int(row["status"])
        text = f"{status}{'*' if is_changed else ''}"
        if not is_missing(ref):
            text += f"\n({header('ref.', '参考')} {int(ref)})"
        ax.text(
            c, r, text, ha="center", va="center", fontsize=8, color=CATEGORY_TEXT_COLOURS[status]
        )
        if is_changed:
            ax.add_patch(
                Rectangle((c - 0.46, r - 0.44), 0.92, 0.88, fill=False, lw=2.2, ec="#1d2733")
            )
    labels = [
        f"{int(p)}-{int(n)} {_clip(name, 40)}"
        for p, n, name in order[["programme_no", "policy_plan_no", "policy_plan_ja"]].itertuples(
            index=False
        )
    ]
    ax.set_yticks(np.arange(len(order)), labels, fontsize=8)
    ax.set_xticks(np.arange(len(years)), [year_label(y) for y in years])
    ax.xaxis.tick_top()
    ax.set_xticks(np.arange(len(years) + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(len(order) + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", lw=1.5)
    ax.tick_params(which="minor", length=0)
    ax.set_title(title, fontsize=10)
    _category_legend(ax, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=2)
    return ax


def category_transitions(
    data: Any,
    ax: Axes | None = None,
    *,
    from_year: int | None = None,
    to_year: int | None = None,
) -> Axes:
    """Category transitions between two fiscal years, per action programme.

    Each policy plan is a line from its category in `from_year` (left) to `to_year` (right),
    grouped by action programme; a hollow diamond marks the category against the original
    target where the target was changed.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import plan6, plan6.plot
    >>> ax = plan6.plot.category_transitions(plan6.datasets.kawasaki_plan6())
    >>> ax.get_title()
    'Category transitions FY2011 → FY2012 per action programme'
    """
    plans = _plans(data)
    if plans.empty:
        return _nothing_to_show(
            _new_axes(ax, WIDTH, 3.0),
            ("no policy plans", "施策計画がありません"),
            header(
                "Category transitions per action programme", "アクションプログラム別 区分の推移"
            ),
        )
    years = sorted(plans["fiscal_year"].unique().tolist())
    start = years[0] if from_year is None else from_year
    end = years[-1] if to_year is None else to_year
    for name, year in (("from_year", start), ("to_year", end)):
        if year not in years:
            raise ValueError(f"{name}={year} is not a fiscal year of the data ({years})")
    if start >= end:
        raise ValueError(f"from_year ({start}) must come before to_year ({end})")
    wide = plans.pivot_table(
        index=["programme_no", "policy_plan_no"],
        columns="fiscal_year",
        values="status",
        aggfunc="first",
    )
    changed = plans.set_index(["policy_plan_no", "fiscal_year"])
    programmes = sorted(plans["programme_no"].unique().tolist())
    names = plans.drop_duplicates("programme_no").set_index("programme_no")
    ax = _new_axes(ax, WIDTH, 5.4)
    for k, programme in enumerate(programmes):
        group = wide.loc[programme]
        n = len(group)
        for j, (plan_no, row) in enumerate(group.iterrows()):
            offset = (j - (n - 1) / 2) * min(0.1, 0.6 / max(n, 1))
            x0, x1 = 3 * k, 3 * k + 1.6
            a, b = row.get(start), row.get(end)
            if is_missing(a) or is_missing(b):
                continue
            ax.plot([x0, x1], [a + offset, b + offset], color="#5b6b7c", lw=1.2, zorder=2)
            for x, status, year in ((x0, a, start), (x1, b, end)):
                record = changed.loc[(plan_no, year)]
                star = bool(record.get("target_changed", False))
                ax.scatter(
                    [x],
                    [status + offset],
                    s=46,
                    zorder=3,
                    color=CATEGORY_COLOURS[int(status)],
                    edgecolors="#1d2733",
                    linewidths=1.8 if star else 0.6,
                )
                ref = record.get("reference_status", pd.NA)
                if star and not is_missing(ref):
                    ax.scatter(
                        [x + 0.35],
                        [int(ref) + offset],
                        marker="D",
                        s=30,
                        zorder=3,
                        facecolors="none",
                        edgecolors="#1d2733",
                        linewidths=1,
                    )
                    ax.plot(
                        [x, x + 0.35],
                        [status + offset, int(ref) + offset],
                        ls=":",
                        color="#1d2733",
                        lw=0.8,
                        zorder=2,
                    )
    ticks = [3 * k + 0.8 for k in range(len(programmes))]
    ax.set_xticks(
        ticks,
        [
            _wrap(f"{p} {names.loc[p, 'programme_ja']}", 10)
            if "programme_ja" in names.columns
            else str(p)
            for p in programmes
        ],
        fontsize=8,
    )
    for k in range(len(programmes)):
        ax.text(3 * k, 0.45, year_label(start), ha="center", fontsize=7, color="#5b6b7c")
        ax.text(3 * k + 1.6, 0.45, year_label(end), ha="center", fontsize=7, color="#5b6b7c")
    codes = list(ACHIEVEMENT_CATEGORIES)
    ax.set_yticks(codes, [category_text(c) for c in codes], fontsize=8)
    ax.set_ylim(5.5, 0.3)
    ax.set_xlim(-0.6, 3 * len(programmes) - 0.8)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.scatter(
        [],
        [],
        marker="D",
        facecolors="none",
        edgecolors="#1d2733",
        label=header(
            "against the original target (target changed *)", "当初目標に対する区分（目標変更 *）"
        ),
    )
    # below the (wrapped, up to three-line) programme names
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    bottom = min(
        (t.get_window_extent(renderer).y0 for t in ax.get_xticklabels() if t.get_text()),
        default=ax.get_window_extent(renderer).y0,
    )
    below = float(ax.transAxes.inverted().transform((0, bottom - 4))[1])
    ax.legend(fontsize=8, frameon=False, loc="upper center", bbox_to_anchor=(0.5, below))
    ax.set_title(
        header(
            f"Category transitions {year_label(start)} → {year_label(end)} per action programme",
            f"アクションプログラム別 達成状況区分の推移 {year_label(start)} → {year_label(end)}",
        )
    )
    return ax
