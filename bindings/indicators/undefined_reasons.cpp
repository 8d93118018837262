#include "pybind11.hpp"

#include "registration.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include "plan6/indicators/undefined_reason.hpp"

namespace plan6::python {
namespace {

/** One string per reason code, in code order, as `text(reason)` gives it. */
template <typename Text>
py::list per_reason(Text text) {
  py::list out;
  for (std::uint8_t code = 0; code < undefined_reason_count; ++code)
    out.append(std::string(text(static_cast<undefined_reason>(code))));
  return out;
}

}  // namespace

void register_undefined_reasons(py::module_& m) {
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
      .value("OVERFLOW", undefined_reason::overflow)
      .value("INVERTED_RANGE", undefined_reason::inverted_range);

  m.def(
      "reason_names", []() { return per_reason(reason_name); },
      "Names of the undefined-reason codes, indexed by code (0 is 'none').\n\n"
      ">>> reason_names()[:2]\n['none', 'missing_input']");
  m.def(
      "reason_descriptions", []() { return per_reason(reason_description); },
      "One-line explanations of the undefined-reason codes, indexed by code.");
}

}  // namespace plan6::python
