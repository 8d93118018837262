#include "pybind11.hpp"

#include "calendar/arguments.hpp"
#include "common/arguments.hpp"
#include "registration.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "plan6/calendar/date_scanner.hpp"
#include "plan6/calendar/month_day.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6::python {
namespace {

scan_options make_scan_options(std::optional<int> fiscal_year, const fiscal_calendar& calendar,
                               const std::optional<std::string>& era, bool lenient) {
  scan_options options;
  options.fiscal_year = fiscal_year;
  options.calendar = calendar;
  options.era = optional_era(era);
  options.lenient = lenient;
  return options;
}

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

}  // namespace

void register_date_scanner(py::module_& m) {
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
        check_lengths({{"text", n}, {"fiscal_year", fiscal_years.shape(0)}});
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
