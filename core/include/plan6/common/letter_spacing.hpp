#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plan6 {

/**
 * Letter-spaced text as PDF extraction leaves a table cell: "平 成 2 8 年 度", 「1 0」. The
 * readers see it with the spaces taken out ("平成28年度", 「10」) and report their spans in the
 * original text through the position map.
 *
 * Only spacing the text itself shows to be letter spacing is taken out, since a single space
 * also separates the cells of a count row ("0 0", "合計 3 2"). A stretch is a run of one-code-point
 * tokens one space (ASCII or ideographic) apart, bounded by white space, a bracket or the line's
 * ends. Inside it, a group of digit tokens (2 8) is joined with the letters around it when
 *  - letters of the stretch (kanji, kana, Latin) stand on both sides of the group, two or more
 *    on at least one side: a word is spaced out around the digits (平 成 2 8 年 度, 第 1 0 回 目);
 *  - or the group alone fills a bracket or quotation: 「1 0」, (1 0), （１ ５）;
 * and, in both cases, a group of two or more digits does not start with 0 (no count is written
 * 05). The letters joined are those of the flanking words, up to the stretch's end or the
 * next digit group. Nothing else changes: "0 0", "1 0 人", "合 計 3 2" and "1 2 3" stay apart.
 */
struct compacted_text {
  std::u32string text;                ///< the text with the letter-spacing spaces removed
  std::vector<std::size_t> original;  ///< original[i]: code point of text[i] in the input

  /** The original position of a start position `pos` of `text` (text.size() maps past the
   * input's end). */
  std::size_t start_of(std::size_t pos) const noexcept;
  /** The original position of an end position `pos` (one past a code point) of `text`. */
  std::size_t end_of(std::size_t pos) const noexcept;
  std::size_t input_size = 0;  ///< the length of the input
};

/**
 * Whether the digit at `pos` may be letter-spaced: a token of its own with another one a
 * single space before or after it. A quick test for scanners, which visit the digits anyway:
 * compact_letter_spacing (a pass over the whole text) is needed only when one passes it.
 */
bool may_be_letter_spaced(std::u32string_view text, std::size_t pos) noexcept;

/**
 * The text with its letter spacing taken out, or std::nullopt when it has none to take out
 * (the common case: no copy).
 */
std::optional<compacted_text> compact_letter_spacing(std::u32string_view text);

/**
 * The same, looking only at the stretches that hold `digits` (positions in ascending order,
 * such as a scanner collects with may_be_letter_spaced): no pass over the rest of the text
 * unless spaces are taken out.
 */
std::optional<compacted_text> compact_letter_spacing(std::u32string_view text,
                                                     const std::vector<std::size_t>& digits);

}  // namespace plan6
