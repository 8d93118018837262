#pragma once

#include <cmath>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/attainment.hpp"
#include "plan6/indicators/growth.hpp"
#include "plan6/indicators/indicator_value.hpp"

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
 * apart (fractional spans are allowed); 100 → 121 over 2 years is 0.1. Over one year it is
 * exactly growth(end, start).
 *
 * Computed as expm1(ln(end / start) / years), with the logarithm taken as log1p of the
 * relative change when that is small (so small rates keep their digits, where
 * pow(ratio, 1 / years) − 1 cancels), of the ratio otherwise, and as ln(end) − ln(start) where
 * the ratio itself under- or overflows (so a finite rate is not lost to an intermediate).
 */
inline indicator_value cagr(double start, double end, double years) noexcept {
  const undefined_reason why = cagr_reason(start, end, years);
  if (why != undefined_reason::none) return indicator_value::undefined(why);
  if (years == 1.0) return indicator_value::checked(relative_change(end, start));
  const double change = (end - start) / start;
  double log_ratio;
  if (std::fabs(change) < 0.5) {
    log_ratio = std::log1p(change);
  } else {
    const double ratio = end / start;
    log_ratio =
        ratio > 0.0 && std::isfinite(ratio) ? std::log(ratio) : std::log(end) - std::log(start);
  }
  return indicator_value::checked(std::expm1(log_ratio / years));
}

/** cagr() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void cagr(const_vector_view start, const_vector_view end, const_vector_view years, vector_view out,
          reason_view reasons);

}  // namespace plan6
