#include "pybind11.hpp"

#include <limits>

#include "plan6/dates.hpp"
#include "plan6/fiscal_calendar.hpp"
#include "plan6/japanese_era.hpp"

namespace plan6::python {
namespace {

// numpy's NaT in datetime64[D] viewed as int64.
constexpr std::int64_t not_a_time = std::numeric_limits<std::int64_t>::min();

fiscal_year_naming parse_naming(const std::string& text) {
  if (text == "start" || text == "by_start_year") return fiscal_year_naming::by_start_year;
  if (text == "end" || text == "by_end_year") return fiscal_year_naming::by_end_year;
  throw py::value_error(
      "naming must be 'start' (the year the fiscal year starts in) or 'end', "
      "not '" +
      text + "'");
}

std::string naming_name(fiscal_year_naming naming) {
  return naming == fiscal_year_naming::by_start_year ? "start" : "end";
}

// Applies `per_date(date) -> int` to int64 epoch days, NaT giving a masked slot.
template <typename PerDate>
py::tuple map_days(const py::array_t<std::int64_t, py::array::forcecast>& days, PerDate per_date) {
  if (days.ndim() != 1) throw py::value_error("dates must be one-dimensional");
  const py::ssize_t n = days.shape(0);
  py::array_t<std::int32_t> values(n);
  py::array_t<bool> missing(n);
  auto in = days.unchecked<1>();
  auto out = values.mutable_unchecked<1>();
  auto mask = missing.mutable_unchecked<1>();
  {
    py::gil_scoped_release nogil;
    for (py::ssize_t i = 0; i < n; ++i) {
      const std::int64_t d = in(i);
      mask(i) = d == not_a_time;
      out(i) = mask(i) ? 0 : static_cast<std::int32_t>(per_date(date_from_epoch_days(d)));
    }
  }
  return py::make_tuple(values, missing);
}

}  // namespace

void register_calendar(py::module_& m) {
  py::class_<fiscal_calendar>(m, "FiscalCalendar", R"doc(
A fiscal calendar: years that start on a fixed month and day.

Parameters
----------
start_month, start_day : int
    First day of every fiscal year (29 February is refused).
naming : {"start", "end"}
    Whether fiscal year N is the one starting in calendar year N (Japan, UK) or ending in it
    (US federal, Australia).

Examples
--------
>>> import plan6
>>> plan6.FiscalCalendar(4, 1, "start")
FiscalCalendar(start_month=4, start_day=1, naming='start')
)doc")
      .def(py::init([](int start_month, int start_day, const std::string& naming) {
             return fiscal_calendar(start_month, start_day, parse_naming(naming));
           }),
           py::arg("start_month") = 4, py::arg("start_day") = 1, py::arg("naming") = "start")
      .def_property_readonly("start_month", &fiscal_calendar::start_month)
      .def_property_readonly("start_day", &fiscal_calendar::start_day)
      .def_property_readonly("naming",
                             [](const fiscal_calendar& c) { return naming_name(c.naming()); })
      .def(
          "_fiscal_year_of_day",
          [](const fiscal_calendar& c, std::int64_t days) {
            return c.fiscal_year(date_from_epoch_days(days));
          },
          py::arg("days"))
      .def(
          "_first_day",
          [](const fiscal_calendar& c, int fy) { return epoch_days_from_date(c.first_day(fy)); },
          py::arg("fiscal_year"), "First day of a fiscal year, in days since 1970-01-01.")
      .def(
          "_last_day",
          [](const fiscal_calendar& c, int fy) { return epoch_days_from_date(c.last_day(fy)); },
          py::arg("fiscal_year"), "Last day of a fiscal year, in days since 1970-01-01.")
      .def("__repr__",
           [](const fiscal_calendar& c) {
             return "FiscalCalendar(start_month=" + std::to_string(c.start_month()) +
                    ", start_day=" + std::to_string(c.start_day()) + ", naming='" +
                    naming_name(c.naming()) + "')";
           })
      .def(py::self == py::self)
      .def("__hash__",
           [](const fiscal_calendar& c) {
             return py::hash(
                 py::make_tuple(c.start_month(), c.start_day(), naming_name(c.naming())));
           })
      .def(py::pickle(
          [](const fiscal_calendar& c) {
            return py::make_tuple(c.start_month(), c.start_day(), naming_name(c.naming()));
          },
          [](const py::tuple& state) {
            return fiscal_calendar(state[0].cast<int>(), state[1].cast<int>(),
                                   parse_naming(state[2].cast<std::string>()));
          }));

  m.def(
      "fiscal_year_days",
      [](const py::array_t<std::int64_t, py::array::forcecast>& days, const fiscal_calendar& c) {
        return map_days(days, [&c](const boost::gregorian::date& d) { return c.fiscal_year(d); });
      },
      py::arg("days"), py::arg("calendar"),
      "Fiscal years of int64 days since 1970-01-01 (datetime64[D] viewed as int64; NaT is "
      "masked). Returns (int32 years, bool missing).");
  m.def(
      "fiscal_quarter_days",
      [](const py::array_t<std::int64_t, py::array::forcecast>& days, const fiscal_calendar& c) {
        return map_days(days,
                        [&c](const boost::gregorian::date& d) { return c.fiscal_quarter(d); });
      },
      py::arg("days"), py::arg("calendar"),
      "Fiscal quarters 1-4 of int64 days since 1970-01-01. Returns (int32, bool missing).");

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
      "gregorian_year",
      [](const std::string& era, int year, bool lenient) {
        return plan6::gregorian_year(find_era(era), year, lenient);
      },
      py::arg("era"), py::arg("year"), py::arg("lenient") = false,
      "The Gregorian year of an era year (平成, 24 -> 2012).");
}

}  // namespace plan6::python
