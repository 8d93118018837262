#pragma once

#include <cmath>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/attainment.hpp"
#include "plan6/indicators/elementwise.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * A value as an index to a base year's value: value / base × 100, so the base year is 100
 * (827 registrations against 752 in the base year is 109.97…). The base must be positive,
 * as an attainment's target must (ratio_reason()): a zero or negative base, a missing or
 * infinite input gives NaN with the reason; a quotient beyond float64 is an overflow.
 */
inline indicator_value index_to_base(double value, double base) noexcept {
  const undefined_reason why = ratio_reason(value, base);
  if (why != undefined_reason::none) return indicator_value::undefined(why);
  // value × 100 first: one rounding, so 110 on a base of 100 is exactly 110 (110 / 100 × 100
  // is 110.00000000000001); the quotient first only where the product overflows.
  const double scaled = value * 100.0 / base;
  return indicator_value::checked(std::isfinite(scaled) ? scaled : value / base * 100.0);
}

/**
 * index_to_base().value, branch-free (vectorises): both forms are computed and one is
 * selected, as growth_value() does.
 */
inline double index_to_base_value(double value, double base) noexcept {
  const double scaled = value * 100.0 / base;
  const double index = lanes::finite(scaled) ? scaled : value / base * 100.0;
  return lanes::keep_or_nan(
      lanes::all(base > 0.0, lanes::finite(base), lanes::finite(value), lanes::finite(index)),
      index);
}

/** index_to_base() over arrays; see apply_elementwise() for sizes, strides and reasons. */
inline void index_to_base(const_vector_view values, const_vector_view base, vector_view out,
                          reason_view reasons) {
  apply_elementwise<2>(
      {values, base}, {"values", "base"}, out, reasons,
      [](double v, double b) { return index_to_base_value(v, b); },
      [](double v, double b) { return index_to_base(v, b).reason; });
}

}  // namespace plan6
