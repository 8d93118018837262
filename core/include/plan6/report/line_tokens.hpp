#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "plan6/report/report_lines.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/** A word of a line as a table reads it: where it stands in the text and on the line. */
struct line_token {
  std::size_t start = 0;  ///< code points of the text
  std::size_t end = 0;
  std::size_t x0 = 0;  ///< display columns on the line (display_width)
  std::size_t x1 = 0;
  bool number = false;          ///< holds a quantity or a bare number
  bool merged_letters = false;  ///< a letter-spaced run joined (平 成 2 6 年 度)
};

/**
 * The tokens of line `i`: split at white space, then joined where one word was letter-spaced
 * (single characters one space apart, with a kana or kanji among them: 施 策 計 画 名,
 * 平 成 2 6 年 度), where a qualifier stands apart from its number (約 1.5万人, ▲ 20), and where
 * one number mention spans the gap (7.6 億円). A unit in brackets written with a place kanji
 * alone (（千円）) is no number.
 */
std::vector<line_token> line_tokens(const report_lines& lines, std::size_t i,
                                    const std::vector<number_mention>& mentions);

/** Whether tokens are laid out in columns: two of them two display columns apart or more. */
bool laid_out(const std::vector<line_token>& tokens) noexcept;

/** The display width of text as a fixed-width layout counts it: wide (East Asian) as two. */
std::size_t display_width(std::u32string_view text) noexcept;

}  // namespace plan6
