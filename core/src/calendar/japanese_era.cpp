#include "plan6/calendar/japanese_era.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <fmt/format.h>

namespace plan6 {
namespace {

constexpr std::array<japanese_era, 5> eras{{
    {"明治", "Meiji", 'M', 1868, 10, 23},
    {"大正", "Taisho", 'T', 1912, 7, 30},
    {"昭和", "Showa", 'S', 1926, 12, 25},
    {"平成", "Heisei", 'H', 1989, 1, 8},
    {"令和", "Reiwa", 'R', 2019, 5, 1},
}};

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::size_t index_of(const japanese_era& era) {
  for (std::size_t i = 0; i < eras.size(); ++i) {
    if (&eras[i] == &era) return i;
  }
  throw std::invalid_argument("not one of plan6's Japanese eras");
}

}  // namespace

const std::array<japanese_era, 5>& japanese_eras() noexcept {
  return eras;
}

era_year to_era(const boost::gregorian::date& date) {
  if (date.is_special()) throw std::out_of_range("not a valid date");
  for (auto it = eras.rbegin(); it != eras.rend(); ++it) {
    if (date >= it->start()) return {*it, date.year() - it->first_year + 1};
  }
  throw std::out_of_range(
      fmt::format("{} is before the Meiji era (明治, from 1868-10-23)", iso_date(date)));
}

era_year to_era(epoch_days days, const civil_date& day) {
  // First days of the eras as day numbers, so the search compares integers only.
  static constexpr std::array<epoch_days, eras.size()> starts{
      epoch_days_from_civil(eras[0].first_year, eras[0].first_month, eras[0].first_day),
      epoch_days_from_civil(eras[1].first_year, eras[1].first_month, eras[1].first_day),
      epoch_days_from_civil(eras[2].first_year, eras[2].first_month, eras[2].first_day),
      epoch_days_from_civil(eras[3].first_year, eras[3].first_month, eras[3].first_day),
      epoch_days_from_civil(eras[4].first_year, eras[4].first_month, eras[4].first_day),
  };
  for (std::size_t i = eras.size(); i-- > 0;) {
    if (days >= starts[i]) return {eras[i], day.year - eras[i].first_year + 1};
  }
  throw std::out_of_range(
      fmt::format("{:04d}-{:02d}-{:02d} is before the Meiji era (明治, from 1868-10-23)", day.year,
                  day.month, day.day));
}

const japanese_era& find_era(std::string_view name_or_letter) {
  for (const japanese_era& era : eras) {
    if (name_or_letter == era.name || equals_ignoring_ascii_case(name_or_letter, era.romaji) ||
        equals_ignoring_ascii_case(name_or_letter, std::string_view(&era.letter, 1))) {
      return era;
    }
  }
  throw std::invalid_argument(fmt::format(
      "unknown Japanese era '{}': expected 明治, 大正, 昭和, 平成 or 令和 (or M, T, S, H, R)",
      name_or_letter));
}

int gregorian_year(const japanese_era& era, int year, bool lenient) {
  if (year < 1) {
    throw std::invalid_argument(
        fmt::format("{}{}年 does not exist: era years start at 1 (元年)", era.name, year));
  }
  if (year > last_calendar_year - era.first_year + 1) {  // also before first_year + year wraps
    throw std::invalid_argument(fmt::format(
        "{}{}年 is beyond the supported years 1400-{} (its last year is {}{}年)", era.name, year,
        last_calendar_year, era.name, last_calendar_year - era.first_year + 1));
  }
  const std::size_t i = index_of(era);
  if (!lenient && i + 1 < eras.size()) {
    const int last_year = eras[i + 1].first_year - era.first_year + 1;
    if (year > last_year) {
      throw std::invalid_argument(fmt::format(
          "{}{}年 is past the end of {} (its last year is {}{}年 = {}); pass lenient=True to "
          "count on as some documents do",
          era.name, year, era.name, era.name, last_year, eras[i + 1].first_year));
    }
  }
  return era.first_year + year - 1;
}

const japanese_era* next_era(const japanese_era& era) {
  const std::size_t i = index_of(era);
  return i + 1 < eras.size() ? &eras[i + 1] : nullptr;
}

era_year era_of_year(int year) {
  for (auto it = eras.rbegin(); it != eras.rend(); ++it) {
    if (year >= it->first_year) return {*it, year - it->first_year + 1};
  }
  throw std::out_of_range(
      fmt::format("{} is before the Meiji era (明治, from 1868): it has no era name", year));
}

namespace {

/** "平成24年度", with 元 for year 1. */
std::string fiscal_year_text(const japanese_era& era, int year) {
  return fmt::format("{}{}年度", era.name, year == 1 ? std::string("元") : std::to_string(year));
}

/** The Japanese fiscal year that holds `date`. */
int fiscal_year_of(const boost::gregorian::date& date) {
  const int year = date.year();
  return date.month() >= 4 ? year : year - 1;
}

}  // namespace

int gregorian_fiscal_year(const japanese_era& era, int year, bool lenient) {
  if (year < 1) {
    throw std::invalid_argument(
        fmt::format("{}{}年度 does not exist: era years start at 1 (元年)", era.name, year));
  }
  const int last_year = last_fiscal_year - era.first_year + 1;
  if (year > last_year) {  // also before first_year + year wraps
    throw std::invalid_argument(
        fmt::format("{}{}年度 is beyond the supported fiscal years 1400-{} (its last is {})",
                    era.name, year, last_fiscal_year, fiscal_year_text(era, last_year)));
  }
  const int fiscal_year = era.first_year + year - 1;
  const japanese_era* next = next_era(era);
  if (lenient || next == nullptr) return fiscal_year;
  const boost::gregorian::date last_day = next->start() - boost::gregorian::date_duration(1);
  if (fiscal_year > fiscal_year_of(last_day)) {
    const era_year named = era_of_fiscal_year(fiscal_year);
    throw std::invalid_argument(fmt::format(
        "{} is past the end of {}: FY{} began on {}-04-01, after {} ended on {} (that fiscal "
        "year is {}); pass lenient=True to count on as some documents do",
        fiscal_year_text(era, year), era.name, fiscal_year, fiscal_year, era.name,
        iso_date(last_day), fiscal_year_text(named.era, named.year)));
  }
  return fiscal_year;
}

era_year era_of_fiscal_year(int fiscal_year) {
  if (fiscal_year < eras.front().first_year) {
    throw std::out_of_range(
        fmt::format("fiscal year {} is before the Meiji era (明治, from {}): it has no era name",
                    fiscal_year, eras.front().first_year));
  }
  if (fiscal_year > last_fiscal_year) {
    throw std::out_of_range(
        fmt::format("fiscal year {} is outside the years 1400-{}", fiscal_year, last_fiscal_year));
  }
  // The era in force on 1 October, the middle of the fiscal year (April–March).
  const boost::gregorian::date middle = make_date(fiscal_year, 10, 1);
  const auto in_force = std::find_if(
      eras.rbegin(), eras.rend(), [&middle](const japanese_era& e) { return middle >= e.start(); });
  // FY1868: 明治 began on 23 October, within it
  const japanese_era& era = in_force == eras.rend() ? eras.front() : *in_force;
  return {era, fiscal_year - era.first_year + 1};
}

era_year written_era_of_fiscal_year(int fiscal_year) {
  const era_year named = era_of_fiscal_year(fiscal_year);
  if (named.year > last_written_era_year) {
    throw std::out_of_range(fmt::format(
        "fiscal year {} would be {}{}年度: era years are read and written up to {} (FY{}); "
        "write it in a Gregorian style",
        fiscal_year, named.era.name, named.year, last_written_era_year,
        named.era.first_year + last_written_era_year - 1));
  }
  return named;
}

std::string format_era_date(const japanese_era& era, int year, int month, int day) {
  const std::string year_text = year == 1 ? std::string("元") : std::to_string(year);
  return fmt::format("{}{}年{}月{}日", era.name, year_text, month, day);
}

boost::gregorian::date era_date(const japanese_era& era, int year, int month, int day,
                                bool lenient) {
  const std::string written = format_era_date(era, year, month, day);
  if (year < 1) {
    throw std::invalid_argument(
        fmt::format("{} does not exist: era years start at 1 (元年)", written));
  }
  const int gregorian = era.first_year + year - 1;
  if (month < 1 || month > 12 || day < 1 || gregorian > 9999 ||
      day > boost::gregorian::gregorian_calendar::end_of_month_day(
                static_cast<unsigned short>(gregorian), static_cast<unsigned short>(month))) {
    throw std::invalid_argument(fmt::format(
        "{} is not a date ({:04d}-{:02d}-{:02d} does not exist)", written, gregorian, month, day));
  }
  const boost::gregorian::date date = make_date(gregorian, month, day);
  if (date < era.start()) {
    const std::size_t i = index_of(era);
    if (i == 0) {
      throw std::invalid_argument(
          fmt::format("{} ({}) is before the Meiji era (明治) as plan6 counts it, from 1868-10-23",
                      written, iso_date(date)));
    }
    const era_year actual = to_era(date);
    throw std::invalid_argument(fmt::format(
        "{} ({}) is before {} began on {}: that day is {}", written, iso_date(date), era.name,
        iso_date(era.start()), format_era_date(actual.era, actual.year, month, day)));
  }
  const japanese_era* next = next_era(era);
  if (!lenient && next != nullptr && date >= next->start()) {
    const era_year actual = to_era(date);
    throw std::invalid_argument(
        fmt::format("{} ({}) is past the end of {} (its last day is {}): that day is {}; pass "
                    "lenient=True to count on as some documents do",
                    written, iso_date(date), era.name,
                    iso_date(next->start() - boost::gregorian::date_duration(1)),
                    format_era_date(actual.era, actual.year, month, day)));
  }
  return date;
}

}  // namespace plan6
