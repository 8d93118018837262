#include "pybind11.hpp"

#include "indicators/arrays.hpp"
#include "registration.hpp"

#include <cstdint>
#include <string>

#include "plan6/indicators/panel_growth.hpp"

namespace plan6::python {
namespace {

gap_policy parse_gaps(const std::string& text) {
  if (text == "strict") return gap_policy::strict;
  if (text == "previous") return gap_policy::previous_available;
  throw py::value_error("gaps must be 'strict' or 'previous', not '" + text + "'");
}

panel_method parse_method(const std::string& text) {
  if (text == "auto") return panel_method::automatic;
  if (text == "dense") return panel_method::dense;
  if (text == "sort") return panel_method::sort;
  throw py::value_error("method must be 'auto', 'dense' or 'sort', not '" + text + "'");
}

const char* method_name(panel_method method) {
  switch (method) {
    case panel_method::dense:
      return "dense";
    case panel_method::sort:
      return "sort";
    case panel_method::automatic:
      break;
  }
  return "auto";
}

/** The rows of a panel as the kernel reads them; ids and years keep their integer type. */
struct panel {
  const py::array& ids;
  const py::array& years;
  const_vector_view values;
  integer_view<std::uint8_t> skip;
  gap_policy gaps;
  panel_method method;
};

bool is_int32(const py::array& array) {
  return holds<std::int32_t>(array);
}

template <typename Id, typename Year>
panel_growth_info run_typed(const panel& p, vector_view out, reason_view reasons) {
  const integer_view<Id> id_view = as_integer_view<Id>(p.ids, "ids");
  const integer_view<Year> year_view = as_integer_view<Year>(p.years, "years");
  py::gil_scoped_release nogil;
  return panel_growth(id_view, year_view, p.values, p.skip, p.gaps, p.method, out, reasons);
}

template <typename Id>
panel_growth_info run_with_id(const panel& p, vector_view out, reason_view reasons) {
  return is_int32(p.years) ? run_typed<Id, std::int32_t>(p, out, reasons)
                           : run_typed<Id, std::int64_t>(p, out, reasons);
}

}  // namespace

void register_panel_growth(py::module_& m) {
  m.def(
      "panel_growth",
      [](const py::array& ids, const py::array& years, const py::array& values,
         const py::object& skip, const std::string& gaps, const std::string& method,
         bool with_reasons) {
        const double_input v = as_double_input(values, "values");
        const Eigen::Index n = v.view.size();
        integer_view<std::uint8_t> skip_view;
        py::array skip_array;
        if (!skip.is_none()) {
          skip_array =
              py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>::ensure(skip);
          if (!skip_array || skip_array.ndim() != 1) {
            throw py::value_error("skip must be a one-dimensional boolean array");
          }
          skip_view = {static_cast<const std::uint8_t*>(skip_array.data()), skip_array.shape(0), 1};
        }
        const panel p{ids, years, v.view, skip_view, parse_gaps(gaps), parse_method(method)};
        auto [out, out_view] = new_double_output(n);
        auto [reasons, reasons_view] = new_reason_output(with_reasons ? n : 0);
        const panel_growth_info info = is_int32(ids)
                                           ? run_with_id<std::int32_t>(p, out_view, reasons_view)
                                           : run_with_id<std::int64_t>(p, out_view, reasons_view);
        py::dict details;
        details["method"] = method_name(info.method);
        details["factorized_ids"] = info.factorized_ids;
        details["key_space"] = info.key_space;
        details["duplicates"] = info.duplicates;
        return py::make_tuple(out, with_reasons ? py::object(reasons) : py::object(py::none()),
                              details);
      },
      py::arg("ids"), py::arg("years"), py::arg("values"), py::arg("skip") = py::none(),
      py::arg("gaps") = "strict", py::arg("method") = "auto", py::arg("with_reasons") = false,
      "Grouped year-on-year growth over int32/int64 ids and years and float64 values in any "
      "row order. Returns (values, reasons or None, details).");
}

}  // namespace plan6::python
