#pragma once

/**
 * Character classes of Japanese report text, defined once for every area: digits (ASCII,
 * full-width, kanji), scripts (kanji, katakana, hiragana, Latin) and white space as PDF
 * extraction leaves it. All take one code point and are constexpr, so the scanners' inner
 * loops inline them.
 */

#include <cstddef>
#include <string_view>
#include <utility>

namespace plan6 {

/** The value 0–9 of an ASCII or full-width digit (０–９), or -1. */
constexpr int digit_value(char32_t c) noexcept {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

/** Whether `c` is an ASCII or full-width digit. */
constexpr bool is_digit(char32_t c) noexcept {
  return digit_value(c) >= 0;
}

/** The value of a kanji digit 〇 零 一 二 三 四 五 六 七 八 九, or -1. */
constexpr int kanji_digit_value(char32_t c) noexcept {
  switch (c) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

/** Whether `c` is white space in PDF-extracted Japanese text (ASCII, ideographic, NBSP). */
constexpr bool is_space(char32_t c) noexcept {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
         c == U'\u3000' || c == U'\u00a0';
}

/**
 * Folds full-width ASCII variants (！–～, U+FF01–U+FF5E) to ASCII and the ideographic space
 * to a space; other code points are unchanged. A code-point-for-code-point map, so spans are
 * kept.
 */
constexpr char32_t fold_width(char32_t c) noexcept {
  if (c >= U'\uff01' && c <= U'\uff5e') return c - 0xfee0;
  if (c == U'\u3000') return U' ';
  return c;
}

/**
 * Whether `c` is a kanji: the CJK unified ideographs, extension A, the compatibility
 * ideographs, and the marks that stand for one (々 repeats, 〆, 〇).
 */
constexpr bool is_kanji(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || c == U'々' || c == U'〆' || c == U'〇';
}

/** Whether `c` is katakana, full or half width, with the long-vowel and iteration marks. */
constexpr bool is_katakana(char32_t c) noexcept {
  return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FE) ||
         (c >= 0xFF66 && c <= 0xFF9F);
}

/** Whether `c` is hiragana (with its iteration marks). */
constexpr bool is_hiragana(char32_t c) noexcept {
  return c >= 0x3041 && c <= 0x309F;
}

/** Whether `c` is a Latin letter, ASCII or full width. */
constexpr bool is_latin(char32_t c) noexcept {
  const char32_t f = fold_width(c);
  return (f >= U'A' && f <= U'Z') || (f >= U'a' && f <= U'z');
}

/** Whether `c` can be part of a word of a name: kanji, katakana or Latin. */
constexpr bool is_word_char(char32_t c) noexcept {
  return is_kanji(c) || is_katakana(c) || is_latin(c);
}

/** The bounds [first, last) of `text` without the white space (is_space) around it. */
constexpr std::pair<std::size_t, std::size_t> trim_bounds(std::u32string_view text) noexcept {
  std::size_t first = 0;
  while (first < text.size() && is_space(text[first]))
    ++first;
  std::size_t last = text.size();
  while (last > first && is_space(text[last - 1]))
    --last;
  return {first, last};
}

/** Whether `c` opens a round bracket, ASCII or full width: ( （. */
constexpr bool is_open_paren(char32_t c) noexcept {
  return fold_width(c) == U'(';
}

/** Whether `c` closes a round bracket, ASCII or full width: ) ）. */
constexpr bool is_close_paren(char32_t c) noexcept {
  return fold_width(c) == U')';
}

/** Whether `c` opens a Japanese quotation: 「 『 and the half-width ｢. */
constexpr bool is_open_quote(char32_t c) noexcept {
  return c == U'「' || c == U'『' || c == U'\uff62';
}

/** Whether `c` closes a Japanese quotation: 」 』 and the half-width ｣. */
constexpr bool is_close_quote(char32_t c) noexcept {
  return c == U'」' || c == U'』' || c == U'\uff63';
}

/**
 * Whether `c` joins two words into one name: 研修生・視察者, JOB-L, サイエンス＆テクノロジー
 * (the middle dot, ampersand and hyphens, full or half width).
 */
constexpr bool is_name_connector(char32_t c) noexcept {
  return c == U'・' || c == U'\uff65' || c == U'&' || c == U'＆' || c == U'-' || c == U'－' ||
         c == U'‐';
}

/** Whether `c` can start a list item at the beginning of a line: ・ ● ○ ◆ ◇ ■ □ ◎ ※. */
constexpr bool is_line_bullet(char32_t c) noexcept {
  return c == U'・' || c == U'\uff65' || c == U'●' || c == U'○' || c == U'◆' || c == U'◇' ||
         c == U'■' || c == U'□' || c == U'◎' || c == U'※';
}

}  // namespace plan6
