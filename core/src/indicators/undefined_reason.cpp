#include "plan6/indicators/undefined_reason.hpp"

#include <array>

namespace plan6 {
namespace {

struct reason_text {
  std::string_view name;
  std::string_view description;
};

// Indexed by the reason's code, in the enum's order.
constexpr std::array<reason_text, undefined_reason_count> reasons = {{
    {"none", "defined"},
    {"missing_input", "an input is missing (NaN, None, NA or NaT)"},
    {"infinite_input", "an input is infinite"},
    {"zero_base", "the base is zero, so the ratio is undefined"},
    {"negative_base", "the base is negative, so the ratio has no meaningful sign"},
    {"sign_change", "the values cross zero or change sign, so no logarithmic rate exists"},
    {"zero_range", "the range is empty: the target equals the baseline, or the bounds are equal"},
    {"missing_prior_year", "the indicator has no value in the previous year"},
    {"non_positive_span", "the number of years is not positive"},
    {"duplicate_key", "the same indicator and year appear twice"},
    {"not_comparable", "the score cannot be placed on the scale"},
    {"overflow", "the result is too large to represent"},
    {"inverted_range", "the lower bound is above the upper bound"},
}};

static_assert(static_cast<std::size_t>(undefined_reason::inverted_range) + 1 == reasons.size(),
              "one text per reason, in the enum's order");

}  // namespace

std::string_view reason_name(undefined_reason reason) noexcept {
  const auto code = static_cast<std::size_t>(reason);
  return code < reasons.size() ? reasons[code].name : "unknown";
}

std::string_view reason_description(undefined_reason reason) noexcept {
  const auto code = static_cast<std::size_t>(reason);
  return code < reasons.size() ? reasons[code].description : "unknown reason";
}

}  // namespace plan6
