#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "plan6/indicators/progress.hpp"

namespace {

using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(Progress, HandCalculations) {
  EXPECT_DOUBLE_EQ(plan6::progress(426, 200, 320, 0, false).value, 226.0 / 120.0);
  EXPECT_DOUBLE_EQ(plan6::progress(260, 200, 320, 0, false).value, 0.5);
  EXPECT_DOUBLE_EQ(plan6::progress(8, 10, 6, 0, false).value, 0.5);    // lower is better
  EXPECT_DOUBLE_EQ(plan6::progress(12, 10, 6, 0, false).value, -0.5);  // regress
}

TEST(Progress, CappingLimitsOnlyTheTop) {
  EXPECT_DOUBLE_EQ(plan6::progress(426, 200, 320, 0, true).value, 1.0);
  EXPECT_DOUBLE_EQ(plan6::progress(12, 10, 6, 0, true).value, -0.5);  // regress stays visible
}

TEST(Progress, DirectionGivesTheSign) {
  // With the direction of the target itself, the same as the formula.
  EXPECT_DOUBLE_EQ(plan6::progress(8, 10, 6, -1, false).value, 0.5);
  EXPECT_DOUBLE_EQ(plan6::progress(260, 200, 320, 1, false).value, 0.5);
  // Higher is better, target 90 below the baseline 100: rising to 110 is +1, not −1.
  EXPECT_DOUBLE_EQ(plan6::progress(110, 100, 90, 0, false).value, -1.0);
  EXPECT_DOUBLE_EQ(plan6::progress(110, 100, 90, 1, false).value, 1.0);
}

TEST(Progress, UndefinedCases) {
  EXPECT_EQ(plan6::progress(5, 5, 5, 0, false).reason, undefined_reason::zero_range);
  EXPECT_EQ(plan6::progress(nan, 5, 6, 0, false).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::progress(1, 5, 6, nan, false).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::progress(inf, 5, 6, 0, false).reason, undefined_reason::infinite_input);
  EXPECT_EQ(plan6::progress(1e308, -1e308, 0, 0, false).reason, undefined_reason::overflow);
  EXPECT_EQ(plan6::progress(1e308, -1e308, 1e308, 0, false).reason, undefined_reason::overflow);
}

}  // namespace
