"""The noise that copies of PDF text carry, taken out before reading, with a map back.

:func:`normalize_text` gives the clean text the extractor reads and, for every clean
position, the position in the caller's text, so spans found in the clean text are turned
back into spans that slice the caller's text. What it does, each step said in ``notes``:

- invisible characters are removed: zero-width space, joiners, word joiner, soft hyphen, the
  byte-order mark anywhere, and the bidirectional marks and embeddings;
- line separators become line breaks: U+2028, U+2029, vertical tab, NEL and a form feed
  (dropped where a line break is already beside it); CR and CR LF are left to the
  extractor, which reads them as line breaks itself;
- a blank line between every line (every run of line breaks an even length) is read as
  single spacing: every second line break of a run is dropped, with the blank line it ends.

:func:`report_starts` finds where a second report begins in text that holds several: a
line repeating the text's opening line (its title).

>>> clean = normalize_text("目標\\u200b320人\\u2028実績426人")
>>> clean.text, clean.to_original([2], [6]).tolist()
('目標320人\\n実績426人', [[3, 7]])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

__all__ = ["NormalizedText", "normalize_text", "report_starts"]

_INVISIBLE = {
    0x200B: "ZERO WIDTH SPACE",
    0x200C: "ZERO WIDTH NON-JOINER",
    0x200D: "ZERO WIDTH JOINER",
    0x2060: "WORD JOINER",
    0xFEFF: "ZERO WIDTH NO-BREAK SPACE (BOM)",
    0x00AD: "SOFT HYPHEN",
    0x180E: "MONGOLIAN VOWEL SEPARATOR",
    0x061C: "ARABIC LETTER MARK",
    0x200E: "LEFT-TO-RIGHT MARK",
    0x200F: "RIGHT-TO-LEFT MARK",
    **{cp: "bidirectional embedding or override" for cp in range(0x202A, 0x202F)},
    **{cp: "bidirectional isolate" for cp in range(0x2066, 0x206A)},
}
_BREAKS = {
    0x2028: "LINE SEPARATOR",
    0x2029: "PARAGRAPH SEPARATOR",
    0x0B: "vertical tab",
    0x85: "NEL",
    0x0C: "form feed",
}
_SPECIAL = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in sorted(_INVISIBLE) + sorted(_BREAKS)) + "]"
)
_LINE_BREAK_RUN = re.compile(r"(?:\r?\n|\r)(?:[ \t\u3000]*(?:\r?\n|\r))*")
_BREAK = re.compile(r"\r?\n|\r")
# The share of runs of line breaks that must be even for the text to count as double-spaced,
# and the fewest runs for the share to mean anything.
_EVEN_SHARE = 0.95
_MIN_RUNS = 8


@dataclass(frozen=True)
class NormalizedText:
    """Clean text and, for each of its positions, the position in the original text.

    ``origin`` has one entry per clean code point plus one for the end (None when the text
    needed no change); ``notes`` says what was changed.

    >>> clean = normalize_text("a\\u00adb")
    >>> clean.text, clean.notes
    ('ab', ('removed 1 invisible character (SOFT HYPHEN)',))
    """

    text: str
    original_length: int
    origin: np.ndarray | None = field(default=None, repr=False)
    notes: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether the clean text differs from the original."""
        return self.origin is not None

    def to_original(self, starts: object, ends: object) -> np.ndarray:
        """Spans of the clean text as spans of the original: an (n, 2) array.

        A span keeps the original characters between its first and last clean character
        (an invisible character inside a number stays inside its span) and none after.

        >>> normalize_text("1\\u200b0人").to_original([0], [3]).tolist()
        [[0, 4]]
        """
        start = np.asarray(starts, dtype=np.int64).reshape(-1)
        end = np.asarray(ends, dtype=np.int64).reshape(-1)
        if self.origin is None:
            return np.stack([start, end], axis=1) if len(start) else np.zeros((0, 2), np.int64)
        size = len(self.text)
        start_c = np.clip(start, 0, size)
        end_c = np.clip(end, 0, size)
        mapped_start = self.origin[start_c]
        last = np.clip(end_c - 1, 0, max(size - 1, 0))
        mapped_end = np.where(end_c > start_c, self.origin[last] + 1, mapped_start)
        return np.stack([mapped_start, mapped_end], axis=1).astype(np.int64)

    def position(self, clean: int) -> int:
        """One clean position as a position of the original text.

        >>> normalize_text("\\ufeff目標").position(0)
        1
        """
        if self.origin is None:
            return clean
        return int(self.origin[min(max(clean, 0), len(self.text))])


def _characters(text: str) -> tuple[str, np.ndarray, list[str]] | None:
    """Remove invisible characters and turn line separators into LF, in one numpy pass."""
    if _SPECIAL.search(text) is None:
        return None
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    keep = np.ones(len(cp), dtype=bool)
    notes: list[str] = []
    invisible = np.isin(cp, np.fromiter(_INVISIBLE, dtype=np.uint32))
    if invisible.any():
        keep &= ~invisible
        names = sorted({_INVISIBLE[int(c)] for c in np.unique(cp[invisible])})
        count = int(invisible.sum())
        notes.append(
            f"removed {count:,} invisible character{'s' if count != 1 else ''} ({', '.join(names)})"
        )
    following = np.append(cp[1:], 0)
    preceding = np.insert(cp[:-1], 0, 0)
    # A form feed beside a line break is a page break on its own line: dropping it keeps the
    # lines as they were; between two lines of text it is the line break.
    ff_beside = (cp == 0x0C) & (
        (following == 0x0A) | (following == 0x0D) | (preceding == 0x0A) | (preceding == 0x0D)
    )
    keep &= ~ff_beside
    breaks = np.isin(cp, np.fromiter(_BREAKS, dtype=np.uint32)) & keep
    kinds = sorted({_BREAKS[int(c)] for c in np.unique(cp[breaks])})
    if kinds:
        count = int(breaks.sum())
        notes.append(f"read {count:,} {', '.join(kinds)} as line breaks")
    cp[breaks] = 0x0A
    origin = np.flatnonzero(keep).astype(np.int64)
    clean = cp[keep].tobytes().decode("utf-32-le", "surrogatepass")
    return clean, origin, notes


def _double_spacing(text: str) -> np.ndarray | None:
    """The keep-mask that drops every second line break (and its blank line) when every run
    of line breaks in the text has an even length; None when the text is not double-spaced."""
    runs = list(_LINE_BREAK_RUN.finditer(text))
    if len(runs) < _MIN_RUNS:
        return None
    counts = [len(_BREAK.findall(match.group())) for match in runs]
    if sum(1 for c in counts if c % 2 == 0) < _EVEN_SHARE * len(counts):
        return None
    keep = np.ones(len(text), dtype=bool)
    for match, count in zip(runs, counts, strict=True):
        if count % 2:
            continue
        ends = [match.start() + m.end() for m in _BREAK.finditer(match.group())]
        for k in range(1, count, 2):
            keep[ends[k - 1] : ends[k]] = False
    return keep


def normalize_text(text: str) -> NormalizedText:
    """The clean text of a document and the map back to the caller's text.

    Parameters
    ----------
    text
        The text as the caller has it.

    Examples
    --------
    >>> clean = normalize_text("目標\\n\\n320人\\n\\n実績\\n\\n426人\\n\\n" * 3)
    >>> clean.text.splitlines()[:4], clean.notes
    (['目標', '320人', '実績', '426人'], ('every other line was blank: read as single-spaced',))
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    notes: list[str] = []
    origin: np.ndarray | None = None
    clean = text
    characters = _characters(text)
    if characters is not None:
        clean, origin, found = characters
        notes.extend(found)
    keep = _double_spacing(clean)
    if keep is not None:
        base = origin if origin is not None else np.arange(len(clean), dtype=np.int64)
        origin = base[keep]
        points = np.frombuffer(clean.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        clean = points[keep].tobytes().decode("utf-32-le", "surrogatepass")
        notes.append("every other line was blank: read as single-spaced")
    if origin is None:
        return NormalizedText(text=text, original_length=len(text))
    origin = np.append(origin, len(text)).astype(np.int64)
    return NormalizedText(text=clean, original_length=len(text), origin=origin, notes=tuple(notes))


def report_starts(text: str) -> list[int]:
    """Where further reports begin in a text that holds several: each later line that
    repeats the opening line (the title) of the text. Empty when the title does not repeat,
    or repeats so often that it is a running page header rather than a new report.

    >>> report_starts("プラン評価 2012\\n本文\\nプラン評価 2012\\n本文\\n")
    [14]
    """
    opening = re.search(r"[^\s]", text)
    if opening is None:
        return []
    line_start = text.rfind("\n", 0, opening.start()) + 1
    line_end = text.find("\n", opening.start())
    title = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if len(title) < 6 or not re.search(r"[^\W\d_]", title):
        return []
    starts = []
    pattern = re.compile(r"^[ \t\u3000]*" + re.escape(title) + r"[ \t\u3000]*$", re.MULTILINE)
    for match in pattern.finditer(text, line_end if line_end >= 0 else len(text)):
        starts.append(match.start())
    return starts if len(starts) <= 20 else []
