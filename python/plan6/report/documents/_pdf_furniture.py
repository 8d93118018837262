"""What a PDF prints on every page and what only points elsewhere: page headers, footers and
page numbers, and tables of contents. Both are kept out of the document text.

Furniture: a line at the top or bottom of a page (within the outer fifth) whose text, with
its digits taken as one digit and spaces ignored, comes back at the same height on at least
a quarter of the pages (and on two at least). A page number is such a line that is only a
number (「- 3 -」, 「3 / 12」, 「p. 3」, 「３頁」).

Contents: three or more lines in a row that end in a page number after leader dots
(「施策の概要 ……… 3」), or after a wide gap below a 目次 / Contents heading, with the page
numbers never decreasing.

>>> _key("- 12 -"), bool(_PAGE_NUMBER.match(_key("- 12 -")))
('-#-', True)
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._model import ContentsEntry, Furniture

if TYPE_CHECKING:
    from ._pdf_layout import Page, Segment

__all__ = ["find_contents", "find_furniture"]

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^[-‐–—－―ー(（\[［<〈]?(?:p\.?|page|ページ|頁|第)?#(?:/#)?(?:ページ|頁)?[-‐–—－―ー)）\]］>〉]?$",
    re.IGNORECASE,
)
_MARGIN = 0.2
_SHARE = 0.25
_LEADERS = re.compile(
    r"^(?P<title>.*?\S)\s*(?:[.．·・…‥_\-－─―ー‐]{3,}|[…‥]+)\s*(?P<page>[0-9０-９]{1,4})$"
)
_HEADING = re.compile(r"^(?:目\s*次|もくじ|contents|table of contents)$", re.IGNORECASE)
_NUMBER = re.compile(r"^[0-9０-９]{1,4}$")


def _key(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


def find_furniture(pages: Sequence[Page]) -> tuple[list[Furniture], set[int]]:
    """Headers, footers and page numbers of a PDF, and the ids of their segments."""
    candidates: dict[tuple[str, str, int], list[tuple[int, Segment]]] = defaultdict(list)
    with_text = [page for page in pages if page.segments]
    if len(with_text) < 2:
        return [], set()
    for page in with_text:
        tops = sorted({round(s.top) for s in page.segments})
        first, last = tops[:2], tops[-2:]
        for segment in page.segments:
            top = round(segment.top)
            if top in first and segment.bottom <= _MARGIN * page.height:
                where = "header"
            elif top in last and segment.top >= (1 - _MARGIN) * page.height:
                where = "footer"
            else:
                continue
            key = _key(segment.text)
            if key:
                candidates[(where, key, round(segment.top / 4))].append((page.number, segment))
    needed = max(2, math.ceil(_SHARE * len(with_text)))
    found: list[Furniture] = []
    ids: set[int] = set()
    for (where, key, _), hits in candidates.items():
        if len({number for number, _ in hits}) < needed:
            continue
        kind = "page number" if _PAGE_NUMBER.match(key) else where
        for number, segment in hits:
            found.append(Furniture(page=number, kind=kind, text=segment.text))
            ids.add(id(segment))
    found.sort(key=lambda f: (f.page, f.kind))
    return found, ids


def _texts(row: Sequence[Any]) -> list[str] | None:
    if not all(isinstance(getattr(b, "text", None), str) for b in row):
        return None
    return [b.text for b in row]


def _entry(row: Sequence[Any], after_heading: bool) -> tuple[str, int] | None:
    texts = _texts(row)
    if texts is None:
        return None
    match = _LEADERS.match(" ".join(texts).strip())
    if match:
        return match.group("title").strip(), int(unicodedata.normalize("NFKC", match.group("page")))
    wide_gap = len(row) >= 2 and row[-1].x0 - row[-2].x1 >= 3 * row[-1].em
    if after_heading and wide_gap and _NUMBER.match(texts[-1]):
        return " ".join(texts[:-1]).strip(), int(unicodedata.normalize("NFKC", texts[-1]))
    return None


def _expand(rows: list[list[Any]]) -> list[list[Any]]:
    """Rows with each table block taken apart into its bands (a contents page without
    leaders reads as a two-column table)."""
    expanded: list[list[Any]] = []
    for row in rows:
        bands = getattr(row[0], "bands", None)
        if bands is not None and len(row) == 1:
            expanded.extend(bands)
        else:
            expanded.append(row)
    return expanded


_LEADER_END = re.compile(r"(?:[.．·・…‥_\-－─―ー‐]{3,}|[…‥]+)\s*[0-9０-９]{1,4}$")


def _opens_contents(row: Sequence[Any]) -> bool:
    if len(row) != 1:
        return False
    text = getattr(row[0], "text", None)
    return isinstance(text, str) and len(text) <= 20 and bool(_HEADING.match(text.strip()))


def find_contents(rows: list[list[Any]], page: int) -> tuple[list[ContentsEntry], list[list[Any]]]:
    """The table-of-contents entries among a page's rows, and the rows without them."""
    # Most pages have neither a 目次 heading nor three lines ending in leaders and a number:
    # nothing more to look at there.
    if not any(map(_opens_contents, rows)):
        ends = [
            isinstance(getattr(row[-1], "text", None), str)
            and _LEADER_END.search(row[-1].text) is not None
            for row in rows
        ]
        if not any(a and b and c for a, b, c in zip(ends, ends[1:], ends[2:], strict=False)):
            return [], rows
    candidates = _expand(rows)
    entries: list[ContentsEntry] = []
    dropped: set[int] = set()
    i = 0
    while i < len(candidates):
        texts = _texts(candidates[i]) or []
        heading = bool(_HEADING.match(" ".join(texts).strip()))
        j = i + 1 if heading else i
        run: list[tuple[int, str, int]] = []
        while j < len(candidates):
            entry = _entry(candidates[j], heading)
            if entry is None or (run and entry[1] < run[-1][2]):
                break
            run.append((j, entry[0], entry[1]))
            j += 1
        if len(run) >= 3:
            if heading:
                dropped.add(i)
            for index, title, number in run:
                dropped.add(index)
                entries.append(ContentsEntry(title=title, page=number, on_page=page))
            i = j
        else:
            i += 1
    if not entries:
        return [], rows
    kept = [row for index, row in enumerate(candidates) if index not in dropped]
    return entries, kept
