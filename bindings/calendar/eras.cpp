#include "pybind11.hpp"

#include "calendar/arguments.hpp"
#include "common/arguments.hpp"
#include "registration.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "plan6/calendar/calendar_arrays.hpp"
#include "plan6/calendar/japanese_era.hpp"

namespace plan6::python {

void register_eras(py::module_& m) {
  m.def(
      "to_era_ticks",
      [](const int64_input& ticks, std::int64_t ticks_per_day) {
        const tick_array input = as_ticks(ticks, ticks_per_day);
        py::array_t<std::int8_t> eras(ticks.shape(0));
        py::array_t<std::int32_t> years(ticks.shape(0));
        std::int8_t* e = eras.mutable_data();
        std::int32_t* y = years.mutable_data();
        {
          py::gil_scoped_release nogil;
          era_years(input, e, y);
        }
        return py::make_tuple(eras, years);
      },
      py::arg("ticks"), py::arg("ticks_per_day"),
      "Era index (-1 for NaT) and era year of datetime64 ticks viewed as int64.");

  m.def(
      "to_era_day",
      [](std::int64_t days) {
        const era_year e = to_era(date_from_epoch_days(days));
        return py::make_tuple(std::string(e.era.name), e.year);
      },
      py::arg("days"),
      "The Japanese era name and era year of a day given as days since 1970-01-01.");
  m.def(
      "era_table",
      []() {
        py::list rows;
        for (const japanese_era& era : japanese_eras()) {
          rows.append(py::make_tuple(std::string(era.name), std::string(era.romaji),
                                     std::string(1, era.letter), era.first_year, era.first_month,
                                     era.first_day));
        }
        return rows;
      },
      "The eras as (name, romaji, letter, first_year, first_month, first_day) rows.");
  m.def(
      "find_era", [](const std::string& name) { return era_index(&find_era(name)); },
      py::arg("name"), "The index in era_table() of an era name, romaji or letter.");
  m.def(
      "gregorian_year",
      [](const std::string& era, int year, bool lenient) {
        return plan6::gregorian_year(find_era(era), year, lenient);
      },
      py::arg("era"), py::arg("year"), py::arg("lenient") = false,
      "The Gregorian year of an era year (平成, 24 -> 2012).");
  m.def(
      "era_date_days",
      [](const std::string& era, int year, int month, int day, bool lenient) {
        return epoch_days_from_date(plan6::era_date(find_era(era), year, month, day, lenient));
      },
      py::arg("era"), py::arg("year"), py::arg("month"), py::arg("day"), py::arg("lenient") = false,
      "Days since 1970-01-01 of an era date (平成, 24, 4, 1 -> 2012-04-01).");
  m.def(
      "from_era_arrays",
      [](const py::array_t<std::int8_t, py::array::forcecast>& eras, const int64_input& years,
         const int64_input& months, const int64_input& days, bool lenient, bool dates) {
        check_one_dimensional(eras, "era");
        const py::ssize_t n = eras.shape(0);
        if (dates) {
          check_lengths({{"era", n},
                         {"year", years.shape(0)},
                         {"month", months.shape(0)},
                         {"day", days.shape(0)}});
        } else {
          check_lengths({{"era", n}, {"year", years.shape(0)}});
        }
        py::array_t<std::int64_t> out(n);
        auto e = eras.unchecked<1>();
        auto y = years.unchecked<1>();
        auto mo = months.unchecked<1>();
        auto d = days.unchecked<1>();
        auto o = out.mutable_unchecked<1>();
        const auto& table = japanese_eras();
        {
          py::gil_scoped_release nogil;
          for (py::ssize_t i = 0; i < n; ++i) {
            if (e(i) < 0 || y(i) == not_a_time ||
                (dates && (mo(i) == not_a_time || d(i) == not_a_time))) {
              o(i) = not_a_time;
              continue;
            }
            const japanese_era& era = table[static_cast<std::size_t>(e(i))];
            const auto narrow = [](std::int64_t v) {
              if (v < -100000 || v > 100000) {  // (the position is added below)
                throw std::invalid_argument(fmt::format("{} is out of range", v));
              }
              return static_cast<int>(v);
            };
            try {
              o(i) = dates ? epoch_days_from_date(plan6::era_date(era, narrow(y(i)), narrow(mo(i)),
                                                                  narrow(d(i)), lenient))
                           : plan6::gregorian_year(era, narrow(y(i)), lenient);
            } catch (const std::invalid_argument& error) {
              throw std::invalid_argument(fmt::format("at position {}: {}", i, error.what()));
            }
          }
        }
        return out;
      },
      py::arg("eras"), py::arg("years"), py::arg("months"), py::arg("days"), py::arg("lenient"),
      py::arg("dates"),
      "Gregorian years (or epoch days when dates) of era indexes and era years; -1 era or "
      "int64 minimum is missing.");
  m.def(
      "era_of_year",
      [](int year) {
        const era_year e = plan6::era_of_year(year);
        return py::make_tuple(std::string(e.era.name), e.year);
      },
      py::arg("year"), "The era year naming a Gregorian year (2019 -> 令和, 1).");
  m.def(
      "era_of_fiscal_year",
      [](int fiscal_year) {
        const era_year e = plan6::era_of_fiscal_year(fiscal_year);
        return py::make_tuple(std::string(e.era.name), e.year);
      },
      py::arg("fiscal_year"),
      "The era year naming a Japanese fiscal year when written (1926 -> 大正, 15).");
}

}  // namespace plan6::python
