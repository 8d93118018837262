#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "plan6/indicators/progress_class.hpp"

namespace {

using plan6::progress_class_code;
using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

progress_class_code cls(double ratio, double achieved = nan) {
  undefined_reason why = undefined_reason::none;
  return static_cast<progress_class_code>(
      plan6::progress_class(ratio, achieved, plan6::progress_thresholds{}, why));
}

TEST(ProgressClass, ThresholdsOfEscap) {
  // 0.95 / 0.6 / 0, each threshold belonging to the better class.
  EXPECT_EQ(cls(1.78), progress_class_code::on_track);
  EXPECT_EQ(cls(0.95), progress_class_code::on_track);
  EXPECT_EQ(cls(0.9499), progress_class_code::acceleration_needed);
  EXPECT_EQ(cls(0.6), progress_class_code::acceleration_needed);
  EXPECT_EQ(cls(0.5999), progress_class_code::limited_progress);
  EXPECT_EQ(cls(0.0), progress_class_code::limited_progress);
  EXPECT_EQ(cls(-0.01), progress_class_code::deterioration);
}

TEST(ProgressClass, TargetAchievedTakesPrecedence) {
  EXPECT_EQ(cls(-0.5, 1.0), progress_class_code::target_achieved);
  EXPECT_EQ(cls(nan, 1.0), progress_class_code::target_achieved);
  EXPECT_EQ(cls(0.7, 0.0), progress_class_code::acceleration_needed);
}

TEST(ProgressClass, UndefinedRatioIsNotComparable) {
  undefined_reason why = undefined_reason::none;
  EXPECT_EQ(plan6::progress_class(nan, nan, plan6::progress_thresholds{}, why),
            plan6::not_comparable_code);
  EXPECT_EQ(why, undefined_reason::missing_input);
}

TEST(ProgressClass, CustomAndBadThresholds) {
  undefined_reason why = undefined_reason::none;
  const plan6::progress_thresholds strict{1.0, 0.8, 0.1};
  EXPECT_EQ(plan6::progress_class(0.95, nan, strict, why),
            static_cast<std::int32_t>(progress_class_code::acceleration_needed));
  EXPECT_EQ(plan6::progress_class(0.05, nan, strict, why),
            static_cast<std::int32_t>(progress_class_code::deterioration));
  EXPECT_THROW(plan6::check_progress_thresholds({0.6, 0.95, 0.0}), std::invalid_argument);
  EXPECT_THROW(plan6::check_progress_thresholds({nan, 0.6, 0.0}), std::invalid_argument);
}

TEST(TargetAchieved, ByDirection) {
  EXPECT_EQ(plan6::target_achieved(426, 320, 1), 1.0);
  EXPECT_EQ(plan6::target_achieved(300, 320, 1), 0.0);
  EXPECT_EQ(plan6::target_achieved(320, 320, 1), 1.0);
  EXPECT_EQ(plan6::target_achieved(8, 10, -1), 1.0);
  EXPECT_EQ(plan6::target_achieved(12, 10, -1), 0.0);
  EXPECT_TRUE(std::isnan(plan6::target_achieved(nan, 10, 1)));
  EXPECT_TRUE(std::isnan(plan6::target_achieved(1, 10, 0)));
}

}  // namespace
