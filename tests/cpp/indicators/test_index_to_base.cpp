#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "plan6/indicators/index_to_base.hpp"
#include "plan6/indicators/undefined_reason.hpp"

namespace {

using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(IndexToBase, BaseYearIsOneHundred) {
  // By hand: 827 job-seeker registrations against 752 in the base year is 82700 / 752.
  EXPECT_NEAR(plan6::index_to_base(827, 752).value, 82700.0 / 752.0, 1e-12);
  EXPECT_EQ(plan6::index_to_base(752, 752).value, 100.0);
  EXPECT_EQ(plan6::index_to_base(0, 752).value, 0.0);
  EXPECT_EQ(plan6::index_to_base(-50, 100).value, -50.0);  // a value may fall below zero
  EXPECT_EQ(plan6::index_to_base(426, 320).reason, undefined_reason::none);
}

TEST(IndexToBase, UndefinedCasesFollowAttainment) {
  EXPECT_EQ(plan6::index_to_base(5, 0).reason, undefined_reason::zero_base);
  EXPECT_EQ(plan6::index_to_base(5, -3).reason, undefined_reason::negative_base);
  EXPECT_EQ(plan6::index_to_base(nan, 3).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::index_to_base(3, nan).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::index_to_base(inf, 3).reason, undefined_reason::infinite_input);
  EXPECT_EQ(plan6::index_to_base(3, -inf).reason, undefined_reason::infinite_input);
  EXPECT_EQ(plan6::index_to_base(1e307, 1e-3).reason, undefined_reason::overflow);
  for (double base : {0.0, -3.0, nan, inf}) {
    EXPECT_TRUE(std::isnan(plan6::index_to_base(5, base).value)) << base;
  }
}

TEST(IndexToBaseArray, AgreesWithTheScalarFormAndIsNaNExactlyWhereAReasonIs) {
  const std::vector<double> values = {827, 5, 5, nan, inf, 1e307, 0, -50};
  const std::vector<double> base = {752, 0, -3, 3, 3, 1e-3, 752, 100};
  const auto n = static_cast<Eigen::Index>(values.size());
  std::vector<double> out(values.size());
  std::vector<std::uint8_t> why(values.size());
  plan6::index_to_base(plan6::make_view(values.data(), n), plan6::make_view(base.data(), n),
                       plan6::vector_view(out.data(), n), plan6::reason_view(why.data(), n));
  for (std::size_t i = 0; i < values.size(); ++i) {
    const plan6::indicator_value one = plan6::index_to_base(values[i], base[i]);
    EXPECT_EQ(static_cast<undefined_reason>(why[i]), one.reason) << i;
    EXPECT_EQ(std::isnan(out[i]), one.reason != undefined_reason::none) << i;
    if (!std::isnan(out[i])) {
      EXPECT_EQ(out[i], one.value) << i;
    }
  }
}

TEST(IndexToBaseArray, BroadcastBaseAndLengthsNamed) {
  // One base year's value for every row: stride 0, as a broadcast scalar.
  const std::vector<double> values = {100, 110, 121};
  const double base = 100;
  std::vector<double> out(3);
  plan6::index_to_base(plan6::make_view(values.data(), 3), plan6::make_view(&base, 3, 0),
                       plan6::vector_view(out.data(), 3), plan6::reason_view(nullptr, 0));
  EXPECT_EQ(out, (std::vector<double>{100, 110, 121}));
  EXPECT_THROW(
      plan6::index_to_base(plan6::make_view(values.data(), 3), plan6::make_view(values.data(), 2),
                           plan6::vector_view(out.data(), 3), plan6::reason_view(nullptr, 0)),
      std::invalid_argument);
}

}  // namespace
