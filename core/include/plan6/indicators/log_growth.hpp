#pragma once

#include <cmath>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/attainment.hpp"
#include "plan6/indicators/elementwise.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * Logarithmic growth ln(current / prior), computed as ln(current) − ln(prior) so that a
 * ratio too large for a double still has its logarithm. Both values must be positive: a zero
 * or negative prior is zero_base / negative_base, and a current value at or below zero (after
 * a positive prior) is sign_change — the logarithm does not cross zero.
 */
inline indicator_value log_growth(double current, double prior) noexcept {
  const undefined_reason why = ratio_reason(current, prior);
  if (why != undefined_reason::none) return indicator_value::undefined(why);
  if (current <= 0.0) return indicator_value::undefined(undefined_reason::sign_change);
  return indicator_value::checked(std::log(current) - std::log(prior));
}

/** log_growth().value without branches on the inputs. */
inline double log_growth_value(double current, double prior) noexcept {
  const bool ok =
      lanes::all(prior > 0.0, current > 0.0, lanes::finite(prior), lanes::finite(current));
  // The logarithms are taken of 1 where the row is undefined, so no domain error is raised.
  return lanes::keep_or_nan(ok, std::log(ok ? current : 1.0) - std::log(ok ? prior : 1.0));
}

/** log_growth() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void log_growth(const_vector_view current, const_vector_view prior, vector_view out,
                reason_view reasons);

}  // namespace plan6
