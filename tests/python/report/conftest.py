"""Documents the tests write themselves: PDFs typeset with reportlab in IPAex Gothic (Debian's
fonts-ipaexfont-gothic), workbooks, HTML pages; and the clean reading of the bundled report
text that every format must give back."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd
import pytest

import plan6

FONT_DIRS = [Path("/usr/share/fonts/opentype/ipaexfont-gothic"), Path("/usr/share/fonts")]


@pytest.fixture(scope="session")
def font() -> str:
    """IPAex Gothic registered with reportlab (the Makefile installs the Debian package)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in FONT_DIRS:
        found = sorted(folder.rglob("ipaexg.ttf")) if folder.exists() else []
        if found:
            pdfmetrics.registerFont(TTFont("IPAexG", str(found[0])))
            return "IPAexG"
    raise AssertionError("ipaexg.ttf not found: apt-get install fonts-ipaexfont-gothic")


@pytest.fixture(scope="session")
def reference_text() -> str:
    return plan6.datasets.kawasaki_plan6_text()


@pytest.fixture(scope="session")
def clean_reading(reference_text: str) -> plan6.Extraction:
    """The bundled report text read as it is: what every other form must give back."""
    return plan6.read_report(reference_text)


def fact_keys(facts: pd.DataFrame) -> pd.DataFrame:
    """What a fact is, without where it was found (spans differ between forms)."""
    columns = ["policy_plan_ja", "fiscal_year", "section", "metric_ja", "value", "unit"]
    return facts[columns].astype(str).sort_values(columns).reset_index(drop=True)


def plan_keys(plans: pd.DataFrame) -> pd.DataFrame:
    columns = ["policy_plan_ja", "fiscal_year", "status", "target_changed", "reference_status"]
    return plans[columns].astype(str).sort_values(columns).reset_index(drop=True)


def assert_same_reading(other: plan6.Extraction, clean: plan6.Extraction) -> None:
    pd.testing.assert_frame_equal(fact_keys(other.facts), fact_keys(clean.facts))
    pd.testing.assert_frame_equal(plan_keys(other.plans), plan_keys(clean.plans))


@pytest.fixture(scope="session")
def typeset(font: str) -> Callable[..., bytes]:
    """Typeset lines as a PDF: ``pages`` is a list of pages, each a list of
    (x, y-from-top, text, size) items; optional header and footer on every page."""

    def make(
        pages: Sequence[Sequence[tuple[float, float, str, float]]],
        size: tuple[float, float] = (595, 842),
        header: str | None = None,
        footer: bool = False,
        **canvas_options: object,
    ) -> bytes:
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=size, **canvas_options)  # type: ignore[arg-type]
        width, height = size
        for number, items in enumerate(pages, start=1):
            if header:
                pdf.setFont(font, 7)
                pdf.drawString(40, height - 28, header)
            if footer:
                pdf.setFont(font, 7)
                pdf.drawCentredString(width / 2, 18, f"- {number} -")
            for x, y, text, font_size in items:
                pdf.setFont(font, font_size)
                pdf.drawString(x, height - y, text)
            pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    return make


@pytest.fixture(scope="session")
def report_pdf(typeset: Callable[..., bytes], reference_text: str) -> bytes:
    """The bundled report text typeset as a PDF: one text line per PDF line, 60 lines a
    page, a page header and a page number on each page. Pages break between two lines of
    text (a blank line at the top of a page leaves nothing on the page to read back)."""
    lines = reference_text.split("\n")
    size = 8.0
    width = 40 + max(len(line) for line in lines) * size + 40
    pages = []
    start = 0
    while start < len(lines):
        end = min(start + 60, len(lines))
        while end < len(lines) and not (lines[end - 1].strip() and lines[end].strip()):
            end -= 1
        pages.append([(40.0, 60 + 12 * i, line, size) for i, line in enumerate(lines[start:end])])
        start = end
    return typeset(pages, size=(width, 842), header="施策評価報告書（試験用）", footer=True)


@pytest.fixture(scope="session")
def same_reading() -> Callable[[plan6.Extraction, plan6.Extraction], None]:
    """Assert that two readings hold the same facts and plan-years (spans aside)."""
    return assert_same_reading


@pytest.fixture(scope="module")
def report() -> plan6.Extraction:
    """The reference report read by the extractor."""
    return plan6.read_report(plan6.datasets.kawasaki_plan6_text())
