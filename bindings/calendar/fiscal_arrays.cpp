#include "pybind11.hpp"

#include "calendar/arguments.hpp"
#include "common/arguments.hpp"
#include "registration.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "plan6/calendar/calendar_arrays.hpp"
#include "plan6/calendar/fiscal_calendar.hpp"

namespace plan6::python {

void register_fiscal_arrays(py::module_& m) {
  m.def(
      "fiscal_field_ticks",
      [](const int64_input& ticks, std::int64_t ticks_per_day, const fiscal_calendar& c,
         const std::string& field) {
        fiscal_field which = fiscal_field::year;
        if (field == "quarter") {
          which = fiscal_field::quarter;
        } else if (field == "month") {
          which = fiscal_field::month;
        } else if (field == "day") {
          which = fiscal_field::day_of_year;
        } else if (field != "year") {
          throw py::value_error("field must be 'year', 'quarter', 'month' or 'day', not '" + field +
                                "'");
        }
        const tick_array input = as_ticks(ticks, ticks_per_day);
        py::array_t<std::int64_t> values(ticks.shape(0));
        py::array_t<bool> missing(ticks.shape(0));
        std::int64_t* out = values.mutable_data();
        bool* mask = missing.mutable_data();
        {
          py::gil_scoped_release nogil;
          fiscal_fields(input, c, which, out, mask);
        }
        return py::make_tuple(values, missing);
      },
      py::arg("ticks"), py::arg("ticks_per_day"), py::arg("calendar"), py::arg("field"),
      "A fiscal field of datetime64 ticks viewed as int64 (ticks_per_day ticks to a day; NaT "
      "is masked). Returns (int64 values, bool missing).");

  m.def(
      "fiscal_years_spanned_ticks",
      [](const int64_input& first, const int64_input& last, std::int64_t ticks_per_day,
         const fiscal_calendar& c) {
        check_one_dimensional(first, "start");
        check_one_dimensional(last, "end");
        check_ticks_per_day(ticks_per_day);
        check_lengths({{"start", first.shape(0)}, {"end", last.shape(0)}});
        const py::ssize_t n = first.shape(0);
        py::array_t<std::int32_t> from(n), to(n);
        py::array_t<bool> missing(n);
        auto a = first.unchecked<1>();
        auto b = last.unchecked<1>();
        auto f = from.mutable_unchecked<1>();
        auto t = to.mutable_unchecked<1>();
        auto mask = missing.mutable_unchecked<1>();
        {
          py::gil_scoped_release nogil;
          for (py::ssize_t i = 0; i < n; ++i) {
            mask(i) = a(i) == not_a_time || b(i) == not_a_time;
            if (mask(i)) {
              f(i) = t(i) = 0;
              continue;
            }
            try {
              const auto span =
                  c.fiscal_years_spanned(date_from_epoch_days(floor_div(a(i), ticks_per_day)),
                                         date_from_epoch_days(floor_div(b(i), ticks_per_day)));
              f(i) = span.first;
              t(i) = span.second;
            } catch (const std::invalid_argument& error) {
              throw std::invalid_argument(fmt::format("at position {}: {}", i, error.what()));
            }
          }
        }
        return py::make_tuple(from, to, missing);
      },
      py::arg("first"), py::arg("last"), py::arg("ticks_per_day"), py::arg("calendar"),
      "First and last fiscal years touched by each period. Returns (int32, int32, bool "
      "missing).");

  m.def(
      "fiscal_year_bounds",
      [](const int64_input& years, const fiscal_calendar& c) {
        check_one_dimensional(years, "fiscal_year");
        const py::ssize_t n = years.shape(0);
        py::array_t<std::int64_t> first(n), last(n);
        auto in = years.unchecked<1>();
        auto f = first.mutable_unchecked<1>();
        auto l = last.mutable_unchecked<1>();
        {
          py::gil_scoped_release nogil;
          for (py::ssize_t i = 0; i < n; ++i) {
            const std::int64_t fy = in(i);
            if (fy == not_a_time) {
              f(i) = l(i) = not_a_time;
              continue;
            }
            if (fy < 1400 || fy > 9998) {
              throw std::out_of_range(
                  fmt::format("fiscal_year[{}] = {} is outside the years 1400-9998", i, fy));
            }
            f(i) = epoch_days_from_date(c.first_day(static_cast<int>(fy)));
            l(i) = epoch_days_from_date(c.last_day(static_cast<int>(fy)));
          }
        }
        return py::make_tuple(first, last);
      },
      py::arg("fiscal_years"), py::arg("calendar"),
      "First and last days (epoch days) of int64 fiscal years; int64 minimum is missing.");
}

}  // namespace plan6::python
