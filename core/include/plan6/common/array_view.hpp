#pragma once

#include <cstdint>

#include <Eigen/Core>

namespace plan6 {

/**
 * Views the kernels work on: Eigen maps over buffers owned by the caller (numpy arrays in the
 * bindings), so that inputs are never copied. Inputs may be strided (a numpy slice such as
 * `a[::2]`) or broadcast (stride 0 for a scalar); outputs are contiguous.
 */
using const_vector_view = Eigen::Map<const Eigen::ArrayXd, Eigen::Unaligned, Eigen::InnerStride<>>;
using contiguous_vector_view = Eigen::Map<const Eigen::ArrayXd>;
using vector_view = Eigen::Map<Eigen::ArrayXd>;
using reason_array = Eigen::Array<std::uint8_t, Eigen::Dynamic, 1>;
using reason_view = Eigen::Map<reason_array>;

/**
 * A column of integers (ids, years, codes) seen without copying, at any stride; Eigen maps
 * are for the floating-point kernels, this is all the integer columns need.
 */
template <typename T>
struct integer_view {
  const T* data = nullptr;
  Eigen::Index size = 0;
  Eigen::Index stride = 1;

  T operator[](Eigen::Index i) const noexcept { return data[i * stride]; }
};

/** A view of `size` doubles starting at `data`, `stride` elements apart (0 broadcasts). */
inline const_vector_view make_view(const double* data, Eigen::Index size, Eigen::Index stride = 1) {
  return const_vector_view(data, size, Eigen::InnerStride<>(stride));
}

}  // namespace plan6
