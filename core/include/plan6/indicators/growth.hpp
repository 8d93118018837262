#pragma once

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/attainment.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * The relative change (current − prior) / prior of two finite values with prior > 0. The
 * difference is taken first: near zero growth it is exact (Sterbenz), where current / prior − 1
 * would lose the low digits (pandas' pct_change does that; polars subtracts first). Where the
 * difference overflows (current near −1.8e308) the quotient form is finite and is used.
 */
inline double relative_change(double current, double prior) noexcept {
  const double g = (current - prior) / prior;
  return std::isfinite(g) ? g : current / prior - 1.0;
}

/**
 * Year-on-year growth current / prior − 1 (827 registrations after 752 is 75 / 752 = 0.0997…),
 * computed as (current − prior) / prior. A zero or negative prior value has no meaningful
 * growth rate: NaN with the reason, never ±inf and never a sign flipped by a negative base.
 */
inline indicator_value growth(double current, double prior) noexcept {
  const undefined_reason why = ratio_reason(current, prior);
  return why == undefined_reason::none ? indicator_value::checked(relative_change(current, prior))
                                       : indicator_value::undefined(why);
}

/**
 * growth().value, branch-free (vectorises). Both forms of relative_change() are computed on
 * every row and one is selected: with trapping math on, GCC will not compute a value only one
 * arm of a select needs, and the loop would not vectorise.
 */
inline double growth_value(double current, double prior) noexcept {
  const double difference_form = (current - prior) / prior;
  const double quotient_form = current / prior - 1.0;
  const bool exact = lanes::finite(difference_form);
  const bool ok = lanes::all(prior > 0.0, lanes::finite(prior), lanes::finite(current),
                             lanes::any(exact, lanes::finite(quotient_form)));
  return lanes::keep_or_nan(ok, exact ? difference_form : quotient_form);
}

/** growth() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void growth(const_vector_view current, const_vector_view prior, vector_view out,
            reason_view reasons);

}  // namespace plan6
