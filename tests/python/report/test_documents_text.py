"""Text in every encoding analysts have, and the noise of PDF text copies: each variant of
the bundled report reads to the same facts and plan-years as the clean text, with spans that
slice the caller's text."""

from __future__ import annotations

import pickle
import random
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan6
from plan6.report.documents import DocumentError, normalize_text, read_document


@pytest.mark.parametrize(
    ("encoding", "found"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("cp932", "cp932"),
        ("euc_jis_2004", "euc_jis_2004"),  # EUC-JP with ① (plain euc_jp lacks it)
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
    ],
)
def test_the_report_in_every_encoding(
    encoding: str,
    found: str,
    reference_text: str,
    clean_reading: plan6.Extraction,
    same_reading: Callable[..., None],
) -> None:
    data = reference_text.encode(encoding)
    document = read_document(data)
    assert document.encoding == found
    assert document.text == reference_text
    same_reading(plan6.read_report(data), clean_reading)


def test_cp932_characters_strict_shift_jis_rejects() -> None:
    # 髙 (0xFBFC), ① (0x8740), ～ (0x8160) and － (0x817C) as Windows writes them; Python's
    # shift_jis rejects the first two and maps the last two to U+301C and U+2212.
    data = "髙橋 ①～⑩ 前年度比－3％".encode("cp932")
    with pytest.raises(UnicodeDecodeError):
        data.decode("shift_jis")
    assert read_document(data).text == "髙橋 ①～⑩ 前年度比－3％"
    assert read_document(b"\x81\x60\x81\x7c").text == "\uff5e\uff0d"
    # asking for Shift_JIS means CP932
    assert read_document(data, encoding="Shift_JIS").encoding == "cp932"


def test_forced_encoding_and_wrong_guesses() -> None:
    text = "実績は計画を上回りました。"
    assert read_document(text.encode("euc_jp"), encoding="euc-jp").text == text
    with pytest.raises(DocumentError, match=r"x\.txt: not valid utf-8: byte"):
        read_document(text.encode("cp932"), encoding="utf-8", name="x.txt")
    with pytest.raises(ValueError, match="unknown encoding 'klingon'"):
        read_document(b"abc", encoding="klingon")
    # UTF-8 cut in the middle of a character: never mojibake, an error naming what was tried
    broken = text.encode("utf-8")[:-1] + b"\xff"
    with pytest.raises(DocumentError, match=r"cut\.txt: cannot tell the text encoding: not UTF-8"):
        read_document(broken, name="cut.txt")


def test_binary_files_are_refused() -> None:
    with pytest.raises(DocumentError, match=r"blob\.bin: a binary file, not text"):
        read_document(bytes(range(256)) * 8, name="blob.bin")
    with pytest.raises(DocumentError, match=r"a PNG image, not a document: it needs OCR"):
        read_document(b"\x89PNG\r\n\x1a\n" + bytes(64), name="scan.png")


def _noisy(text: str, char: str, share: float = 0.1) -> str:
    chance = random.Random(7)
    return "".join(c + (char if chance.random() < share else "") for c in text)


NOISE: dict[str, Callable[[str], str]] = {
    "blank line between every line": lambda t: t.replace("\n", "\n\n"),
    "blank line between every line, CR LF": lambda t: t.replace("\n", "\r\n\r\n"),
    "U+200B after every line break": lambda t: t.replace("\n", "\n\u200b"),
    "U+200B anywhere": lambda t: _noisy(t, "\u200b"),
    "U+00AD anywhere": lambda t: _noisy(t, "\u00ad"),
    "U+FEFF anywhere": lambda t: _noisy(t, "\ufeff"),
    "bidi marks anywhere": lambda t: _noisy(_noisy(t, "\u200e", 0.05), "\u202b", 0.05),
    "U+2028 line breaks": lambda t: t.replace("\n", "\u2028"),
    "vertical tab line breaks": lambda t: t.replace("\n", "\x0b"),
    "NEL line breaks": lambda t: t.replace("\n", "\x85"),
    "form feed line breaks": lambda t: t.replace("\n", "\x0c"),
}


@pytest.mark.parametrize("noise", list(NOISE))
def test_noise_gives_the_clean_reading(
    noise: str,
    reference_text: str,
    clean_reading: plan6.Extraction,
    same_reading: Callable[..., None],
) -> None:
    # Expected: the reading of the clean text (itself 235 facts and 30 plan-years).
    text = NOISE[noise](reference_text)
    other = plan6.read_report(text)
    same_reading(other, clean_reading)
    assert other.text == text
    for start, end, value_text in other.facts[["span_start", "span_end", "value_text"]].itertuples(
        index=False
    ):
        assert text[start:end] == value_text
        assert normalize_text(value_text).text == normalize_text(text[start:end]).text
    assert other.warnings  # says what was taken out


def test_two_reports_in_one_text_are_read_apart(
    reference_text: str, clean_reading: plan6.Extraction, same_reading: Callable[..., None]
) -> None:
    text = reference_text + "\n" + reference_text
    both = plan6.read_report(text)
    assert sorted(set(both.facts["part"])) == [1, 2]
    first, second = both.parts
    same_reading(first, clean_reading)
    same_reading(second, clean_reading)
    # the second report's spans are those of the first, one text further on
    offset = len(reference_text) + 1
    assert (
        second.facts["span_start"].to_numpy() == first.facts["span_start"].to_numpy() + offset
    ).all()
    assert any("2 reports" in w for w in both.warnings)
    with pytest.raises(ValueError, match="holds 2 reports"):
        both.to_dataset()
    assert len(first.to_dataset().plans) == 30


def test_a_running_title_is_not_a_second_report() -> None:
    # The opening line repeats, but the text after it holds no result block of its own.
    page = "架空市 総合計画 評価書\n本文の一行目。\n"
    with pytest.warns(plan6.LayoutWarning):  # a title and a line of prose: no layout either
        reading = plan6.read_report(page * 3)
    assert set(reading.plans["part"]) <= {1}
    assert not any("reports" in w for w in reading.warnings)


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="目標実績426人\n 、。（）", min_size=0, max_size=60),
    st.lists(
        st.sampled_from(["\u200b", "\u00ad", "\ufeff", "\u200e", "\u2028", "\x0b"]), max_size=8
    ),
    st.randoms(use_true_random=False),
)
def test_normalisation_maps_back_to_the_original(
    text: str, noise: list[str], chance: random.Random
) -> None:
    # Property: inserting noise and normalising gives the clean text back (line separators
    # read as line breaks), and every clean character maps to the same character.
    characters = list(text)
    for char in noise:
        characters.insert(chance.randint(0, len(characters)), char)
    noisy = "".join(characters)
    clean = normalize_text(noisy)
    expected = "".join(
        "\n" if c in "\u2028\x0b" else c for c in noisy if c not in "\u200b\u00ad\ufeff\u200e"
    )
    if "every other line was blank" not in " ".join(clean.notes):
        assert clean.text == expected
    for i, char in enumerate(clean.text):
        original = noisy[clean.position(i)]
        assert original == char or (char == "\n" and original in "\u2028\x0b")


def test_documents_pickle_and_show(reference_text: str) -> None:
    document = read_document(reference_text.encode("cp932"), name="report.txt")
    again = pickle.loads(pickle.dumps(document))
    assert again == document
    assert again.text == reference_text
    assert (
        repr(document) == f"Document('report.txt', text, cp932, {len(reference_text):,} characters)"
    )
    assert "<pre>" in document._repr_html_()
    error = pickle.loads(pickle.dumps(DocumentError("a.pdf", "encrypted")))
    assert str(error) == "a.pdf: encrypted"


def test_sources(tmp_path, reference_text: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "report.txt"
    path.write_bytes(reference_text.encode("cp932"))
    by_path = read_document(path)
    by_str = read_document(str(path))
    with path.open("rb") as handle:
        by_file = read_document(handle)
    assert by_path.text == by_str.text == by_file.text == reference_text
    assert by_path.source == str(path)
    assert read_document("目標 320人").source == "<text>"
    with pytest.raises(FileNotFoundError, match=r"missing\.pdf"):
        read_document(str(tmp_path / "missing.pdf"))
    with (
        pytest.raises(TypeError, match="binary mode"),
        path.open("r", encoding="cp932") as text_handle,
    ):
        read_document(text_handle)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        read_document(42)  # type: ignore[arg-type]
