#pragma once
// Arguments every area reads the same way: text as str or bytes, and columns whose lengths
// must agree (checked here only where a binding loops over them itself; the elementwise
// kernels check their own).

#include "pybind11.hpp"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <utility>

namespace plan6::python {

/**
 * An argument taken as it comes, for the function to check and name in its own error (an int
 * out of range, a None): pybind11's own casters would refuse it with "incompatible function
 * arguments". The signature, and so the stubs, still show the type meant (`int`, `str`).
 */
struct int_like {
  py::object object;
  static constexpr auto python_name = py::detail::const_name("int");
};
struct str_like {
  py::object object;
  static constexpr auto python_name = py::detail::const_name("str");
};

/**
 * The UTF-8 bytes of a `str` or `bytes` argument. `bytes` are passed through unchecked, so
 * that invalid UTF-8 reaches decode_utf8 and is reported with its byte offset; a `str` that
 * cannot be encoded (a lone surrogate) is a ValueError naming the argument.
 */
std::string utf8_argument(const py::handle& obj, const char* name);

/**
 * The code points of a `str` argument, read straight from the object (no UTF-8 round trip:
 * a scalar call is dominated by such copies); `bytes` are decoded as UTF-8, invalid bytes
 * raising with their offset. A lone surrogate is a ValueError naming the argument.
 */
std::u32string code_points_argument(const py::handle& obj, const char* name);

/**
 * Appends the code points of the str object `str` to `out`, read straight from its storage;
 * false when it holds a lone surrogate (which UTF-8 cannot carry).
 */
bool append_code_points(PyObject* str, std::u32string& out);

/** The UTF-8 of a `str` argument: TypeError naming it for anything else (bytes too). */
std::string str_argument(const py::handle& obj, const char* name);

/**
 * An int argument that must lie in [low, high]: TypeError unless an int (numpy integers too,
 * never a bool), ValueError naming the argument and the range otherwise (where pybind11's
 * own int caster would raise "incompatible function arguments"). `what` says what the range
 * is ("fiscal years"), or is empty.
 */
long long int_argument(const py::handle& obj, const char* name, long long low, long long high,
                       const char* what = "");

/**
 * ValueError unless every (name, length) has the first one's length, in the words the
 * Python layer uses: "lengths must match: start has 3, end has 2".
 */
void check_lengths(std::initializer_list<std::pair<const char*, py::ssize_t>> columns);

}  // namespace plan6::python

namespace pybind11::detail {

// (Declared with the structs, so every file that uses them sees the same casters: ODR.)
/** Takes any object as it comes into T::object; T::python_name is the type the stubs show. */
template <typename T>
struct object_caster {
  PYBIND11_TYPE_CASTER(T, T::python_name);
  bool load(handle source, bool) {
    value.object = reinterpret_borrow<object>(source);
    return true;
  }
  static handle cast(const T& v, return_value_policy, handle) { return v.object.inc_ref(); }
};

template <>
struct type_caster<plan6::python::int_like> : object_caster<plan6::python::int_like> {};
template <>
struct type_caster<plan6::python::str_like> : object_caster<plan6::python::str_like> {};

}  // namespace pybind11::detail
