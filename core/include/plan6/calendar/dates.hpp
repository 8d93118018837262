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

/** A day as plain year, month and day numbers. */
struct civil_date {
  int year;
  int month;
  int day;
};

/** 1400-01-01 and 9999-12-31 as epoch days: the years Boost.Date_Time represents. */
inline constexpr epoch_days min_epoch_days = -208188;
inline constexpr epoch_days max_epoch_days = 2932896;

/**
 * A day given as days since 1970-01-01 written as a date for a message, any day at all
 * (-719162 is "0001-01-01"; years beyond Boost's range are written too, with a sign).
 */
std::string describe_epoch_day(epoch_days days);

/** Throws the std::out_of_range of a day outside 1400–9999 (kept out of line: the cold path). */
[[noreturn]] void throw_day_out_of_range(epoch_days days);

/** Days from 1970-01-01 to year-month-day (no check: the caller passes a valid date). */
constexpr epoch_days epoch_days_from_civil(int year, int month, int day) noexcept {
  const epoch_days y = static_cast<epoch_days>(year) - (month <= 2 ? 1 : 0);
  const epoch_days era = (y >= 0 ? y : y - 399) / 400;
  const epoch_days year_of_era = y - era * 400;
  const epoch_days shifted_month = month > 2 ? month - 3 : month + 9;
  const epoch_days day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
  const epoch_days day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

/**
 * The year, month and day `days` after 1970-01-01 for a day known to lie in 1400–9999, by the
 * integer arithmetic of Neri & Schneider ("Euclidean affine functions and their application
 * to calendar algorithms", 2022): a few multiplications and shifts, no branch, so that loops
 * over arrays vectorise. Agrees with Boost.Date_Time on every day of 1400–9999 (tested).
 */
constexpr civil_date civil_from_epoch_days_unchecked(epoch_days days) noexcept {
  // Shift by 82 eras of 400 years so that every day of the range counts from a positive N.
  constexpr std::uint32_t shift = 82;
  constexpr std::uint32_t k = 719468 + 146097 * shift;
  constexpr std::uint32_t l = 400 * shift;
  const auto n = static_cast<std::uint32_t>(days + k);
  const std::uint32_t n1 = 4 * n + 3;
  const std::uint32_t century = n1 / 146097;
  const std::uint32_t n_c = n1 % 146097 / 4;
  const std::uint32_t n2 = 4 * n_c + 3;
  const std::uint64_t p2 = std::uint64_t{2939745} * n2;
  const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
  const auto day_of_year = static_cast<std::uint32_t>(p2 & 0xffffffffu) / 2939745 / 4;
  const std::uint32_t n3 = 2141 * day_of_year + 197913;
  const std::uint32_t month = n3 >> 16;
  const std::uint32_t day = (n3 & 0xffffu) / 2141;
  const std::uint32_t january_or_february = day_of_year >= 306 ? 1 : 0;  // March-based year
  return {static_cast<int>(100 * century + year_of_century - l + january_or_february),
          static_cast<int>(january_or_february ? month - 12 : month), static_cast<int>(day + 1)};
}

/** The same, checked: throws std::out_of_range outside 1400–9999. */
inline civil_date civil_from_epoch_days(epoch_days days) {
  if (days < min_epoch_days || days > max_epoch_days) throw_day_out_of_range(days);
  return civil_from_epoch_days_unchecked(days);
}

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
