#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "plan6/indicators/projection.hpp"

namespace {

using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

TEST(Projection, HandCalculations) {
  // 100 → 121 in 2 years is 10 % a year; 2 more years: 121 · 1.21 = 146.41.
  EXPECT_NEAR(plan6::projection(100, 121, 2, 2).value, 146.41, 1e-10);
  EXPECT_NEAR(plan6::projection(100, 121, 2, 1).value, 133.1, 1e-10);
  EXPECT_DOUBLE_EQ(plan6::projection(100, 121, 2, 0).value, 121.0);
  EXPECT_DOUBLE_EQ(plan6::projection(100, 0, 2, 3).value, 0.0);
}

TEST(Projection, UndefinedCases) {
  EXPECT_EQ(plan6::projection(100, 121, 2, -1).reason, undefined_reason::non_positive_span);
  EXPECT_EQ(plan6::projection(100, 121, 0, 1).reason, undefined_reason::non_positive_span);
  EXPECT_EQ(plan6::projection(0, 121, 2, 1).reason, undefined_reason::zero_base);
  EXPECT_EQ(plan6::projection(100, -1, 2, 1).reason, undefined_reason::sign_change);
  EXPECT_EQ(plan6::projection(100, 121, 2, nan).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::projection(1, 1e300, 1, 10).reason, undefined_reason::overflow);
}

}  // namespace
