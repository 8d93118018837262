#pragma once
// The parts of an extraction the layout readers add (tables, graded items, legends, checks),
// to Python, and the tables Python gives (an HTML page's or a spreadsheet's cells) to C++.

#include "pybind11.hpp"

#include <functional>
#include <string_view>
#include <vector>

#include "plan6/report/fact_extractor.hpp"

namespace plan6::python {

/** Makes a str from code points (shared with the fact columns). */
using make_str = std::function<py::str(std::u32string_view)>;

/**
 * Tables from Python: a sequence of (rows, columns, cells, source), each cell a sequence
 * (row, column, row_span, column_span, start, end) of ints, spans in code points of the text.
 * TypeError / ValueError name the table and the cell that is wrong.
 */
std::vector<cell_grid> grids_from_python(const py::object& tables, std::size_t text_size);

/** The grids as dicts: rows, columns, source, start, end and the cells as tuples. */
py::list grids_to_python(const std::vector<cell_grid>& grids);

/** The grade legends as dicts: family, the entries (code, rank, label, counts), totals. */
py::list legends_to_python(const std::vector<grade_legend>& legends, const make_str& str);

/** The checks as dicts: kind, message, printed, computed, span. */
py::list checks_to_python(const std::vector<table_check>& checks);

/** The grades of a plan-year as dicts: field, code, family, rank, starred, label, span, headline.
 */
py::list grades_to_python(const plan_year_info& py_, const make_str& str);

/** A plan's fields in words as (label, value) pairs of str. */
py::list fields_to_python(const policy_plan_info& plan, std::u32string_view text,
                          const make_str& str);

}  // namespace plan6::python
