#include "pybind11.hpp"

#include "common/errors.hpp"
#include "common/messages.hpp"
#include "registration.hpp"

#include <exception>
#include <stdexcept>

#include "plan6/common/parse_error.hpp"

namespace plan6::python {

namespace {

PYBIND11_CONSTINIT py::gil_safe_call_once_and_store<py::object> parse_error_type;
constexpr std::size_t npos = plan6::parse_error::npos;

/**
 * Sets ParseError, or ValueError for std::out_of_range and std::invalid_argument; false for
 * any other exception. Messages quote at most a window of the caller's text (clip_message).
 */
bool translate_plan6_error(std::exception_ptr thrown) {
  try {
    std::rethrow_exception(thrown);
  } catch (const plan6::parse_error& error) {
    const py::object& type = parse_error_type.get_stored();
    py::object instance = type(clip_message(error.what(), error.position()));
    instance.attr("position") = error.position() == plan6::parse_error::npos
                                    ? py::object(py::none())
                                    : py::object(py::int_(error.position()));
    PyErr_SetObject(type.ptr(), instance.ptr());
    return true;
  } catch (const std::out_of_range& error) {
    // pybind11 maps std::out_of_range to IndexError; for plan6 it is a bad value (a date
    // outside the supported years, a year past an era), so it is a ValueError.
    PyErr_SetString(PyExc_ValueError, clip_message(error.what(), npos).c_str());
    return true;
  } catch (const std::invalid_argument& error) {
    // as pybind11 would (a ValueError), with the message clipped
    PyErr_SetString(PyExc_ValueError, clip_message(error.what(), npos).c_str());
    return true;
  } catch (...) {
    return false;
  }
}

}  // namespace

void register_errors(py::module_& m) {
  parse_error_type.call_once_and_store_result([&m]() -> py::object {
    return py::exception<plan6::parse_error>(m, "ParseError", PyExc_ValueError);
  });
  m.attr("ParseError").attr("__doc__") =
      "Text that cannot be read as what was asked for (a fiscal year, an era date, a number). "
      "A ValueError; `position` is the offset in code points of the offending part, or None.";

  py::register_exception_translator([](std::exception_ptr thrown) {
    // Unhandled kinds go on to pybind11's own translators.
    if (thrown && !translate_plan6_error(thrown)) std::rethrow_exception(thrown);
  });
}

void set_python_error() noexcept {
  try {
    throw;
  } catch (py::error_already_set& error) {
    error.restore();
  } catch (const py::builtin_exception& error) {
    error.set_error();
  } catch (...) {
    try {
      if (!translate_plan6_error(std::current_exception())) throw;
    } catch (const std::exception& error) {
      PyErr_SetString(PyExc_RuntimeError, error.what());
    } catch (...) {
      PyErr_SetString(PyExc_RuntimeError, "plan6: an unknown C++ exception");
    }
  }
}

}  // namespace plan6::python
