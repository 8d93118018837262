#pragma once

#include <cstdint>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

#include "plan6/array_view.hpp"
#include "plan6/indicator_value.hpp"

namespace plan6 {

/**
 * Runs a binary indicator `op(left_i, right_i) -> indicator_value` over two views in one pass.
 *
 * `out` receives the values; `reasons` receives the undefined_reason codes when it has the
 * same size as `out`, and is skipped when empty (the caller did not ask why). Contiguous
 * inputs take a loop the compiler can vectorise; strided or broadcast ones (stride 0) take
 * the general loop. Sizes must agree: throws std::invalid_argument naming the arguments.
 */
template <typename Op>
void apply_elementwise(const_vector_view left, const_vector_view right, vector_view out,
                       reason_view reasons, Op op, std::string_view left_name,
                       std::string_view right_name) {
  const Eigen::Index n = out.size();
  if (left.size() != n || right.size() != n) {
    throw std::invalid_argument(fmt::format("{} has {} values but {} has {}: lengths must match",
                                            left_name, left.size(), right_name, right.size()));
  }
  if (reasons.size() != 0 && reasons.size() != n) {
    throw std::invalid_argument(
        fmt::format("reason buffer has {} slots for {} values", reasons.size(), n));
  }
  const bool want_reasons = reasons.size() == n;
  auto run = [&](const auto& l, const auto& r) {
    if (want_reasons) {
      for (Eigen::Index i = 0; i < n; ++i) {
        const indicator_value v = op(l.coeff(i), r.coeff(i));
        out[i] = v.value;
        reasons[i] = static_cast<std::uint8_t>(v.reason);
      }
    } else {
      for (Eigen::Index i = 0; i < n; ++i)
        out[i] = op(l.coeff(i), r.coeff(i)).value;
    }
  };
  if (left.innerStride() == 1 && right.innerStride() == 1) {
    run(contiguous_vector_view(left.data(), n), contiguous_vector_view(right.data(), n));
  } else {
    run(left, right);
  }
}

}  // namespace plan6
