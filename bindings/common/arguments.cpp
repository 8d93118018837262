#include "pybind11.hpp"

#include "common/arguments.hpp"

#include "plan6/common/utf8.hpp"

namespace plan6::python {

std::string utf8_argument(const py::handle& obj, const char* name) {
  if (PyBytes_Check(obj.ptr())) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    PyBytes_AsStringAndSize(obj.ptr(), &data, &size);
    return std::string(data, static_cast<std::size_t>(size));
  }
  if (PyUnicode_Check(obj.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(obj.ptr(), &size);
    if (data == nullptr) {
      PyErr_Clear();
      throw py::value_error(std::string(name) +
                            " is not valid Unicode text (it holds a lone surrogate)");
    }
    return std::string(data, static_cast<std::size_t>(size));
  }
  throw py::type_error(std::string(name) + " must be str or bytes, not " +
                       std::string(py::str(py::type::of(obj).attr("__name__"))));
}

bool append_code_points(PyObject* str, std::u32string& out) {
  const int kind = PyUnicode_KIND(str);
  const void* data = PyUnicode_DATA(str);
  const Py_ssize_t length = PyUnicode_GET_LENGTH(str);
  bool clean = true;
  for (Py_ssize_t k = 0; k < length; ++k) {
    const Py_UCS4 c = PyUnicode_READ(kind, data, k);
    if (c >= 0xD800 && c <= 0xDFFF) clean = false;
    out.push_back(static_cast<char32_t>(c));
  }
  return clean;
}

std::u32string code_points_argument(const py::handle& obj, const char* name) {
  if (!PyUnicode_Check(obj.ptr())) return decode_utf8(utf8_argument(obj, name));
  std::u32string decoded;
  decoded.reserve(static_cast<std::size_t>(PyUnicode_GET_LENGTH(obj.ptr())));
  if (!append_code_points(obj.ptr(), decoded))
    throw py::value_error(std::string(name) +
                          " is not valid Unicode text (it holds a lone surrogate)");
  return decoded;
}

std::string str_argument(const py::handle& obj, const char* name) {
  if (!PyUnicode_Check(obj.ptr())) {
    throw py::type_error(std::string(name) + " must be a str, not " +
                         std::string(py::str(py::type::of(obj).attr("__name__"))));
  }
  return utf8_argument(obj, name);
}

long long int_argument(const py::handle& obj, const char* name, long long low, long long high,
                       const char* what) {
  if (PyBool_Check(obj.ptr()) || !PyIndex_Check(obj.ptr())) {
    throw py::type_error(std::string(name) + " must be an int, not " +
                         std::string(py::str(py::type::of(obj).attr("__name__"))));
  }
  const py::int_ number = py::reinterpret_steal<py::int_>(PyNumber_Index(obj.ptr()));
  if (!number) throw py::error_already_set();
  int overflow = 0;
  const long long value = PyLong_AsLongLongAndOverflow(number.ptr(), &overflow);
  if (overflow == 0 && value >= low && value <= high) return value;
  std::string range = std::to_string(low) + "–" + std::to_string(high);
  if (what[0] != '\0') range += std::string(" (") + what + ")";
  throw py::value_error(
      std::string(name) + " must lie in " + range + ", not " +
      (overflow == 0 ? std::to_string(value) : std::string("a number beyond the int64 range")));
}

void check_lengths(std::initializer_list<std::pair<const char*, py::ssize_t>> columns) {
  bool same = true;
  for (const auto& column : columns)
    same = same && column.second == columns.begin()->second;
  if (same) return;
  std::string message = "lengths must match:";
  const char* separator = " ";
  for (const auto& [name, length] : columns) {
    message += separator + std::string(name) + " has " + std::to_string(length);
    separator = ", ";
  }
  throw py::value_error(message);
}

}  // namespace plan6::python
