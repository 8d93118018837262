#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "plan6/indicators/growth.hpp"
#include "plan6/indicators/undefined_reason.hpp"

namespace {

using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(Growth, ReportExample) {
  // 求職登録者 827 (FY2012) after 752 (FY2011): 827 / 752 - 1 = 75 / 752 by hand.
  EXPECT_NEAR(plan6::growth(827, 752).value, 75.0 / 752.0, 1e-15);
}

TEST(Growth, ConstantSeriesHasZeroGrowth) {
  EXPECT_EQ(plan6::growth(7, 7).value, 0.0);
}

TEST(Growth, FallToZeroIsMinusOne) {
  EXPECT_DOUBLE_EQ(plan6::growth(0, 4).value, -1.0);
}

TEST(Growth, UndefinedCases) {
  EXPECT_EQ(plan6::growth(5, 0).reason, undefined_reason::zero_base);
  EXPECT_EQ(plan6::growth(5, -3).reason, undefined_reason::negative_base);
  EXPECT_EQ(plan6::growth(nan, 3).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::growth(inf, 3).reason, undefined_reason::infinite_input);
  for (double prior : {0.0, -3.0, nan}) {
    EXPECT_TRUE(std::isnan(plan6::growth(5, prior).value)) << prior;
  }
}

TEST(GrowthArray, ReversedViewReadsRight) {
  // A negative stride, as numpy's a[::-1] gives.
  const std::vector<double> values = {100, 110, 121};
  std::vector<double> out(2);
  plan6::growth(plan6::make_view(values.data() + 2, 2, -1),  // 121, 110
                plan6::make_view(values.data() + 1, 2, -1),  // 110, 100
                plan6::vector_view(out.data(), 2), plan6::reason_view(nullptr, 0));
  EXPECT_NEAR(out[0], 0.1, 1e-15);
  EXPECT_NEAR(out[1], 0.1, 1e-15);
}

TEST(UndefinedReason, EveryCodeHasANameAndDescription) {
  for (std::uint8_t code = 0; code < plan6::undefined_reason_count; ++code) {
    const auto reason = static_cast<undefined_reason>(code);
    EXPECT_NE(plan6::reason_name(reason), "unknown");
    EXPECT_NE(plan6::reason_description(reason), "unknown reason");
  }
  EXPECT_EQ(plan6::reason_name(undefined_reason::zero_base), "zero_base");
}

}  // namespace

namespace {

TEST(Growth, OverflowIsNaNNotInfinity) {
  const auto v = plan6::growth(1.0, 5e-324);  // 1 / denormal overflows a double
  EXPECT_TRUE(std::isnan(v.value));
  EXPECT_EQ(v.reason, plan6::undefined_reason::overflow);
  EXPECT_EQ(plan6::attainment(1e308, 1e-10, plan6::direction::higher_is_better).reason,
            plan6::undefined_reason::overflow);
  EXPECT_EQ(plan6::gap(1e308, -1e308, plan6::direction::higher_is_better).reason,
            plan6::undefined_reason::overflow);
}

}  // namespace
