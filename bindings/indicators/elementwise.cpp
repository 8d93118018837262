#include "pybind11.hpp"

#include "indicators/elementwise.hpp"
#include "registration.hpp"

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "plan6/indicators/attainment.hpp"
#include "plan6/indicators/cagr.hpp"
#include "plan6/indicators/growth.hpp"
#include "plan6/indicators/growth_ratio.hpp"
#include "plan6/indicators/index_to_base.hpp"
#include "plan6/indicators/log_growth.hpp"
#include "plan6/indicators/normalize.hpp"
#include "plan6/indicators/progress.hpp"
#include "plan6/indicators/progress_class.hpp"
#include "plan6/indicators/projection.hpp"
#include "plan6/indicators/required_growth.hpp"

namespace plan6::python {
namespace {

std::map<std::string, elementwise_kernel>& registry() {
  static std::map<std::string, elementwise_kernel> kernels;
  return kernels;
}

/** A kernel of the core with a direction per row (a code) instead of one for all rows. */
#define PLAN6_BY_CODE(f)                                                              \
  overloaded {                                                                        \
    [](double a, double t, double code) { return ::plan6::f##_by_code(a, t, code); }, \
        PLAN6_KERNEL(f)                                                               \
  }

/**
 * target_achieved is a flag (1.0 reached, 0.0 not, NaN when an input is missing), not an
 * indicator with reasons of its own: missing_input is the one reason it can have.
 */
const auto target_achieved_flag = overloaded{
    [](double current, double target, double code) {
      const double reached = target_achieved(current, target, code);
      return std::isnan(reached) ? indicator_value::undefined(undefined_reason::missing_input)
                                 : indicator_value::defined(reached);
    },
    [](const_vector_view current, const_vector_view target, const_vector_view code, vector_view out,
       reason_view reasons) {
      target_achieved(current, target, code, out);
      for (Eigen::Index i = 0; i < reasons.size(); ++i)
        reasons[i] = static_cast<std::uint8_t>(std::isnan(out[i]) ? undefined_reason::missing_input
                                                                  : undefined_reason::none);
    }};

}  // namespace

const elementwise_kernel& find_elementwise(const std::string& name) {
  const auto found = registry().find(name);
  if (found == registry().end()) {
    throw py::value_error("no elementwise kernel '" + name + "'");
  }
  return found->second;
}

std::vector<std::string> elementwise_names() {
  std::vector<std::string> names;
  for (const auto& entry : registry())
    names.push_back(entry.first);
  return names;
}

void store_elementwise(elementwise_kernel kernel) {
  std::string name = kernel.name;
  registry().insert_or_assign(std::move(name), std::move(kernel));
}

void register_elementwise(py::module_& m) {
  // One line per kernel: its name, its array inputs, its options (typed) and the core's
  // functions. The direction of attainment and gap is an option (one for all rows) or, in
  // the _by_code kernels, an input (one per row).
  add_elementwise<2, direction>("attainment", {"actual", "target"}, {"direction"},
                                PLAN6_KERNEL(attainment));
  add_elementwise<3>("attainment_by_code", {"actual", "target", "direction"}, {},
                     PLAN6_BY_CODE(attainment));
  add_elementwise<2, direction>("gap", {"actual", "target"}, {"direction"}, PLAN6_KERNEL(gap));
  add_elementwise<3>("gap_by_code", {"actual", "target", "direction"}, {}, PLAN6_BY_CODE(gap));
  add_elementwise<2>("growth", {"current", "prior"}, {}, PLAN6_KERNEL(growth));
  add_elementwise<2>("log_growth", {"current", "prior"}, {}, PLAN6_KERNEL(log_growth));
  add_elementwise<3>("cagr", {"start", "end", "years"}, {}, PLAN6_KERNEL(cagr));
  add_elementwise<3>("required_growth", {"value", "target", "years"}, {},
                     PLAN6_KERNEL(required_growth));
  add_elementwise<6>(
      "growth_ratio",
      {"baseline", "current", "target", "years_elapsed", "years_to_target", "direction"}, {},
      PLAN6_KERNEL(growth_ratio));
  add_elementwise<4, bool>("progress", {"actual", "baseline", "target", "direction"}, {"capped"},
                           PLAN6_KERNEL(progress));
  add_elementwise<4>("projection", {"baseline", "current", "years_elapsed", "years_ahead"}, {},
                     PLAN6_KERNEL(projection));
  add_elementwise<4, bool>("normalize", {"values", "lower", "upper", "direction"}, {"censor"},
                           PLAN6_KERNEL(normalize));
  add_elementwise<2>("index_to_base", {"values", "base"}, {}, PLAN6_KERNEL(index_to_base));
  add_elementwise<3>("target_achieved", {"current", "target", "direction"}, {},
                     target_achieved_flag);

  py::class_<elementwise_kernel>(m, "Elementwise", R"doc(
An elementwise indicator kernel of the core: numbers in, or float64 arrays of one length in
(any stride, read without a copy, one pass with the GIL released); values out, with the
reason for every NaN on request. Got by name with elementwise().

>>> growth = elementwise("growth")
>>> growth.inputs, growth.scalar((827.0, 752.0))[1]
(('current', 'prior'), 0)
)doc")
      .def_readonly("name", &elementwise_kernel::name, "The kernel's name.")
      .def_property_readonly(
          "inputs", [](const elementwise_kernel& k) { return py::tuple(py::cast(k.inputs)); },
          "Names of the array inputs, in order.")
      .def_property_readonly(
          "options", [](const elementwise_kernel& k) { return py::tuple(py::cast(k.options)); },
          "Names of the scalar options that follow them (a direction code ±1, a bool).")
      .def(
          "__call__",
          [](const elementwise_kernel& k, const py::sequence& arrays, const py::tuple& options,
             bool with_reasons,
             const py::object& out) { return k.arrays(k, arrays, options, with_reasons, out); },
          py::arg("arrays"), py::arg("options") = py::tuple(), py::arg("with_reasons") = false,
          py::arg("out") = py::none(),
          "Values over float64 arrays of equal length, or (values, uint8 reason codes) with "
          "with_reasons; `out` is a float64 array to write the values into.")
      .def(
          "scalar",
          [](const elementwise_kernel& k, const py::tuple& values, const py::tuple& options) {
            return k.scalar(k, values, options);
          },
          py::arg("values"), py::arg("options") = py::tuple(),
          "(value, reason code) of one row of numbers.")
      .def("__repr__", [](const elementwise_kernel& k) { return "Elementwise('" + k.name + "')"; });

  m.def("elementwise", &find_elementwise, py::arg("name"), py::return_value_policy::reference,
        "The elementwise kernel `name` (see elementwise_names()).\n\n"
        ">>> elementwise(\"attainment\").options\n('direction',)");
  m.def("elementwise_names", &elementwise_names, "Names of every elementwise kernel.");

  // The scalar call that matters most, attainment of two numbers with higher is better,
  // skips tuples and options: it is the one the benchmarks hold under a microsecond.
  m.def(
      "attainment_higher",
      [](double a, double t) { return attainment(a, t, direction::higher_is_better).value; },
      py::arg("actual"), py::arg("target"),
      "Attainment of one value, higher is better: actual / target; NaN when undefined.\n\n"
      ">>> attainment_higher(426, 320)\n1.33125");
}

}  // namespace plan6::python
