#include "plan6/indicators/progress_class.hpp"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {

void check_progress_thresholds(const progress_thresholds& t) {
  const bool finite = std::isfinite(t.on_track) && std::isfinite(t.acceleration_needed) &&
                      std::isfinite(t.limited_progress);
  if (!finite || !(t.on_track > t.acceleration_needed) ||
      !(t.acceleration_needed > t.limited_progress)) {
    throw std::invalid_argument(fmt::format(
        "thresholds must be finite and strictly decreasing (on track, acceleration needed, "
        "limited progress), not ({}, {}, {})",
        t.on_track, t.acceleration_needed, t.limited_progress));
  }
}

std::int32_t progress_class(double ratio, double achieved, const progress_thresholds& t,
                            undefined_reason& why) noexcept {
  why = undefined_reason::none;
  if (achieved > 0.0) return static_cast<std::int32_t>(progress_class_code::target_achieved);
  why = input_reason(ratio);
  if (why != undefined_reason::none) return not_comparable_code;
  progress_class_code code = progress_class_code::deterioration;
  if (ratio >= t.on_track) {
    code = progress_class_code::on_track;
  } else if (ratio >= t.acceleration_needed) {
    code = progress_class_code::acceleration_needed;
  } else if (ratio >= t.limited_progress) {
    code = progress_class_code::limited_progress;
  }
  return static_cast<std::int32_t>(code);
}

void progress_class(const_vector_view ratio, const_vector_view achieved,
                    const progress_thresholds& t, code_view out, reason_view reasons) {
  check_progress_thresholds(t);
  const Eigen::Index n = out.size();
  if (ratio.size() != n || achieved.size() != n) {
    throw std::invalid_argument(
        fmt::format("ratio has {} values but achieved has {}: lengths must match", ratio.size(),
                    achieved.size()));
  }
  fill_codes(out, reasons, [&](Eigen::Index i, undefined_reason& why) {
    return progress_class(ratio[i], achieved[i], t, why);
  });
}

double target_achieved(double current, double target, double direction_code) noexcept {
  if (std::isnan(current) || std::isnan(target) || std::isnan(direction_code) ||
      direction_code == 0.0) {
    return lanes::nan;
  }
  const bool reached = direction_code > 0.0 ? current >= target : current <= target;
  return reached ? 1.0 : 0.0;
}

void target_achieved(const_vector_view current, const_vector_view target,
                     const_vector_view direction_code, vector_view out) {
  apply_elementwise<3>(
      {current, target, direction_code}, {"current", "target", "direction"}, out,
      reason_view(nullptr, 0),
      [](double c, double t, double d) { return target_achieved(c, t, d); },
      [](double, double, double) { return undefined_reason::missing_input; });
}

}  // namespace plan6
