"""The charts' layout, checked on the rendered figures themselves (text extents from the Agg
renderer, not by eye): no text leaves the figure, no value label leaves its axes, no two
texts overlap, the growth axis is scaled to the data (the largest rise is inside the axis,
not clipped), the bullet bands reach the end of the axis, legends say what the bands and the
hatched bar are, names are not cut where there is room, and an empty dataset gives charts
that say there is nothing to show.

Expected values come from the report: +155.6 % (認証件数 23 after 9) and +46.6 % (代位弁済 236
after 161) are FY2012's largest rises; 3,100人 against a plan of 3,100人 is a lower bound.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from typing import Any

import matplotlib.pyplot as plt
import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

import plan6
import plan6.plot

NAMES = ["attainment_bullets", "category_heatmap", "category_transitions", "growth_bars"]


def chart(name: str) -> Callable[..., Any]:
    function: Callable[..., Any] = getattr(plan6.plot, name)
    return function


def drawn_texts(ax: Axes) -> list[Text]:
    """The texts an Axes draws: its titles, axis labels, tick labels of ticks inside the
    view, texts and annotations, and its legend."""
    found = [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label]
    for axis in (ax.xaxis, ax.yaxis) if ax.axison else ():
        low, high = sorted(axis.get_view_interval())
        for tick in axis.get_major_ticks():
            if low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                found += [tick.label1, tick.label2]
    found += list(ax.texts)
    if ax.get_legend() is not None:
        found += list(ax.get_legend().get_texts())
    return found


def texts(figure: Figure) -> list[tuple[Text, Bbox]]:
    """Every visible, non-empty text of the figure's axes with its extent in pixels, drawn."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    found = []
    for ax in figure.axes:
        for text in drawn_texts(ax):
            if text.get_visible() and text.get_text().strip():
                found.append((text, text.get_window_extent(renderer)))
    return found


def overlaps(first: Bbox, second: Bbox, slack: float = 0.5) -> bool:
    width = min(first.x1, second.x1) - max(first.x0, second.x0)
    height = min(first.y1, second.y1) - max(first.y0, second.y0)
    return width > slack and height > slack


def check_layout(ax: Axes) -> None:
    figure = ax.figure
    found = texts(figure)
    assert found
    page = figure.bbox
    for text, box in found:
        inside = page.x0 - 1 <= box.x0 and box.x1 <= page.x1 + 1
        inside = inside and page.y0 - 1 <= box.y0 and box.y1 <= page.y1 + 1
        assert inside, f"{text.get_text()!r} leaves the figure"
    axes = ax.get_window_extent()
    for text in ax.texts:
        if not text.get_text().strip():
            continue
        box = text.get_window_extent()
        inside = axes.x0 - 1 <= box.x0 and box.x1 <= axes.x1 + 1
        inside = inside and axes.y0 - 1 <= box.y0 and box.y1 <= axes.y1 + 1
        assert inside, f"{text.get_text()!r} leaves the axes"
    crossing = [
        (a.get_text(), b.get_text())
        for (a, box_a), (b, box_b) in combinations(found, 2)
        if overlaps(box_a, box_b)
    ]
    assert crossing == []


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_no_text_overlaps_or_leaves_the_chart(
    name: str, language: str, kawasaki: plan6.datasets.EvaluationDataset
) -> None:
    with plan6.options.context(language=language):
        check_layout(chart(name)(kawasaki))


@pytest.mark.parametrize("fiscal_year", [2011, 2012])
def test_layout_holds_for_each_year(
    fiscal_year: int, kawasaki: plan6.datasets.EvaluationDataset
) -> None:
    check_layout(plan6.plot.growth_bars(kawasaki, fiscal_year=fiscal_year))
    check_layout(plan6.plot.attainment_bullets(kawasaki, fiscal_year=fiscal_year))


def test_the_layout_check_can_fail() -> None:
    _, ax = plt.subplots(figsize=(3, 2))
    ax.text(0.5, 0.5, "計画を上回る426人", transform=ax.transAxes)
    ax.text(0.52, 0.5, "計画を上回る426人", transform=ax.transAxes)
    with pytest.raises(AssertionError):
        check_layout(ax)
    _figure, ax = plt.subplots(figsize=(3, 2))
    ax.text(0.9, 0.5, "a label crossing the right spine", transform=ax.transAxes)
    with pytest.raises(AssertionError, match="leaves"):
        check_layout(ax)


def test_growth_is_scaled_to_the_data(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    ax = plan6.plot.growth_bars(kawasaki, fiscal_year=2012)
    assert ax.get_xscale() == "symlog"
    bars = sorted((p.get_width() for p in ax.patches), reverse=True)
    # the two largest rises keep their own length: 23 / 9 − 1 and 39 / 17 − 1, in percent
    assert bars[0] == pytest.approx((23 / 9 - 1) * 100)
    assert bars[1] == pytest.approx((39 / 17 - 1) * 100)
    left, right = ax.get_xlim()
    assert left < min(bars)
    assert max(bars) < right
    # on the screen +155.6 % is clearly longer than +46.6 % (not both at a cap)
    zero = ax.transData.transform((0, 0))[0]
    long = ax.transData.transform((bars[0], 0))[0] - zero
    short = ax.transData.transform(((236 / 161 - 1) * 100, 0))[0] - zero
    assert long > short * 1.2
    assert "symmetric log" in ax.get_xlabel()


def test_bullet_bands_reach_the_end_of_the_axis_and_the_legend_says_why(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    ax = plan6.plot.attainment_bullets(kawasaki)
    ax.figure.canvas.draw()
    right = ax.get_window_extent().x1
    bands = [p for p in ax.patches if p.get_zorder() == 0]
    assert len(bands) == 3
    assert max(p.get_window_extent().x1 for p in bands) >= right - 1
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "below 80 % of plan" in legend
    assert any("lower bound" in t for t in legend)
    hatched = [p for p in ax.patches if p.get_hatch()]
    assert len(hatched) == 1  # 技能フェスティバル: > 3,100人 against 3,100人


def test_names_are_not_cut_where_there_is_room(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    heatmap = plan6.plot.category_heatmap(kawasaki)
    labels = [t.get_text() for t in heatmap.get_yticklabels()]
    assert "1-2 国際的視点に基づく水関連事業を活用した産業施策の推進" in labels
    transitions = plan6.plot.category_transitions(kawasaki)
    names = [t.get_text().replace("\n", "") for t in transitions.get_xticklabels()]
    assert "1 国際的視点に基づく産業振興" in names


@pytest.mark.parametrize("name", NAMES)
def test_empty_data_says_there_is_nothing_to_show(
    name: str, kawasaki: plan6.datasets.EvaluationDataset
) -> None:
    empty = plan6.datasets.EvaluationDataset(
        "空の評価", kawasaki.plans.iloc[:0], kawasaki.facts.iloc[:0], ""
    )
    ax = chart(name)(empty)
    assert any(t.get_text().startswith("Nothing to show") for t in ax.texts)
    check_layout(ax)
