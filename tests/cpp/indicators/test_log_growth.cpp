#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "plan6/indicators/log_growth.hpp"

namespace {

using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(LogGrowth, ReportExample) {
  // 求職登録者 827 after 752: ln(827 / 752) = 0.0950683710… (Python: math.log(827 / 752)).
  EXPECT_NEAR(plan6::log_growth(827, 752).value, 0.0950683710, 1e-10);
}

TEST(LogGrowth, IsAdditiveOverYears) {
  // ln(c/a) = ln(c/b) + ln(b/a): 273 → 324 → 351 (就職決定者 FY2010–FY2012).
  const double two_years = plan6::log_growth(351, 273).value;
  const double sum = plan6::log_growth(351, 324).value + plan6::log_growth(324, 273).value;
  EXPECT_NEAR(two_years, sum, 1e-15);
}

TEST(LogGrowth, HugeRatiosHaveALogarithm) {
  // 1e300 / 1e-300 overflows a double, its logarithm (600 ln 10 = 1381.55…) does not.
  EXPECT_NEAR(plan6::log_growth(1e300, 1e-300).value, 600 * std::log(10.0), 1e-9);
}

TEST(LogGrowth, UndefinedCases) {
  EXPECT_EQ(plan6::log_growth(0, 5).reason, undefined_reason::sign_change);
  EXPECT_EQ(plan6::log_growth(-1, 5).reason, undefined_reason::sign_change);
  EXPECT_EQ(plan6::log_growth(5, 0).reason, undefined_reason::zero_base);
  EXPECT_EQ(plan6::log_growth(5, -1).reason, undefined_reason::negative_base);
  EXPECT_EQ(plan6::log_growth(nan, 1).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::log_growth(inf, 1).reason, undefined_reason::infinite_input);
  EXPECT_TRUE(std::isnan(plan6::log_growth(0, 5).value));
}

}  // namespace
