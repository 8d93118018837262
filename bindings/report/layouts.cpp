#include "report/layouts.hpp"

#include <stdexcept>
#include <string>

#include "plan6/report/grade_scales.hpp"

namespace plan6::python {
namespace {

std::size_t index_of(const py::handle& value, const std::string& where) {
  if (!py::isinstance<py::int_>(value) || py::isinstance<py::bool_>(value))
    throw py::type_error(where + " must be an int, not " +
                         std::string(py::str(py::type::handle_of(value).attr("__name__"))));
  const long long v = value.cast<long long>();
  if (v < 0) throw py::value_error(where + " must not be negative, not " + std::to_string(v));
  return static_cast<std::size_t>(v);
}

}  // namespace

std::vector<cell_grid> grids_from_python(const py::object& tables, std::size_t text_size) {
  std::vector<cell_grid> grids;
  if (tables.is_none()) return grids;
  std::size_t t = 0;
  for (const py::handle table : tables) {
    const std::string name = "tables[" + std::to_string(t) + "]";
    const py::sequence parts = py::reinterpret_borrow<py::sequence>(table);
    if (py::len(parts) != 4)
      throw py::value_error(name + " must be (rows, columns, cells, source)");
    const std::size_t rows = index_of(parts[0], name + " rows");
    const std::size_t columns = index_of(parts[1], name + " columns");
    std::vector<grid_cell> cells;
    std::size_t c = 0;
    for (const py::handle cell : py::reinterpret_borrow<py::sequence>(parts[2])) {
      const std::string where = name + " cell " + std::to_string(c++);
      const py::sequence f = py::reinterpret_borrow<py::sequence>(cell);
      if (py::len(f) != 6)
        throw py::value_error(where + " must be (row, column, row_span, column_span, start, end)");
      grid_cell g{index_of(f[0], where + " row"),      index_of(f[1], where + " column"),
                  index_of(f[2], where + " row_span"), index_of(f[3], where + " column_span"),
                  index_of(f[4], where + " start"),    index_of(f[5], where + " end")};
      if (g.end > text_size)
        throw py::value_error(where + " ends at " + std::to_string(g.end) + ", past the text's " +
                              std::to_string(text_size) + " code points");
      cells.push_back(g);
    }
    try {
      grids.emplace_back(rows, columns, std::move(cells), py::str(parts[3]).cast<std::string>());
    } catch (const std::invalid_argument& e) {
      throw py::value_error(name + ": " + e.what());
    }
    ++t;
  }
  return grids;
}

py::list grids_to_python(const std::vector<cell_grid>& grids) {
  py::list out;
  for (const cell_grid& g : grids) {
    py::dict d;
    d["rows"] = g.rows();
    d["columns"] = g.columns();
    d["source"] = g.source();
    d["start"] = g.start();
    d["end"] = g.end();
    py::list cells;
    for (const grid_cell& c : g.cells())
      cells.append(py::make_tuple(c.row, c.column, c.row_span, c.column_span, c.start, c.end));
    d["cells"] = cells;
    out.append(d);
  }
  return out;
}

py::list legends_to_python(const std::vector<grade_legend>& legends, const make_str& str) {
  py::list out;
  for (const grade_legend& l : legends) {
    py::dict d;
    d["family"] = std::string(grade_family_name(l.family));
    py::list entries;
    for (const legend_entry& e : l.entries) {
      py::dict entry;
      entry["code"] = str(e.code.code);
      entry["rank"] = e.code.rank;
      entry["label"] = str(e.label);
      entry["counts"] = e.counts;
      entry["code_start"] = e.code_start;
      entry["code_end"] = e.code_end;
      entries.append(entry);
    }
    d["entries"] = entries;
    py::list columns;
    for (const std::u32string& c : l.count_columns)
      columns.append(str(c));
    d["count_columns"] = columns;
    d["totals"] = l.totals;
    d["start"] = l.start;
    d["end"] = l.end;
    out.append(d);
  }
  return out;
}

py::list checks_to_python(const std::vector<table_check>& checks) {
  py::list out;
  for (const table_check& c : checks) {
    py::dict d;
    d["kind"] = c.kind;
    d["message"] = c.message;
    d["printed"] = c.printed;
    d["computed"] = c.computed;
    d["span_start"] = c.start;
    d["span_end"] = c.end;
    out.append(d);
  }
  return out;
}

py::list grades_to_python(const plan_year_info& py_, const make_str& str) {
  py::list out;
  for (std::size_t g = 0; g < py_.grades.size(); ++g) {
    const plan_grade& grade = py_.grades[g];
    py::dict d;
    d["field"] = str(grade.field);
    d["code"] = str(grade.code);
    d["family"] = std::string(grade.family);
    d["rank"] = grade.rank;
    d["starred"] = grade.starred;
    d["label"] = str(grade.label);
    d["span_start"] = grade.start;
    d["span_end"] = grade.end;
    d["headline"] = static_cast<int>(g) == py_.headline;
    out.append(d);
  }
  return out;
}

py::list fields_to_python(const policy_plan_info& plan, std::u32string_view text,
                          const make_str& str) {
  py::list out;
  for (const plan_field& f : plan.fields)
    out.append(py::make_tuple(str(f.label), str(text.substr(f.start, f.end - f.start))));
  return out;
}

}  // namespace plan6::python
