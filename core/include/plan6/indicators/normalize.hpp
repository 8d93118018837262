#pragma once

#include <algorithm>
#include <cmath>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * Rescales `value` to 0–100 between a lower and an upper bound, as the SDSN SDG Index does:
 * (value − worst) / (best − worst) · 100, where worst and best are the lower and the upper
 * bound when higher is better (`direction_code` > 0) and the other way round when lower is
 * better (< 0). With `censor`, values beyond the bounds are set to 0 or 100 (SDSN censors
 * at the bounds); without, they fall outside 0–100.
 *
 * Undefined: a missing or infinite input or direction (missing_input / infinite_input; a
 * direction code of 0 is missing), equal bounds (zero_range), a lower bound above the upper
 * one (inverted_range), an overflow.
 */
inline indicator_value normalize(double value, double lower, double upper, double direction_code,
                                 bool censor) noexcept {
  if (std::isnan(value) || std::isnan(lower) || std::isnan(upper) || std::isnan(direction_code) ||
      direction_code == 0.0) {
    return indicator_value::undefined(undefined_reason::missing_input);
  }
  if (std::isinf(value) || std::isinf(lower) || std::isinf(upper) || std::isinf(direction_code)) {
    return indicator_value::undefined(undefined_reason::infinite_input);
  }
  if (lower == upper) return indicator_value::undefined(undefined_reason::zero_range);
  if (lower > upper) return indicator_value::undefined(undefined_reason::inverted_range);
  const bool higher = direction_code > 0.0;
  const double worst = higher ? lower : upper;
  const double best = higher ? upper : lower;
  double score = (value - worst) / (best - worst) * 100.0;
  if (censor) score = std::clamp(score, 0.0, 100.0);
  return indicator_value::checked(score);
}

/** normalize() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void normalize(const_vector_view value, const_vector_view lower, const_vector_view upper,
               const_vector_view direction_code, bool censor, vector_view out, reason_view reasons);

}  // namespace plan6
