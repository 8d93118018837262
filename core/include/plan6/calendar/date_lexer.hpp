#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "plan6/calendar/japanese_era.hpp"

namespace plan6 {

/**
 * The lexical pieces of Japanese date text, shared by the fiscal-year reader and the date
 * scanner: small numbers (ASCII, full-width or kanji digits, 元), era names, gaps and range
 * marks. Positions are indices into UTF-32 text (code points).
 *
 * PDF-extracted text breaks lines anywhere ("平成2\n5年度", "8\n月15日"), so the readers accept
 * a gap of spaces with at most one line break between the parts of a date; a blank line ends
 * a date.
 */

/** How a number in a date may be written. */
struct date_number_rules {
  int max_digits = 2;          ///< digit count of the longest accepted number (4 for years)
  bool kanji = true;           ///< 二十四, 十二, 二〇一二
  bool gannen = false;         ///< 元 for 1, as in 平成元年
  bool breaks_inside = false;  ///< "2\n5": a gap inside the digits (era years only)
};

/** A number read from date text. */
struct date_number {
  int value;
  std::size_t end;  ///< one past its last code point
  int digits;       ///< digits read (1 for 元)
};

/**
 * Reads the number starting at `pos`: a maximal run of ASCII/full-width digits, or of kanji
 * numerals (positional 〇一二…九, or tens with 十 up to 99), or 元. Returns nullopt when no
 * number starts there, or the run is longer than `rules.max_digits` (then it is some other
 * number, not part of a date).
 */
std::optional<date_number> read_date_number(std::u32string_view text, std::size_t pos,
                                            const date_number_rules& rules);

/** Whether `c` is a kanji numeral 〇一二三四五六七八九十. */
bool is_kanji_numeral(char32_t c) noexcept;

/**
 * Whether a number starting at `pos` would continue one written before it: preceded by a
 * digit, a kanji numeral, or a decimal point or comma after a digit ("1,200", "3.5").
 */
bool continues_number(std::u32string_view text, std::size_t pos) noexcept;

/**
 * Skips a gap: spaces with at most one line break. Returns the position after the gap (`pos`
 * itself when there is none), or npos when the gap holds a blank line.
 */
std::size_t skip_gap(std::u32string_view text, std::size_t pos) noexcept;

/** Skips spaces that hold no line break. */
std::size_t skip_inline_spaces(std::u32string_view text, std::size_t pos) noexcept;

/** Whether `literal` is written at `pos`, comparing width-folded code points. */
bool matches_at(std::u32string_view text, std::size_t pos, std::u32string_view literal) noexcept;

/** An era name read from text. */
struct era_name {
  const japanese_era* era;
  std::size_t end;
  bool letter;  ///< written as M, T, S, H or R
};

/**
 * Reads an era name at `pos`: 明治, 大正, 昭和, 平成, 令和, their one-character ligatures (㍾, ㍽,
 * ㍼, ㍻, ㋿) and, when `letters`, the letters M/T/S/H/R (ASCII or full-width, upper or lower
 * case) not preceded by another letter.
 */
std::optional<era_name> read_era_name(std::u32string_view text, std::size_t pos, bool letters);

/**
 * Reads a range mark at `pos`: ～ 〜 ~ - ‐ − – — or から. Returns the position after it, or
 * nullopt.
 */
std::optional<std::size_t> read_range_mark(std::u32string_view text, std::size_t pos) noexcept;

}  // namespace plan6
