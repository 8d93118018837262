#include "plan6/text/japanese_number_format.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <stdexcept>

#include <fmt/format.h>

namespace plan6 {
namespace {

// The digits of n with a comma every three places from the right: 7319 → "7,319".
std::string with_thousands_comma(std::uint64_t n) {
  std::string digits = fmt::format("{}", n);
  std::string out;
  const std::size_t size = digits.size();
  for (std::size_t i = 0; i < size; ++i) {
    if (i != 0 && (size - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

struct large_unit {
  std::uint64_t scale;
  const char* name;
};

constexpr std::array<large_unit, 4> large_units{{
    {10000000000000000ULL, "京"},
    {1000000000000ULL, "兆"},
    {100000000ULL, "億"},
    {10000ULL, "万"},
}};

// 39173190000 → "391億7,319万": four-digit groups under 京, 兆, 億 and 万, zero groups left out.
std::string in_large_units(std::uint64_t rest) {
  std::string text;
  for (const large_unit& u : large_units) {
    const std::uint64_t group = rest / u.scale;
    rest %= u.scale;
    if (group != 0) text += with_thousands_comma(group) + u.name;
  }
  if (rest != 0) text += with_thousands_comma(rest);
  return text;
}

// Reports write 15,200人 and 6,641万円 but 10万人: 万 groups from 100,000 on, or for a round
// number of 万 (a whole multiple of 10,000).
bool uses_large_units(std::uint64_t whole) {
  return whole >= 100000 || (whole >= 10000 && whole % 10000 == 0);
}

}  // namespace

std::string format_japanese_integer(std::int64_t value, std::string_view unit) {
  // the magnitude in unsigned arithmetic, so that INT64_MIN has one too
  const std::uint64_t magnitude =
      value < 0 ? ~static_cast<std::uint64_t>(value) + 1 : static_cast<std::uint64_t>(value);
  const std::string digits =
      uses_large_units(magnitude) ? in_large_units(magnitude) : with_thousands_comma(magnitude);
  return (value < 0 ? "-" : "") + digits + std::string(unit);
}

std::string format_japanese_number(double value, std::string_view unit, int decimals) {
  if (std::isnan(value)) return "—";
  if (std::isinf(value)) throw std::invalid_argument("cannot format an infinite number");
  if (decimals < 0 || decimals > 9) {
    throw std::invalid_argument(fmt::format("decimals must be 0-9, not {}", decimals));
  }
  // Beyond 2^63 the integer part is no longer exact; such amounts do not occur in reports.
  if (std::fabs(value) >= 9.2e18) {
    throw std::out_of_range(fmt::format("{} is too large to format exactly", value));
  }
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0.0) rounded = 0.0;  // no "-0"
  std::string sign = rounded < 0 ? "-" : "";
  const double magnitude = std::fabs(rounded);

  // the rule of uses_large_units(), for a value that may have a fraction
  const bool round_man = magnitude >= 10000.0 && std::fmod(magnitude, 10000.0) == 0.0;
  if (magnitude < 100000.0 && !round_man) {
    const auto whole = static_cast<std::uint64_t>(magnitude);
    std::string text = sign + with_thousands_comma(whole);
    if (decimals > 0) {
      std::string fraction =
          fmt::format("{:.{}f}", magnitude - static_cast<double>(whole), decimals);
      // fraction is "0.xx"; drop trailing zeros so 91.50 prints as 91.5 and 3.00 as 3.
      fraction = fraction.substr(1);
      while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
      if (fraction == ".") fraction.clear();
      text += fraction;
    }
    return text + std::string(unit);
  }

  // In large units no decimals are written: the value itself is rounded to a whole number, not
  // the value already rounded to `decimals` (2262755.45 to 1 place is 2262755.5, then 2262756:
  // one more than the nearest whole number; found by the fuzzer).
  return sign + in_large_units(static_cast<std::uint64_t>(std::llround(std::fabs(value)))) +
         std::string(unit);
}

}  // namespace plan6
