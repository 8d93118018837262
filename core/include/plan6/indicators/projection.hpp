#pragma once

#include <cmath>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/cagr.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * The value expected `years_ahead` years after `current` if the compound growth observed
 * from `baseline` to `current` over `years_elapsed` years continues:
 * current · (current / baseline)^(years_ahead / years_elapsed). With years_ahead the years
 * left to the target year this is the projection that anticipated-progress assessments
 * compare with the target. Undefined where the observed rate is (cagr_reason()), and for a
 * missing or negative `years_ahead` (0 gives the current value).
 */
inline indicator_value projection(double baseline, double current, double years_elapsed,
                                  double years_ahead) noexcept {
  const undefined_reason why = cagr_reason(baseline, current, years_elapsed);
  if (why != undefined_reason::none) return indicator_value::undefined(why);
  if (std::isnan(years_ahead)) return indicator_value::undefined(undefined_reason::missing_input);
  if (std::isinf(years_ahead)) return indicator_value::undefined(undefined_reason::infinite_input);
  if (years_ahead < 0.0) return indicator_value::undefined(undefined_reason::non_positive_span);
  const double ratio = current / baseline;
  if (std::isinf(ratio)) return indicator_value::undefined(undefined_reason::overflow);
  return indicator_value::checked(current * std::pow(ratio, years_ahead / years_elapsed));
}

/** projection() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void projection(const_vector_view baseline, const_vector_view current,
                const_vector_view years_elapsed, const_vector_view years_ahead, vector_view out,
                reason_view reasons);

}  // namespace plan6
