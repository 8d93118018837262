"""Charts: each renders to a non-trivial PNG, returns its Axes, draws on a given Axes, and no
glyph falls back to an empty box (every character of every text is in the font matplotlib
resolves for that text).

Expected labels come from the report (426 jobs against a plan of 320 → 133.1 %; the four
changed targets of FY2012, one of them with reference category 4) and hand calculation.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.text import Text

import plan6
import plan6.plot

CHARTS: dict[str, Callable[..., Any]] = {
    "attainment_bullets": plan6.plot.attainment_bullets,
    "growth_bars": plan6.plot.growth_bars,
    "category_heatmap": plan6.plot.category_heatmap,
    "category_transitions": plan6.plot.category_transitions,
}


def render(figure: Figure) -> np.ndarray:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=60)
    buffer.seek(0)
    return np.asarray(plt.imread(buffer, format="png"))


def charmap(path: str, cache: dict[str, set[int]] = {}) -> set[int]:  # noqa: B006
    if path not in cache:
        cache[path] = set(FT2Font(path).get_charmap())
    return cache[path]


def missing_glyphs(figure: Figure) -> list[tuple[str, str, str]]:
    """(text, character, font file) for every visible character the resolved font lacks."""
    figure.canvas.draw()  # creates the tick labels
    missing = []
    for text in figure.findobj(Text):
        content = text.get_text()
        if not text.get_visible() or not content.strip():
            continue
        path = font_manager.findfont(text.get_fontproperties(), fallback_to_default=False)
        covered = charmap(path)
        for char in content:
            if not char.isspace() and ord(char) not in covered:
                missing.append((content, char, path))
    return missing


def all_texts(figure: Figure) -> list[str]:
    figure.canvas.draw()
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_renders_without_tofu(name: str, kawasaki: plan6.datasets.EvaluationDataset) -> None:
    ax = CHARTS[name](kawasaki)
    assert isinstance(ax, matplotlib.axes.Axes)
    image = render(ax.figure)
    pixels = image[..., :3].reshape(-1, 3)
    ink = float((pixels < 0.98).any(axis=1).mean())
    assert 0.02 < ink < 0.95, f"{name}: {ink:.3f} of the pixels are drawn"
    assert len(np.unique((pixels * 255).astype(np.uint8), axis=0)) > 20
    texts = all_texts(ax.figure)
    assert any(any("\u3040" <= c <= "\u9fff" for c in t) for t in texts), "no Japanese text"
    assert missing_glyphs(ax.figure) == []


def test_the_glyph_check_can_fail() -> None:
    figure = plt.figure()
    figure.text(0.5, 0.5, "施策計画", fontfamily="DejaVu Sans")
    # matplotlib warns too (an error under this suite's -W error, so the charts can't tofu)
    with pytest.warns(UserWarning, match="missing from font"):
        missing = missing_glyphs(figure)
    assert [char for _, char, _ in missing] == list("施策計画")


def test_japanese_font_is_ipaex_gothic() -> None:
    assert plan6.plot.japanese_font() == "IPAexGothic"
    path = font_manager.findfont(font_manager.FontProperties(family="IPAexGothic"))
    assert path.endswith("ipaexg.ttf")
    # the whole 達成状況区分 vocabulary and the report's number style
    labels = "".join(c.ja for c in plan6.categories.ACHIEVEMENT_CATEGORIES.values())
    assert {ord(c) for c in labels + "391億7,319万円 133.1 % ＊→−"} <= charmap(path)


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_draws_on_the_given_axes(name: str, kawasaki: plan6.datasets.EvaluationDataset) -> None:
    figure, axes = plt.subplots(1, 2)
    assert CHARTS[name](kawasaki, ax=axes[1]) is axes[1]
    assert len(figure.axes) == 2
    assert not axes[0].has_data()


def test_bullets_show_attainment_against_plan(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    ax = plan6.plot.attainment_bullets(kawasaki, fiscal_year=2012)
    labels = [t.get_text() for t in ax.texts]
    # 緊急雇用創出事業 FY2012: 426 jobs against a plan of 320, 426 / 320 = 133.1 %
    assert any("426人 / 320人" in t and "133.1 %" in t for t in labels), labels


def test_growth_bars_are_sorted(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    ax = plan6.plot.growth_bars(kawasaki)
    widths = [p.get_width() for p in ax.patches if p.get_height() == pytest.approx(0.6)]
    assert widths == sorted(widths, reverse=True)
    # 求職登録者 827 vs 752 (the report's 前年度 value): +10.0 %
    assert any("+10.0 %" in t.get_text() and "752人 → 827人" in t.get_text() for t in ax.texts)


def test_growth_bars_name_an_undefined_growth() -> None:
    import pandas as pd

    facts = pd.DataFrame(
        {
            "value": [5.0, 12.0],
            "prior": [0.0, 10.0],
            "metric_ja": ["新規事業", "相談件数"],
            "fiscal_year": [2012, 2012],
            "unit": ["cases", "cases"],
            "unit_ja": ["件", "件"],
        }
    )
    ax = plan6.plot.growth_bars(facts)
    texts = [t.get_text() for t in ax.texts]
    assert any(t.startswith("—") and "0件 → 5件" in t for t in texts), texts
    assert any("+20.0 %" in t for t in texts)  # 12 / 10 - 1


def test_heatmap_marks_the_changed_targets(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    ax = plan6.plot.category_heatmap(kawasaki)
    cells = [t.get_text() for t in ax.texts]
    assert len(cells) == 30  # 15 policy plans × 2 fiscal years
    assert sum("*" in c for c in cells) == 4
    assert sum("(ref. 4)" in c for c in cells) == 1  # 産業人材の育成と活用, FY2012
    outlined = [p for p in ax.patches if not p.get_fill()]
    assert len(outlined) == 4
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "6-14 産業人材の育成と活用" in labels


def test_transitions_default_to_the_first_and_last_year(
    kawasaki: plan6.datasets.EvaluationDataset,
) -> None:
    ax = plan6.plot.category_transitions(kawasaki)
    assert len(ax.lines) >= 15  # one line per policy plan (plus reference links)
    with pytest.raises(ValueError, match="from_year"):
        plan6.plot.category_transitions(kawasaki, from_year=2009)
    with pytest.raises(ValueError, match="before"):
        plan6.plot.category_transitions(kawasaki, from_year=2012, to_year=2011)


def test_language_switch(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    with plan6.options.context(language="ja"):
        ax = plan6.plot.category_heatmap(kawasaki)
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert ax.get_title() == "施策計画別・年度別の達成状況区分"
    assert "3 目標をほぼ達成" in legend
    assert missing_glyphs(ax.figure) == []
    english = plan6.plot.category_heatmap(kawasaki)
    assert "3 目標をほぼ達成 (target nearly achieved)" in [
        t.get_text() for t in english.get_legend().get_texts()
    ]


def test_bad_input_is_a_clear_error(kawasaki: plan6.datasets.EvaluationDataset) -> None:
    import pandas as pd

    with pytest.raises(TypeError, match="data must be"):
        plan6.plot.growth_bars([1, 2, 3])
    with pytest.raises(ValueError, match="lacks the columns"):
        plan6.plot.attainment_bullets(pd.DataFrame({"value": [1.0]}))
    with pytest.raises(TypeError, match="ax must be"):
        plan6.plot.category_heatmap(kawasaki, ax="left")  # type: ignore[arg-type]
    plans = kawasaki.plans.assign(status=7)
    with pytest.raises(ValueError, match="categories 1-5"):
        plan6.plot.category_heatmap(plans)


def test_font_falls_back_to_a_system_font_then_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    # The font logic lives in plan6.rendering.plot (plan6.plot re-exports it).
    from plan6.rendering import plot

    # Without matplotlib-fontja, a Japanese font known to matplotlib is used ...
    monkeypatch.setattr(plot, "_fontja_file", lambda: None)
    monkeypatch.setattr(plot, "_font_checked", False)
    monkeypatch.setattr(plot, "_font_family", None)
    with matplotlib.rc_context():
        assert plot.japanese_font() == "IPAexGothic"  # registered above, as on a system
    # ... and with none at all, one warning names the fix; later calls stay quiet.
    monkeypatch.setattr(plot, "_font_checked", False)
    monkeypatch.setattr(plot, "_font_family", None)
    monkeypatch.setattr(plot, "JAPANESE_FONTS", ("No Such Font JP",))
    with matplotlib.rc_context(), pytest.warns(UserWarning, match=r"plan6\[plot\]"):
        assert plot.japanese_font() is None
    assert plan6.plot.japanese_font() is None
