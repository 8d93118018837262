#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * Helpers for branch-free kernels. `std::isfinite` and `std::isnan` are library calls that
 * the vectoriser does not always see through; these compile to an and-mask and a compare.
 */
namespace lanes {

inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();
inline constexpr double inf = std::numeric_limits<double>::infinity();

/** True for a finite double (false for NaN and ±inf), as one compare. */
inline bool finite(double x) noexcept {
  return std::fabs(x) < inf;
}

/**
 * True when every condition holds. The conditions are all evaluated and combined as bits, not
 * with a short-circuiting `&&`, so that a loop over them has no branch to stop vectorisation.
 */
template <typename... Conditions>
inline bool all(Conditions... conditions) noexcept {
  return (static_cast<unsigned>(conditions) & ...) != 0u;
}

/** True when any condition holds, without short-circuit (see all()). */
template <typename... Conditions>
inline bool any(Conditions... conditions) noexcept {
  return (static_cast<unsigned>(conditions) | ...) != 0u;
}

/** `value` where `keep`, NaN elsewhere: a blend, not a branch. */
inline double keep_or_nan(bool keep, double value) noexcept {
  return keep ? value : nan;
}

}  // namespace lanes

/**
 * Whether the caller asked for reasons: `reasons` has `n` slots (yes) or none (no). Throws
 * std::invalid_argument for a buffer of another size.
 */
inline bool wants_reasons(reason_view reasons, Eigen::Index n) {
  if (reasons.size() != 0 && reasons.size() != n) {
    throw std::invalid_argument(
        fmt::format("reason buffer has {} slots for {} values", reasons.size(), n));
  }
  return reasons.size() == n;
}

/**
 * Runs an n-ary indicator over views of equal length in one pass per output.
 *
 * `value_op(x0, x1, …) -> double` is the branch-free form of the indicator: NaN wherever the
 * value is undefined, so that contiguous inputs take a loop the compiler vectorises.
 * `reason_op(x0, x1, …) -> undefined_reason` is the scalar form, asked only for the rows whose
 * value came out NaN and only when `reasons` has the size of `out` (it is skipped when
 * empty: the caller did not ask why). Both must follow one policy: the tests check that
 * `value_op` is NaN exactly where `reason_op` is not `none`.
 *
 * Strided or broadcast inputs (stride 0, or negative for a reversed view) take the general
 * loop. Sizes must agree: throws std::invalid_argument naming the arguments.
 */
namespace detail {

template <typename ValueOp, std::size_t N, std::size_t... K>
void contiguous_values(const std::array<const double*, N>& p, double* __restrict__ dst,
                       Eigen::Index n, ValueOp& value_op, std::index_sequence<K...>) {
  for (Eigen::Index i = 0; i < n; ++i)
    dst[i] = value_op(p[K][i]...);
}

// On x86-64 the contiguous loop is also compiled for AVX2 (4 doubles a lane instead of SSE2's
// 2) and chosen at run time: the wheels target the x86-64 baseline, and where the output is
// fresh memory (page faults) the compute is not hidden behind the memory traffic.
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#  define PLAN6_AVX2_DISPATCH 1

inline bool cpu_has_avx2() noexcept {
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return has;
}

template <typename ValueOp, std::size_t N, std::size_t... K>
__attribute__((target("avx2"))) void contiguous_values_avx2(const std::array<const double*, N>& p,
                                                            double* __restrict__ dst,
                                                            Eigen::Index n, ValueOp& value_op,
                                                            std::index_sequence<K...>) {
  for (Eigen::Index i = 0; i < n; ++i)
    dst[i] = value_op(p[K][i]...);
}
#else
#  define PLAN6_AVX2_DISPATCH 0
#endif

template <typename ValueOp, std::size_t N, std::size_t... K>
void strided_values(const std::array<const double*, N>& p, const std::array<Eigen::Index, N>& s,
                    double* __restrict__ dst, Eigen::Index n, ValueOp& value_op,
                    std::index_sequence<K...>) {
  for (Eigen::Index i = 0; i < n; ++i)
    dst[i] = value_op(p[K][i * s[K]]...);
}

template <typename ReasonOp, std::size_t N, std::size_t... K>
void reasons_of_nans(const std::array<const double*, N>& p, const std::array<Eigen::Index, N>& s,
                     const double* values, std::uint8_t* why, Eigen::Index n, ReasonOp& reason_op,
                     std::index_sequence<K...>) {
  for (Eigen::Index i = 0; i < n; ++i) {
    // Only NaN values need the scalar reason; defined values are `none` (0).
    why[i] = values[i] == values[i] ? std::uint8_t{0}
                                    : static_cast<std::uint8_t>(reason_op(p[K][i * s[K]]...));
  }
}

}  // namespace detail

/**
 * Runs an n-ary indicator over views of equal length.
 *
 * `value_op(x0, x1, …) -> double` is the branch-free form of the indicator: NaN wherever the
 * value is undefined, so that contiguous inputs take a loop the compiler vectorises.
 * `reason_op(x0, x1, …) -> undefined_reason` is the scalar form, asked only for the rows whose
 * value came out NaN, and only when `reasons` has the size of `out` (it is skipped when
 * empty: the caller did not ask why). Both follow one policy: the tests check that
 * `value_op` is NaN exactly where `reason_op` is not `none`.
 *
 * Strided or broadcast inputs (stride 0, or negative for a reversed view) take the general
 * loop. Sizes must agree: throws std::invalid_argument naming the arguments.
 */
template <std::size_t N, typename ValueOp, typename ReasonOp>
void apply_elementwise(const std::array<const_vector_view, N>& inputs,
                       const std::array<std::string_view, N>& names, vector_view out,
                       reason_view reasons, ValueOp value_op, ReasonOp reason_op) {
  static_assert(N >= 1, "an indicator needs at least one input");
  const Eigen::Index n = out.size();
  for (std::size_t k = 0; k < N; ++k) {
    if (inputs[k].size() != n) {
      if (k == 0) {
        throw std::invalid_argument(fmt::format("{} has {} values but the output has {} slots",
                                                names[0], inputs[0].size(), n));
      }
      throw std::invalid_argument(fmt::format("{} has {} values but {} has {}: lengths must match",
                                              names[0], inputs[0].size(), names[k],
                                              inputs[k].size()));
    }
  }
  const bool want_reasons = wants_reasons(reasons, n);
  if (n == 0) return;

  std::array<const double*, N> p{};
  std::array<Eigen::Index, N> s{};
  bool contiguous = true;
  for (std::size_t k = 0; k < N; ++k) {
    p[k] = inputs[k].data();
    s[k] = inputs[k].innerStride();
    contiguous = contiguous && s[k] == 1;
  }
  const auto indices = std::make_index_sequence<N>{};
  if (contiguous) {
#if PLAN6_AVX2_DISPATCH
    if (detail::cpu_has_avx2()) {
      detail::contiguous_values_avx2(p, out.data(), n, value_op, indices);
    } else {
      detail::contiguous_values(p, out.data(), n, value_op, indices);
    }
#else
    detail::contiguous_values(p, out.data(), n, value_op, indices);
#endif
  } else {
    detail::strided_values(p, s, out.data(), n, value_op, indices);
  }
  if (want_reasons) {
    detail::reasons_of_nans(p, s, out.data(), reasons.data(), n, reason_op, indices);
  }
}

}  // namespace plan6
