#include "plan6/calendar/dates.hpp"

#include <limits>
#include <stdexcept>

#include <fmt/format.h>

namespace plan6 {
namespace {

const boost::gregorian::date& unix_epoch() {
  static const boost::gregorian::date epoch(1970, 1, 1);
  return epoch;
}

}  // namespace

std::string describe_epoch_day(epoch_days days) {
  // Hinnant's days_from_civil inverse in int64, valid for any day a datetime64[D] can hold
  // but the last ~2000 near the int64 limits (said in days there).
  constexpr epoch_days limit = std::numeric_limits<epoch_days>::max() / 2;
  if (days > limit || days < -limit) return fmt::format("{} days from 1970-01-01", days);
  const epoch_days z = days + 719468;
  const epoch_days era = (z >= 0 ? z : z - 146096) / 146097;
  const epoch_days day_of_era = z - era * 146097;
  const epoch_days year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const epoch_days day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const epoch_days shifted_month = (5 * day_of_year + 2) / 153;
  const epoch_days day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const epoch_days month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  const epoch_days year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

boost::gregorian::date date_from_epoch_days(epoch_days days) {
  if (days < min_epoch_days || days > max_epoch_days) throw_day_out_of_range(days);  // no wrap
  return unix_epoch() + boost::gregorian::date_duration(static_cast<long>(days));
}

void throw_day_out_of_range(epoch_days days) {
  throw std::out_of_range(
      fmt::format("{} is outside the supported years 1400-9999", describe_epoch_day(days)));
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
