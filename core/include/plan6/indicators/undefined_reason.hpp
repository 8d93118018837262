#pragma once

#include <cmath>
#include <cstdint>
#include <string_view>

namespace plan6 {

/**
 * Why an indicator value is undefined.
 *
 * Every kernel returns NaN where its result is undefined, never ±inf and never a silent 0, and
 * can report one of these codes per row so that a notebook can show *why*. `none` means the
 * value is defined. The numeric values are stable: they cross the Python boundary as uint8.
 */
enum class undefined_reason : std::uint8_t {
  none = 0,
  missing_input = 1,       ///< an input is NaN (pandas NA/None, NaT)
  infinite_input = 2,      ///< an input is +inf or -inf
  zero_base = 3,           ///< the base (target, prior value, baseline range) is zero
  negative_base = 4,       ///< the base is negative, so a ratio against it has no meaning
  sign_change = 5,         ///< a logarithmic measure across zero or a change of sign
  zero_range = 6,          ///< target equal to baseline (progress, growth ratio), equal bounds
  missing_prior_year = 7,  ///< panel growth: the indicator has no value in the previous year
  non_positive_span = 8,   ///< a compound rate over zero or a negative number of years
  duplicate_key = 9,       ///< panel growth: the same indicator and year appear twice
  not_comparable = 10,     ///< classification: the score cannot be placed on the scale
  overflow = 11,           ///< the result is too large for a double (e.g. 1 / 5e-324)
  inverted_range = 12,     ///< normalisation with the lower bound above the upper bound
};

/** The number of codes in use (0 … count − 1); codes from it on are invalid. */
inline constexpr std::uint8_t undefined_reason_count = 13;

/**
 * The reason a single input makes a value undefined: missing_input for NaN, infinite_input
 * for ±inf, none for a finite value.
 */
inline undefined_reason input_reason(double x) noexcept {
  if (std::isnan(x)) return undefined_reason::missing_input;
  if (std::isinf(x)) return undefined_reason::infinite_input;
  return undefined_reason::none;
}

/** A short snake_case name of the reason, e.g. "zero_base". */
std::string_view reason_name(undefined_reason reason) noexcept;

/** A one-line English explanation of the reason, for tables and notebooks. */
std::string_view reason_description(undefined_reason reason) noexcept;

}  // namespace plan6
