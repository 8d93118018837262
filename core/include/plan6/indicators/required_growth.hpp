#pragma once

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/cagr.hpp"
#include "plan6/indicators/indicator_value.hpp"

namespace plan6 {

/**
 * The annual growth rate that takes `value` to `target` in `years` years:
 * (target / value)^(1 / years) − 1, the "required CAGR" of UN ESCAP's anticipated progress
 * and of the national SDG platforms. Negative when the target lies below the value. The edge
 * cases are cagr()'s: a target of exactly zero needs −100 % a year (it is not replaced by a
 * small number, as some SDG progress code does with 0.001).
 */
inline indicator_value required_growth(double value, double target, double years) noexcept {
  return cagr(value, target, years);
}

/** required_growth() over arrays; see apply_elementwise() for sizes, strides and reasons. */
void required_growth(const_vector_view value, const_vector_view target, const_vector_view years,
                     vector_view out, reason_view reasons);

}  // namespace plan6
