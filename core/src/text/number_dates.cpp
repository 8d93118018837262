#include "plan6/text/number_dates.hpp"

#include <cmath>

#include "plan6/calendar/date_lexer.hpp"
#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/common/characters.hpp"
#include "plan6/text/japanese_number.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;
constexpr std::size_t npos = sv::npos;

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

std::optional<written_date> year_and_month(sv s, std::size_t start) {
  std::optional<written_date> date = read_written_date(s, start);
  if (!date || date->year == 0 || date->month == 0) return std::nullopt;
  return date;
}

std::optional<fiscal_range_start> read_fiscal_range_start(sv s, std::size_t start,
                                                          std::size_t number_end) {
  std::size_t end = number_end;
  if (end < s.size() && is_open_paren(s[end])) {
    end = after_short_bracket(s, end);
    if (end == npos) return std::nullopt;
  }
  const std::size_t mark = skip_gap(s, end);
  if (mark == npos || !read_range_mark(s, mark)) return std::nullopt;
  fiscal_year_context context;
  context.running_text = true;
  const auto reading = read_fiscal_year(s, start, context);
  if (!reading || !reading->is_range || reading->begin != start) return std::nullopt;
  fiscal_range_start out;
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
