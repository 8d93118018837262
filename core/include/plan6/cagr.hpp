#pragma once

#include <cmath>

#include "plan6/array_view.hpp"
#include "plan6/attainment.hpp"
#include "plan6/indicator_value.hpp"

namespace plan6 {

/**
 * Why a compound rate from `start` to `end` over `years` is undefined, or `none`: a missing or
 * infinite input, a span that is not positive, a start that is zero or negative (no base),
 * or an end below zero after a positive start (sign_change: no real root). An end of exactly
 * zero is defined: the rate is −100 % a year.
 */
inline undefined_reason cagr_reason(double start, double end, double years) noexcept {
  if (std::isnan(start) || std::isnan(end) || std::isnan(years)) {
    return undefined_reason::missing_input;
  }
  if (std::isinf(start) || std::isinf(end) || std::isinf(years)) {
    return undefined_reason::infinite_input;
  }
  if (years <= 0.0) return undefined_reason::non_positive_span;
  if (start == 0.0) return undefined_reason::zero_base;
  if (start < 0.0) return undefined_reason::negative_base;
  if (end < 0.0) return undefined_reason::sign_change;
  return undefined_reason::none;
}

/**
 * Compound annual growth rate (end / start)^(1 / years) − 1 between two values `years`
 * apart (fractional spans are allowed). Over one year it is exactly end / start − 1, the
 * year-on-year growth. 100 → 121 over 2 years is 0.1.
 */
inline indicator_value cagr(double start, double end, double years) noexcept {
  const undefined_reason why = cagr_reason(start, end, years);
  if (why != undefined_reason::none) return indicator_value::undefined(why);
  const double ratio = end / start;
  if (std::isinf(ratio)) return indicator_value::undefined(undefined_reason::overflow);
  return indicator_value::checked(years == 1.0 ? ratio - 1.0 : std::pow(ratio, 1.0 / years) - 1.0);
}

/** cagr() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void cagr(const_vector_view start, const_vector_view end, const_vector_view years, vector_view out,
          reason_view reasons);

}  // namespace plan6
