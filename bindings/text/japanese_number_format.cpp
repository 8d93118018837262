#include "pybind11.hpp"

#include "common/arguments.hpp"
#include "registration.hpp"

#include <cstdint>

#include "plan6/text/japanese_number_format.hpp"

namespace plan6::python {

namespace {

/** Places below the point, as the core formats them. */
constexpr long long max_decimals = 9;

}  // namespace

void register_japanese_number_format(py::module_& m) {
  // The unit and decimals are checked here, so that a wrong one is a TypeError or ValueError
  // naming it rather than pybind11's "incompatible function arguments".
  m.def(
      "format_japanese_number",
      [](double value, const str_like& unit, const int_like& decimals) {
        return format_japanese_number(
            value, str_argument(unit.object, "unit"),
            static_cast<int>(int_argument(decimals.object, "decimals", 0, max_decimals)));
      },
      py::arg("value"), py::arg("unit") = str_like{py::str("")},
      py::arg("decimals") = int_like{py::int_(0)},
      R"doc(Format a number as Japanese reports write it.

>>> format_japanese_number(39173190000, "円")
'391億7,319万円'
>>> format_japanese_number(100000, "人")
'10万人'
)doc");
  m.def(
      "format_japanese_integer",
      [](std::int64_t value, const str_like& unit) {
        return format_japanese_integer(value, str_argument(unit.object, "unit"));
      },
      py::arg("value"), py::arg("unit") = str_like{py::str("")},
      R"doc(Format a whole number as Japanese reports write it, exact over the int64 range.

>>> format_japanese_integer(9007199254740993)
'9,007兆1,992億5,474万993'
)doc");
}

}  // namespace plan6::python
