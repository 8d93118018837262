#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

#include "plan6/calendar/fiscal_calendar.hpp"

namespace plan6 {

/**
 * Calendar numbers of whole arrays of days, the loops behind the vectorised Python functions.
 * Input is datetime64 ticks viewed as int64 (numpy's representation in any unit: days, seconds
 * … nanoseconds); ticks floor to their day, so a time of day before 1970 stays on its date.
 * The loops are branch-free so that the compiler vectorises them, with the common units as
 * compile-time constants; results agree with the Boost.Date_Time paths of fiscal_calendar and
 * to_era on every day (tested).
 */

/** numpy's NaT: the int64 minimum, in every datetime64 unit. */
inline constexpr std::int64_t not_a_time = std::numeric_limits<std::int64_t>::min();

/** A read-only array of datetime64 ticks, `stride` elements apart (any sign). */
struct tick_array {
  const std::int64_t* data;
  std::size_t size;
  std::ptrdiff_t stride;
  std::int64_t ticks_per_day;  ///< 1 for datetime64[D], 86400'000'000'000 for [ns]
};

/** Which number of a day in its fiscal year. */
enum class fiscal_field : std::uint8_t { year, quarter, month, day_of_year };

/**
 * Writes `field` of each day of `ticks` on `calendar` into `out`; `missing[i]` is true where
 * the tick is NaT (and `out[i]` is 0). Both outputs hold ticks.size values. Throws
 * std::invalid_argument when ticks_per_day < 1, and std::out_of_range naming the first
 * position whose day lies outside the years 1400–9999.
 */
void fiscal_fields(const tick_array& ticks, const fiscal_calendar& calendar, fiscal_field field,
                   std::int64_t* out, bool* missing);

/**
 * Writes the era (its index in japanese_eras(), -1 for NaT) and era year of each day of
 * `ticks`. Throws std::out_of_range naming the first position before 明治 (1868-10-23) or
 * outside the years 1400–9999.
 */
void era_years(const tick_array& ticks, std::int8_t* eras, std::int32_t* years);

}  // namespace plan6
