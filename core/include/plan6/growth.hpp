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

/** growth() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void growth(const_vector_view current, const_vector_view prior, vector_view out,
            reason_view reasons);

}  // namespace plan6
