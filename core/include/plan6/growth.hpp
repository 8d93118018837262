#pragma once

#include "plan6/array_view.hpp"
#include "plan6/attainment.hpp"
#include "plan6/indicator_value.hpp"

namespace plan6 {

/**
 * Year-on-year growth current / prior − 1 (827 registrations after 752 is 0.0997…). A zero
 * or negative prior value has no meaningful growth rate: NaN with the reason, never ±inf and
 * never a sign flipped by a negative base.
 */
inline indicator_value growth(double current, double prior) noexcept {
  const undefined_reason why = ratio_reason(current, prior);
  return why == undefined_reason::none ? indicator_value::checked(current / prior - 1.0)
                                       : indicator_value::undefined(why);
}

/**
 * growth().value, branch-free (vectorises). The quotient is checked before 1 is subtracted,
 * so that an overflow is NaN like in growth().
 */
inline double growth_value(double current, double prior) noexcept {
  const double q = current / prior;
  const bool ok = (prior > 0.0) & lanes::finite(prior) & lanes::finite(current) & lanes::finite(q);
  // NaN is added rather than selected: with trapping math on, GCC will not compute q − 1 on
  // rows it would discard, and a select would keep the loop from vectorising.
  return (q - 1.0) + lanes::keep_or_nan(ok, 0.0);
}

/** growth() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void growth(const_vector_view current, const_vector_view prior, vector_view out,
            reason_view reasons);

}  // namespace plan6
