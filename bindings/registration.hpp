#pragma once
// What each binding file registers, by area: module.cpp calls them, each on its area's
// submodule (plan6._core.indicators, .calendar, .text, .report; errors on plan6._core).

#include "pybind11.hpp"

namespace plan6::python {

// common/
void register_errors(py::module_& m);

// indicators/
void register_undefined_reasons(py::module_& m);
void register_elementwise(py::module_& m);
void register_classify(py::module_& m);
void register_panel_growth(py::module_& m);
void register_rollup(py::module_& m);

// calendar/
void register_fiscal_calendar(py::module_& m);
void register_fiscal_arrays(py::module_& m);
void register_eras(py::module_& m);
void register_fiscal_year_text(py::module_& m);
void register_date_scanner(py::module_& m);

// text/
void register_number_scanner(py::module_& m);
void register_number_stream(py::module_& m);
void register_parse_number(py::module_& m);
void register_japanese_number_format(py::module_& m);

// report/
void register_fact_extractor(py::module_& m);
void register_page_segments(py::module_& m);
void register_reading_order(py::module_& m);

}  // namespace plan6::python
