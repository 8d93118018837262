#pragma once

#include <algorithm>
#include <cmath>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * Progress from a baseline toward a target, the indicator-level measure of UN ESCAP's Current
 * Status Index: (actual − baseline) / (target − baseline); 0 at the baseline, 1 at the target.
 *
 * `direction_code` 0 takes the desired direction from the target (the formula as is); a
 * positive code (higher is better) or a negative one (lower is better) gives
 * d · (actual − baseline) / |target − baseline|, so that moving the desired way is positive
 * even when the target lies behind the baseline. With `capped`, values above 1 (target
 * exceeded) are reported as 1, as ESCAP does; regress stays negative, so it remains visible.
 *
 * Undefined: a missing or infinite input or direction code (missing_input / infinite_input),
 * a target equal to the baseline (zero_range), an overflow.
 */
inline indicator_value progress(double actual, double baseline, double target,
                                double direction_code, bool capped) noexcept {
  if (std::isnan(actual) || std::isnan(baseline) || std::isnan(target) ||
      std::isnan(direction_code)) {
    return indicator_value::undefined(undefined_reason::missing_input);
  }
  if (std::isinf(actual) || std::isinf(baseline) || std::isinf(target) ||
      std::isinf(direction_code)) {
    return indicator_value::undefined(undefined_reason::infinite_input);
  }
  if (target == baseline) return indicator_value::undefined(undefined_reason::zero_range);
  const double moved = actual - baseline;
  const double range = target - baseline;
  double p = direction_code == 0.0 ? moved / range
                                   : (direction_code > 0.0 ? moved : -moved) / std::fabs(range);
  if (capped) p = std::min(p, 1.0);
  return indicator_value::checked(p);
}

/** progress() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void progress(const_vector_view actual, const_vector_view baseline, const_vector_view target,
              const_vector_view direction_code, bool capped, vector_view out, reason_view reasons);

}  // namespace plan6
