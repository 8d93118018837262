"""Japanese number expressions (C++): reading one, reading many, scanning running text.

Numbers are read as Japanese reports write them — full-width or ASCII digits, thousands
commas, decimals, kanji numerals and 万/億/兆 ("391億7,319万円", "一億二千三百万") — with the
unit that follows (人, 名, 件, 団体, ヶ所, ％…) normalised to a canonical unit (persons,
cases, organisations, places, percent…) and kept as written. Spans are in code points, so
``text[start:end]`` in Python is the expression.

>>> import plan6
>>> plan6.parse_number("約 392億円").value
39200000000.0
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple, Protocol

import numpy as np
import pandas as pd

from .._core import text as _core
from ..common.arguments import flag

__all__ = [
    "FLAGS",
    "KINDS",
    "NumberExpression",
    "parse_number",
    "parse_numbers",
    "parse_numeral",
    "scan_numbers",
    "scan_numbers_iter",
]

#: The kinds of numbers the scanner tells apart (only quantities can be facts).
KINDS: tuple[str, ...] = (
    "quantity",
    "bare",
    "date",
    "fiscal_year",
    "year",
    "time",
    "duration",
    "ordinal",
    "list_marker",
    "name",
    "word",
)

#: Qualifier flags of a number mention, each a boolean column of :func:`scan_numbers`.
FLAGS: tuple[str, ...] = tuple(_core.MENTION_FLAGS)


class SupportsRead(Protocol):
    """A file object opened for reading, text or binary."""

    def read(self, size: int, /) -> str | bytes: ...


class NumberExpression(NamedTuple):
    """One number expression read by :func:`parse_number`.

    Attributes
    ----------
    value
        In the base unit: yen for 万円/億円, percent for ％ (91.5), 30 percent for 3割.
    unit
        Canonical unit ("persons", "yen", "percent"…); "" for a bare numeral.
    unit_ja
        The unit as written, line breaks removed ("名", "万円", "ヶ所").
    kind
        One of :data:`KINDS`: "quantity", "date", "fiscal_year", "ordinal"…
    flags
        The qualifier bits; :attr:`qualifiers` names them.
    """

    value: float
    unit: str
    unit_ja: str
    kind: str
    flags: int

    @property
    def qualifiers(self) -> frozenset[str]:
        """The flags that are set, from :data:`FLAGS` ("approximate", "lower_bound"…)."""
        return frozenset(name for name, bit in _core.MENTION_FLAGS.items() if self.flags & bit)

    @property
    def approximate(self) -> bool:
        """約, およそ, 程度, 余り…"""
        return bool(self.flags & _APPROXIMATE)

    @property
    def lower_bound(self) -> bool:
        """以上, 超, 余り, を超える, を上回る."""
        return bool(self.flags & _LOWER_BOUND)


# parse_number's results are built as NumberExpression in C++ (no Python constructor per call).
_core._set_number_expression_type(NumberExpression)

_APPROXIMATE = int(_core.MENTION_FLAGS["approximate"])
_LOWER_BOUND = int(_core.MENTION_FLAGS["lower_bound"])


def _text_argument(text: object, name: str = "text") -> str | bytes:
    if isinstance(text, (str, bytes)):
        return text
    raise TypeError(f"{name} must be str or bytes, not {type(text).__name__}")


def parse_number(text: str | bytes) -> NumberExpression:
    """Read one number expression with its unit and qualifiers.

    Parameters
    ----------
    text
        A single expression ("391億7,319万円", "約13,500人", "１４回", "一億二千三百万",
        "91.5％"); surrounding white space is ignored. ``bytes`` are decoded as UTF-8.

    Returns
    -------
    NumberExpression

    Raises
    ------
    plan6.ParseError
        (a ValueError) when the text is not exactly one number expression, when bytes are not
        UTF-8 (the message names the byte offset), or when the value overflows the int64 range
        ("1京兆" is never wrapped around).

    Examples
    --------
    >>> parse_number("391億7,319万円").value
    39173190000.0
    >>> e = parse_number("約13,500人")
    >>> e.value, e.unit, e.unit_ja, e.approximate
    (13500.0, 'persons', '人', True)
    >>> parse_number("一億二千三百万").value
    123000000.0
    >>> parse_number("2011(平成23）年度").kind
    'fiscal_year'
    """
    result: NumberExpression = _core.parse_number(text)  # TypeError unless str or bytes
    return result


def parse_numeral(text: str | bytes) -> int | float:
    """The value of one bare numeral — digits, kanji or both, no unit — as fast as a call goes.

    The scalar counterpart of :func:`parse_numbers`, for code that converts numerals one at a
    time (what ``kanjize.kanji2number`` does): full-width or ASCII digits, commas, decimals,
    kanji numerals and 万/億/兆 places. Integral numerals give an ``int``, exact over the whole
    int64 range; others a ``float``. For units and qualifiers use :func:`parse_number`.

    Raises
    ------
    plan6.ParseError
        (a ValueError) when the text is not exactly one numeral ("三菱", "1.2.3", "5人") or
        overflows the int64 range; TypeError unless the text is str or bytes.

    Examples
    --------
    >>> parse_numeral("一億二千三百万")
    123000000
    >>> parse_numeral("391億7,319万")
    39173190000
    >>> parse_numeral("７.６億"), parse_numeral("91.5")
    (760000000, 91.5)
    """
    return _core.parse_numeral(text)


def parse_numbers(texts: Iterable[str]) -> np.ndarray:
    """The values of many numerals (no units) at once, as a float64 array.

    The batch form of :func:`parse_number` for bare numerals ("2,950", "一億二千三百万",
    "7.6億"): one call into C++ for the whole sequence, the GIL released. A text that is not
    exactly one numeral (or overflows) gives NaN.

    Examples
    --------
    >>> parse_numbers(["一億二千三百万", "2,950", "１４", "7.6億", "三菱"]).tolist()
    [123000000.0, 2950.0, 14.0, 760000000.0, nan]
    """
    if isinstance(texts, (str, bytes)):
        # list("123") would be ["1", "2", "3"]: one text is parse_number's or parse_numeral's
        raise TypeError(
            f"texts must be a sequence of str, not one {type(texts).__name__} (for one text use "
            "parse_numeral or parse_number)"
        )
    try:
        items = texts if isinstance(texts, list) else list(texts)
    except TypeError:
        raise TypeError(f"texts must be a sequence of str, not {type(texts).__name__}") from None
    return np.asarray(_core.parse_numbers(items), dtype=np.float64)


def scan_numbers(
    text: str | bytes, with_text: bool = True, *, fiscal_year: object = None
) -> pd.DataFrame:
    """Every number in a text, with its span, value, unit, kind and qualifiers.

    Nothing numeric is skipped: quantities carry their unit; dates ("1月28日"), fiscal years
    ("平成24年度"), years, ordinals ("第1回"), list numbers ("①", "１ 国際的…"), numbers
    inside names ("ＣＯ2", "技術展2013") and kanji numerals inside words ("一部") are
    classified as such instead of being counted as quantities.

    Parameters
    ----------
    text
        The text (``str``, or UTF-8 ``bytes``: invalid bytes raise plan6.ParseError naming
        the byte offset).
    with_text
        Add the ``text`` column (each expression as written). Leave it out on very large
        texts when only spans and values are wanted: it costs more than the scan itself.
    fiscal_year
        The (Japanese) fiscal year the text is about (int or text such as "平成24年度"). When
        given, dates, months and fiscal years are handed to the calendar
        (:func:`plan6.scan_dates`) and resolved: ``date_start`` and ``date_end`` are the
        first and last day each covers (1月28日 in FY2012 is 2013-01-28), NaT for numbers
        that are not dates.

    Returns
    -------
    pandas.DataFrame
        One row per number, in text order: ``start``, ``end`` (code points: ``text[start:end]``
        is the expression, with 約/第/era prefixes and the unit), ``text``, ``value`` (base
        unit), ``unit``, ``unit_ja``, ``kind`` (categorical, :data:`KINDS`), ``number_start``,
        ``number_end`` and one boolean column per flag in :data:`FLAGS`.

    Examples
    --------
    >>> df = scan_numbers("登録者354人（前年度333人）、1月28日に報告会")
    >>> for row in df.itertuples():
    ...     print(row.text, row.value, row.unit, row.kind)
    354人 354.0 persons quantity
    333人 333.0 persons quantity
    1月28日 1.0 date date
    >>> dated = scan_numbers("1月28日に報告会", fiscal_year=2012)
    >>> str(dated.date_start[0].date())
    '2013-01-28'
    """
    source = _text_argument(text)
    with_text = flag(with_text, "with_text")
    frame = _frame(_core.scan_numbers(source, with_text))
    if fiscal_year is not None:
        _resolve_dates(frame, source, fiscal_year)
    return frame


def scan_numbers_iter(
    source: str | bytes | Iterable[str | bytes] | SupportsRead,
    chunk_size: int = 1 << 20,
    with_text: bool = True,
) -> Iterator[pd.DataFrame]:
    """:func:`scan_numbers` of a text of any size, in bounded memory: an iterator of tables.

    The text is read ``chunk_size`` at a time and scanned in overlapping pieces of about
    262,144 code points, spliced where the scans of two pieces agree; only a few pieces and
    the numbers of one chunk are held at once. The tables, concatenated, hold the rows
    :func:`scan_numbers` gives for the whole text (spans count code points from the start of
    the whole text, int64).

    Parameters
    ----------
    source
        The text: a ``str`` or UTF-8 ``bytes`` (read ``chunk_size`` at a time), a file object
        opened for reading (text or binary: ``read(chunk_size)`` is called until it returns
        nothing), or an iterable of ``str`` or ``bytes`` chunks (a UTF-8 sequence may be cut
        between two chunks).
    chunk_size
        Code points (``str``) or bytes read at a time, at least 1.
    with_text
        Add the ``text`` column, as :func:`scan_numbers` does.

    Yields
    ------
    pandas.DataFrame
        The numbers settled after each chunk, in text order, with the columns of
        :func:`scan_numbers`; chunks that settle nothing yield no table.

    Raises
    ------
    plan6.ParseError
        When bytes are not UTF-8 (the message names the byte offset in the whole stream).
    TypeError
        When the source or a chunk is neither text nor bytes.

    Examples
    --------
    >>> import io
    >>> text = "登録者354人（前年度333人）\\n" * 3
    >>> frames = list(scan_numbers_iter(io.StringIO(text), chunk_size=10))
    >>> pd.concat(frames).value.tolist() == scan_numbers(text).value.tolist()
    True
    """
    size = _chunk_size(chunk_size)
    with_text = flag(with_text, "with_text")
    return _iterate(_chunks(source, size), _core.NumberStream(with_text))


def _iterate(chunks: Iterator[object], stream: _core.NumberStream) -> Iterator[pd.DataFrame]:
    for chunk in chunks:
        raw = stream.feed(chunk)
        if len(raw["start"]):
            yield _frame(raw)
    raw = stream.finish()
    if len(raw["start"]):
        yield _frame(raw)


def _chunk_size(chunk_size: object) -> int:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, (int, np.integer)):
        raise TypeError(f"chunk_size must be an int, not {type(chunk_size).__name__}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    return int(chunk_size)


def _chunks(source: object, size: int) -> Iterator[object]:
    """The source's chunks: slices of a str or bytes, reads of a file, items of an iterable."""
    if isinstance(source, (str, bytes)):
        # checked here, not when the first chunk is asked for
        return (source[at : at + size] for at in range(0, len(source), size))
    read = getattr(source, "read", None)
    if callable(read):
        return _reads(read, size)
    try:
        return iter(source)  # type: ignore[call-overload, no-any-return]
    except TypeError:
        raise TypeError(
            "source must be str, bytes, a file object or an iterable of str or bytes, not "
            f"{type(source).__name__}"
        ) from None


def _texts(utf8: np.ndarray, offsets: np.ndarray) -> object:
    """The expressions' text from one UTF-8 table, as the column pandas makes of str."""
    dtype = pd.Series(["x"]).dtype  # what pandas makes of a column of str here
    if getattr(dtype, "storage", None) == "pyarrow":
        import pyarrow as pa  # no Python str per row: the table is the Arrow array's data

        table = pa.LargeStringArray.from_buffers(
            len(offsets) - 1, pa.py_buffer(offsets), pa.py_buffer(utf8)
        )
        return pd.array(table, dtype=dtype)
    data = utf8.tobytes()
    bounds = offsets.tolist()
    return [data[a:b].decode("utf-8") for a, b in itertools.pairwise(bounds)]


def _reads(read: Any, size: int) -> Iterator[object]:
    while chunk := read(size):  # "" or b"" at the end, as the file is text or binary
        yield chunk


def _frame(raw: dict[str, Any]) -> pd.DataFrame:
    """The table of scan_numbers from the C++ columns (codes and their tables)."""
    columns: dict[str, object] = {"start": raw["start"], "end": raw["end"]}
    if "text_utf8" in raw:
        columns["text"] = _texts(raw["text_utf8"], raw["text_offsets"])
    columns.update(
        {
            "value": raw["value"],
            "unit": pd.Categorical.from_codes(
                raw["unit"], categories=pd.Index(_unique(raw["unit_names"]))
            ),
            "unit_ja": pd.Categorical.from_codes(
                raw["unit_ja"], categories=pd.Index(_unique(raw["unit_ja_names"]))
            ),
            "kind": pd.Categorical.from_codes(
                raw["kind"], categories=pd.Index(list(raw["kind_names"]))
            ),
            "number_start": raw["number_start"],
            "number_end": raw["number_end"],
        }
    )
    flags = raw["flags"]
    for name, bit in _core.MENTION_FLAGS.items():
        columns[name] = (flags & bit) != 0
    # copy=False: each column stays its own array, no consolidated copy of them all
    frame: pd.DataFrame = pd.DataFrame(columns, copy=False)
    return frame


def _resolve_dates(frame: pd.DataFrame, source: str | bytes, fiscal_year: object) -> None:
    """Add the calendar's reading of each date-like number (the mention that contains it)."""
    from ..calendar.dates import scan_dates

    text = source if isinstance(source, str) else source.decode("utf-8")
    mentions = scan_dates(text, fiscal_year)
    starts = mentions["span_start"].to_numpy(np.int64)
    ends = mentions["span_end"].to_numpy(np.int64)
    number_start = frame["number_start"].to_numpy(np.int64)
    number_end = frame["number_end"].to_numpy(np.int64)
    # Mentions do not overlap and come in text order: the candidate is the last one that
    # starts at or before the number.
    candidate = np.searchsorted(starts, number_start, side="right") - 1
    safe = np.clip(candidate, 0, max(len(starts) - 1, 0))
    inside = (candidate >= 0) & (len(starts) > 0)
    if len(starts):
        inside &= ends[safe] >= number_end
    inside &= frame["kind"].isin(["date", "fiscal_year", "year"]).to_numpy()
    empty = np.full(len(frame), np.datetime64("NaT"), dtype="datetime64[s]")
    for column in ("start_date", "end_date"):
        values = empty.copy()
        if len(starts):
            values[inside] = mentions[column].to_numpy("datetime64[s]")[safe[inside]]
        frame[column.replace("start_date", "date_start").replace("end_date", "date_end")] = values


def _unique(names: list[str]) -> list[str]:
    # Codes index the list as built in C++; the names are distinct by construction.
    return list(names)
