#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "plan6/indicators/normalize.hpp"

namespace {

using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(Normalize, HandCalculations) {
  EXPECT_DOUBLE_EQ(plan6::normalize(50, 0, 100, 1, true).value, 50.0);
  EXPECT_DOUBLE_EQ(plan6::normalize(30, 20, 60, 1, true).value, 25.0);
  EXPECT_DOUBLE_EQ(plan6::normalize(2.5, 0, 10, -1, true).value, 75.0);  // lower is better
}

TEST(Normalize, CensoringAtTheBounds) {
  EXPECT_DOUBLE_EQ(plan6::normalize(120, 0, 100, 1, true).value, 100.0);
  EXPECT_DOUBLE_EQ(plan6::normalize(-5, 0, 100, 1, true).value, 0.0);
  EXPECT_DOUBLE_EQ(plan6::normalize(120, 0, 100, 1, false).value, 120.0);
  EXPECT_DOUBLE_EQ(plan6::normalize(-5, 0, 100, 1, false).value, -5.0);
  EXPECT_DOUBLE_EQ(plan6::normalize(12, 0, 10, -1, true).value, 0.0);
}

TEST(Normalize, UndefinedCases) {
  EXPECT_EQ(plan6::normalize(1, 3, 3, 1, true).reason, undefined_reason::zero_range);
  EXPECT_EQ(plan6::normalize(1, 5, 3, 1, true).reason, undefined_reason::inverted_range);
  EXPECT_EQ(plan6::normalize(1, 0, 3, 0, true).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::normalize(nan, 0, 3, 1, true).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::normalize(inf, 0, 3, 1, true).reason, undefined_reason::infinite_input);
  EXPECT_EQ(plan6::normalize(1, -inf, 3, 1, true).reason, undefined_reason::infinite_input);
}

}  // namespace
