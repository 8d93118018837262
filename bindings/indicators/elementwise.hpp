#pragma once
// One registration for every elementwise indicator: a kernel of the core (its scalar form,
// returning an indicator_value, and its array form over views) becomes one Python object
// that reads numpy arrays or numbers, with the same options and reasons for every kernel.

#include "pybind11.hpp"

#include "indicators/arrays.hpp"

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/attainment.hpp"
#include "plan6/indicators/direction.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6::python {

/** An elementwise indicator as Python calls it: by input arrays or by numbers. */
struct elementwise_kernel {
  std::string name;
  std::vector<std::string> inputs;   ///< the array arguments, in order
  std::vector<std::string> options;  ///< the scalar options after them (direction, capped…)
  /** (this, arrays, options, with_reasons, out) -> values, or (values, uint8 reasons). */
  std::function<py::object(const elementwise_kernel&, const py::sequence&, const py::tuple&, bool,
                           const py::object&)>
      arrays;
  /** (this, numbers, options) -> (value, reason code). */
  std::function<py::tuple(const elementwise_kernel&, const py::tuple&, const py::tuple&)> scalar;
};

/** The kernels registered so far, by name (a node container: references stay valid). */
const elementwise_kernel& find_elementwise(const std::string& name);
std::vector<std::string> elementwise_names();
void store_elementwise(elementwise_kernel kernel);

/** The overload set `f` of plan6 (its scalar and its array form) as one callable. */
#define PLAN6_KERNEL(f)                                                      \
  [](auto&&... a) -> decltype(::plan6::f(std::forward<decltype(a)>(a)...)) { \
    return ::plan6::f(std::forward<decltype(a)>(a)...);                      \
  }

/** Callables merged into one overload set (a scalar form written apart from the arrays'). */
template <typename... F>
struct overloaded : F... {
  using F::operator()...;
};
template <typename... F>
overloaded(F...) -> overloaded<F...>;

namespace detail {

/** An option from Python, checked: a bool is a bool, a direction a code ±1 (see below). */
template <typename T>
T option_from_python(const py::handle& value, const std::string& name);

template <>
inline bool option_from_python<bool>(const py::handle& value, const std::string& name) {
  if (!PyBool_Check(value.ptr())) throw py::type_error(name + " must be a bool");
  return value.ptr() == Py_True;
}

/**
 * The direction as the Python layer gives it after reading "higher"/"lower" (the one place
 * that reads the words): 1 for higher is better, -1 for lower, as per-row codes are.
 */
template <>
inline direction option_from_python<direction>(const py::handle& value, const std::string& name) {
  const double code = PyFloat_AsDouble(value.ptr());
  if (code == -1.0 && PyErr_Occurred()) throw py::error_already_set();
  if (!(code > 0.0 || code < 0.0)) {
    throw py::value_error(name + " must be 1 (higher is better) or -1 (lower is better)");
  }
  return direction_of(code);
}

inline double number_from_python(const py::handle& value) {
  if (PyFloat_CheckExact(value.ptr())) return PyFloat_AS_DOUBLE(value.ptr());
  const double number = PyFloat_AsDouble(value.ptr());
  if (number == -1.0 && PyErr_Occurred()) throw py::error_already_set();
  return number;
}

inline py::tuple scalar_result(const indicator_value& result) {
  return py::make_tuple(result.value, static_cast<int>(result.reason));
}

inline void check_count(const elementwise_kernel& k, std::size_t inputs, std::size_t options) {
  if (inputs != k.inputs.size() || options != k.options.size()) {
    throw py::type_error(k.name + " takes " + std::to_string(k.inputs.size()) + " inputs and " +
                         std::to_string(k.options.size()) + " options, not " +
                         std::to_string(inputs) + " and " + std::to_string(options));
  }
}

template <typename... Options, typename Kernel, std::size_t... K, std::size_t... O>
py::tuple call_scalar(const elementwise_kernel& k, const Kernel& kernel, const py::tuple& values,
                      const py::tuple& options, std::index_sequence<K...>,
                      std::index_sequence<O...>) {
  check_count(k, values.size(), options.size());
  return scalar_result(kernel(number_from_python(values[K])...,
                              option_from_python<Options>(options[O], k.options[O])...));
}

template <typename... Options, typename Kernel, std::size_t... K, std::size_t... O>
py::object call_arrays(const elementwise_kernel& k, const Kernel& kernel,
                       const py::sequence& arrays, const py::tuple& options, bool with_reasons,
                       const py::object& out, std::index_sequence<K...>,
                       std::index_sequence<O...>) {
  check_count(k, arrays.size(), options.size());
  const std::array<double_input, sizeof...(K)> in{
      as_double_input(arrays[K], k.inputs[K].c_str())...};
  const std::tuple<Options...> settings{option_from_python<Options>(options[O], k.options[O])...};
  (void)settings;  // a kernel without options leaves it unused
  // Lengths are the kernel's to check (apply_elementwise names both arguments); the output
  // takes the first input's.
  const Eigen::Index n = in[0].view.size();
  auto [values, values_view] = output_for(out, n);
  auto [reasons, reasons_view] = new_reason_output(with_reasons ? n : 0);
  {
    py::gil_scoped_release nogil;
    kernel(in[K].view..., std::get<O>(settings)..., values_view, reasons_view);
  }
  if (with_reasons) return py::make_tuple(values, reasons);
  return std::move(values);
}

}  // namespace detail

/**
 * Registers the elementwise kernel `name` over the array arguments `inputs`, with scalar
 * options of the types `Options` named `options`. `kernel(x0, …, option…)` is its scalar form
 * (an indicator_value) and `kernel(view0, …, option…, out, reasons)` its array form, as the
 * core's indicators are written; PLAN6_KERNEL(f) passes a core function's overload set.
 */
template <std::size_t N, typename... Options, typename Kernel>
void add_elementwise(const char* name, const std::array<const char*, N>& inputs,
                     const std::array<const char*, sizeof...(Options)>& options, Kernel kernel) {
  static_assert(N >= 1, "an indicator needs at least one input");
  const auto input_indices = std::make_index_sequence<N>{};
  const auto option_indices = std::index_sequence_for<Options...>{};
  elementwise_kernel k{
      name, {inputs.begin(), inputs.end()}, {options.begin(), options.end()}, nullptr, nullptr};
  k.arrays = [kernel, input_indices, option_indices](
                 const elementwise_kernel& self, const py::sequence& arrays,
                 const py::tuple& settings, bool with_reasons, const py::object& out) {
    return detail::call_arrays<Options...>(self, kernel, arrays, settings, with_reasons, out,
                                           input_indices, option_indices);
  };
  k.scalar = [kernel, input_indices, option_indices](const elementwise_kernel& self,
                                                     const py::tuple& values,
                                                     const py::tuple& settings) {
    return detail::call_scalar<Options...>(self, kernel, values, settings, input_indices,
                                           option_indices);
  };
  store_elementwise(std::move(k));
}

}  // namespace plan6::python
