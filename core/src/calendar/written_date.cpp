#include "plan6/calendar/written_date.hpp"

#include "plan6/calendar/date_lexer.hpp"

namespace plan6 {
namespace {

// Era years reach three digits only far ahead (令和100年 = 2118).
constexpr date_number_rules era_year_rules{3, true, true, true};
constexpr date_number_rules gregorian_rules{4, true, false, false};
constexpr date_number_rules month_day_rules{2, true, false, false};
constexpr std::size_t npos = std::u32string_view::npos;

bool followed_by(std::u32string_view text, std::size_t pos, char32_t c) {
  return pos < text.size() && text[pos] == c;
}

/**
 * A number 1–`most` at `pos` and its calendar word (月, 日), not followed by either of the
 * characters that make it something else (月曜, 日間): the number and the end.
 */
std::optional<std::pair<int, std::size_t>> read_calendar_unit(std::u32string_view text,
                                                              std::size_t pos, int most,
                                                              char32_t unit,
                                                              std::u32string_view not_before) {
  const auto number = read_date_number(text, pos, month_day_rules);
  if (!number || number->value < 1 || number->value > most) return std::nullopt;
  const std::size_t at = skip_gap(text, number->end);
  if (at == npos || !followed_by(text, at, unit)) return std::nullopt;
  for (const char32_t c : not_before)
    if (followed_by(text, at + 1, c)) return std::nullopt;
  return std::make_pair(number->value, at + 1);
}

}  // namespace

std::optional<written_date> read_written_year(std::u32string_view text, std::size_t pos) {
  written_date point;
  std::size_t at = npos;
  if (const auto era = read_era_name(text, pos, /*letters=*/false)) {
    const std::size_t number_at = skip_gap(text, era->end);
    if (number_at == npos) return std::nullopt;
    const auto number = read_date_number(text, number_at, era_year_rules);
    if (!number) return std::nullopt;
    point.era = era->era;
    point.era_year = number->value;
    point.year = era->era->first_year + number->value - 1;
    at = number->end;
  } else {
    const auto number = read_date_number(text, pos, gregorian_rules);
    if (!number || number->digits != 4) return std::nullopt;
    point.year = number->value;
    at = number->end;
  }
  at = skip_gap(text, at);
  if (at == npos || !followed_by(text, at, U'年')) return std::nullopt;
  const std::size_t after = at + 1;
  const std::size_t du = skip_gap(text, after);
  if (du != npos && followed_by(text, du, U'度')) return std::nullopt;
  if (after < text.size()) {
    const char32_t next = text[after];
    if (next == U'間' || next == U'代' || next == U'生' || next == U'目') return std::nullopt;
  }
  point.end = after;
  return point;
}

std::optional<std::pair<int, std::size_t>> read_written_month(std::u32string_view text,
                                                              std::size_t pos) {
  if (pos > 0 && text[pos - 1] == U'第') return std::nullopt;  // 第一月曜日
  return read_calendar_unit(text, pos, 12, U'月', U"曜間");
}

std::optional<std::pair<int, std::size_t>> read_written_day(std::u32string_view text,
                                                            std::size_t pos) {
  return read_calendar_unit(text, pos, 31, U'日', U"間目");
}

std::optional<written_date> read_written_date(std::u32string_view text, std::size_t pos) {
  written_date point;
  std::size_t at = pos;
  if (const auto year = read_written_year(text, pos)) {
    point = *year;
    at = skip_gap(text, year->end);
    if (at == npos) return point;
  }
  const auto month = read_written_month(text, at);
  if (!month) {
    if (point.year != 0) return point;
    return std::nullopt;
  }
  point.month = month->first;
  point.end = month->second;
  const std::size_t day_at = skip_gap(text, point.end);
  if (day_at == npos) return point;
  if (const auto day = read_written_day(text, day_at)) {
    point.day = day->first;
    point.end = day->second;
  }
  return point;
}

}  // namespace plan6
