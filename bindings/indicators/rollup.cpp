#include "pybind11.hpp"

#include "indicators/arrays.hpp"
#include "registration.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include "plan6/indicators/rollup.hpp"

namespace plan6::python {
namespace {

template <typename T>
py::array_t<T> to_array(const std::vector<T>& values) {
  return py::array_t<T>(static_cast<py::ssize_t>(values.size()), values.data());
}

}  // namespace

void register_rollup(py::module_& m) {
  m.def(
      "rollup",
      [](const py::array& groups, std::int64_t group_count, const py::object& scores,
         const py::object& weights, const py::object& categories, std::int32_t category_count,
         std::int32_t worst_k, const std::string& worse) {
        if (worse != "lowest" && worse != "highest") {
          throw py::value_error("worse must be 'lowest' or 'highest', not '" + worse + "'");
        }
        const double_input s = as_optional_double_input(scores, "score");
        const double_input w = as_optional_double_input(weights, "weight");
        py::array category_array;
        integer_view<std::int32_t> category_view;
        if (!categories.is_none()) {
          category_array = py::reinterpret_borrow<py::array>(categories);
          category_view = as_integer_view<std::int32_t>(category_array, "category");
        }
        const rollup_input in{as_integer_view<std::int64_t>(groups, "groups"),
                              group_count,
                              s.view,
                              w.view,
                              category_view,
                              category_count,
                              worst_k,
                              worse == "lowest" ? worse_end::lowest : worse_end::highest};
        rollup_result r;
        {
          py::gil_scoped_release nogil;
          r = rollup(in);
        }
        py::dict result;
        result["rows"] = to_array(r.rows);
        result["scored"] = to_array(r.scored);
        result["mean"] = to_array(r.mean);
        result["weighted_mean"] = to_array(r.weighted_mean);
        result["worst"] = to_array(r.worst);
        result["worst_k_mean"] = to_array(r.worst_k_mean);
        result["category_counts"] = py::array_t<std::int64_t>(
            {static_cast<py::ssize_t>(group_count), static_cast<py::ssize_t>(category_count)},
            r.category_counts.data());
        result["not_comparable"] = to_array(r.not_comparable);
        return result;
      },
      py::arg("groups"), py::arg("group_count"), py::arg("scores") = py::none(),
      py::arg("weights") = py::none(), py::arg("categories") = py::none(),
      py::arg("category_count") = 0, py::arg("worst_k") = 2, py::arg("worse") = "lowest",
      "Per-group counts, category counts, mean, weighted mean and worst-k of scores.");
}

}  // namespace plan6::python
