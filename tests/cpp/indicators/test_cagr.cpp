#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "plan6/indicators/cagr.hpp"
#include "plan6/indicators/growth.hpp"
#include "plan6/indicators/required_growth.hpp"

namespace {

using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(Cagr, HandCalculations) {
  EXPECT_NEAR(plan6::cagr(100, 121, 2).value, 0.1, 1e-15);  // 1.1² = 1.21
  // 就職決定者 273 (FY2010) → 351 (FY2012): sqrt(351 / 273) − 1 = 0.133893 (Python).
  EXPECT_NEAR(plan6::cagr(273, 351, 2).value, 0.133893, 1e-6);
  EXPECT_NEAR(plan6::cagr(100, 121, 0.5).value, 0.4641, 1e-12);  // 1.21² − 1
  EXPECT_DOUBLE_EQ(plan6::cagr(100, 0, 5).value, -1.0);          // falls to zero
}

TEST(Cagr, KeepsItsDigitsAtBothEnds) {
  // A small rate: (1 + 1e-6)^(1/10) − 1 = 1e-7 − 4.5e-14 + 2.85e-20 … (binomial series, by
  // hand), where pow(ratio, 0.1) − 1 would keep only about nine digits.
  EXPECT_NEAR(plan6::cagr(1e6, 1e6 + 1, 10).value, 9.99999550000285e-8, 1e-21);
  // A fall to almost nothing: sqrt(1.6e-17) − 1, where log1p of the change would round to −1.
  EXPECT_NEAR(plan6::cagr(1, 1.6e-17, 2).value, std::sqrt(1.6e-17) - 1.0, 1e-16);
  EXPECT_NE(plan6::cagr(1, 1.6e-17, 2).value, -1.0);
  // A ratio beyond a double whose annual rate is not: e^((ln 1e300 − ln 5e-324) / 10) − 1.
  const auto huge = plan6::cagr(5e-324, 1e300, 10);
  EXPECT_EQ(huge.reason, undefined_reason::none);
  EXPECT_NEAR(huge.value / std::exp((std::log(1e300) - std::log(5e-324)) / 10), 1.0, 1e-12);
}

TEST(Cagr, OneYearIsTheYearOnYearGrowth) {
  EXPECT_EQ(plan6::cagr(752, 827, 1).value, plan6::growth(827, 752).value);
}

TEST(Cagr, UndefinedCases) {
  EXPECT_EQ(plan6::cagr(0, 5, 2).reason, undefined_reason::zero_base);
  EXPECT_EQ(plan6::cagr(-5, 5, 2).reason, undefined_reason::negative_base);
  EXPECT_EQ(plan6::cagr(100, -5, 2).reason, undefined_reason::sign_change);
  EXPECT_EQ(plan6::cagr(100, 121, 0).reason, undefined_reason::non_positive_span);
  EXPECT_EQ(plan6::cagr(100, 121, -1).reason, undefined_reason::non_positive_span);
  EXPECT_EQ(plan6::cagr(100, 121, nan).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::cagr(nan, 121, 2).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::cagr(100, inf, 2).reason, undefined_reason::infinite_input);
  EXPECT_EQ(plan6::cagr(100, 121, inf).reason, undefined_reason::infinite_input);
  EXPECT_EQ(plan6::cagr(5e-324, 1e300, 2).reason, undefined_reason::overflow);
}

TEST(RequiredGrowth, HandCalculations) {
  EXPECT_NEAR(plan6::required_growth(100, 121, 2).value, 0.1, 1e-15);
  EXPECT_DOUBLE_EQ(plan6::required_growth(100, 50, 1).value, -0.5);
  // A target of zero needs −100 % a year; it is not replaced by a small number.
  EXPECT_DOUBLE_EQ(plan6::required_growth(100, 0, 5).value, -1.0);
  EXPECT_EQ(plan6::required_growth(0, 10, 5).reason, undefined_reason::zero_base);
}

}  // namespace
