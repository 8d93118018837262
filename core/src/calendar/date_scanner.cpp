#include "plan6/calendar/date_scanner.hpp"

#include <array>
#include <stdexcept>

#include <fmt/format.h>

#include "plan6/calendar/date_lexer.hpp"
#include "plan6/calendar/dates.hpp"
#include "plan6/calendar/month_day.hpp"
#include "plan6/calendar/written_date.hpp"
#include "plan6/common/characters.hpp"
#include "plan6/common/letter_spacing.hpp"
#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {
namespace {

namespace bg = boost::gregorian;
constexpr std::size_t npos = std::u32string_view::npos;

constexpr std::array<std::string_view, 4> kind_names{"fiscal_year", "year", "month", "date"};

// 11月15～16日: a day number before a range mark.
constexpr date_number_rules month_day_rules{2, true, false, false};

/** The largest day `month` ever has (29 for February). */
int max_day(int month) {
  return month == 2 ? 29 : days_in_month(2001, month);
}

std::string date_words(const written_date& point) {
  std::string out;
  if (point.era != nullptr) {
    out += fmt::format("{}{}年", point.era->name,
                       point.era_year == 1 ? std::string("元") : std::to_string(point.era_year));
  } else if (point.year != 0) {
    out += fmt::format("{}年", point.year);
  }
  if (point.month != 0) out += fmt::format("{}月", point.month);
  if (point.day != 0) out += fmt::format("{}日", point.day);
  return out;
}

/** Checks an end that names its year: the era year exists, the day exists. Returns a
 * problem, or empty. */
std::string check_written(const written_date& point, bool lenient) {
  try {
    if (point.era != nullptr) {
      if (point.day != 0) {
        era_date(*point.era, point.era_year, point.month, point.day, lenient);
      } else {
        gregorian_year(*point.era, point.era_year, lenient);
      }
    }
    if (point.month != 0 && point.day != 0 && point.year != 0 &&
        point.day > days_in_month(point.year, point.month)) {
      return fmt::format("{} is not a date", date_words(point));
    }
    if (point.year != 0 && (point.year < 1400 || point.year > 9999)) {
      return fmt::format("{} is outside the supported years 1400-9999", date_words(point));
    }
  } catch (const std::exception& error) {
    return error.what();
  }
  if (point.month != 0 && point.day > max_day(point.month)) {
    return fmt::format("{}月{}日 is not a date: {}月 has at most {} days", point.month, point.day,
                       point.month, max_day(point.month));
  }
  return {};
}

bg::date first_day_of(const written_date& point, int year) {
  return make_date(year, point.month == 0 ? 1 : point.month, point.day == 0 ? 1 : point.day);
}

bg::date last_day_of(const written_date& point, int year) {
  const int month = point.month == 0 ? 12 : point.month;
  return make_date(year, month, point.day == 0 ? days_in_month(year, month) : point.day);
}

/** Places a date, month or year mention (one end or two) and fills first/last/problem. */
void place(date_mention& mention, const written_date& from, const written_date& to,
           const scan_options& options) {
  mention.problem = check_written(from, options.lenient);
  if (mention.problem.empty()) mention.problem = check_written(to, options.lenient);
  if (!mention.problem.empty()) return;
  try {
    int first_year = from.year;
    int last_year = to.year;
    auto order = [](const written_date& p) { return p.month * 100 + p.day; };
    if (first_year != 0 && last_year == 0) {
      last_year = order(to) < order(from) ? first_year + 1 : first_year;
    } else if (first_year == 0 && last_year != 0) {
      first_year = order(from) > order(to) ? last_year - 1 : last_year;
    }
    if (first_year != 0) {
      mention.first = first_day_of(from, first_year);
      mention.last = last_day_of(to, last_year);
    } else if (options.fiscal_year) {
      const date_period period = resolve_month_day_range(options.calendar, *options.fiscal_year,
                                                         from.month, from.day, to.month, to.day);
      mention.first = period.begin();
      mention.last = period.last();
    } else {
      return;  // a month-day and no fiscal year to place it in
    }
    if (*mention.last < *mention.first) {
      mention.problem = fmt::format("the range ends ({}) before it starts ({})",
                                    iso_date(*mention.last), iso_date(*mention.first));
      mention.first.reset();
      mention.last.reset();
    }
  } catch (const std::exception& error) {
    mention.problem = error.what();
    mention.first.reset();
    mention.last.reset();
  }
}

date_mention make_date_mention(const written_date& from, const written_date& to, std::size_t begin,
                               std::size_t end, bool is_range, const scan_options& options) {
  date_mention mention;
  mention.kind = from.day != 0 || to.day != 0       ? mention_kind::date
                 : from.month != 0 || to.month != 0 ? mention_kind::month
                                                    : mention_kind::year;
  mention.begin = begin;
  mention.end = end;
  mention.is_range = is_range;
  mention.era = from.era;
  mention.era_year = from.era_year;
  mention.year = from.year;
  mention.month = from.month;
  mention.day = from.day;
  if (is_range) {
    mention.last_year = to.year;
    mention.last_month = to.month;
    mention.last_day = to.day;
  }
  place(mention, from, to, options);
  return mention;
}

// A date or a range being read: its two ends and where it ends in the text.
struct range_reading {
  written_date first;
  written_date last;
  bool is_range = false;
  std::size_t end = 0;
};

// The position after a range mark (～, から) at `pos`, gaps skipped, or npos.
std::size_t after_range_mark(std::u32string_view text, std::size_t pos) {
  const std::size_t mark_at = skip_gap(text, pos);
  const auto mark = mark_at == npos ? std::nullopt : read_range_mark(text, mark_at);
  return mark ? skip_gap(text, *mark) : npos;
}

// 11月15～16日: a month whose first day has no 日 of its own.
void read_days_of_month(std::u32string_view text, range_reading& r) {
  if (r.first.month == 0 || r.first.day != 0) return;
  const std::size_t at = skip_gap(text, r.first.end);
  const auto number = at == npos ? std::nullopt : read_date_number(text, at, month_day_rules);
  if (!number || number->value < 1 || number->value > 31) return;
  const std::size_t day_at = after_range_mark(text, number->end);
  const auto day = day_at == npos ? std::nullopt : read_written_day(text, day_at);
  if (!day) return;
  r.first.day = number->value;
  r.last.day = day->first;
  r.end = day->second;
  r.is_range = true;
}

// A range mark and a second end: 8月15日～10月7日, 10月から11月, 1月17日から19日 (the same
// month, or the next when the day is smaller).
void read_second_end(std::u32string_view text, range_reading& r) {
  const std::size_t second_at = after_range_mark(text, r.end);
  if (second_at == npos || continues_number(text, second_at)) return;
  const auto second = read_written_date(text, second_at);
  if (second && (second->month != 0 || r.first.month == 0)) {
    r.last = *second;
    r.end = second->end;
    r.is_range = true;
    return;
  }
  if (r.first.day == 0) return;
  const auto day = read_written_day(text, second_at);
  if (!day) return;
  r.last.day = day->first;
  if (r.last.day < r.first.day) {
    r.last.month = r.first.month % 12 + 1;
    if (r.first.month == 12 && r.last.year != 0) {
      r.last.year += 1;
      r.last.era = nullptr;  // the next year, written by the first end only
    }
  }
  r.end = day->second;
  r.is_range = true;
}

// "７月２５日 ２７日": a later day after a space is the end of a range whose mark was lost.
void read_lost_mark(std::u32string_view text, range_reading& r) {
  if (r.first.day == 0) return;
  const std::size_t at = skip_inline_spaces(text, r.end);
  if (at <= r.end) return;
  const auto day = read_written_day(text, at);
  if (!day || day->first <= r.first.day) return;
  r.last.day = day->first;
  r.end = day->second;
  r.is_range = true;
}

// ３月２４日、２５日: each listed day after `end` is a mention with the month of `first`.
std::size_t read_listed_days(std::u32string_view text, const written_date& first, std::size_t end,
                             const scan_options& options, std::vector<date_mention>& out) {
  std::size_t at = end;
  while (at < text.size()) {
    const char32_t sep = fold_width(text[at]);
    if (sep != U'、' && sep != U',' && sep != U'，') break;
    const std::size_t day_at = skip_gap(text, at + 1);
    if (day_at == npos) break;
    const auto day = read_written_day(text, day_at);
    if (!day) break;
    written_date listed = first;
    listed.day = day->first;
    listed.end = day->second;
    out.push_back(make_date_mention(listed, listed, day_at, day->second, false, options));
    end = at = day->second;
  }
  return end;
}

/**
 * Reads a date mention at `pos` and appends it (and any days listed after it, "２４日、２５日")
 * to `out`. Returns the end of what was read, or npos when no date starts at `pos`.
 */
std::size_t read_dates_at(std::u32string_view text, std::size_t pos, const scan_options& options,
                          std::vector<date_mention>& out) {
  const auto from = read_written_date(text, pos);
  if (!from) return npos;
  range_reading r{*from, *from, false, from->end};
  read_days_of_month(text, r);
  if (!r.is_range) read_second_end(text, r);
  if (!r.is_range) read_lost_mark(text, r);
  if (r.is_range && r.last.month == 0) r.last.month = r.first.month;  // a year range has neither
  out.push_back(make_date_mention(r.first, r.last, pos, r.end, r.is_range, options));
  // Open end: 4月以降.
  const std::size_t onwards_at = skip_gap(text, r.end);
  if (onwards_at != npos &&
      (matches_at(text, onwards_at, U"以降") || matches_at(text, onwards_at, U"以後"))) {
    out.back().open_ended = true;
    out.back().end = onwards_at + 2;
    out.back().last.reset();
    return onwards_at + 2;
  }
  if (r.is_range || r.first.day == 0) return r.end;
  return read_listed_days(text, r.first, r.end, options, out);
}

/** Whether a mention may start with `c` (a quick filter before the readers). */
bool may_start(char32_t c) {
  if (digit_value(c) >= 0 || is_kanji_numeral(c)) return true;
  switch (fold_width(c)) {
    case U'F':  // FY2012
    case U'f':
    case U'M':  // the era letters: H24年度
    case U'm':
    case U'T':
    case U't':
    case U'S':
    case U's':
    case U'H':
    case U'h':
    case U'R':
    case U'r':
    case U'明':
    case U'大':
    case U'昭':
    case U'平':
    case U'令':
    case U'\u337e':
    case U'\u337d':
    case U'\u337c':
    case U'\u337b':
    case U'\u32ff':
    case U'前':
    case U'昨':
    case U'次':
    case U'翌':
    case U'来':
    case U'今':
    case U'本':
    case U'当':
      return true;
    default:
      return false;
  }
}

date_mention fiscal_year_mention(const fiscal_year_reading& reading, const scan_options& options) {
  date_mention mention;
  mention.kind = mention_kind::fiscal_year;
  mention.begin = reading.begin;
  mention.end = reading.end;
  mention.is_range = reading.is_range;
  mention.open_ended = reading.open_ended;
  mention.style = reading.style;
  mention.fiscal_year = reading.fiscal_year;
  mention.last_fiscal_year = reading.last_fiscal_year;
  mention.relative = reading.relative;
  mention.era = reading.era;
  mention.era_year = reading.era_year;
  mention.problem = reading.problem;
  try {
    if (reading.fiscal_year) mention.first = options.calendar.first_day(*reading.fiscal_year);
    if (reading.last_fiscal_year) {
      mention.last = options.calendar.last_day(*reading.last_fiscal_year);
    }
  } catch (const std::exception& error) {
    mention.problem = error.what();
    mention.first.reset();
    mention.last.reset();
  }
  return mention;
}

// scan_dates over `text` as it is; the digits met that may be letter-spaced are added to
// `spaced_digits`.
std::vector<date_mention> scan_as_written(std::u32string_view text, const scan_options& options,
                                          std::vector<std::size_t>& spaced_digits) {
  std::vector<date_mention> out;
  fiscal_year_context context;
  context.era = options.era;
  context.fiscal_year = options.fiscal_year;
  context.lenient = options.lenient;
  context.running_text = true;
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t c = text[i];
    const bool number = digit_value(c) >= 0 || is_kanji_numeral(c);
    if (number && may_be_letter_spaced(text, i)) spaced_digits.push_back(i);
    if (!may_start(c) ||
        (number && (continues_number(text, i) || (i > 0 && is_latin(text[i - 1]))))) {
      ++i;
      continue;
    }
    if (const auto reading = read_fiscal_year(text, i, context)) {
      out.push_back(fiscal_year_mention(*reading, options));
      if (reading->era != nullptr && reading->style != fiscal_year_style::era_year) {
        context.recent_era = reading->era;
      }
      i = reading->end;
      continue;
    }
    const std::size_t before = out.size();
    const std::size_t end = read_dates_at(text, i, options, out);
    if (end != npos) {
      for (std::size_t k = before; k < out.size(); ++k) {
        if (out[k].era != nullptr) context.recent_era = out[k].era;
      }
      i = end;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace

std::string_view kind_name(mention_kind kind) noexcept {
  return kind_names[static_cast<std::size_t>(kind)];
}

std::vector<date_mention> scan_dates(std::u32string_view text, const scan_options& options) {
  std::vector<std::size_t> spaced_digits;
  std::vector<date_mention> out = scan_as_written(text, options, spaced_digits);
  // "平 成 2 8 年 度": letter-spaced cells are read again without their spaces, spans in
  // `text`, when the scan met a digit standing alone.
  if (spaced_digits.empty()) return out;
  const std::optional<compacted_text> compact = compact_letter_spacing(text, spaced_digits);
  if (!compact) return out;
  out = scan_as_written(compact->text, options, spaced_digits);
  for (date_mention& m : out) {
    m.begin = compact->start_of(m.begin);
    m.end = compact->end_of(m.end);
  }
  return out;
}

date_mention read_date_mention(std::u32string_view text, const scan_options& options) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin]))
    ++begin;
  while (end > begin && is_space(text[end - 1]))
    --end;
  if (end - begin >= 2 && is_open_paren(text[begin]) && is_close_paren(text[end - 1])) {
    ++begin;
    --end;
    while (begin < end && is_space(text[begin]))
      ++begin;
    while (end > begin && is_space(text[end - 1]))
      --end;
  }
  const std::u32string_view view = text.substr(0, end);
  const std::string quoted = encode_utf8(view.substr(begin));
  const auto found = scan_dates(view.substr(begin), options);
  if (found.empty() || found.front().begin != 0) {
    const std::size_t at = found.empty() ? begin : begin + found.front().begin;
    throw parse_error(
        fmt::format("'{}' is not a date: expected a month-day such as 1月28日, a range such as "
                    "8月15日～10月7日, a month, a year or a fiscal year",
                    quoted),
        at);
  }
  date_mention mention = found.front();
  if (found.size() > 1 || mention.end != view.size() - begin) {
    const std::size_t at = begin + mention.end;
    throw parse_error(
        fmt::format("'{}' holds more than one date: '{}' is followed by '{}'", quoted,
                    encode_utf8(view.substr(begin, mention.end)), encode_utf8(view.substr(at))),
        at);
  }
  if (!mention.problem.empty()) {
    throw parse_error(fmt::format("'{}': {}", quoted, mention.problem), begin);
  }
  if (!mention.first && !mention.open_ended) {
    throw parse_error(fmt::format("'{}' has no year: give the fiscal year it falls in", quoted),
                      begin);
  }
  mention.begin += begin;
  mention.end += begin;
  return mention;
}

}  // namespace plan6
