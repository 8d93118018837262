#include "pybind11.hpp"

#include "calendar/arguments.hpp"
#include "common/arguments.hpp"
#include "registration.hpp"

#include <string>

#include "plan6/calendar/fiscal_calendar.hpp"

namespace plan6::python {
namespace {

py::object python_date(const boost::gregorian::date& d) {
  return py::module_::import("datetime")
      .attr("date")(static_cast<int>(d.year()), static_cast<int>(d.month()),
                    static_cast<int>(d.day()));
}

/**
 * A fiscal year argument: an int whose first day lies in 1400–9998 (FY1401–9999 for a calendar
 * named by the year it ends in), checked before pybind11's int caster could refuse a large one
 * with "incompatible function arguments".
 */
int fiscal_year_argument(const fiscal_calendar& c, const py::object& fy) {
  const int offset = 2000 - static_cast<int>(c.first_day(2000).year());
  return static_cast<int>(int_argument(fy, "fiscal_year", 1400 + offset, last_fiscal_year + offset,
                                       "the supported fiscal years"));
}

}  // namespace

void register_fiscal_calendar(py::module_& m) {
  py::class_<fiscal_calendar> cls(m, "FiscalCalendar", R"doc(
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
>>> plan6.FiscalCalendar(7, 1, "end").first_day(2013)
datetime.date(2012, 7, 1)
)doc");
  cls.def(py::init([](const int_like& start_month, const int_like& start_day,
                      const str_like& naming) {
            return fiscal_calendar(
                static_cast<int>(int_argument(start_month.object, "start_month", 1, 12, "a month")),
                static_cast<int>(int_argument(start_day.object, "start_day", 1, 31, "a day")),
                parse_naming(str_argument(naming.object, "naming")));
          }),
          py::arg("start_month") = int_like{py::int_(4)},
          py::arg("start_day") = int_like{py::int_(1)},
          py::arg("naming") = str_like{py::str("start")})
      .def_property_readonly("start_month", &fiscal_calendar::start_month,
                             "Month (1-12) of the first day of every fiscal year.")
      .def_property_readonly("start_day", &fiscal_calendar::start_day,
                             "Day of the month of the first day of every fiscal year.")
      .def_property_readonly(
          "naming", [](const fiscal_calendar& c) { return naming_name(c.naming()); },
          "'start' when fiscal year N starts in calendar year N, 'end' when it ends in it.")
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

  // The first and last day of a fiscal year, as a datetime.date and (for the vectorised
  // Python functions) in days since 1970-01-01.
  using day_of_year = boost::gregorian::date (fiscal_calendar::*)(int) const;
  const struct {
    const char* name;
    day_of_year day;
    const char* doc;
    const char* days_doc;
  } bounds[] = {{"first_day", &fiscal_calendar::first_day, R"doc(The first day of a fiscal year.

>>> import plan6
>>> plan6.calendars.US_FEDERAL.first_day(2013)
datetime.date(2012, 10, 1)
)doc",
                 "First day of a fiscal year, in days since 1970-01-01."},
                {"last_day", &fiscal_calendar::last_day, R"doc(The last day of a fiscal year.

>>> import plan6
>>> plan6.calendars.UK_TAX.last_day(2012)
datetime.date(2013, 4, 5)
)doc",
                 "Last day of a fiscal year, in days since 1970-01-01."}};
  for (const auto& bound : bounds) {
    const day_of_year day = bound.day;
    cls.def(
        bound.name,
        [day](const fiscal_calendar& c, const int_like& fy) {
          return python_date((c.*day)(fiscal_year_argument(c, fy.object)));
        },
        py::arg("fiscal_year"), bound.doc);
    cls.def(("_" + std::string(bound.name)).c_str(),
            [day](const fiscal_calendar& c, const int_like& fy) {
              return epoch_days_from_date((c.*day)(fiscal_year_argument(c, fy.object)));
            },
            py::arg("fiscal_year"), bound.days_doc);
  }
}

}  // namespace plan6::python
