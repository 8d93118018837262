#include "pybind11.hpp"

#include "common/arguments.hpp"
#include "common/timing.hpp"
#include "registration.hpp"
#include "report/layouts.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "plan6/common/utf8.hpp"
#include "plan6/report/fact_extractor.hpp"
#include "plan6/report/row_labels.hpp"
#include "plan6/text/number_kind.hpp"

namespace plan6::python {
namespace {

py::dict extraction_to_python(const std::string& text, const py::object& tables) {
  extraction ex;
  std::u32string decoded;
  {
    py::gil_scoped_release nogil;
    decoded = decode_utf8(text);
  }
  std::vector<cell_grid> grids = grids_from_python(tables, decoded.size());
  {
    py::gil_scoped_release nogil;
    ex = extract_facts(decoded, std::move(grids));
  }
  // str objects straight from code points (no UTF-8 round trip), and one object per distinct
  // short label (units, kinds, reasons repeat on every row).
  auto str = [](std::u32string_view s) {
    PyObject* made = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, s.data(),
                                               static_cast<Py_ssize_t>(s.size()));
    if (made == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(made);
  };
  std::unordered_map<std::string, py::object> labels;
  auto label = [&labels](std::string_view s) -> py::object {
    auto [it, inserted] = labels.try_emplace(std::string(s));
    if (inserted) it->second = py::str(it->first);
    return it->second;
  };
  const report_layout& L = ex.layout;

  py::list programmes;
  for (const programme_info& p : L.programmes) {
    py::dict d;
    d["programme_no"] = p.number;
    d["programme_ja"] = str(p.name);
    programmes.append(d);
  }
  py::list plans;
  for (std::size_t i = 0; i < L.plans.size(); ++i) {
    const policy_plan_info& p = L.plans[i];
    py::dict d;
    d["policy_plan_no"] = i + 1;
    d["policy_plan_ja"] = str(p.name);
    d["programme_index"] = p.programme;
    d["name_start"] = p.name_start;
    d["layout"] = label(p.layout);
    d["name_label"] = str(p.name_label);
    d["fields"] = fields_to_python(p, decoded, str);
    plans.append(d);
  }
  py::list plan_years;
  for (const plan_year_info& py_ : L.plan_years) {
    py::dict d;
    d["plan_index"] = py_.plan;
    d["fiscal_year"] = py_.fiscal_year;
    d["status"] = py_.status;
    d["target_changed"] = py_.target_changed;
    d["reference_status"] = py_.reference_status;
    d["result_start"] = py_.result_start;
    d["result_end"] = py_.result_end;
    d["year_confidence"] = py_.confidence;
    d["year_evidence"] = py_.evidence;
    d["grades"] = grades_to_python(py_, str);
    plan_years.append(d);
  }
  // Facts and residue as columns: numpy arrays and lists of str, so that Python builds the
  // DataFrames without a loop per row (and holds the GIL briefly in multi-file runs).
  const std::size_t nf = ex.facts.size();
  py::array_t<std::int64_t> f_plan(static_cast<py::ssize_t>(nf)),
      f_year(static_cast<py::ssize_t>(nf)), f_start(static_cast<py::ssize_t>(nf)),
      f_end(static_cast<py::ssize_t>(nf));
  py::array_t<double> f_value(static_cast<py::ssize_t>(nf)), f_prior(static_cast<py::ssize_t>(nf)),
      f_target(static_cast<py::ssize_t>(nf)), f_from(static_cast<py::ssize_t>(nf));
  py::array_t<bool> f_approx(static_cast<py::ssize_t>(nf)), f_lower(static_cast<py::ssize_t>(nf)),
      f_upper(static_cast<py::ssize_t>(nf)), f_qualitative(static_cast<py::ssize_t>(nf)),
      f_open(static_cast<py::ssize_t>(nf));
  py::array_t<double> f_baseline(static_cast<py::ssize_t>(nf));
  py::array_t<std::int64_t> f_grid(static_cast<py::ssize_t>(nf)),
      f_grid_row(static_cast<py::ssize_t>(nf)), f_grid_column(static_cast<py::ssize_t>(nf));
  py::list f_section, f_metric, f_kind, f_unit, f_unit_ja, f_role, f_value_text, f_prior_text,
      f_target_text, f_from_text, f_quote, f_layout, f_value_role, f_baseline_text, f_label,
      f_grade, f_direction;
  auto cell_index = [](std::size_t v) {
    return v == static_cast<std::size_t>(-1) ? std::int64_t{-1} : static_cast<std::int64_t>(v);
  };
  const std::u32string_view whole(decoded);
  auto slice = [&](std::size_t a, std::size_t b) { return str(whole.substr(a, b - a)); };
  auto quoted = [&](const quoted_value& q) {
    return q.present() ? py::object(slice(q.start, q.end)) : py::object(py::none());
  };
  for (std::size_t i = 0; i < nf; ++i) {
    const fact& f = ex.facts[i];
    f_plan.mutable_at(i) = f.plan;
    f_year.mutable_at(i) = f.fiscal_year;
    f_start.mutable_at(i) = static_cast<std::int64_t>(f.start);
    f_end.mutable_at(i) = static_cast<std::int64_t>(f.end);
    f_value.mutable_at(i) = f.value;
    f_prior.mutable_at(i) = f.prior.value;
    f_target.mutable_at(i) = f.target.value;
    f_from.mutable_at(i) = f.from.value;
    f_approx.mutable_at(i) = f.approximate;
    f_lower.mutable_at(i) = f.lower_bound;
    f_upper.mutable_at(i) = f.upper_bound;
    f_section.append(label(f.section == section_kind::summary  ? "summary"
                           : f.section == section_kind::result ? "result"
                                                               : "change_note"));
    f_metric.append(str(f.metric));
    f_kind.append(label(f.kind));
    f_unit.append(label(f.unit));
    f_unit_ja.append(str(f.unit_written));
    f_role.append(label(f.role));
    f_value_text.append(slice(f.start, f.end));
    f_prior_text.append(quoted(f.prior));
    f_target_text.append(quoted(f.target));
    f_from_text.append(quoted(f.from));
    f_quote.append(slice(f.quote_start, f.quote_end));
    f_layout.append(label(f.layout));
    f_value_role.append(label(value_role_name(f.role_of_value)));
    f_baseline.mutable_at(i) = f.baseline.value;
    f_baseline_text.append(quoted(f.baseline));
    f_grid.mutable_at(i) = cell_index(f.grid);
    f_grid_row.mutable_at(i) = cell_index(f.row);
    f_grid_column.mutable_at(i) = cell_index(f.column);
    f_qualitative.mutable_at(i) = f.qualitative;
    f_open.mutable_at(i) = f.open_ended;
    f_label.append(str(f.label));
    f_grade.append(str(f.grade));
    f_direction.append(label(f.direction));
  }
  py::dict facts;
  facts["plan_index"] = f_plan;
  facts["fiscal_year"] = f_year;
  facts["section"] = f_section;
  facts["metric_ja"] = f_metric;
  facts["kind"] = f_kind;
  facts["value"] = f_value;
  facts["unit"] = f_unit;
  facts["unit_ja"] = f_unit_ja;
  facts["approximate"] = f_approx;
  facts["lower_bound"] = f_lower;
  facts["upper_bound"] = f_upper;
  facts["value_text"] = f_value_text;
  facts["prior_value"] = f_prior;
  facts["prior_text"] = f_prior_text;
  facts["target_value"] = f_target;
  facts["target_text"] = f_target_text;
  facts["from_value"] = f_from;
  facts["from_text"] = f_from_text;
  facts["role"] = f_role;
  facts["quote"] = f_quote;
  facts["span_start"] = f_start;
  facts["span_end"] = f_end;
  facts["layout"] = f_layout;
  facts["value_role"] = f_value_role;
  facts["baseline_value"] = f_baseline;
  facts["baseline_text"] = f_baseline_text;
  facts["grid"] = f_grid;
  facts["grid_row"] = f_grid_row;
  facts["grid_column"] = f_grid_column;
  facts["qualitative"] = f_qualitative;
  facts["open_ended"] = f_open;
  facts["row_label"] = f_label;
  facts["grade"] = f_grade;
  facts["direction"] = f_direction;

  const std::size_t nr = ex.residue.size();
  py::array_t<std::int64_t> r_start(static_cast<py::ssize_t>(nr)),
      r_end(static_cast<py::ssize_t>(nr));
  py::array_t<double> r_value(static_cast<py::ssize_t>(nr));
  py::list r_text, r_kind, r_unit, r_reason;
  for (std::size_t i = 0; i < nr; ++i) {
    const residue_entry& r = ex.residue[i];
    const number_mention& m = ex.mentions[r.mention];
    r_start.mutable_at(i) = static_cast<std::int64_t>(m.start);
    r_end.mutable_at(i) = static_cast<std::int64_t>(m.end);
    r_value.mutable_at(i) = m.value;
    r_text.append(slice(m.start, m.end));
    r_kind.append(label(number_kind_name(m.kind)));
    r_unit.append(label(m.unit));
    r_reason.append(label(r.reason));
  }
  py::dict residue;
  residue["span_start"] = r_start;
  residue["span_end"] = r_end;
  residue["text"] = r_text;
  residue["value"] = r_value;
  residue["kind"] = r_kind;
  residue["unit"] = r_unit;
  residue["reason"] = r_reason;
  py::dict out;
  out["programmes"] = programmes;
  out["plans"] = plans;
  out["plan_years"] = plan_years;
  out["facts"] = facts;
  out["residue"] = residue;
  py::list years;
  for (const int y : L.fiscal_years)
    years.append(y);
  out["fiscal_years"] = years;
  out["mention_count"] = ex.mentions.size();
  py::list sections;
  for (const report_section& sec : L.sections)
    sections.append(py::make_tuple(sec.kind == section_kind::summary  ? "summary"
                                   : sec.kind == section_kind::result ? "result"
                                                                      : "change_note",
                                   sec.start, sec.end, sec.plan, sec.fiscal_year));
  out["sections"] = sections;
  out["grids"] = grids_to_python(ex.grids);
  out["legends"] = legends_to_python(ex.legends, str);
  out["checks"] = checks_to_python(ex.checks);
  out["layouts"] = ex.layouts;
  out["document_year"] = ex.document_year;
  return out;
}

}  // namespace

void register_fact_extractor(py::module_& m) {
  m.def(
      "extract_report",
      [](const py::object& text, const py::object& tables) {
        return extraction_to_python(utf8_argument(text, "text"), tables);
      },
      py::arg("text"), py::arg("tables") = py::none(),
      R"doc(Facts, residue and structure of an evaluation report as plain lists; see plan6.extract.

``tables``: the document's own tables (an HTML page's, a spreadsheet's), each
``(rows, columns, cells, source)`` with cells ``(row, column, row_span, column_span, start,
end)``, spans in code points of ``text``; tables the text writes are found in it.

>>> len(extract_report("")["facts"]["value"])
0
)doc");

  m.def(
      "_time_extraction",
      [](const py::object& text, int repeat) {
        return time_per_run(text, repeat, [](const std::string& utf8) {
          return extract_facts(decode_utf8(utf8)).facts.size();
        });
      },
      py::arg("text"), py::arg("repeat") = 1,
      "Seconds per run and facts found of the C++ extraction alone (decode UTF-8, extract).");
}

}  // namespace plan6::python
