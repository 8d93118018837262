"""Text encodings of Japanese documents: find the one a file is in, or decode with the one given.

Detection, in order: a byte-order mark (UTF-8, UTF-16, UTF-32); ISO-2022-JP escapes; UTF-16
without a mark (NUL bytes in alternate positions); UTF-8 (strict); then CP932, EUC-JP and
EUC-JIS-2004, each
decoded strictly and scored on how much of the result is ordinary Japanese text (kana, kanji,
ASCII, full-width forms, punctuation) against what only mojibake gives (half-width katakana
runs, private-use and control characters). CP932 wins a tie, since it is what Japanese
Windows writes. A result that reads as mojibake in every encoding is an error naming the
encodings tried — never passed on.

CP932 is Python's ``cp932`` (Microsoft's Shift_JIS, as Excel and Notepad write it), never the
strict ``shift_jis``, which rejects ～ (0x8160) and ① and maps 0x817C to U+2212 instead of
the full-width minus. Asking for ``shift_jis``, ``sjis`` or ``windows-31j`` gives ``cp932``.

>>> decode_text("髙橋 ～ ①".encode("cp932"), "x.txt")
('髙橋 ～ ①', 'cp932')
"""

from __future__ import annotations

import codecs

import numpy as np

from ._errors import DocumentError

__all__ = ["binary_reason", "decode_text", "resolve_encoding"]

# Shift_JIS names that mean Microsoft's variant in practice: decoding with the strict codec
# rejects characters every Japanese Windows file has.
_CP932_ALIASES = {
    "shift_jis",
    "shift-jis",
    "sjis",
    "s_jis",
    "x-sjis",
    "ms_kanji",
    "windows-31j",
    "mskanji",
    "cp932",
    "ms932",
    "shiftjis",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Below this share of plausible characters a decoding is mojibake, not text.
_PLAUSIBLE = 0.9


def resolve_encoding(name: str) -> str:
    """The codec plan6 uses for an encoding name (Shift_JIS names give ``cp932``).

    >>> resolve_encoding("Shift_JIS"), resolve_encoding("EUC-JP"), resolve_encoding("utf8")
    ('cp932', 'euc_jp', 'utf-8')
    """
    key = name.strip().lower()
    if key in _CP932_ALIASES:
        return "cp932"
    try:
        info = codecs.lookup(key)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    if not info._is_text_encoding:
        raise ValueError(f"{name!r} is not a text encoding")
    return info.name


def _decode_error(name: str, encoding: str, error: UnicodeDecodeError) -> DocumentError:
    bad = error.object[error.start : error.start + 4]
    return DocumentError(
        name,
        f"not valid {encoding}: byte{'s' if len(bad) > 1 else ''} {bad.hex(' ')} at byte offset "
        f"{error.start} ({error.reason})",
    )


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _plausibility(text: str) -> float:
    """Share of characters that ordinary Japanese or ASCII text is made of, minus what
    only a wrong decoding produces (scored on code points with numpy, not per character)."""
    if not text:
        return 1.0
    cp = _code_points(text)
    good = (
        ((cp >= 0x20) & (cp < 0x7F))
        | (cp == 0x09)
        | (cp == 0x0A)
        | (cp == 0x0D)
        | ((cp >= 0x3000) & (cp < 0x3100))  # CJK punctuation, hiragana, katakana
        | ((cp >= 0x4E00) & (cp < 0xA000))  # CJK unified ideographs
        | ((cp >= 0xFF01) & (cp < 0xFF61))  # full-width forms
        | ((cp >= 0x2010) & (cp < 0x2070))  # dashes, quotes, ※, ‰
        | ((cp >= 0x2460) & (cp < 0x2500))  # ①, ⑴
        | ((cp >= 0x2500) & (cp < 0x2600))  # box drawing, ■□▲△○◎
        | ((cp >= 0x2150) & (cp < 0x2200))  # Roman numerals, arrows
        | ((cp >= 0x2200) & (cp < 0x2300))  # math operators ≦ ≧
        | ((cp >= 0x3200) & (cp < 0x3400))  # ㈱ ㍻ ㎡
        | ((cp >= 0x00A0) & (cp < 0x0100))  # Latin-1 (° ± × §)
    )
    # Half-width katakana are real but rare; a decoding of the wrong multibyte encoding
    # produces long runs of them. Count them as bad when they are more than a sprinkling.
    halfwidth = (cp >= 0xFF61) & (cp < 0xFFA0)
    score = float(good.mean())
    if halfwidth.mean() > 0.05:
        score -= float(halfwidth.mean())
    return score


def binary_reason(data: bytes) -> str | None:
    """Why bytes are not text at all (NUL bytes, control characters), or None.

    >>> binary_reason(b"\\x00\\x01\\x02\\x89PNG"), binary_reason("目標".encode("cp932"))
    ('a binary file, not text (NUL bytes and control characters)', None)
    """
    head = data[:65536]
    if not head:
        return None
    controls = sum(
        head.count(bytes([b])) for b in (*range(0, 9), 11, 14, 15, *range(16, 27), *range(28, 32))
    )
    if controls / len(head) > 0.02:
        return "a binary file, not text (NUL bytes and control characters)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2][:4096]
    odd = data[1::2][:4096]
    zeros_even = even.count(0) / len(even)
    zeros_odd = odd.count(0) / len(odd)
    # ASCII characters (line breaks, digits, spaces) leave a NUL byte on one side only; a
    # kanji has a NUL low byte once in 256.
    if zeros_odd >= 0.05 and zeros_even <= 0.02:
        return "utf-16-le"
    if zeros_even >= 0.05 and zeros_odd <= 0.02:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes: with ``encoding`` when given, else the encoding detected.

    Returns the text and the encoding used. Raises :class:`DocumentError` (a ValueError)
    naming the file and the encodings tried when the bytes are not text in any of them.

    >>> decode_text("目標".encode("euc_jp"), "a.txt")
    ('目標', 'euc_jp')
    >>> decode_text(b"\\xef\\xbb\\xbf426", "b.txt")
    ('426', 'utf-8-sig')
    """
    if encoding is not None:
        codec = resolve_encoding(encoding)
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as error:
            raise _decode_error(name, codec, error) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as error:
                raise _decode_error(name, codec, error) from None
    if b"\x1b$B" in data[:65536] or b"\x1b$@" in data[:65536]:
        try:
            return data.decode("iso2022_jp"), "iso2022_jp"
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if _plausibility(text) >= _PLAUSIBLE:
                return text, utf16
    reason = binary_reason(data)
    if reason is not None:
        raise DocumentError(name, reason)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    candidates: list[tuple[float, int, str, str]] = []
    # UTF-16 without a mark and without ASCII has no NUL bytes to show it: scored too.
    # EUC-JIS-2004 has the circled numbers and NEC symbols plain EUC-JP lacks (①, ㈱).
    codecs_tried = ("cp932", "euc_jp", "euc_jis_2004") + (
        ("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ()
    )
    for rank, codec in enumerate(codecs_tried):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), -rank, codec, text))
    bad = utf8_error.object[utf8_error.start : utf8_error.start + 2].hex(" ")
    tried = f"not UTF-8 (byte {bad} at byte offset {utf8_error.start})"
    if not candidates:
        raise DocumentError(
            name,
            f"cannot tell the text encoding: {tried}, nor CP932 or EUC-JP; "
            "give the encoding (encoding=, --encoding)",
        )
    score, _, codec, text = max(candidates)
    if score < _PLAUSIBLE:
        raise DocumentError(
            name,
            f"cannot tell the text encoding: {tried}, and read as {codec} it is mojibake "
            f"({score:.0%} ordinary characters); give the encoding (encoding=, --encoding)",
        )
    return text, codec
