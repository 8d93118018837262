#pragma once
// What the calendar bindings share: datetime64 ticks viewed as int64, epoch days, eras by
// index, and the naming of fiscal years.

#include "pybind11.hpp"

#include "common/messages.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "plan6/calendar/calendar_arrays.hpp"
#include "plan6/calendar/dates.hpp"
#include "plan6/calendar/fiscal_calendar.hpp"
#include "plan6/calendar/japanese_era.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6::python {

using int64_input = py::array_t<std::int64_t, py::array::forcecast>;

inline fiscal_year_naming parse_naming(const std::string& text) {
  if (text == "start" || text == "by_start_year") return fiscal_year_naming::by_start_year;
  if (text == "end" || text == "by_end_year") return fiscal_year_naming::by_end_year;
  throw py::value_error(
      "naming must be 'start' (the year the fiscal year starts in) or 'end', not " +
      quote_window(decode_utf8(text), 0));
}

inline std::string naming_name(fiscal_year_naming naming) {
  return naming == fiscal_year_naming::by_start_year ? "start" : "end";
}

/** Floor division: datetime64 ticks before 1970 belong to the day that contains them. */
inline std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

inline void check_one_dimensional(const py::array& array, const char* name) {
  if (array.ndim() != 1) {
    throw py::value_error(
        fmt::format("{} must be one-dimensional, not {}-dimensional", name, array.ndim()));
  }
}

inline void check_ticks_per_day(std::int64_t ticks_per_day) {
  if (ticks_per_day < 1) {
    throw py::value_error(fmt::format("ticks_per_day must be at least 1, not {}", ticks_per_day));
  }
}

/** The int64 ticks of a 1-D datetime64 array viewed as int64, any stride, as the core reads
 * them. The array must stay alive while the view is used. */
inline tick_array as_ticks(const int64_input& ticks, std::int64_t ticks_per_day) {
  check_one_dimensional(ticks, "dates");
  check_ticks_per_day(ticks_per_day);
  const auto item = static_cast<py::ssize_t>(sizeof(std::int64_t));
  return {ticks.data(), static_cast<std::size_t>(ticks.shape(0)), ticks.strides(0) / item,
          ticks_per_day};
}

/** Epoch days of an optional date, NaT when absent. */
inline std::int64_t days_or_nat(const std::optional<boost::gregorian::date>& date) {
  return date ? epoch_days_from_date(*date) : not_a_time;
}

inline const japanese_era* optional_era(const std::optional<std::string>& name) {
  return name ? &find_era(*name) : nullptr;
}

inline int era_index(const japanese_era* era) {
  if (era == nullptr) return -1;
  const auto& eras = japanese_eras();
  for (std::size_t i = 0; i < eras.size(); ++i) {
    if (&eras[i] == era) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace plan6::python
