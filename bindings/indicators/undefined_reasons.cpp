#include "pybind11.hpp"

#include "registration.hpp"

#include <cctype>
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
  // The members are the reason names in capitals (ZERO_BASE), from the core's one table.
  py::enum_<undefined_reason> reasons(
      m, "UndefinedReason", "Why an indicator value is undefined (NaN); NONE when defined.");
  for (std::uint8_t code = 0; code < undefined_reason_count; ++code) {
    const auto reason = static_cast<undefined_reason>(code);
    std::string name(reason_name(reason));
    for (char& c : name)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    reasons.value(name.c_str(), reason);
  }

  m.def(
      "reason_names", []() { return per_reason(reason_name); },
      "Names of the undefined-reason codes, indexed by code (0 is 'none').\n\n"
      ">>> reason_names()[:2]\n['none', 'missing_input']");
  m.def(
      "reason_descriptions", []() { return per_reason(reason_description); },
      "One-line explanations of the undefined-reason codes, indexed by code.");
}

}  // namespace plan6::python
