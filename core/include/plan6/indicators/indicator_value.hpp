#pragma once

#include <cmath>
#include <limits>

#include "plan6/indicators/undefined_reason.hpp"

namespace plan6 {

/** One indicator result: the value, or NaN with the reason it is undefined. */
struct indicator_value {
  double value;
  undefined_reason reason;

  static constexpr indicator_value defined(double v) noexcept {
    return {v, undefined_reason::none};
  }
  static constexpr indicator_value undefined(undefined_reason why) noexcept {
    return {std::numeric_limits<double>::quiet_NaN(), why};
  }
  /**
   * `v` if finite; NaN with reason `overflow` if a computation on finite inputs overflowed
   * (to ±inf, or to NaN through inf − inf or inf / inf in an intermediate step).
   */
  static indicator_value checked(double v) noexcept {
    return std::isfinite(v) ? defined(v) : undefined(undefined_reason::overflow);
  }
  constexpr bool is_defined() const noexcept { return reason == undefined_reason::none; }
};

}  // namespace plan6
