#include "plan6/indicators/classify.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace plan6 {

void check_thresholds(const std::vector<double>& thresholds, const char* what) {
  for (std::size_t i = 0; i < thresholds.size(); ++i) {
    if (!std::isfinite(thresholds[i]) || (i > 0 && !(thresholds[i - 1] < thresholds[i]))) {
      throw std::invalid_argument(
          fmt::format("{} must be finite and strictly increasing, not {}", what, thresholds));
    }
  }
}

std::int32_t classify(double score, const std::vector<double>& thresholds, band_closed closed,
                      undefined_reason& why) noexcept {
  why = input_reason(score);
  if (why != undefined_reason::none) return not_comparable_code;
  // A handful of thresholds: a linear count beats a binary search and has no branches.
  std::int32_t code = 0;
  if (closed == band_closed::left) {
    for (const double t : thresholds)
      code += static_cast<std::int32_t>(t <= score);
  } else {
    for (const double t : thresholds)
      code += static_cast<std::int32_t>(t < score);
  }
  return code;
}

void classify(const_vector_view scores, const std::vector<double>& thresholds, band_closed closed,
              code_view out, reason_view reasons) {
  check_thresholds(thresholds);
  if (thresholds.size() > 1000) {
    throw std::invalid_argument(
        fmt::format("at most 1000 thresholds are supported, not {}", thresholds.size()));
  }
  const Eigen::Index n = out.size();
  if (scores.size() != n) {
    throw std::invalid_argument(
        fmt::format("scores has {} values but the output has {} slots", scores.size(), n));
  }
  fill_codes(out, reasons, [&](Eigen::Index i, undefined_reason& why) {
    return classify(scores[i], thresholds, closed, why);
  });
}

}  // namespace plan6
