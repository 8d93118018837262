#pragma once
// Included first by every binding file, so that all of them see the same pybind11 setup and
// the same conversions (type casters must agree across translation units: ODR).

#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <string>

#include "plan6/common/array_view.hpp"

namespace py = pybind11;

namespace plan6::python {

/**
 * A float64 numpy array seen as an Eigen view without copying: any stride (slices, reversed
 * views, stride 0 for broadcast scalars). `owner` keeps the caller's buffer alive while the
 * view is used. Only 1-D float64 arrays are accepted; the Python layer converts other inputs
 * once (ints, float32, pandas, polars) and names the argument in its errors.
 */
struct double_input {
  py::array owner;
  const_vector_view view;
};

inline double_input as_double_input(const py::array& array, const char* name) {
  if (!array.dtype().is(py::dtype::of<double>())) {
    throw py::type_error(std::string(name) + " must be a float64 array, not " +
                         std::string(py::str(array.dtype())));
  }
  if (array.ndim() != 1) {
    throw py::value_error(std::string(name) + " must be one-dimensional, not " +
                          std::to_string(array.ndim()) + "-dimensional");
  }
  const auto item = static_cast<py::ssize_t>(sizeof(double));
  if (array.strides(0) % item != 0) {
    // A byte stride that is not a whole number of doubles (a field of a record array): copy.
    py::array copy = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(array);
    return {copy, make_view(static_cast<const double*>(copy.data()), copy.shape(0), 1)};
  }
  return {array, make_view(static_cast<const double*>(array.data()), array.shape(0),
                           array.strides(0) / item)};
}

/** A new contiguous float64 array of `size` values and its Eigen view. */
inline std::pair<py::array_t<double>, vector_view> new_double_output(Eigen::Index size) {
  py::array_t<double> out(size);
  return {out, vector_view(out.mutable_data(), size)};
}

/** A new uint8 reason array of `size` codes (or of 0 when reasons are not wanted). */
inline std::pair<py::array_t<std::uint8_t>, reason_view> new_reason_output(Eigen::Index size) {
  py::array_t<std::uint8_t> out(size);
  return {out, reason_view(out.mutable_data(), size)};
}

void register_errors(py::module_& m);
void register_indicators(py::module_& m);
void register_calendar(py::module_& m);
void register_text(py::module_& m);

}  // namespace plan6::python
