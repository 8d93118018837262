#include "plan6/calendar/dates.hpp"

#include <stdexcept>

#include <fmt/format.h>

namespace plan6 {
namespace {

const boost::gregorian::date& unix_epoch() {
  static const boost::gregorian::date epoch(1970, 1, 1);
  return epoch;
}

}  // namespace

boost::gregorian::date date_from_epoch_days(epoch_days days) {
  if (days < min_epoch_days || days > max_epoch_days) {  // Boost's years: no wrapping
    throw std::out_of_range(
        fmt::format("{} days from 1970-01-01 is outside the supported years 1400-9999", days));
  }
  return unix_epoch() + boost::gregorian::date_duration(static_cast<long>(days));
}

void throw_day_out_of_range(epoch_days days) {
  throw std::out_of_range(
      fmt::format("{} days from 1970-01-01 is outside the supported years 1400-9999", days));
}

epoch_days epoch_days_from_date(const boost::gregorian::date& date) {
  if (date.is_special()) throw std::out_of_range("not a valid date");
  return static_cast<epoch_days>((date - unix_epoch()).days());
}

boost::gregorian::date make_date(int year, int month, int day) {
  if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > boost::gregorian::gregorian_calendar::end_of_month_day(
                static_cast<unsigned short>(year), static_cast<unsigned short>(month))) {
    throw std::out_of_range(
        fmt::format("{:04d}-{:02d}-{:02d} is not a date (years 1400-9999)", year, month, day));
  }
  return {static_cast<unsigned short>(year), static_cast<unsigned short>(month),
          static_cast<unsigned short>(day)};
}

std::string iso_date(const boost::gregorian::date& date) {
  if (date.is_special()) return "not-a-date";
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(date.year()),
                     static_cast<int>(date.month()), static_cast<int>(date.day()));
}

}  // namespace plan6
