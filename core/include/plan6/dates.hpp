#pragma once

#include <cstdint>
#include <string>

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace plan6 {

/**
 * Days since 1970-01-01, the representation of numpy's datetime64[D]. Conversions go through
 * Boost.Date_Time, which supports the years 1400–9999; outside that range they throw
 * std::out_of_range.
 */
using epoch_days = std::int64_t;

/** The Gregorian date `days` after 1970-01-01. */
boost::gregorian::date date_from_epoch_days(epoch_days days);

/** Days from 1970-01-01 to `date`. */
epoch_days epoch_days_from_date(const boost::gregorian::date& date);

/**
 * The date year-month-day from plain ints; throws std::out_of_range naming the date when it
 * does not exist (2月30日) or lies outside 1400–9999.
 */
boost::gregorian::date make_date(int year, int month, int day);

/** "YYYY-MM-DD". */
std::string iso_date(const boost::gregorian::date& date);

}  // namespace plan6
