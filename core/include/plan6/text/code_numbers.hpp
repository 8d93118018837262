#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "plan6/text/japanese_number.hpp"

namespace plan6 {

/** The span of a code or a hierarchical number, in code points. */
struct code_span {
  std::size_t start = 0;  ///< first code point (第 of 第2-1表, else the first digit)
  std::size_t end = 0;    ///< one past the last digit
};

/**
 * Whether the numeral `num` of `text` is a code or a hierarchical number, a name that is never
 * a quantity, and its span. Only plain digits (no comma, decimal point or kanji) are codes:
 *  - numbers joined by hyphens: 1-1-1, 044-200-2111, and 2-3 unless a unit follows (2-3人 and
 *    4-6月 stay a count and a range); 第2-1表 with its 第;
 *  - a number its label calls one: No.12, No 3, №5, コード 0412, 番号 7, 様式 2, 別紙 3, 資料 1;
 *  - eight digits or more (an item code: 04120830, 12345678), unless 円 follows: reports
 *    write counts and amounts of that size with commas;
 *  - two digits or more starting with 0 (0412 — no count is written so), unless a calendar or
 *    clock word follows (05月, 08時).
 */
std::optional<code_span> read_code_number(std::u32string_view text, const numeral& num);

}  // namespace plan6
