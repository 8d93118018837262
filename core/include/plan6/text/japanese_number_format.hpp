#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace plan6 {

/**
 * Formats a number the way Japanese reports write it: from 100,000 on (or for a whole number
 * of 万), groups of four digits under 京, 兆, 億 and 万, each with a thousands comma, zero groups
 * left out; below that, digits with thousands commas. Then the unit.
 * 39173190000 → "391億7,319万円" (unit "円"), 100000 → "10万人", 15200 → "15,200人",
 * 426 → "426人". Values are rounded to `decimals` places (0 by default); decimals are shown
 * only below 100,000, without trailing zeros (91.5 → "91.5％"). NaN gives "—"; ±inf throws
 * std::invalid_argument, magnitudes from 9.2e18 on std::out_of_range.
 */
std::string format_japanese_number(double value, std::string_view unit = "", int decimals = 0);

/**
 * The same for a whole number, exact over the whole int64 range (a double is exact only up to
 * 2^53): 9007199254740993 → "9,007兆1,992億5,474万993".
 */
std::string format_japanese_integer(std::int64_t value, std::string_view unit = "");

}  // namespace plan6
