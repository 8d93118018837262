#include "pybind11.hpp"

PYBIND11_MODULE(_core, m, py::mod_gil_not_used()) {
  m.doc() = "plan6._core: the compiled core of plan6 (private; use the plan6 package).";
  m.attr("__version__") = PLAN6_VERSION;
  plan6::python::register_errors(m);
  plan6::python::register_indicators(m);
  plan6::python::register_calendar(m);
  plan6::python::register_text(m);
}
