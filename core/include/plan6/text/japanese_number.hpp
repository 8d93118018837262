#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace plan6 {

/**
 * A numeral as Japanese reports write it, read from code points: ASCII or full-width digits
 * with thousands commas (, or ，) and a decimal point (. or ．), kanji digits (〇 零 一…九,
 * positional as in 二〇一二), the places 十 百 千 and the large units 万 億 兆 京, mixed freely
 * ("391億7,319万" = 39173190000, "一億二千三百万" = 123000000, "1万5千" = 15000,
 * "7.6 億" = 760000000: white space, one line break at most, may stand before a large unit, as
 * PDF extraction leaves it).
 */
struct numeral {
  std::size_t start = 0;     ///< first code point
  std::size_t end = 0;       ///< one past the last code point
  double value = 0.0;        ///< NaN when `overflow`
  std::int64_t integer = 0;  ///< the exact value when `is_integer` and not `overflow`
  bool is_integer = true;    ///< no fractional part (7.6億 is an integer, 91.5 is not)
  bool overflow = false;     ///< beyond the int64 range: flagged, never wrapped around
  bool inexact = false;      ///< an integer beyond 2^53 that a double cannot hold exactly
  bool has_digits = false;   ///< at least one Arabic digit (ASCII or full-width)
  bool has_kanji = false;    ///< at least one kanji digit or place (一, 十, 万…)
  bool has_comma = false;    ///< thousands separators
  bool has_decimal = false;  ///< a decimal point
  bool dotted = false;       ///< more than one point (1.2.3): an identifier, not a number
  int places = 0;            ///< kanji places and large units used (十百千万億兆京)
  int digit_count = 0;       ///< Arabic digits before the decimal point, in the first group
  char32_t last_large = 0;   ///< the large unit the numeral ends with (万 in 7億6,452万), or 0
};

/** Whether a numeral can start with `c` (a digit, a kanji digit, 十 百 千). */
bool is_numeral_start(char32_t c) noexcept;

/**
 * Reads the longest numeral that starts at `pos`; std::nullopt when none does (a lone 万 is
 * not a numeral). Never throws; overflow is flagged in the result.
 */
std::optional<numeral> read_numeral(std::u32string_view text, std::size_t pos);

}  // namespace plan6
