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

// The largest mantissa a decimal takes one more digit into (so that it stays below 10^18).
constexpr std::uint64_t max_decimal_mantissa = 100'000'000'000'000'000;

// A pending number: mantissa × 10^-places (places > 0 only for decimals).
struct pending {
  std::uint64_t mantissa = 0;
  int places = 0;
  bool set = false;
  bool kanji = false;
};

// Reads one numeral part by part: Arabic digits (with commas and a decimal), kanji digits,
// places (十 百 千) and large units (万 億 兆 京). Each step says whether the numeral goes on.
class numeral_reader {
 public:
  numeral_reader(std::u32string_view s, std::size_t pos) : s_(s), n_(s.size()), pos_(pos), p_(pos) {
    out_.start = pos;
  }

  std::optional<numeral> read() {
    while (p_ < n_ && !finished_) {
      const char32_t c = s_[p_];
      bool more = false;
      if (is_digit(c))
        more = arabic();
      else if (kanji_digit_value(c) >= 0)
        more = kanji_digits();
      else if (const int sp = small_place(c); sp != 0)
        more = place(sp);
      else
        more = large();
      if (!more) break;
    }
    if (out_.end == pos_) return std::nullopt;
    // A large unit must follow a number: a trailing large unit is already in `total_`.
    if (out_.last_large != 0 && out_.end > pos_ && s_[out_.end - 1] != out_.last_large)
      out_.last_large = 0;
    value();
    return out_;
  }

 private:
  // Appends a digit to a mantissa, flagging an overflow.
  void push_digit(std::uint64_t& mantissa, int digit) {
    if (!checked_mul(mantissa, 10, mantissa) ||
        !checked_add(mantissa, static_cast<std::uint64_t>(digit), mantissa))
      overflow_ = true;
  }

  // Digits with thousands commas, then a decimal part.
  bool arabic() {
    if (current_.set) return false;  // "二3": two numbers side by side
    std::uint64_t mantissa = 0;
    int group_digits = 0;
    int digits = 0;
    std::size_t q = p_;
    bool first_group = true;
    while (q < n_) {
      if (is_digit(s_[q])) {
        push_digit(mantissa, digit_value(s_[q]));
        ++group_digits, ++digits, ++q;
        continue;
      }
      // A thousands comma needs 1-3 digits before it (first group) or exactly 3 (later
      // groups), and exactly three digits after it: "1,2年生" is a list, not 12.
      if (is_comma(s_[q]) && group_digits >= 1 &&
          (first_group ? group_digits <= 3 : group_digits == 3) && q + 3 < n_) {
        const bool three = is_digit(s_[q + 1]) && is_digit(s_[q + 2]) && is_digit(s_[q + 3]);
        if (three && (q + 4 >= n_ || !is_digit(s_[q + 4]))) {
          out_.has_comma = true;
          first_group = false;
          group_digits = 0;
          ++q;
          continue;
        }
      }
      break;
    }
    if (!out_.has_digits) out_.digit_count = digits;
    current_ = pending{mantissa, 0, true, false};
    out_.has_digits = true;
    p_ = q;
    if (p_ + 1 < n_ && is_point(s_[p_]) && is_digit(s_[p_ + 1]) && !decimal()) return false;
    out_.end = p_;
    return true;
  }

  // A decimal point followed by digits; false when more points make it an identifier (1.2.3),
  // which is taken whole and ends the numeral.
  bool decimal() {
    std::size_t r = p_ + 1;
    while (r < n_ && is_digit(s_[r])) {
      // Digits past the 18th significant one cannot change a double (3.14159265358979323846
      // is π to 17 digits): they are dropped, not an overflow of the int64 mantissa.
      if (current_.mantissa < max_decimal_mantissa) {
        push_digit(current_.mantissa, digit_value(s_[r]));
        ++current_.places;
      }
      ++r;
    }
    out_.has_decimal = true;
    p_ = r;
    while (p_ + 1 < n_ && is_point(s_[p_]) && is_digit(s_[p_ + 1])) {
      out_.dotted = true;
      p_ += 1;
      while (p_ < n_ && is_digit(s_[p_]))
        ++p_;
    }
    if (!out_.dotted) return true;
    out_.end = p_;
    finished_ = true;
    return false;
  }

  // A run of kanji digits without places is positional: 二〇一二 = 2012.
  bool kanji_digits() {
    if (current_.set) return false;
    std::uint64_t mantissa = 0;
    std::size_t q = p_;
    while (q < n_ && kanji_digit_value(s_[q]) >= 0) {
      push_digit(mantissa, kanji_digit_value(s_[q]));
      ++q;
    }
    current_ = pending{mantissa, 0, true, true};
    out_.has_kanji = true;
    p_ = q;
    out_.end = p_;
    return true;
  }

  // The pending number times 10^exponent, for a decimal (1.5千 = 1500), which takes one unit
  // and ends the numeral; false when the decimal has more places than the unit.
  bool decimal_term(int exponent, std::uint64_t& term) {
    if (current_.places > exponent) return false;
    std::uint64_t rest = 0;
    pow10(exponent - current_.places, rest);
    if (!checked_mul(current_.mantissa, rest, term)) overflow_ = true;
    finished_ = true;
    return true;
  }

  // 十 百 千: places must descend (二千三百, not 三百二千).
  bool place(int sp) {
    if (sp >= last_small_) return false;
    std::uint64_t scale = 0;
    pow10(sp, scale);
    std::uint64_t term = 0;
    if (current_.set && current_.places > 0) {
      if (!decimal_term(sp, term)) return false;
    } else {
      const std::uint64_t multiplier = current_.set ? current_.mantissa : 1;
      if (!checked_mul(multiplier, scale, term)) overflow_ = true;
    }
    if (!checked_add(section_, term, section_)) overflow_ = true;
    current_ = pending{};
    last_small_ = sp;
    out_.has_kanji = true;
    ++out_.places;
    ++p_;
    out_.end = p_;
    return true;
  }

  // A large unit, possibly after white space (at most one line break): "7.6 億", "3,426\n万".
  bool large() {
    std::size_t q = p_;
    int breaks = 0;
    while (q < n_ && is_space(s_[q]) && q - p_ < 3) {
      if (s_[q] == U'\n') ++breaks;
      ++q;
    }
    if (q >= n_ || breaks > 1 || large_unit(s_[q]) == 0 || !(current_.set || section_ != 0))
      return false;
    const int lu = large_unit(s_[q]);
    if (lu >= last_large_) return false;
    if (q != p_ && !(current_.set && !current_.kanji)) return false;  // space only after digits
    std::uint64_t scale = 0;
    pow10(lu, scale);
    std::uint64_t value = section_;
    std::uint64_t term = 0;
    if (current_.set && current_.places > 0) {
      if (section_ != 0 || !decimal_term(lu, term)) return false;
    } else {
      if (current_.set && !checked_add(value, current_.mantissa, value)) overflow_ = true;
      if (!checked_mul(value, scale, term)) overflow_ = true;
    }
    if (!checked_add(total_, term, total_)) overflow_ = true;
    section_ = 0;
    current_ = pending{};
    last_large_ = lu;
    last_small_ = 99;
    out_.last_large = s_[q];
    out_.has_kanji = true;
    ++out_.places;
    p_ = q + 1;
    out_.end = p_;
    return true;
  }

  // The value of what was read: a plain decimal, or the integer of its sections.
  void value() {
    if (current_.set && current_.places > 0) {
      // A plain decimal (91.5): exact as mantissa / 10^places while both are exact doubles.
      out_.is_integer = false;
      if (total_ != 0 || section_ != 0) overflow_ = true;  // "3万2.5" is not a numeral we read
      const double mantissa = static_cast<double>(current_.mantissa);
      out_.value = mantissa / std::pow(10.0, current_.places);
    } else {
      std::uint64_t value = total_;
      if (!checked_add(value, section_, value)) overflow_ = true;
      if (current_.set && !checked_add(value, current_.mantissa, value)) overflow_ = true;
      out_.integer = static_cast<std::int64_t>(value);
      out_.value = static_cast<double>(value);
      // Above 2^53 a double may not hold the integer: flag it instead of rounding silently.
      // (Only without overflow: then value <= INT64_MAX and its double is at most 2^63.)
      if (!overflow_ && value > (std::uint64_t{1} << 53) &&
          static_cast<std::uint64_t>(out_.value) != value)
        out_.inexact = true;
    }
    if (overflow_) {
      out_.overflow = true;
      out_.value = std::numeric_limits<double>::quiet_NaN();
      out_.integer = 0;
    }
  }

  std::u32string_view s_;
  std::size_t n_;
  std::size_t pos_;
  std::size_t p_;
  numeral out_;
  std::uint64_t total_ = 0;    // completed large sections (… 億, … 万)
  std::uint64_t section_ = 0;  // completed places of the current section (二千三百)
  pending current_;
  int last_large_ = 99;
  int last_small_ = 99;
  bool overflow_ = false;
  bool finished_ = false;  // a decimal with its unit ends the numeral
};

}  // namespace

bool is_numeral_start(char32_t c) noexcept {
  return is_digit(c) || kanji_digit_value(c) >= 0 || small_place(c) != 0;
}

std::optional<numeral> read_numeral(std::u32string_view s, std::size_t pos) {
  if (pos >= s.size() || !is_numeral_start(s[pos])) return std::nullopt;
  return numeral_reader(s, pos).read();
}

}  // namespace plan6
