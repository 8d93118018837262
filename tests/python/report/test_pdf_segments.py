"""The segments of a PDF page from the compiled core (plan6._core.report.pdf_page_segments,
fed PDFium's own FPDFText_GetLooseCharBox) against an independent implementation: the pure
Python segmenter plan6 used before the core had one, kept here as the reference. Both must
give the same segments, to the last bit of every coordinate, on PDFs typeset with reportlab
(the report, the layouts of test_documents_pdf, the benchmark's two documents) and on
made-up texts with made-up boxes (hypothesis); and the same Document from read_document.
The file is long because the reference is the old reader's segmenter and ordering whole.
"""

from __future__ import annotations

import ctypes
import importlib.util
import itertools
import operator
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plan6._core.report import pdf_page_segments
from plan6.report.documents import _pdf, _pdf_layout, read_document
from plan6.report.documents._pdf_layout import Segment, order_rows
from plan6.report.documents._pdf_tables import PdfTable, table_from_bands

Box = tuple[float, float, float, float]
Row = tuple[str, float, float, float, float]

# ---------------------------------------------------------------------------------------
# The reference: plan6's Python segmenter as it was (plan6/report/documents/_pdf.py and
# _pdf_layout.py before the port), with the box function passed in.

_CLASS = "\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u9fff\uf900-\ufaff0-9０-９々〆"
_SPACED = re.compile(f"^[{_CLASS}]{{1,2}}$")
_RUN = re.compile(f"^[{_CLASS}]+$")
LETTER_SPACED = re.compile(f"(?<!\\S)[{_CLASS}]{{1,2}}(?:[ \\u3000][{_CLASS}]{{1,2}})+(?!\\S)")
_SPACING = 1.1
_EVEN = 0.35
_LINE = re.compile(r"[^\s\x00-\x1f](?:[^\r\n\x00-\x1f]*[^\s\x00-\x1f])?")
_PIECE = re.compile(r"[^\s\x00-\x1f]+")


@dataclass
class Piece:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    separator: str = " "

    @property
    def em(self) -> float:
        return max(self.bottom - self.top, 1.0)


def _even_run(pieces: Sequence[Piece], start: int, em: float) -> int:
    end = start + 1
    if not _SPACED.match(pieces[start].text):
        return end
    first_gap: float | None = None
    while end < len(pieces) and _SPACED.match(pieces[end].text):
        gap = pieces[end].x0 - pieces[end - 1].x1
        if gap > _SPACING * em or (first_gap is not None and abs(gap - first_gap) > _EVEN * em):
            break
        first_gap = gap if first_gap is None else first_gap
        end += 1
    if end - start >= 2 and any(len(p.text) == 1 for p in pieces[start:end]):
        return end
    return start + 1


def _separator(piece: Piece) -> str:
    if "\u3000" in piece.separator:
        return "\u3000" * piece.separator.count("\u3000")
    return " "


def join_pieces(pieces: Sequence[Piece]) -> str:
    if not pieces:
        return ""
    em = statistics.median(p.em for p in pieces)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        end = _even_run(pieces, i, em)
        if end - i >= 2:
            gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(pieces[i:end])]
            low = min(gaps) - _EVEN * em
            high = min(max(gaps) + _EVEN * em, _SPACING * em)
            while (
                end < len(pieces)
                and _RUN.match(pieces[end].text)
                and (low <= pieces[end].x0 - pieces[end - 1].x1 <= high)
            ):
                end += 1
            run = "".join(p.text for p in pieces[i:end])
            if (
                i > 0
                and _RUN.match(pieces[i - 1].text)
                and (low <= pieces[i].x0 - pieces[i - 1].x1 <= high)
            ):
                out[-1] += run
            else:
                out.append((_separator(pieces[i]) if i else "") + run)
        else:
            out.append((_separator(pieces[i]) if i else "") + pieces[i].text)
        i = end
    return "".join(out)


def _consistent(first: Box, last: Box, text: str) -> bool:
    em = first[3] - first[1]
    if last[3] - last[1] > em:
        em = last[3] - last[1]
    if em < 1.0:
        em = 1.0
    width = last[2] - first[0]
    if width < -0.2 * em or -0.5 * em >= first[1] - last[1] or first[1] - last[1] >= 0.5 * em:
        return False
    return width <= ((0.62 * len(text) if text.isascii() else len(text)) + 1.0) * em


Run = tuple[int, int, Box, Box]


def _bisect(box: Callable[[int], Box], text: str, start: int, end: int) -> list[Run]:
    first = box(start)
    last = box(end - 1) if end - start > 1 else first
    if end - start == 1 or _consistent(first, last, text[start:end]):
        return [(start, end, first, last)]
    middle = (start + end) // 2
    return _bisect(box, text, start, middle) + _bisect(box, text, middle, end)


def _split(box: Callable[[int], Box], text: str, start: int, end: int, ends: Run) -> list[Run]:
    runs: list[Run] = []
    for match in _PIECE.finditer(text, start, end):
        a, b = match.span()
        first = ends[2] if a == start else box(a)
        last = ends[3] if b == end else (first if b - a == 1 else box(b - 1))
        if b - a == 1 or _consistent(first, last, text[a:b]):
            runs.append((a, b, first, last))
        else:
            runs.extend(_bisect(box, text, a, b))
    merged = [runs[0]]
    for run in runs[1:]:
        run_start, _, run_first, end_box = merged[-1]
        next_box = run[2]
        em = max(end_box[3] - end_box[1], 1.0)
        gap = next_box[0] - end_box[2]
        if abs(end_box[1] - next_box[1]) < 0.5 * em and -0.2 * em <= gap <= em:
            merged[-1] = (run_start, run[1], run_first, run[3])
        else:
            merged.append(run)
    return merged


def _spaced_text(box: Callable[[int], Box], text: str, start: int, end: int) -> str:
    pieces: list[Piece] = []
    previous_end = start
    for match in _PIECE.finditer(text, start, end):
        a, b = box(match.start()), box(match.end() - 1)
        separator = text[previous_end : match.start()] if pieces else ""
        pieces.append(Piece(match.group(), a[0], b[2], min(a[1], b[1]), max(a[3], b[3]), separator))
        previous_end = match.end()
    return join_pieces(pieces)


def reference_segments(box: Callable[[int], Box], text: str) -> list[Row]:
    """The page's segments as (text, x0, x1, top, bottom), the way plan6's Python had them."""
    spaced_at = [m.start() for m in LETTER_SPACED.finditer(text)]
    spaced_index = 0
    found: list[list[Any]] = []
    previous_end = 0
    for match in _LINE.finditer(text):
        start, end = match.span()
        first = box(start)
        last = box(end - 1) if end - start > 1 else first
        if end - start > 1 and not _consistent(first, last, match.group()):
            runs = _split(box, text, start, end, (start, end, first, last))
        else:
            runs = [(start, end, first, last)]
        for a, b, first, last in runs:
            run = text[a:b]
            while spaced_index < len(spaced_at) and spaced_at[spaced_index] < a:
                spaced_index += 1
            if spaced_index < len(spaced_at) and spaced_at[spaced_index] < b:
                run = _spaced_text(box, text, a, b)
            top = first[1] if first[1] < last[1] else last[1]
            bottom = first[3] if first[3] > last[3] else last[3]
            if found:
                previous = found[-1]
                size = bottom - top if bottom - top > 1.0 else 1.0
                gap = first[0] - previous[2]
                if -0.2 * size <= gap <= 1.2 * size and abs(top - previous[3]) < 0.5 * size:
                    between = text[previous_end:a]
                    spaced = " " in between or "\u3000" in between
                    previous[0] += (" " if spaced or gap >= 0.3 * size else "") + run
                    previous[2] = max(previous[2], last[2])
                    previous[3], previous[4] = min(previous[3], top), max(previous[4], bottom)
                    previous_end = b
                    continue
            found.append([run, first[0], last[2], top, bottom])
            previous_end = b
    return [(t, x0, x1, top, bottom) for t, x0, x1, top, bottom in found]


# The reading order, as _pdf_layout.py had it.

_GUTTER = 1.2
_PROSE_WIDTH = 10.0
_TOP = operator.attrgetter("top")
_LEFT = operator.attrgetter("x0")
_TOP_LEFT = operator.attrgetter("top", "x0")


def _bands(blocks: Sequence[Any]) -> list[list[Any]]:
    """Blocks grouped into horizontal bands whose vertical extents overlap."""
    bands: list[list[Any]] = []
    bottom = float("-inf")
    for block in sorted(blocks, key=_TOP_LEFT):
        if bands and min(block.bottom, bottom) - block.top > 0.3 * (block.bottom - block.top):
            bands[-1].append(block)
            bottom = max(bottom, block.bottom)
        else:
            bands.append([block])
            bottom = block.bottom
    return [sorted(band, key=_LEFT) if len(band) > 1 else band for band in bands]


def _gutters(band: Sequence[Any], em: float) -> list[tuple[float, float]]:
    """Free x-intervals inside a band (text on both sides), at least a gutter wide."""
    free = []
    reach = band[0].x1
    for block in band[1:]:
        if block.x0 - reach >= _GUTTER * em:
            free.append((reach, block.x0))
        reach = max(reach, block.x1)
    return free


def _intersect(
    gutters: Sequence[tuple[float, float]], other: Sequence[tuple[float, float]], em: float
) -> list[tuple[float, float]]:
    found = []
    for a0, a1 in gutters:
        for b0, b1 in other:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= 0.5 * _GUTTER * em:
                found.append((lo, hi))
    return found


def _one_side(
    band: Sequence[Any], gutters: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The gutters a band leaves free (none of its blocks crosses them)."""
    return [g for g in gutters if all(b.x1 <= g[0] + 1 or b.x0 >= g[1] - 1 for b in band)]


def _is_prose(left: Sequence[Any], right: Sequence[Any], em: float) -> bool:
    """Columns of prose, not the columns of a table: each side wide, with several lines."""
    for side in (left, right):
        if len(side) < 2 or max(b.x1 for b in side) - min(b.x0 for b in side) < _PROSE_WIDTH * em:
            return False
    return True


def _stacked(blocks: Sequence[Any]) -> bool:
    """Whether every block lies below the one before it (a page of single lines)."""
    return all(b.top >= a.bottom - 0.3 * (b.bottom - b.top) for a, b in itertools.pairwise(blocks))


def reference_order_rows(blocks: Sequence[Any]) -> list[list[Any]]:
    """Blocks in reading order, as rows each read left to right."""
    if not blocks:
        return []
    ordered = sorted(blocks, key=_TOP)
    if _stacked(ordered):
        return [[b] for b in ordered]
    em = statistics.median(b.em for b in blocks)
    bands = _bands(blocks)
    rows: list[list[Any]] = []
    i = 0
    while i < len(bands):
        gutters = _gutters(bands[i], em)
        if not gutters:
            rows.append(bands[i])
            i += 1
            continue
        j = i + 1  # the region runs down while bands keep a gutter in common with it
        while j < len(bands):
            own = _gutters(bands[j], em)
            common = _intersect(gutters, own, em) if own else _one_side(bands[j], gutters)
            if not common:
                break
            gutters, j = common, j + 1
        k = i  # ... and up over single blocks on one side of it (a column starting higher)
        while k > 0 and rows and rows[-1] is bands[k - 1] and len(rows[-1]) == 1:
            if not _one_side(rows[-1], gutters):
                break
            rows.pop()
            k -= 1
        region = [b for band in bands[k:j] for b in band]
        cut = max(gutters, key=lambda g: g[1] - g[0])
        middle = (cut[0] + cut[1]) / 2
        left = [b for b in region if b.centre < middle]
        right = [b for b in region if b.centre >= middle]
        if j - k >= 2 and _is_prose(left, right, em):
            rows.extend(reference_order_rows(left))
            rows.extend(reference_order_rows(right))
        else:
            rows.extend(_table_or_bands(bands[k:j], gutters))
        i = j
    return rows


def _table_or_bands(bands: list[list[Any]], gutters: list[tuple[float, float]]) -> list[list[Any]]:
    """Bands side by side that are not columns of prose: a table when two or more of them
    have text in two columns, else the bands as lines."""
    table = table_from_bands(bands, gutters)
    return bands if table is None else [[table]]


# ---------------------------------------------------------------------------------------
# Both on real PDFs.


def _pdfium_box(textpage: Any, top_of_page: float) -> Callable[[int], Box]:
    import pypdfium2.raw as raw

    rect = raw.FS_RECTF()

    def box(index: int) -> Box:
        if not raw.FPDFText_GetLooseCharBox(textpage, index, ctypes.byref(rect)):
            return (0.0, 0.0, 0.0, 0.0)
        return (rect.left, top_of_page - rect.top, rect.right, top_of_page - rect.bottom)

    return box


def _pages(data: bytes) -> list[tuple[str, list[Row], list[Row]]]:
    """Each page's text, its segments from the core and from the reference."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    address = ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
    pdf = pdfium.PdfDocument(data)
    found = []
    for index in range(len(pdf)):
        page = pdf[index]
        height = page.get_size()[1]
        textpage = page.get_textpage()
        text = _pdf._page_text(textpage, textpage.count_chars())
        handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        core = list(zip(*pdf_page_segments(text, address, handle, height), strict=True))
        found.append((text, core, reference_segments(_pdfium_box(textpage, height), text)))
        textpage.close()
        page.close()
    pdf.close()
    return found


def _load(path: Path) -> Any:
    """A module of the source tree that is not a package (a benchmark, another test file)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pdfs(typeset: Callable[..., bytes], report_pdf: bytes) -> dict[str, bytes]:
    """The PDFs the other tests read, and the benchmark's."""
    bench = _load(Path(__file__).parents[3] / "benchmarks" / "bench_documents.py")
    layouts = _load(Path(__file__).with_name("test_documents_pdf.py"))
    words = ["平成28年度", "10回", "目標\u3000値"]
    spaced = [(40, 60 + 14 * i, " ".join(word), 10) for i, word in enumerate(words)]
    return {
        "report": report_pdf,
        "two columns": typeset([layouts._two_columns_and_a_table()]),
        "letter spaced": typeset([[*spaced, (40, 120, "目 標\u3000値 1 0 0 件", 10)]]),
        "benchmark report": bench.report_pdf(),
        "benchmark layout": bench.layout_pdf(pages=6),
    }


def test_the_core_and_the_reference_agree_on_every_page(pdfs: dict[str, bytes]) -> None:
    for name, data in pdfs.items():
        for number, (text, core, reference) in enumerate(_pages(data), start=1):
            assert core == reference, f"{name}, page {number}: {text[:60]!r}"
    # the comparison saw letter-spaced text joined (平 成 2 8 年 度 typeset with its spaces)
    texts = [row[0] for _, core, _ in _pages(pdfs["letter spaced"]) for row in core]
    assert "平成28年度" in texts


def test_read_document_gives_what_the_reference_gives(
    pdfs: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    core = {name: read_document(data) for name, data in pdfs.items()}

    def python_segments(textpage: Any, text: str, top_of_page: float) -> list[Segment]:
        box = _pdfium_box(textpage, top_of_page)
        return [Segment(*row) for row in reference_segments(box, text)]

    monkeypatch.setattr(_pdf, "_segments", python_segments)
    monkeypatch.setattr(_pdf_layout, "order_rows", reference_order_rows)
    for name, data in pdfs.items():
        reference = read_document(data)
        assert core[name].text == reference.text, name
        assert core[name].pages == reference.pages, name
        assert core[name].tables == reference.tables, name
        assert core[name].contents == reference.contents, name
        assert core[name].furniture == reference.furniture, name
    # the comparison covered tables: the one under the two columns (by hand, as in
    # test_documents_pdf), and the benchmark's year grids
    assert len(core["two columns"].tables) == 1
    assert core["benchmark layout"].tables


# ---------------------------------------------------------------------------------------
# Both on made-up text with made-up boxes, through a C callback the core calls.


class _Rect(ctypes.Structure):
    _fields_ = [(name, ctypes.c_float) for name in ("left", "top", "right", "bottom")]


_BOX_FUNCTION = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(_Rect))
_TOP_OF_PAGE = 842.0

# Kanji, kana, digits (ASCII and full width), Latin, the middle dot, punctuation, white
# space of several kinds and control characters.
_ALPHABET = "平成年度目標実績かなカナ・0123４５abc%、 \u3000\u3000\t\n\r\x00\xa0\u2003"
_SPACEABLE = "平成年度目標かナ0123４５・a"
_BETWEEN = [" ", " ", " ", "\u3000", "  ", "\n", "\r\n", "、", ""]


@st.composite
def _pages_of_boxes(draw: st.DrawFn) -> tuple[str, list[Box | None]]:
    """A text and, for each character, a box (PDF coordinates, y upwards) or None for no box:
    characters laid out left to right with small or large gaps, now and then a new line,
    now and then a jump (PDFium's order is not the page's)."""
    if draw(st.booleans()):
        text = draw(st.text(alphabet=_ALPHABET, min_size=1, max_size=40))
    else:  # pieces of text between spaces, mostly short and spaceable: letter spacing
        pieces = draw(st.lists(st.text(alphabet=_SPACEABLE, min_size=1, max_size=3), max_size=12))
        text = "".join(p + draw(st.sampled_from(_BETWEEN)) for p in pieces) or "平"
    boxes: list[Box | None] = []
    x, y, size = 40.0, 800.0, 10.0
    for _ in text:
        move = draw(st.sampled_from(["next", "next", "next", "gap", "line", "jump", "none"]))
        if move == "none":
            boxes.append(None)
            continue
        if move == "gap":
            x += draw(st.sampled_from([1.0, 1.5, 3.0, 4.5, 6.5, 11.0, 40.0]))
        elif move == "line":
            x, y = 40.0, y - draw(st.sampled_from([4.0, 12.0, 14.0]))
        elif move == "jump":
            x, y = draw(st.sampled_from([(40.0, 800.0), (300.0, 800.0), (300.0, 760.0)]))
        size = draw(st.sampled_from([size, 0.5, 9.0, 10.0, 14.0]))
        width = draw(st.sampled_from([size, size / 2, size * 0.625]))
        boxes.append((x, y, x + width, y - size))  # left, top, right, bottom: y upwards
        x += width
    return text, boxes


def _row_of_boxes(*spans: tuple[float, float]) -> list[Box | None]:
    return [(x0, 800.0, x1, 790.0) for x0, x1 in spans]


@given(_pages_of_boxes())
@settings(max_examples=400, deadline=None)
# the edges, by hand: ASCII 0.625 em wide with a gap of 1.1 em (over 0.62 em a character
# plus one: cut), a line continued after a gap of 0.35 em (over 0.3 em: a space), and two
# pieces 1.15 em apart (over 1.1 em: not letter spacing)
@example(("平 成", [*_row_of_boxes((0, 10)), None, *_row_of_boxes((21.5, 31.5))]))
@example(("1234", _row_of_boxes((40, 46.25), (46.25, 52.5), (63.5, 69.75), (69.75, 76))))
@example(
    (
        "平成\n28",
        [*_row_of_boxes((0, 10), (10, 20)), None, *_row_of_boxes((23.5, 28.5), (28.5, 33.5))],
    )
)
def test_the_core_and_the_reference_agree_on_made_up_boxes(
    page: tuple[str, list[Box | None]],
) -> None:
    text, boxes = page

    @_BOX_FUNCTION
    def fake(_: object, index: int, out: Any) -> int:
        found = boxes[index]
        if found is None:
            return 0
        out[0].left, out[0].top, out[0].right, out[0].bottom = found
        return 1

    def box(index: int) -> Box:  # the same boxes for the reference, y downwards
        found = boxes[index]
        if found is None:
            return (0.0, 0.0, 0.0, 0.0)
        left, top, right, bottom = found
        return (left, _TOP_OF_PAGE - top, right, _TOP_OF_PAGE - bottom)

    address = ctypes.cast(fake, ctypes.c_void_p).value
    core = list(zip(*pdf_page_segments(text, address, 1, _TOP_OF_PAGE), strict=True))
    assert core == reference_segments(box, text)


def test_bad_arguments_are_value_errors() -> None:
    with pytest.raises(ValueError, match="box_function must be the address"):
        pdf_page_segments("文", 0, 1, 842.0)
    with pytest.raises(ValueError, match="textpage must be a text page handle"):
        pdf_page_segments("文", 1, 0, 842.0)
    with pytest.raises(TypeError):
        pdf_page_segments("文", -1, 1, 842.0)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# The reading order of made-up blocks: columns, tables, lines across, stray blocks.


@st.composite
def _blocks(draw: st.DrawFn) -> list[Segment]:
    columns = draw(st.sampled_from([(40.0,), (40.0, 320.0), (60.0, 180.0, 300.0, 420.0)]))
    blocks = []
    for n in range(draw(st.integers(min_value=0, max_value=30))):
        line = draw(st.integers(min_value=0, max_value=12))
        x = draw(st.sampled_from([*columns, 40.0, 100.0])) + draw(
            st.sampled_from([0.0, 0.0, 1.5, -1.5])
        )
        width = draw(st.sampled_from([20.0, 60.0, 100.0, 240.0, 500.0]))
        size = draw(st.sampled_from([9.0, 9.0, 14.0, 0.5]))
        top = 13.0 * line + draw(st.sampled_from([0.0, 0.0, 2.0, 6.0]))
        blocks.append(Segment(f"b{n}", x, x + width, top, top + size))
    return blocks


def _shape(rows: list[list[Any]]) -> list[object]:
    """Rows as block names, tables as their grids, columns and bands."""
    shape: list[object] = []
    for row in rows:
        if isinstance(row[0], PdfTable):
            table = row[0]
            grid = [[(c.row, c.column, c.text) for c in cells] for cells in table.grid]
            bands = [[b.text for b in band] for band in table.bands]
            shape.append(("table", grid, table.n_columns, bands, table.x0, table.top, table.em))
        else:
            shape.append([b.text for b in row])
    return shape


@given(_blocks())
@settings(max_examples=400, deadline=None)
# by hand: a block 1.5 pt into the gutter between two bands of two columns (not free: 1 pt
# at most) keeps them from making a table; columns 80 pt wide (under 10 em) are a table's
@example([Segment(f"{x}", x, x + 80, 13 * i, 13 * i + 9) for i in range(3) for x in (0, 200)])
@example(
    [
        Segment(t, x0, x1, top, top + 9)
        for t, x0, x1, top in [
            ("A", 0, 30, 0),
            ("B", 100, 130, 0),
            ("C", 0, 31.5, 13),
            ("D", 0, 30, 26),
            ("E", 100, 130, 26),
        ]
    ]
)
def test_the_core_orders_blocks_as_the_reference_does(blocks: list[Segment]) -> None:
    assert _shape(order_rows(blocks)) == _shape(reference_order_rows(blocks))


def test_a_table_under_two_columns_is_found_by_both() -> None:
    # By hand: two columns of prose (3 lines, 200 pt wide, the gutter at 240-320) over a 3 x 3
    # grid whose middle column (200-330) crosses that gutter, so the grid is a region of its
    # own: its gutters 90-200 and 330-400 cut it into three columns.
    left = [Segment(f"左{i}", 40, 240, 13 * i, 13 * i + 9) for i in range(3)]
    right = [Segment(f"右{i}", 320, 520, 13 * i, 13 * i + 9) for i in range(3)]
    spans = [(60, 90), (200, 330), (400, 430)]
    cells = [
        Segment(f"{r}{c}", x0, x1, 60 + 16 * r, 69 + 16 * r)
        for r in range(3)
        for c, (x0, x1) in enumerate(spans)
    ]
    rows = order_rows(right + cells + left)
    assert _shape(rows) == _shape(reference_order_rows(right + cells + left))
    assert [row[0].text for row in rows[:6]] == ["左0", "左1", "左2", "右0", "右1", "右2"]
    (table,) = rows[6]
    assert [[c.text for c in cells] for cells in table.grid] == [
        ["00", "01", "02"],
        ["10", "11", "12"],
        ["20", "21", "22"],
    ]
    assert table.n_columns == 3
    assert len(rows) == 7
