#include "plan6/indicators/undefined_reason.hpp"

namespace plan6 {

std::string_view reason_name(undefined_reason reason) noexcept {
  switch (reason) {
    case undefined_reason::none:
      return "none";
    case undefined_reason::missing_input:
      return "missing_input";
    case undefined_reason::infinite_input:
      return "infinite_input";
    case undefined_reason::zero_base:
      return "zero_base";
    case undefined_reason::negative_base:
      return "negative_base";
    case undefined_reason::sign_change:
      return "sign_change";
    case undefined_reason::zero_range:
      return "zero_range";
    case undefined_reason::missing_prior_year:
      return "missing_prior_year";
    case undefined_reason::non_positive_span:
      return "non_positive_span";
    case undefined_reason::duplicate_key:
      return "duplicate_key";
    case undefined_reason::not_comparable:
      return "not_comparable";
    case undefined_reason::overflow:
      return "overflow";
    case undefined_reason::inverted_range:
      return "inverted_range";
  }
  return "unknown";
}

std::string_view reason_description(undefined_reason reason) noexcept {
  switch (reason) {
    case undefined_reason::none:
      return "defined";
    case undefined_reason::missing_input:
      return "an input is missing (NaN, None, NA or NaT)";
    case undefined_reason::infinite_input:
      return "an input is infinite";
    case undefined_reason::zero_base:
      return "the base is zero, so the ratio is undefined";
    case undefined_reason::negative_base:
      return "the base is negative, so the ratio has no meaningful sign";
    case undefined_reason::sign_change:
      return "the values cross zero or change sign, so no logarithmic rate exists";
    case undefined_reason::zero_range:
      return "the range is empty: the target equals the baseline, or the bounds are equal";
    case undefined_reason::missing_prior_year:
      return "the indicator has no value in the previous year";
    case undefined_reason::non_positive_span:
      return "the number of years is not positive";
    case undefined_reason::duplicate_key:
      return "the same indicator and year appear twice";
    case undefined_reason::not_comparable:
      return "the score cannot be placed on the scale";
    case undefined_reason::overflow:
      return "the result is too large to represent";
    case undefined_reason::inverted_range:
      return "the lower bound is above the upper bound";
  }
  return "unknown reason";
}

}  // namespace plan6
