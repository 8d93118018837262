#include "pybind11.hpp"

#include "registration.hpp"

#include "plan6/text/japanese_number_format.hpp"

namespace plan6::python {

void register_japanese_number_format(py::module_& m) {
  m.def("format_japanese_number", &format_japanese_number, py::arg("value"), py::arg("unit") = "",
        py::arg("decimals") = 0,
        R"doc(Format a number as Japanese reports write it.

>>> format_japanese_number(39173190000, "円")
'391億7,319万円'
>>> format_japanese_number(100000, "人")
'10万人'
)doc");
  m.def("format_japanese_integer", &format_japanese_integer, py::arg("value"), py::arg("unit") = "",
        R"doc(Format a whole number as Japanese reports write it, exact over the int64 range.

>>> format_japanese_integer(9007199254740993)
'9,007兆1,992億5,474万993'
)doc");
}

}  // namespace plan6::python
