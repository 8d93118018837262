#pragma once
// How C++ exceptions become Python exceptions, for pybind11 functions and for the few entry
// points that bypass pybind11's dispatcher to save its cost on scalar calls.

#include "pybind11.hpp"

namespace plan6::python {

/**
 * Sets the Python error for the exception being handled, as a pybind11 function would
 * (ParseError with its position, ValueError, TypeError…). Call inside a catch block only.
 */
void set_python_error() noexcept;

}  // namespace plan6::python
