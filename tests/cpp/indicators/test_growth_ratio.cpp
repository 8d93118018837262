#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "plan6/indicators/growth_ratio.hpp"

namespace {

using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

TEST(GrowthRatio, HandCalculations) {
  // 100 → 150 in 5 years (8.447 % a year), target 200 in 15 years (4.729 % a year needed):
  // ratio 1.7861 (Python: (1.5 ** 0.2 - 1) / (2 ** (1 / 15) - 1)).
  EXPECT_NEAR(plan6::growth_ratio(100, 150, 200, 5, 15, 1).value, 1.7861, 1e-4);
  // Lower is better: 100 → 90 (−2.085 %), target 50 (−4.516 % needed): 0.4617.
  EXPECT_NEAR(plan6::growth_ratio(100, 90, 50, 5, 15, -1).value, 0.4617, 1e-4);
  // Growing away from the target: negative (deterioration).
  EXPECT_LT(plan6::growth_ratio(100, 90, 200, 5, 15, 1).value, 0.0);
  // On schedule exactly: the same rate as required.
  EXPECT_NEAR(plan6::growth_ratio(100, 121, 121, 2, 2, 1).value, 1.0, 1e-12);
}

TEST(GrowthRatio, TargetBehindTheBaselineKeepsTheDesiredSign) {
  // Higher is better but the target allows a fall to 90: rising is still positive progress.
  EXPECT_GT(plan6::growth_ratio(100, 110, 90, 5, 15, 1).value, 0.0);
}

TEST(GrowthRatio, UndefinedCases) {
  EXPECT_EQ(plan6::growth_ratio(100, 110, 100, 5, 15, 1).reason, undefined_reason::zero_range);
  EXPECT_EQ(plan6::growth_ratio(0, 110, 200, 5, 15, 1).reason, undefined_reason::zero_base);
  EXPECT_EQ(plan6::growth_ratio(100, 110, 200, 0, 15, 1).reason,
            undefined_reason::non_positive_span);
  EXPECT_EQ(plan6::growth_ratio(100, 110, 200, 5, 15, nan).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::growth_ratio(100, 110, 200, 5, 15, 0).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::growth_ratio(100, -1, 200, 5, 15, 1).reason, undefined_reason::sign_change);
}

}  // namespace
