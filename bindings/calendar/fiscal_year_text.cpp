#include "pybind11.hpp"

#include "calendar/arguments.hpp"
#include "registration.hpp"

#include <optional>
#include <string>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/calendar/japanese_era.hpp"

namespace plan6::python {
namespace {

py::tuple fiscal_reading_tuple(const fiscal_year_reading& r) {
  return py::make_tuple(
      r.fiscal_year.value_or(0),
      r.era ? py::object(py::str(std::string(r.era->name))) : py::object(py::none()), r.era_year,
      r.open_ended, std::string(style_name(r.style)));
}

}  // namespace

void register_fiscal_year_text(py::module_& m) {
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
}

}  // namespace plan6::python
