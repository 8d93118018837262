#include "pybind11.hpp"

#include "registration.hpp"

namespace {

/**
 * The submodule plan6._core.<name>, also entered in sys.modules: classes defined in it are
 * named after it (plan6._core.calendar.FiscalCalendar), and pickle imports that name.
 */
py::module_ area(py::module_& core, const char* name, const char* doc) {
  py::module_ sub = core.def_submodule(name, doc);
  py::module_::import("sys").attr("modules")[sub.attr("__name__")] = sub;
  return sub;
}

}  // namespace

PYBIND11_MODULE(_core, m, py::mod_gil_not_used()) {
  using namespace plan6::python;
  m.doc() = "plan6._core: the compiled core of plan6 (private; use the plan6 package).";
  m.attr("__version__") = PLAN6_VERSION;
  register_errors(m);

  py::module_ indicators = area(m, "indicators", "Indicator kernels over float64 arrays.");
  register_undefined_reasons(indicators);
  register_elementwise(indicators);
  register_classify(indicators);
  register_panel_growth(indicators);
  register_rollup(indicators);

  py::module_ calendar = area(m, "calendar", "Fiscal calendars, Japanese eras, dates in text.");
  register_fiscal_calendar(calendar);
  register_fiscal_arrays(calendar);
  register_eras(calendar);
  register_fiscal_year_text(calendar);
  register_date_scanner(calendar);

  py::module_ text = area(m, "text", "Japanese number expressions: scanning, reading, writing.");
  register_number_scanner(text);
  register_number_stream(text);
  register_parse_number(text);
  register_japanese_number_format(text);

  py::module_ report = area(m, "report", "Evaluation reports read into facts and residue.");
  register_fact_extractor(report);
  register_page_segments(report);
  register_reading_order(report);
}
