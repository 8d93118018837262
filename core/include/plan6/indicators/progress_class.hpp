#pragma once

#include <array>
#include <cstdint>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/classify.hpp"
#include "plan6/indicators/undefined_reason.hpp"

namespace plan6 {

/**
 * The progress classes of UN ESCAP's anticipated progress and of the national SDG platforms
 * that implement it, best first. The numeric values are stable (they cross to Python).
 */
enum class progress_class_code : std::int32_t {
  target_achieved = 0,      ///< the target is already reached: takes precedence
  on_track = 1,             ///< ratio ≥ 0.95
  acceleration_needed = 2,  ///< 0.6 ≤ ratio < 0.95: progress made but acceleration needed
  limited_progress = 3,     ///< 0 ≤ ratio < 0.6
  deterioration = 4,        ///< ratio < 0: moving away from the target
};

/** The thresholds of the classes: on track, acceleration needed, limited progress. */
struct progress_thresholds {
  double on_track = 0.95;
  double acceleration_needed = 0.6;
  double limited_progress = 0.0;
};

/**
 * Checks that the thresholds are finite and strictly decreasing (on track above acceleration
 * needed above limited progress); throws std::invalid_argument otherwise.
 */
void check_progress_thresholds(const progress_thresholds& t);

/**
 * The class of one growth ratio (see growth_ratio()). `achieved` > 0 means the target is
 * already reached and takes precedence over the ratio, 0 means it is not, NaN unknown.
 * A ratio that is NaN or infinite, when the target is not known to be achieved, is not
 * comparable: not_comparable_code with `why` set.
 */
std::int32_t progress_class(double ratio, double achieved, const progress_thresholds& t,
                            undefined_reason& why) noexcept;

/** progress_class() over arrays (`achieved` may be broadcast with stride 0). */
void progress_class(const_vector_view ratio, const_vector_view achieved,
                    const progress_thresholds& t, code_view out, reason_view reasons);

/**
 * Whether `current` has reached `target`: ≥ when higher is better (`direction_code` > 0),
 * ≤ when lower is better; 1 or 0, or NaN when an input is missing.
 */
double target_achieved(double current, double target, double direction_code) noexcept;

/** target_achieved() over arrays; see apply_elementwise() for sizes and strides. */
void target_achieved(const_vector_view current, const_vector_view target,
                     const_vector_view direction_code, vector_view out);

}  // namespace plan6
