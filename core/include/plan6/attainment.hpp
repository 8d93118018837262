#pragma once

#include <cmath>

#include "plan6/array_view.hpp"
#include "plan6/direction.hpp"
#include "plan6/indicator_value.hpp"

namespace plan6 {

/**
 * Classifies a pair of inputs whose ratio `numerator / base` is wanted: NaN inputs are
 * missing, infinite ones are not finite, and a zero or negative base has no meaningful ratio.
 * Returns `none` when the ratio is defined. Shared by attainment and growth so that both
 * follow one edge-case policy.
 */
inline undefined_reason ratio_reason(double numerator, double base) noexcept {
  if (std::isnan(numerator) || std::isnan(base)) return undefined_reason::missing_input;
  if (std::isinf(numerator) || std::isinf(base)) return undefined_reason::infinite_input;
  if (base == 0.0) return undefined_reason::zero_base;
  if (base < 0.0) return undefined_reason::negative_base;
  return undefined_reason::none;
}

/**
 * Target attainment: actual / target when higher is better (426 jobs against a plan of 320
 * is 1.33125), target / actual when lower is better. The base (the denominator) must be
 * positive; otherwise the result is NaN with the reason.
 */
inline indicator_value attainment(double actual, double target, direction dir) noexcept {
  const double numerator = dir == direction::higher_is_better ? actual : target;
  const double base = dir == direction::higher_is_better ? target : actual;
  const undefined_reason why = ratio_reason(numerator, base);
  return why == undefined_reason::none ? indicator_value::checked(numerator / base)
                                       : indicator_value::undefined(why);
}

/**
 * Gap to target in the good direction: actual − target when higher is better, target − actual
 * when lower is better, so a positive gap always means the target was beaten.
 */
inline indicator_value gap(double actual, double target, direction dir) noexcept {
  if (std::isnan(actual) || std::isnan(target))
    return indicator_value::undefined(undefined_reason::missing_input);
  if (std::isinf(actual) || std::isinf(target))
    return indicator_value::undefined(undefined_reason::infinite_input);
  return indicator_value::checked(dir == direction::higher_is_better ? actual - target
                                                                     : target - actual);
}

/** attainment() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void attainment(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
                reason_view reasons);

/** gap() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void gap(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
         reason_view reasons);

}  // namespace plan6
