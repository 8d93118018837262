#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "plan6/calendar/fiscal_calendar.hpp"

namespace plan6 {

/**
 * Month-day mentions placed inside a fiscal year. Evaluation reports write "1月28日" without a
 * year in a section about one fiscal year: in 平成24年度 (Japan, 2012-04-01 … 2013-03-31) that
 * day is 2013-01-28, and "7月25日" is 2012-07-25.
 */

/** Days from begin() to last() (Boost's half-open period: end() is the day after last()). */
using date_period = boost::gregorian::date_period;

/**
 * The day with `month` and `day` inside fiscal year `fiscal_year` of `calendar`. Throws
 * std::invalid_argument naming the month-day ("2月29日") when it does not exist in the year it
 * falls in, or the month or day is out of range.
 */
boost::gregorian::date resolve_month_day(const fiscal_calendar& calendar, int fiscal_year,
                                         int month, int day);

/**
 * The calendar year of `month` inside fiscal year `fiscal_year`. When the fiscal year starts
 * in the middle of that month (the UK tax year, 6 April), the month straddles two fiscal years
 * and the one with more of its days in this fiscal year is taken (April 2012 for FY2012).
 */
int resolve_month_year(const fiscal_calendar& calendar, int fiscal_year, int month);

/** The whole month `month` inside fiscal year `fiscal_year` (its first and last day). */
date_period resolve_month(const fiscal_calendar& calendar, int fiscal_year, int month);

/**
 * A range of month-days inside a fiscal year: from `first_month`/`first_day` to
 * `last_month`/`last_day`, where a day of 0 means the whole month (its first day at the start,
 * its last day at the end): "8月15日～10月7日", "10月から11月", "11月15～16日". Each end is placed
 * in the fiscal year; when the start would then fall after the end, the range began in the
 * year before ("3月から2月の実績" in FY2011 is March 2011 – February 2012). Throws
 * std::invalid_argument as resolve_month_day does.
 */
date_period resolve_month_day_range(const fiscal_calendar& calendar, int fiscal_year,
                                    int first_month, int first_day, int last_month, int last_day);

/** The last day of `month` in `year` (28–31). */
int days_in_month(int year, int month);

}  // namespace plan6
