#include "plan6/text/number_dates.hpp"

#include <array>
#include <cmath>

#include "plan6/calendar/date_lexer.hpp"
#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/calendar/written_date.hpp"
#include "plan6/common/characters.hpp"
#include "plan6/text/japanese_number.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;
constexpr std::size_t npos = sv::npos;

constexpr std::array<sv, 5> era_names = {U"平成", U"令和", U"昭和", U"大正", U"明治"};

bool is_era_letter(char32_t c) noexcept {
  const char32_t f = fold_width(c);
  return f == U'H' || f == U'R' || f == U'S' || f == U'T' || f == U'M';
}

// The position after the bracket that closes one opened at `open` on the same line, within
// a few code points ("(H23)", "（平成23）"), or npos.
std::size_t after_short_bracket(sv s, std::size_t open) {
  for (std::size_t p = open + 1; p < s.size() && p <= open + 8; ++p) {
    if (s[p] == U'\n') return npos;
    if (is_close_paren(s[p])) return p + 1;
  }
  return npos;
}

}  // namespace

bool read_year_month(sv s, number_mention& m) {
  std::optional<written_date> date = read_written_date(s, m.start);
  if ((!date || date->month == 0) && m.start != m.number_start)
    date = read_written_date(s, m.number_start);
  if (!date || date->year == 0 || date->month == 0) return false;
  m.kind = number_kind::date;
  m.unit = date->day != 0 ? "year_month_day" : "year_month";
  m.value = date->year;
  m.end = date->end;
  m.year = date->year;
  m.month = date->month;
  m.day = date->day;
  return true;
}

std::size_t era_before(sv s, std::size_t pos) {
  std::size_t p = pos;
  while (p > 0 && (s[p - 1] == U' ' || s[p - 1] == U'\u3000') && pos - p < 2)
    --p;
  for (const sv era : era_names)
    if (p >= era.size() && s.substr(p - era.size(), era.size()) == era) return p - era.size();
  if (p >= 1 && is_era_letter(s[p - 1]) && (p < 2 || !is_latin(s[p - 2]))) return p - 1;
  return npos;
}

std::optional<bracketed_year> read_bracketed_year(sv s, const numeral& num) {
  const std::size_t n = s.size();
  if (!num.has_digits || num.has_comma || num.has_decimal || num.end >= n ||
      !is_open_paren(s[num.end]))
    return std::nullopt;
  std::size_t p = num.end + 1;
  std::size_t start = num.start;
  if (num.digit_count == 4) {
    bool era = false;
    for (const sv name : era_names)
      if (s.substr(p, name.size()) == name) era = true, p += name.size();
    if (!era && p < n && is_era_letter(s[p])) era = true, ++p;  // 2013(H25)
    if (!era) return std::nullopt;
    while (p < n && (is_digit(s[p]) || s[p] == U'元'))
      ++p;
  } else {
    start = era_before(s, num.start);  // 平成24（2012）
    if (start == npos || num.digit_count > 3) return std::nullopt;
    const std::size_t digits = p;
    while (p < n && is_digit(s[p]))
      ++p;
    if (p - digits != 4) return std::nullopt;
  }
  if (p >= n || !is_close_paren(s[p])) return std::nullopt;
  return bracketed_year{start, p + 1};
}

std::optional<fiscal_range_start> read_fiscal_range_start(sv s, std::size_t number_start,
                                                          std::size_t number_end) {
  std::size_t end = number_end;
  if (end < s.size() && is_open_paren(s[end])) {
    end = after_short_bracket(s, end);
    if (end == npos) return std::nullopt;
  }
  const std::size_t mark = skip_gap(s, end);
  if (mark == npos || !read_range_mark(s, mark)) return std::nullopt;
  const std::size_t era = era_before(s, number_start);
  const std::size_t start = era != npos ? era : number_start;
  fiscal_year_context context;
  context.running_text = true;
  const auto reading = read_fiscal_year(s, start, context);
  if (!reading || !reading->is_range || reading->begin != start) return std::nullopt;
  fiscal_range_start out;
  out.start = start;
  out.end = end;
  out.first = reading->fiscal_year.value_or(0);
  out.last = reading->last_fiscal_year.value_or(0);
  out.range_end = reading->end;
  return out;
}

bool minutes_are_length(sv s, std::size_t number_start, std::size_t unit_end,
                        const number_mention* previous) {
  if (previous != nullptr && previous->unit == "hour" && previous->end <= number_start &&
      number_start - previous->end <= 2) {
    bool spaces = true;
    for (std::size_t p = previous->end; p < number_start; ++p)
      spaces = spaces && (s[p] == U' ' || s[p] == U'\u3000');
    if (spaces) return false;
  }
  if (unit_end < s.size() && s[unit_end] == U'の' && unit_end + 1 < s.size() &&
      is_numeral_start(s[unit_end + 1]))
    return false;  // 3分の1
  return true;
}

int gregorian_year_of(sv s, const number_mention& m) {
  if (!(m.value >= 1 && m.value <= 9999) || m.value != std::floor(m.value)) return 0;
  const int value = static_cast<int>(m.value);
  if (m.start < m.number_start) {
    if (const auto era = read_era_name(s, m.start, /*letters=*/true))
      return era->era->first_year + value - 1;
  }
  return value >= 1000 ? value : 0;
}

}  // namespace plan6
