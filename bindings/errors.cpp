#include "pybind11.hpp"

#include <stdexcept>

#include "plan6/parse_error.hpp"

namespace plan6::python {

void register_errors(py::module_& m) {
  PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> parse_error_type;
  parse_error_type.call_once_and_store_result([&m]() -> py::object {
    return py::exception<plan6::parse_error>(m, "ParseError", PyExc_ValueError);
  });
  m.attr("ParseError").attr("__doc__") =
      "Text that cannot be read as what was asked for (a fiscal year, an era date, a number). "
      "A ValueError; `position` is the offset in code points of the offending part, or None.";

  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const plan6::parse_error& error) {
      const py::object& type = parse_error_type.get_stored();
      py::object instance = type(error.what());
      instance.attr("position") = error.position() == plan6::parse_error::npos
                                      ? py::object(py::none())
                                      : py::object(py::int_(error.position()));
      PyErr_SetObject(type.ptr(), instance.ptr());
    } catch (const std::out_of_range& error) {
      // pybind11 maps std::out_of_range to IndexError; for plan6 it is a bad value (a date
      // outside the supported years, a year past an era), so it is a ValueError.
      PyErr_SetString(PyExc_ValueError, error.what());
    }
  });
}

}  // namespace plan6::python
