#include "pybind11.hpp"

#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "plan6/calendar/calendar_arrays.hpp"
#include "plan6/calendar/date_scanner.hpp"
#include "plan6/calendar/dates.hpp"
#include "plan6/calendar/fiscal_calendar.hpp"
#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/calendar/japanese_era.hpp"
#include "plan6/calendar/month_day.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6::python {
namespace {

using int64_input = py::array_t<std::int64_t, py::array::forcecast>;

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

/** Floor division: datetime64 ticks before 1970 belong to the day that contains them. */
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

void check_one_dimensional(const py::array& array, const char* name) {
  if (array.ndim() != 1) {
    throw py::value_error(
        fmt::format("{} must be one-dimensional, not {}-dimensional", name, array.ndim()));
  }
}

void check_ticks_per_day(std::int64_t ticks_per_day) {
  if (ticks_per_day < 1) {
    throw py::value_error(fmt::format("ticks_per_day must be at least 1, not {}", ticks_per_day));
  }
}

/** The int64 ticks of a 1-D datetime64 array viewed as int64, any stride, as the core reads
 * them. The array must stay alive while the view is used. */
tick_array as_ticks(const int64_input& ticks, std::int64_t ticks_per_day) {
  check_one_dimensional(ticks, "dates");
  check_ticks_per_day(ticks_per_day);
  const auto item = static_cast<py::ssize_t>(sizeof(std::int64_t));
  return {ticks.data(), static_cast<std::size_t>(ticks.shape(0)), ticks.strides(0) / item,
          ticks_per_day};
}

/** Epoch days of an optional date, NaT when absent. */
std::int64_t days_or_nat(const std::optional<boost::gregorian::date>& date) {
  return date ? epoch_days_from_date(*date) : not_a_time;
}

const japanese_era* optional_era(const std::optional<std::string>& name) {
  return name ? &find_era(*name) : nullptr;
}

int era_index(const japanese_era* era) {
  if (era == nullptr) return -1;
  const auto& eras = japanese_eras();
  for (std::size_t i = 0; i < eras.size(); ++i) {
    if (&eras[i] == era) return static_cast<int>(i);
  }
  return -1;
}

scan_options make_scan_options(std::optional<int> fiscal_year, const fiscal_calendar& calendar,
                               const std::optional<std::string>& era, bool lenient) {
  scan_options options;
  options.fiscal_year = fiscal_year;
  options.calendar = calendar;
  options.era = optional_era(era);
  options.lenient = lenient;
  return options;
}

/** Mentions as columns of numpy arrays (NaT/-1/masks for what is missing), for a DataFrame. */
py::dict mention_columns(const std::vector<date_mention>& mentions) {
  const auto n = static_cast<py::ssize_t>(mentions.size());
  py::array_t<std::int64_t> begin(n), end(n), first(n), last(n);
  py::array_t<std::uint8_t> kind(n), style(n);
  py::array_t<bool> is_range(n), open_ended(n), has_fiscal_year(n), has_last_fiscal_year(n);
  py::array_t<std::int32_t> fiscal_year(n), last_fiscal_year(n), relative(n), era_year(n);
  py::array_t<std::int8_t> era(n);
  py::array_t<std::int32_t> year(n), month(n), day(n), last_year(n), last_month(n), last_day(n);
  py::list problem;
  for (py::ssize_t i = 0; i < n; ++i) {
    const date_mention& m = mentions[static_cast<std::size_t>(i)];
    begin.mutable_at(i) = static_cast<std::int64_t>(m.begin);
    end.mutable_at(i) = static_cast<std::int64_t>(m.end);
    kind.mutable_at(i) = static_cast<std::uint8_t>(m.kind);
    style.mutable_at(i) = static_cast<std::uint8_t>(m.style);
    is_range.mutable_at(i) = m.is_range;
    open_ended.mutable_at(i) = m.open_ended;
    has_fiscal_year.mutable_at(i) = m.fiscal_year.has_value();
    fiscal_year.mutable_at(i) = m.fiscal_year.value_or(0);
    has_last_fiscal_year.mutable_at(i) = m.last_fiscal_year.has_value();
    last_fiscal_year.mutable_at(i) = m.last_fiscal_year.value_or(0);
    relative.mutable_at(i) = m.relative;
    era.mutable_at(i) = static_cast<std::int8_t>(era_index(m.era));
    era_year.mutable_at(i) = m.era_year;
    year.mutable_at(i) = m.year;
    month.mutable_at(i) = m.month;
    day.mutable_at(i) = m.day;
    last_year.mutable_at(i) = m.last_year;
    last_month.mutable_at(i) = m.last_month;
    last_day.mutable_at(i) = m.last_day;
    first.mutable_at(i) = days_or_nat(m.first);
    last.mutable_at(i) = days_or_nat(m.last);
    problem.append(m.problem);
  }
  py::dict columns;
  columns["start"] = begin;
  columns["end"] = end;
  columns["kind"] = kind;
  columns["style"] = style;
  columns["is_range"] = is_range;
  columns["open_ended"] = open_ended;
  columns["has_fiscal_year"] = has_fiscal_year;
  columns["fiscal_year"] = fiscal_year;
  columns["has_last_fiscal_year"] = has_last_fiscal_year;
  columns["last_fiscal_year"] = last_fiscal_year;
  columns["relative"] = relative;
  columns["era"] = era;
  columns["era_year"] = era_year;
  columns["year"] = year;
  columns["month"] = month;
  columns["day"] = day;
  columns["last_year"] = last_year;
  columns["last_month"] = last_month;
  columns["last_day"] = last_day;
  columns["first_day"] = first;
  columns["last_day_of_range"] = last;
  columns["problem"] = problem;
  return columns;
}

py::tuple fiscal_reading_tuple(const fiscal_year_reading& r) {
  return py::make_tuple(
      r.fiscal_year.value_or(0),
      r.era ? py::object(py::str(std::string(r.era->name))) : py::object(py::none()), r.era_year,
      r.open_ended, std::string(style_name(r.style)));
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
>>> plan6.FiscalCalendar(7, 1, "end").first_day(2013)
datetime.date(2012, 7, 1)
)doc")
      .def(py::init([](int start_month, int start_day, const std::string& naming) {
             return fiscal_calendar(start_month, start_day, parse_naming(naming));
           }),
           py::arg("start_month") = 4, py::arg("start_day") = 1, py::arg("naming") = "start")
      .def_property_readonly("start_month", &fiscal_calendar::start_month,
                             "Month (1-12) of the first day of every fiscal year.")
      .def_property_readonly("start_day", &fiscal_calendar::start_day,
                             "Day of the month of the first day of every fiscal year.")
      .def_property_readonly(
          "naming", [](const fiscal_calendar& c) { return naming_name(c.naming()); },
          "'start' when fiscal year N starts in calendar year N, 'end' when it ends in it.")
      .def(
          "first_day",
          [](const fiscal_calendar& c, int fy) {
            const auto d = c.first_day(fy);
            return py::module_::import("datetime")
                .attr("date")(static_cast<int>(d.year()), static_cast<int>(d.month()),
                              static_cast<int>(d.day()));
          },
          py::arg("fiscal_year"), R"doc(The first day of a fiscal year.

>>> import plan6
>>> plan6.calendars.US_FEDERAL.first_day(2013)
datetime.date(2012, 10, 1)
)doc")
      .def(
          "last_day",
          [](const fiscal_calendar& c, int fy) {
            const auto d = c.last_day(fy);
            return py::module_::import("datetime")
                .attr("date")(static_cast<int>(d.year()), static_cast<int>(d.month()),
                              static_cast<int>(d.day()));
          },
          py::arg("fiscal_year"), R"doc(The last day of a fiscal year.

>>> import plan6
>>> plan6.calendars.UK_TAX.last_day(2012)
datetime.date(2013, 4, 5)
)doc")
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
        if (first.shape(0) != last.shape(0)) {
          throw py::value_error(fmt::format("start has {} dates but end has {}: lengths must match",
                                            first.shape(0), last.shape(0)));
        }
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
        if (years.shape(0) != n || (dates && (months.shape(0) != n || days.shape(0) != n))) {
          throw py::value_error("era, year, month and day must have the same length");
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
            const auto narrow = [i](std::int64_t v) {
              if (v < -100000 || v > 100000) {
                throw std::invalid_argument(
                    fmt::format("at position {}: {} is out of range", i, v));
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
      "parse_fiscal_year",
      [](const std::string& text, const std::optional<std::string>& era,
         std::optional<int> fiscal_year, bool lenient) {
        fiscal_year_context context;
        context.era = optional_era(era);
        context.fiscal_year = fiscal_year;
        context.lenient = lenient;
        return fiscal_reading_tuple(plan6::parse_fiscal_year(text, context));
      },
      py::arg("text"), py::arg("era") = py::none(), py::arg("fiscal_year") = py::none(),
      py::arg("lenient") = false,
      "(fiscal_year, era or None, era_year, open_ended, style) of one fiscal-year text.");
  m.def(
      "format_fiscal_year",
      [](int fiscal_year, const std::string& style, bool open_ended, bool fullwidth, bool gannen) {
        fiscal_year_format format;
        format.style = style_from_name(style);
        format.open_ended = open_ended;
        format.fullwidth_digits = fullwidth;
        format.gannen = gannen;
        return plan6::format_fiscal_year(fiscal_year, format);
      },
      py::arg("fiscal_year"), py::arg("style") = "gregorian_era", py::arg("open_ended") = false,
      py::arg("fullwidth") = false, py::arg("gannen") = true,
      "Writes a fiscal year: 2012 -> '2012（平成24）年度'.");
  m.def(
      "fiscal_year_styles",
      []() {
        py::list names;
        for (int i = 0; i <= static_cast<int>(fiscal_year_style::relative); ++i) {
          names.append(std::string(style_name(static_cast<fiscal_year_style>(i))));
        }
        return names;
      },
      "Names of the fiscal-year styles, indexed by code.");
  m.def(
      "mention_kinds",
      []() {
        py::list names;
        for (int i = 0; i <= static_cast<int>(mention_kind::date); ++i) {
          names.append(std::string(kind_name(static_cast<mention_kind>(i))));
        }
        return names;
      },
      "Names of the mention kinds, indexed by code.");

  m.def(
      "scan_dates",
      [](const std::string& text, std::optional<int> fiscal_year, const fiscal_calendar& calendar,
         const std::optional<std::string>& era, bool lenient) {
        const scan_options options = make_scan_options(fiscal_year, calendar, era, lenient);
        std::vector<date_mention> mentions;
        {
          py::gil_scoped_release nogil;
          mentions = plan6::scan_dates(decode_utf8(text), options);
        }
        return mention_columns(mentions);
      },
      py::arg("text"), py::arg("fiscal_year") = py::none(),
      py::arg("calendar") = fiscal_calendar::japan(), py::arg("era") = py::none(),
      py::arg("lenient") = false,
      "Fiscal-year and date mentions of a text as columns (spans in code points).");

  m.def(
      "resolve_dates",
      [](const std::vector<std::string>& texts, const int64_input& fiscal_years,
         const fiscal_calendar& calendar, const std::optional<std::string>& era, bool lenient,
         bool raise) {
        check_one_dimensional(fiscal_years, "fiscal_year");
        const auto n = static_cast<py::ssize_t>(texts.size());
        if (fiscal_years.shape(0) != n) {
          throw py::value_error(
              fmt::format("text has {} values but fiscal_year has {}: lengths must match", n,
                          fiscal_years.shape(0)));
        }
        const japanese_era* era_ptr = optional_era(era);
        std::vector<date_mention> mentions(texts.size());
        std::vector<std::string> problems(texts.size());
        auto fy = fiscal_years.unchecked<1>();
        {
          py::gil_scoped_release nogil;
          for (py::ssize_t i = 0; i < n; ++i) {
            const auto k = static_cast<std::size_t>(i);
            scan_options options;
            options.calendar = calendar;
            options.era = era_ptr;
            options.lenient = lenient;
            if (fy(i) != not_a_time) {
              if (fy(i) < 1400 || fy(i) > 9998) {
                throw std::out_of_range(
                    fmt::format("fiscal_year[{}] = {} is outside the years 1400-9998", i, fy(i)));
              }
              options.fiscal_year = static_cast<int>(fy(i));
            }
            try {
              mentions[k] = read_date_mention(decode_utf8(texts[k]), options);
            } catch (const std::invalid_argument& error) {
              if (raise) {
                if (n == 1) throw;
                throw std::invalid_argument(fmt::format("text[{}]: {}", i, error.what()));
              }
              problems[k] = error.what();
            }
          }
        }
        py::array_t<std::int64_t> first(n), last(n);
        py::array_t<std::uint8_t> kind(n);
        py::array_t<bool> is_range(n), open_ended(n);
        py::list problem;
        for (py::ssize_t i = 0; i < n; ++i) {
          const auto k = static_cast<std::size_t>(i);
          const date_mention& mention = mentions[k];
          const bool failed = !problems[k].empty();
          first.mutable_at(i) = failed ? not_a_time : days_or_nat(mention.first);
          last.mutable_at(i) = failed ? not_a_time : days_or_nat(mention.last);
          kind.mutable_at(i) = static_cast<std::uint8_t>(mention.kind);
          is_range.mutable_at(i) = !failed && mention.is_range;
          open_ended.mutable_at(i) = !failed && mention.open_ended;
          problem.append(problems[k]);
        }
        return py::make_tuple(first, last, kind, is_range, open_ended, problem);
      },
      py::arg("texts"), py::arg("fiscal_years"), py::arg("calendar"), py::arg("era"),
      py::arg("lenient"), py::arg("raise_errors"),
      "Reads each text as one date mention placed in its fiscal year: (first days, last days, "
      "kinds, is_range, open_ended, problems).");
}

}  // namespace plan6::python
