#pragma once

#include <cmath>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/direction.hpp"
#include "plan6/indicators/elementwise.hpp"
#include "plan6/indicators/indicator_value.hpp"

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

/**
 * The value of ratio_reason()'s ratio, branch-free: `numerator / base` where the base is
 * positive and finite, the numerator finite and the quotient finite (no overflow), NaN
 * elsewhere. Vectorises; agrees with ratio_reason() and indicator_value::checked().
 */
inline double ratio_value(double numerator, double base) noexcept {
  const double q = numerator / base;
  return lanes::keep_or_nan(
      lanes::all(base > 0.0, lanes::finite(base), lanes::finite(numerator), lanes::finite(q)), q);
}

/** attainment().value, branch-free, for one fixed direction. */
template <direction Dir>
inline double attainment_value(double actual, double target) noexcept {
  return Dir == direction::higher_is_better ? ratio_value(actual, target)
                                            : ratio_value(target, actual);
}

/** gap().value, branch-free, for one fixed direction. */
template <direction Dir>
inline double gap_value(double actual, double target) noexcept {
  const double d = Dir == direction::higher_is_better ? actual - target : target - actual;
  return lanes::keep_or_nan(
      lanes::all(lanes::finite(d), lanes::finite(actual), lanes::finite(target)), d);
}

/**
 * Direction given per row as a number: positive for higher-is-better, negative for
 * lower-is-better; NaN or 0 make the row undefined (missing_input).
 */
inline direction direction_of(double code) noexcept {
  return code < 0.0 ? direction::lower_is_better : direction::higher_is_better;
}

/** attainment() with a per-row direction code (see direction_of()). */
inline indicator_value attainment_by_code(double actual, double target, double code) noexcept {
  if (std::isnan(code) || code == 0.0 || std::isinf(code)) {
    return indicator_value::undefined(undefined_reason::missing_input);
  }
  return attainment(actual, target, direction_of(code));
}

/** gap() with a per-row direction code (see direction_of()). */
inline indicator_value gap_by_code(double actual, double target, double code) noexcept {
  if (std::isnan(code) || code == 0.0 || std::isinf(code)) {
    return indicator_value::undefined(undefined_reason::missing_input);
  }
  return gap(actual, target, direction_of(code));
}

/** attainment() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void attainment(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
                reason_view reasons);

/** gap() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void gap(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
         reason_view reasons);

/** attainment() over arrays with a direction code per row (see direction_of()). */
void attainment(const_vector_view actual, const_vector_view target,
                const_vector_view direction_codes, vector_view out, reason_view reasons);

/** gap() over arrays with a direction code per row (see direction_of()). */
void gap(const_vector_view actual, const_vector_view target, const_vector_view direction_codes,
         vector_view out, reason_view reasons);

}  // namespace plan6
