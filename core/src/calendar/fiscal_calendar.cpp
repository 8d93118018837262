#include "plan6/calendar/fiscal_calendar.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "plan6/calendar/dates.hpp"

namespace plan6 {

namespace bg = boost::gregorian;

fiscal_calendar::fiscal_calendar(int start_month, int start_day, fiscal_year_naming naming)
    : start_month_(start_month), start_day_(start_day), naming_(naming) {
  if (start_month < 1 || start_month > 12) {
    throw std::invalid_argument(
        fmt::format("fiscal year start month must be 1-12, not {}", start_month));
  }
  // A start that every year has: 29 February is refused, as are days past the month's end.
  const int month_days =
      bg::gregorian_calendar::end_of_month_day(2001, static_cast<unsigned short>(start_month));
  if (start_day < 1 || start_day > month_days) {
    throw std::invalid_argument(
        fmt::format("fiscal year start day must be 1-{} for month {}, not {}", month_days,
                    start_month, start_day));
  }
}

int fiscal_calendar::start_year_of(const bg::date& date) const {
  // One conversion from the day number: year(), month() and day() would each redo it.
  const bg::date::ymd_type ymd = date.year_month_day();
  return start_year_of(ymd.year, ymd.month, ymd.day);
}

int fiscal_calendar::start_year_of_fiscal_year(int fy) const {
  return naming_ == fiscal_year_naming::by_end_year && spans_two_years() ? fy - 1 : fy;
}

int fiscal_calendar::fiscal_year(const bg::date& date) const {
  const int start_year = start_year_of(date);
  return naming_ == fiscal_year_naming::by_end_year && spans_two_years() ? start_year + 1
                                                                         : start_year;
}

bg::date fiscal_calendar::first_day(int fy) const {
  const int year = start_year_of_fiscal_year(fy);
  if (year < 1400 || year > 9998) {
    throw std::out_of_range(fmt::format("fiscal year {} is outside the years {}-{}", fy,
                                        1400 + fy - year, 9998 + fy - year));
  }
  return make_date(year, start_month_, start_day_);
}

bg::date fiscal_calendar::last_day(int fy) const {
  // The day before the next fiscal year's first day, which may lie in 9999 (FY9998 ends there).
  const bg::date first = first_day(fy);
  return make_date(static_cast<int>(first.year()) + 1, start_month_, start_day_) -
         bg::date_duration(1);
}

int fiscal_calendar::fiscal_month(const bg::date& date) const {
  const bg::date::ymd_type ymd = date.year_month_day();
  return fiscal_month(civil_date{ymd.year, ymd.month, ymd.day});
}

int fiscal_calendar::fiscal_quarter(const bg::date& date) const {
  return (fiscal_month(date) - 1) / 3 + 1;
}

int fiscal_calendar::day_of_fiscal_year(const bg::date& date) const {
  return static_cast<int>((date - first_day(fiscal_year(date))).days()) + 1;
}

std::pair<int, int> fiscal_calendar::fiscal_years_spanned(const bg::date& first,
                                                          const bg::date& last) const {
  if (first.is_special() || last.is_special()) throw std::out_of_range("not a valid date");
  if (last < first) {
    throw std::invalid_argument(
        fmt::format("the period ends ({}) before it starts ({})", iso_date(last), iso_date(first)));
  }
  return {fiscal_year(first), fiscal_year(last)};
}

std::string fiscal_calendar::describe() const {
  return fmt::format(
      "fiscal_calendar(start={:02d}-{:02d}, naming={})", start_month_, start_day_,
      naming_ == fiscal_year_naming::by_start_year ? "by_start_year" : "by_end_year");
}

}  // namespace plan6
