#include "pybind11.hpp"

#include "plan6/japanese_number_format.hpp"

namespace plan6::python {

void register_text(py::module_& m) {
  m.def("format_japanese_number", &format_japanese_number, py::arg("value"), py::arg("unit") = "",
        py::arg("decimals") = 0,
        R"doc(Format a number as Japanese reports write it.

>>> format_japanese_number(39173190000, "円")
'391億7,319万円'
>>> format_japanese_number(100000, "人")
'10万人'
)doc");
}

}  // namespace plan6::python
