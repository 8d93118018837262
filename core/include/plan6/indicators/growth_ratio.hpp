#pragma once

#include <cmath>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/cagr.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * The ratio of the actual compound growth to the growth required to reach the target on time,
 * as UN ESCAP and the national SDG platforms (Statistics Canada, Open SDG) measure anticipated
 * progress:
 *
 *     actual   = cagr(baseline, current, years_elapsed)
 *     required = cagr(baseline, target, years_to_target)   (both counted from the baseline)
 *     ratio    = d · actual / |required|
 *
 * with d = +1 when higher is better and −1 when lower is better (`direction_code` > 0 or
 * < 0), so that growth in the desired direction is positive even when the target lies on
 * the other side of the baseline. 1 means on schedule. Undefined (NaN with the reason) when
 * either rate is (see cagr_reason()), when the target equals the baseline (zero_range: no
 * growth is required; progress_class() then decides by "target achieved"), or when the
 * direction code is NaN or 0 (missing_input).
 */
inline indicator_value growth_ratio(double baseline, double current, double target,
                                    double years_elapsed, double years_to_target,
                                    double direction_code) noexcept {
  if (std::isnan(direction_code) || direction_code == 0.0) {
    return indicator_value::undefined(undefined_reason::missing_input);
  }
  const indicator_value actual = cagr(baseline, current, years_elapsed);
  if (!actual.is_defined()) return actual;
  const indicator_value required = cagr(baseline, target, years_to_target);
  if (!required.is_defined()) return required;
  if (required.value == 0.0) return indicator_value::undefined(undefined_reason::zero_range);
  const double d = direction_code > 0.0 ? 1.0 : -1.0;
  return indicator_value::checked(d * actual.value / std::fabs(required.value));
}

/** growth_ratio() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void growth_ratio(const_vector_view baseline, const_vector_view current, const_vector_view target,
                  const_vector_view years_elapsed, const_vector_view years_to_target,
                  const_vector_view direction_code, vector_view out, reason_view reasons);

}  // namespace plan6
