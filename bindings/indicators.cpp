#include "pybind11.hpp"

#include "plan6/attainment.hpp"
#include "plan6/direction.hpp"
#include "plan6/growth.hpp"
#include "plan6/undefined_reason.hpp"

namespace plan6::python {
namespace {

// Runs an elementwise kernel over two float64 arrays of equal length (the Python layer has
// broadcast them). Returns the values, or (values, reason codes) when asked.
template <typename Kernel>
py::object run_binary(const py::array& left, const char* left_name, const py::array& right,
                      const char* right_name, bool with_reasons, Kernel kernel) {
  const double_input l = as_double_input(left, left_name);
  const double_input r = as_double_input(right, right_name);
  if (l.view.size() != r.view.size()) {
    throw py::value_error(std::string(left_name) + " has " + std::to_string(l.view.size()) +
                          " values but " + right_name + " has " + std::to_string(r.view.size()) +
                          ": lengths must match");
  }
  const Eigen::Index n = l.view.size();
  auto [values, values_view] = new_double_output(n);
  auto [reasons, reasons_view] = new_reason_output(with_reasons ? n : 0);
  {
    py::gil_scoped_release nogil;
    kernel(l.view, r.view, values_view, reasons_view);
  }
  if (with_reasons) return py::make_tuple(values, reasons);
  return std::move(values);
}

direction to_direction(const std::string& text) {
  return parse_direction(text);
}

}  // namespace

void register_indicators(py::module_& m) {
  py::enum_<undefined_reason>(m, "UndefinedReason",
                              "Why an indicator value is undefined (NaN); NONE when defined.")
      .value("NONE", undefined_reason::none)
      .value("MISSING_INPUT", undefined_reason::missing_input)
      .value("INFINITE_INPUT", undefined_reason::infinite_input)
      .value("ZERO_BASE", undefined_reason::zero_base)
      .value("NEGATIVE_BASE", undefined_reason::negative_base)
      .value("SIGN_CHANGE", undefined_reason::sign_change)
      .value("ZERO_RANGE", undefined_reason::zero_range)
      .value("MISSING_PRIOR_YEAR", undefined_reason::missing_prior_year)
      .value("NON_POSITIVE_SPAN", undefined_reason::non_positive_span)
      .value("DUPLICATE_KEY", undefined_reason::duplicate_key)
      .value("NOT_COMPARABLE", undefined_reason::not_comparable)
      .value("OVERFLOW", undefined_reason::overflow);

  m.def(
      "reason_names",
      []() {
        py::list names;
        for (std::uint8_t code = 0; code < undefined_reason_count; ++code) {
          names.append(std::string(reason_name(static_cast<undefined_reason>(code))));
        }
        return names;
      },
      "Names of the undefined-reason codes, indexed by code (0 is 'none').");
  m.def(
      "reason_descriptions",
      []() {
        py::list texts;
        for (std::uint8_t code = 0; code < undefined_reason_count; ++code) {
          texts.append(std::string(reason_description(static_cast<undefined_reason>(code))));
        }
        return texts;
      },
      "One-line explanations of the undefined-reason codes, indexed by code.");

  m.def(
      "attainment_scalar",
      [](double actual, double target, const std::string& dir) {
        return attainment(actual, target, to_direction(dir)).value;
      },
      py::arg("actual"), py::arg("target"), py::arg("direction") = "higher",
      "Attainment of one value: actual / target (target / actual when lower is better); NaN "
      "when undefined.\n\n>>> attainment_scalar(426, 320)\n1.33125");
  m.def(
      "attainment",
      [](const py::array& actual, const py::array& target, const std::string& dir,
         bool with_reasons) {
        const direction d = to_direction(dir);
        return run_binary(
            actual, "actual", target, "target", with_reasons,
            [d](auto a, auto t, auto out, auto why) { attainment(a, t, d, out, why); });
      },
      py::arg("actual"), py::arg("target"), py::arg("direction") = "higher",
      py::arg("with_reasons") = false,
      "Attainment over two float64 arrays of equal length, in one pass with the GIL released. "
      "Returns the values, or (values, uint8 reason codes) with with_reasons=True.");
  m.def(
      "gap_scalar",
      [](double actual, double target, const std::string& dir) {
        return gap(actual, target, to_direction(dir)).value;
      },
      py::arg("actual"), py::arg("target"), py::arg("direction") = "higher",
      "Gap of one value in the good direction: actual - target (target - actual when lower "
      "is better).\n\n>>> gap_scalar(426, 320)\n106.0");
  m.def(
      "gap",
      [](const py::array& actual, const py::array& target, const std::string& dir,
         bool with_reasons) {
        const direction d = to_direction(dir);
        return run_binary(actual, "actual", target, "target", with_reasons,
                          [d](auto a, auto t, auto out, auto why) { gap(a, t, d, out, why); });
      },
      py::arg("actual"), py::arg("target"), py::arg("direction") = "higher",
      py::arg("with_reasons") = false, "Gap over two float64 arrays of equal length.");
  m.def(
      "growth_scalar", [](double current, double prior) { return growth(current, prior).value; },
      py::arg("current"), py::arg("prior"),
      "Year-on-year growth of one value: current / prior - 1; NaN when prior <= 0 or "
      "missing.\n\n>>> round(growth_scalar(827, 752), 6)\n0.099734");
  m.def(
      "growth",
      [](const py::array& current, const py::array& prior, bool with_reasons) {
        return run_binary(current, "current", prior, "prior", with_reasons,
                          [](auto c, auto p, auto out, auto why) { growth(c, p, out, why); });
      },
      py::arg("current"), py::arg("prior"), py::arg("with_reasons") = false,
      "Year-on-year growth over two float64 arrays of equal length.");
}

}  // namespace plan6::python
