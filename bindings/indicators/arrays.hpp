#pragma once
// How the indicator bindings see numpy arrays: float64 inputs as Eigen views without a copy,
// integer columns as strided views, and new (or caller-given) output buffers.

#include "pybind11.hpp"

#include <cstdint>
#include <string>
#include <utility>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/classify.hpp"

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

/**
 * Whether `array` holds T, by numpy's own equivalence rather than by identity of the dtype
 * object: an array that was pickled (a dask partition sent to another worker) comes back
 * with an equal but distinct dtype instance, which `dtype::is` would refuse.
 */
template <typename T>
bool holds(const py::array& array) {
  return py::detail::npy_api::get().PyArray_EquivTypes_(array.dtype().ptr(),
                                                        py::dtype::of<T>().ptr());
}

inline double_input as_double_input(const py::handle& object, const char* name) {
  if (!py::isinstance<py::array>(object)) {
    throw py::type_error(std::string(name) + " must be a float64 numpy array, not " +
                         std::string(py::str(py::type::of(object).attr("__name__"))));
  }
  const auto array = py::reinterpret_borrow<py::array>(object);
  if (!holds<double>(array)) {
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

/** An optional float64 input: an empty view for None. */
inline double_input as_optional_double_input(const py::object& object, const char* name) {
  if (object.is_none()) return {py::array(), make_view(nullptr, 0)};
  return as_double_input(object, name);
}

/** A new contiguous float64 array of `size` values and its Eigen view. */
inline std::pair<py::array_t<double>, vector_view> new_double_output(Eigen::Index size) {
  py::array_t<double> out(size);
  return {out, vector_view(out.mutable_data(), size)};
}

/**
 * The output buffer: a new float64 array, or the caller's `out` (1-D, float64, C-contiguous,
 * writable, of the right length) so that repeated calls need not allocate.
 */
inline std::pair<py::array_t<double>, vector_view> output_for(const py::object& out,
                                                              Eigen::Index size) {
  if (out.is_none()) return new_double_output(size);
  if (!py::isinstance<py::array_t<double>>(out)) {
    throw py::type_error("out must be a float64 numpy array");
  }
  auto array = py::reinterpret_borrow<py::array_t<double>>(out);
  if (array.ndim() != 1 || array.shape(0) != size) {
    throw py::value_error("out must be one-dimensional with " + std::to_string(size) + " values");
  }
  if (!(array.flags() & py::array::c_style) || !array.writeable()) {
    throw py::value_error("out must be C-contiguous and writable");
  }
  return {array, vector_view(array.mutable_data(), size)};
}

/** A new uint8 reason array of `size` codes (or of 0 when reasons are not wanted). */
inline std::pair<py::array_t<std::uint8_t>, reason_view> new_reason_output(Eigen::Index size) {
  py::array_t<std::uint8_t> out(size);
  return {out, reason_view(out.mutable_data(), size)};
}

/** A new int32 array of `size` category codes and its view. */
inline std::pair<py::array_t<std::int32_t>, code_view> new_code_output(Eigen::Index size) {
  py::array_t<std::int32_t> out(size);
  return {out, code_view(out.mutable_data(), size)};
}

/** An integer numpy array of exactly type T (ids, years, codes) as a strided view. */
template <typename T>
integer_view<T> as_integer_view(const py::array& array, const char* name) {
  if (!holds<T>(array)) {
    throw py::type_error(std::string(name) + " must be an int" + std::to_string(8 * sizeof(T)) +
                         " array, not " + std::string(py::str(array.dtype())));
  }
  if (array.ndim() != 1) {
    throw py::value_error(std::string(name) + " must be one-dimensional");
  }
  const auto item = static_cast<py::ssize_t>(sizeof(T));
  if (array.strides(0) % item != 0) {
    throw py::value_error(std::string(name) + " has a stride that is not a whole number of items");
  }
  return {static_cast<const T*>(array.data()), array.shape(0), array.strides(0) / item};
}

}  // namespace plan6::python
