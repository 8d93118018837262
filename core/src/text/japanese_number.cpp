#include "plan6/text/japanese_number.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

#include "plan6/common/characters.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {
namespace {

constexpr std::uint64_t int64_max = static_cast<std::uint64_t>(INT64_MAX);

// Kanji that multiply: the places (十 1, 百 2, 千 3) within a four-digit group, and the large
// units (万 4 … 京 16) between groups, with their powers of ten.
struct kanji_power {
  char32_t kanji;
  int exponent;
};
constexpr std::array<kanji_power, 3> small_places = {{{U'十', 1}, {U'百', 2}, {U'千', 3}}};
constexpr std::array<kanji_power, 4> large_units = {
    {{U'万', 4}, {U'億', 8}, {U'兆', 12}, {U'京', 16}}};

// The exponent of `c` among `powers`, 0 if none.
template <std::size_t n>
constexpr int exponent_of(char32_t c, const std::array<kanji_power, n>& powers) noexcept {
  for (const kanji_power& p : powers)
    if (p.kanji == c) return p.exponent;
  return 0;
}

int small_place(char32_t c) noexcept {
  return exponent_of(c, small_places);
}

int large_unit(char32_t c) noexcept {
  return exponent_of(c, large_units);
}

// Checked arithmetic below INT64_MAX: anything larger is an overflow, not a wrapped value.
bool checked_mul(std::uint64_t a, std::uint64_t b, std::uint64_t& out) noexcept {
  return !__builtin_mul_overflow(a, b, &out) && out <= int64_max;
}
bool checked_add(std::uint64_t a, std::uint64_t b, std::uint64_t& out) noexcept {
  return !__builtin_add_overflow(a, b, &out) && out <= int64_max;
}
bool pow10(int exponent, std::uint64_t& out) noexcept {
  out = 1;
  for (int i = 0; i < exponent; ++i)
    if (!checked_mul(out, 10, out)) return false;
  return true;
}

bool is_comma(char32_t c) noexcept {
  return c == U',' || c == U'，';
}
bool is_point(char32_t c) noexcept {
  return c == U'.' || c == U'．';
}

// A pending number: mantissa × 10^-places (places > 0 only for decimals).
struct pending {
  std::uint64_t mantissa = 0;
  int places = 0;
  bool set = false;
  bool kanji = false;
};

}  // namespace

bool is_numeral_start(char32_t c) noexcept {
  return is_digit(c) || kanji_digit_value(c) >= 0 || small_place(c) != 0;
}

std::optional<numeral> read_numeral(std::u32string_view s, std::size_t pos) {
  const std::size_t n = s.size();
  if (pos >= n || !is_numeral_start(s[pos])) return std::nullopt;

  numeral out;
  out.start = pos;
  std::uint64_t total = 0;    // completed large sections (… 億, … 万)
  std::uint64_t section = 0;  // completed places of the current section (二千三百)
  pending current;
  int last_large = 99;
  int last_small = 99;
  bool overflow = false;
  bool finished = false;  // a decimal with its unit ends the numeral
  std::size_t p = pos;

  while (p < n && !finished) {
    const char32_t c = s[p];
    if (is_digit(c)) {
      if (current.set) break;  // "二3": two numbers side by side
      std::uint64_t mantissa = 0;
      int group_digits = 0;
      int digits = 0;
      std::size_t q = p;
      bool first_group = true;
      while (q < n) {
        if (is_digit(s[q])) {
          if (!checked_mul(mantissa, 10, mantissa) ||
              !checked_add(mantissa, static_cast<std::uint64_t>(digit_value(s[q])), mantissa))
            overflow = true;
          ++group_digits, ++digits, ++q;
          continue;
        }
        // A thousands comma needs 1-3 digits before it (first group) or exactly 3 (later
        // groups), and exactly three digits after it: "1,2年生" is a list, not 12.
        if (is_comma(s[q]) && group_digits >= 1 &&
            (first_group ? group_digits <= 3 : group_digits == 3) && q + 3 < n) {
          const bool three = is_digit(s[q + 1]) && is_digit(s[q + 2]) && is_digit(s[q + 3]);
          if (three && (q + 4 >= n || !is_digit(s[q + 4]))) {
            out.has_comma = true;
            first_group = false;
            group_digits = 0;
            ++q;
            continue;
          }
        }
        break;
      }
      if (!out.has_digits) out.digit_count = digits;
      current.mantissa = mantissa;
      current.set = true;
      current.kanji = false;
      current.places = 0;
      out.has_digits = true;
      p = q;
      // A decimal point followed by a digit.
      if (p + 1 < n && is_point(s[p]) && is_digit(s[p + 1])) {
        std::size_t r = p + 1;
        while (r < n && is_digit(s[r])) {
          if (!checked_mul(current.mantissa, 10, current.mantissa) ||
              !checked_add(current.mantissa, static_cast<std::uint64_t>(digit_value(s[r])),
                           current.mantissa))
            overflow = true;
          ++current.places;
          ++r;
        }
        out.has_decimal = true;
        p = r;
        // 1.2.3 is a version or an identifier: take it whole and say so.
        while (p + 1 < n && is_point(s[p]) && is_digit(s[p + 1])) {
          out.dotted = true;
          p += 1;
          while (p < n && is_digit(s[p]))
            ++p;
        }
        if (out.dotted) {
          out.end = p;
          finished = true;
          break;
        }
      }
      out.end = p;
      continue;
    }
    const int kd = kanji_digit_value(c);
    if (kd >= 0) {
      if (current.set) break;
      // A run of kanji digits without places is positional: 二〇一二 = 2012.
      std::uint64_t mantissa = 0;
      std::size_t q = p;
      while (q < n && kanji_digit_value(s[q]) >= 0) {
        if (!checked_mul(mantissa, 10, mantissa) ||
            !checked_add(mantissa, static_cast<std::uint64_t>(kanji_digit_value(s[q])), mantissa))
          overflow = true;
        ++q;
      }
      current = pending{mantissa, 0, true, true};
      out.has_kanji = true;
      p = q;
      out.end = p;
      continue;
    }
    const int sp = small_place(c);
    if (sp != 0) {
      if (sp >= last_small) break;  // places must descend: 二千三百, not 三百二千
      std::uint64_t scale = 0;
      pow10(sp, scale);
      std::uint64_t term = 0;
      if (current.set && current.places > 0) {
        // 1.5千 = 1500: a decimal takes one unit and ends the numeral.
        if (current.places > sp) break;
        std::uint64_t rest = 0;
        pow10(sp - current.places, rest);
        if (!checked_mul(current.mantissa, rest, term)) overflow = true;
        finished = true;
      } else {
        const std::uint64_t multiplier = current.set ? current.mantissa : 1;
        if (!checked_mul(multiplier, scale, term)) overflow = true;
      }
      if (!checked_add(section, term, section)) overflow = true;
      current = pending{};
      last_small = sp;
      out.has_kanji = true;
      ++out.places;
      ++p;
      out.end = p;
      continue;
    }
    // A large unit, possibly after white space (at most one line break): "7.6 億", "3,426\n万".
    std::size_t q = p;
    int breaks = 0;
    while (q < n && is_space(s[q]) && q - p < 3) {
      if (s[q] == U'\n') ++breaks;
      ++q;
    }
    if (q < n && breaks <= 1 && large_unit(s[q]) != 0 && (current.set || section != 0)) {
      const int lu = large_unit(s[q]);
      if (lu >= last_large) break;
      if (q != p && !(current.set && !current.kanji)) break;  // space only after digits
      std::uint64_t scale = 0;
      pow10(lu, scale);
      std::uint64_t value = section;
      std::uint64_t term = 0;
      if (current.set && current.places > 0) {
        if (section != 0) break;
        std::uint64_t rest = 0;
        if (current.places > lu) break;
        pow10(lu - current.places, rest);
        if (!checked_mul(current.mantissa, rest, term)) overflow = true;
        finished = true;
      } else {
        if (current.set && !checked_add(value, current.mantissa, value)) overflow = true;
        if (!checked_mul(value, scale, term)) overflow = true;
      }
      if (!checked_add(total, term, total)) overflow = true;
      section = 0;
      current = pending{};
      last_large = lu;
      last_small = 99;
      out.last_large = s[q];
      out.has_kanji = true;
      ++out.places;
      p = q + 1;
      out.end = p;
      continue;
    }
    break;
  }
  if (out.end == pos) return std::nullopt;
  // A large unit must follow a number: a trailing large unit is already in `total`.
  if (out.last_large != 0 && out.end > pos && s[out.end - 1] != out.last_large) out.last_large = 0;

  if (current.set && current.places > 0) {
    // A plain decimal (91.5): exact as mantissa / 10^places while both are exact doubles.
    out.is_integer = false;
    if (total != 0 || section != 0) overflow = true;  // "3万2.5" is not a numeral we read
    const double mantissa = static_cast<double>(current.mantissa);
    out.value = mantissa / std::pow(10.0, current.places);
  } else {
    std::uint64_t value = total;
    if (!checked_add(value, section, value)) overflow = true;
    if (current.set && !checked_add(value, current.mantissa, value)) overflow = true;
    out.integer = static_cast<std::int64_t>(value);
    out.value = static_cast<double>(value);
    // Above 2^53 a double may not hold the integer: flag it instead of rounding silently.
    // (Only without overflow: then value <= INT64_MAX and its double is at most 2^63.)
    if (!overflow && value > (std::uint64_t{1} << 53) &&
        static_cast<std::uint64_t>(out.value) != value)
      out.inexact = true;
  }
  if (overflow) {
    out.overflow = true;
    out.value = std::numeric_limits<double>::quiet_NaN();
    out.integer = 0;
  }
  return out;
}

}  // namespace plan6
