#include "plan6/calendar/month_day.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "plan6/calendar/dates.hpp"

namespace plan6 {
namespace {

namespace bg = boost::gregorian;

void check_month(int month) {
  if (month < 1 || month > 12) {
    throw std::invalid_argument(fmt::format("{}月 is not a month (1-12)", month));
  }
}

/** The calendar year in which fiscal year `fiscal_year` starts. */
int start_year(const fiscal_calendar& calendar, int fiscal_year) {
  return static_cast<int>(calendar.first_day(fiscal_year).year());
}

/** The period from `first` to `last`, both included. */
date_period inclusive(const bg::date& first, const bg::date& last) {
  return {first, last + bg::date_duration(1)};
}

bool before_start(const fiscal_calendar& calendar, int month, int day) {
  return month < calendar.start_month() ||
         (month == calendar.start_month() && day < calendar.start_day());
}

bg::date checked_date(const fiscal_calendar& calendar, int fiscal_year, int year, int month,
                      int day) {
  if (day < 1 || year < 1400 || year > 9999 || day > days_in_month(year, month)) {
    throw std::invalid_argument(fmt::format(
        "{}月{}日 does not exist in {} ({:04d}-{:02d}-{:02d}, fiscal year {} runs {} to {})", month,
        day, year, year, month, day, fiscal_year, iso_date(calendar.first_day(fiscal_year)),
        iso_date(calendar.last_day(fiscal_year))));
  }
  return make_date(year, month, day);
}

}  // namespace

int days_in_month(int year, int month) {
  check_month(month);
  if (year < 1400 || year > 9999) {
    throw std::out_of_range(fmt::format("{} is outside the supported years 1400-9999", year));
  }
  return bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                  static_cast<unsigned short>(month));
}

bg::date resolve_month_day(const fiscal_calendar& calendar, int fiscal_year, int month, int day) {
  check_month(month);
  if (day < 1 || day > 31) {
    throw std::invalid_argument(
        fmt::format("{}月{}日 is not a date: no month has day {}", month, day, day));
  }
  const int first_year = start_year(calendar, fiscal_year);
  const bool wraps = calendar.start_month() != 1 || calendar.start_day() != 1;
  const int year = wraps && before_start(calendar, month, day) ? first_year + 1 : first_year;
  return checked_date(calendar, fiscal_year, year, month, day);
}

int resolve_month_year(const fiscal_calendar& calendar, int fiscal_year, int month) {
  check_month(month);
  const int first_year = start_year(calendar, fiscal_year);
  if (month != calendar.start_month()) {
    return month < calendar.start_month() ? first_year + 1 : first_year;
  }
  // The start month is split: days start_day… belong to this fiscal year in the first year,
  // days 1…start_day-1 in the next. Take the larger part (the first on a tie).
  const int in_first = days_in_month(first_year, month) - calendar.start_day() + 1;
  const int in_next = calendar.start_day() - 1;
  return in_first >= in_next ? first_year : first_year + 1;
}

date_period resolve_month(const fiscal_calendar& calendar, int fiscal_year, int month) {
  const int year = resolve_month_year(calendar, fiscal_year, month);
  return inclusive(make_date(year, month, 1), make_date(year, month, days_in_month(year, month)));
}

date_period resolve_month_day_range(const fiscal_calendar& calendar, int fiscal_year,
                                    int first_month, int first_day, int last_month, int last_day) {
  const bg::date first = first_day == 0
                             ? resolve_month(calendar, fiscal_year, first_month).begin()
                             : resolve_month_day(calendar, fiscal_year, first_month, first_day);
  const bg::date last = last_day == 0
                            ? resolve_month(calendar, fiscal_year, last_month).last()
                            : resolve_month_day(calendar, fiscal_year, last_month, last_day);
  if (first <= last) return inclusive(first, last);
  // The range reaches back before the fiscal year: its start is a year earlier.
  const int year = static_cast<int>(first.year()) - 1;
  const int day = first_day == 0 ? 1 : first_day;
  return inclusive(checked_date(calendar, fiscal_year, year, first_month, day), last);
}

}  // namespace plan6
