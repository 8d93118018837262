#pragma once

#include <string>
#include <utility>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "plan6/calendar/dates.hpp"

namespace plan6 {

/** How a fiscal year is numbered: by the calendar year it starts in, or the one it ends in. */
enum class fiscal_year_naming { by_start_year, by_end_year };

/**
 * A fiscal calendar: years starting on a fixed month and day. Japan's fiscal year starts on
 * 1 April and is named by its start year (FY2012 = 2012-04-01 … 2013-03-31); the US federal
 * one starts on 1 October and is named by its end year (FY2013 = 2012-10-01 … 2013-09-30).
 */
class fiscal_calendar {
 public:
  /**
   * Throws std::invalid_argument when (start_month, start_day) is not a day of every year:
   * month outside 1–12, day outside the month, or 29 February.
   */
  fiscal_calendar(int start_month, int start_day, fiscal_year_naming naming);

  static fiscal_calendar japan() { return {4, 1, fiscal_year_naming::by_start_year}; }
  static fiscal_calendar us_federal() { return {10, 1, fiscal_year_naming::by_end_year}; }
  static fiscal_calendar uk_government() { return {4, 1, fiscal_year_naming::by_start_year}; }
  static fiscal_calendar uk_tax() { return {4, 6, fiscal_year_naming::by_start_year}; }
  static fiscal_calendar australia() { return {7, 1, fiscal_year_naming::by_end_year}; }

  int start_month() const noexcept { return start_month_; }
  int start_day() const noexcept { return start_day_; }
  fiscal_year_naming naming() const noexcept { return naming_; }

  /** The fiscal year that `date` falls in. */
  int fiscal_year(const boost::gregorian::date& date) const;

  // The same for a plain year-month-day: the vectorised kernels' path, inline so that their
  // loops compile to integer arithmetic.

  int fiscal_year(const civil_date& day) const noexcept {
    const int start_year = start_year_of(day.year, day.month, day.day);
    return naming_ == fiscal_year_naming::by_end_year && spans_two_years() ? start_year + 1
                                                                           : start_year;
  }

  int fiscal_month(const civil_date& day) const noexcept {
    int months = (day.month - start_month_ + 12) % 12;
    if (day.day < start_day_) months = (months + 11) % 12;
    return months + 1;
  }

  int fiscal_quarter(const civil_date& day) const noexcept {
    return (fiscal_month(day) - 1) / 3 + 1;
  }

  /** Day of the fiscal year of the day `days` after 1970-01-01, whose date is `day`. */
  int day_of_fiscal_year(epoch_days days, const civil_date& day) const noexcept {
    const int start_year = start_year_of(day.year, day.month, day.day);
    return static_cast<int>(days - epoch_days_from_civil(start_year, start_month_, start_day_)) + 1;
  }

  /** The first day of fiscal year `fy`. */
  boost::gregorian::date first_day(int fy) const;

  /** The last day of fiscal year `fy`. */
  boost::gregorian::date last_day(int fy) const;

  /** Fiscal year `fy` as a Boost period (begin() is its first day, last() its last). */
  boost::gregorian::date_period period(int fy) const { return {first_day(fy), first_day(fy + 1)}; }

  /** Fiscal quarter 1–4 of `date` (three fiscal months each). */
  int fiscal_quarter(const boost::gregorian::date& date) const;

  /**
   * Fiscal month 1–12 of `date`: month 1 runs from the start day to the day before the same
   * day of the next month (6 April – 5 May for the UK tax year). With a start day of 29–31, a
   * fiscal month whose calendar month is too short begins on the 1st of the month after (for
   * a 31 January start, fiscal month 2 is 1–30 March).
   */
  int fiscal_month(const boost::gregorian::date& date) const;

  /** Day of the fiscal year, 1 on its first day. */
  int day_of_fiscal_year(const boost::gregorian::date& date) const;

  /**
   * The first and last fiscal years that the days `first` … `last` touch (2012-03-01 …
   * 2013-04-01 span FY2011 … FY2013 in Japan). Throws std::invalid_argument when `last` is
   * before `first`.
   */
  std::pair<int, int> fiscal_years_spanned(const boost::gregorian::date& first,
                                           const boost::gregorian::date& last) const;

  /** e.g. "fiscal_calendar(start=04-01, naming=by_start_year)". */
  std::string describe() const;

  friend bool operator==(const fiscal_calendar& a, const fiscal_calendar& b) noexcept {
    return a.start_month_ == b.start_month_ && a.start_day_ == b.start_day_ &&
           a.naming_ == b.naming_;
  }

 private:
  /** The calendar year in which the fiscal year containing the day starts. */
  int start_year_of(int year, int month, int day) const noexcept {
    const bool on_or_after_start =
        month > start_month_ || (month == start_month_ && day >= start_day_);
    return on_or_after_start ? year : year - 1;
  }
  int start_year_of(const boost::gregorian::date& date) const;
  /** The calendar year in which fiscal year `fy` starts. */
  int start_year_of_fiscal_year(int fy) const;
  /** Whether the fiscal year ends in the calendar year after it starts (all but a 1 Jan start). */
  bool spans_two_years() const noexcept { return !(start_month_ == 1 && start_day_ == 1); }

  int start_month_;
  int start_day_;
  fiscal_year_naming naming_;
};

}  // namespace plan6
