#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "plan6/indicators/attainment.hpp"

namespace {

using plan6::direction;
using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(Attainment, ReportExample) {
  // 緊急雇用創出事業, FY2012: 426 jobs against a plan of 320 (the report says 計画を上回る).
  const auto v = plan6::attainment(426, 320, direction::higher_is_better);
  EXPECT_DOUBLE_EQ(v.value, 1.33125);
  EXPECT_EQ(v.reason, undefined_reason::none);
}

TEST(Attainment, LowerIsBetterInvertsTheRatio) {
  // 8 complaints against a ceiling of 10: 10 / 8 = 1.25 by hand.
  EXPECT_DOUBLE_EQ(plan6::attainment(8, 10, direction::lower_is_better).value, 1.25);
}

TEST(Attainment, UndefinedCasesAreNaNWithAReason) {
  struct Case {
    double actual, target;
    direction dir;
    undefined_reason why;
  };
  const std::vector<Case> cases = {
      {5, 0, direction::higher_is_better, undefined_reason::zero_base},
      {5, -2, direction::higher_is_better, undefined_reason::negative_base},
      {nan, 3, direction::higher_is_better, undefined_reason::missing_input},
      {3, nan, direction::higher_is_better, undefined_reason::missing_input},
      {inf, 3, direction::higher_is_better, undefined_reason::infinite_input},
      {3, -inf, direction::higher_is_better, undefined_reason::infinite_input},
      {0, 5, direction::lower_is_better, undefined_reason::zero_base},
      {-1, 5, direction::lower_is_better, undefined_reason::negative_base},
  };
  for (const Case& c : cases) {
    const auto v = plan6::attainment(c.actual, c.target, c.dir);
    EXPECT_TRUE(std::isnan(v.value)) << c.actual << " / " << c.target;
    EXPECT_EQ(v.reason, c.why) << c.actual << " / " << c.target;
  }
}

TEST(Attainment, NegativeActualAgainstPositiveTargetIsDefined) {
  EXPECT_DOUBLE_EQ(plan6::attainment(-10, 100, direction::higher_is_better).value, -0.1);
}

TEST(Gap, SignFollowsTheDirection) {
  EXPECT_DOUBLE_EQ(plan6::gap(426, 320, direction::higher_is_better).value, 106);
  EXPECT_DOUBLE_EQ(plan6::gap(12, 15, direction::lower_is_better).value, 3);
  EXPECT_DOUBLE_EQ(plan6::gap(5, 0, direction::higher_is_better).value, 5);  // no base needed
  EXPECT_EQ(plan6::gap(nan, 1, direction::higher_is_better).reason,
            undefined_reason::missing_input);
}

TEST(AttainmentArray, MatchesScalarsOnContiguousStridedAndBroadcastInputs) {
  const std::vector<double> actual = {426, 5, 7, nan, 9, 10};
  const std::vector<double> target = {320, 0, -1, 2, 3, 4};
  std::vector<double> out(actual.size());
  plan6::reason_array reasons(actual.size());
  plan6::attainment(plan6::make_view(actual.data(), 6), plan6::make_view(target.data(), 6),
                    direction::higher_is_better, plan6::vector_view(out.data(), 6),
                    plan6::reason_view(reasons.data(), 6));
  for (std::size_t i = 0; i < actual.size(); ++i) {
    const auto expected = plan6::attainment(actual[i], target[i], direction::higher_is_better);
    if (std::isnan(expected.value)) {
      EXPECT_TRUE(std::isnan(out[i]));
    } else {
      EXPECT_DOUBLE_EQ(out[i], expected.value);
    }
    EXPECT_EQ(reasons[static_cast<Eigen::Index>(i)], static_cast<std::uint8_t>(expected.reason));
  }

  // Every other element (stride 2) against one broadcast target (stride 0).
  const double plan = 4;
  std::vector<double> strided(3);
  plan6::attainment(plan6::make_view(actual.data(), 3, 2), plan6::make_view(&plan, 3, 0),
                    direction::higher_is_better, plan6::vector_view(strided.data(), 3),
                    plan6::reason_view(nullptr, 0));
  EXPECT_DOUBLE_EQ(strided[0], 426.0 / 4);
  EXPECT_DOUBLE_EQ(strided[1], 7.0 / 4);
  EXPECT_DOUBLE_EQ(strided[2], 9.0 / 4);
}

TEST(AttainmentArray, MismatchedLengthsThrowNamingTheArguments) {
  const std::vector<double> a = {1, 2, 3};
  const std::vector<double> t = {1, 2};
  std::vector<double> out(3);
  try {
    plan6::attainment(plan6::make_view(a.data(), 3), plan6::make_view(t.data(), 2),
                      direction::higher_is_better, plan6::vector_view(out.data(), 3),
                      plan6::reason_view(nullptr, 0));
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("target has 2"), std::string::npos) << e.what();
  }
}

TEST(AttainmentArray, EmptyInputGivesEmptyOutput) {
  plan6::attainment(plan6::make_view(nullptr, 0), plan6::make_view(nullptr, 0),
                    direction::higher_is_better, plan6::vector_view(nullptr, 0),
                    plan6::reason_view(nullptr, 0));
  SUCCEED();
}

}  // namespace

namespace {

TEST(Attainment, DirectionPerRow) {
  // A positive code is higher-is-better, a negative one lower-is-better; 0 or NaN missing.
  EXPECT_DOUBLE_EQ(plan6::attainment_by_code(426, 320, 1).value, 1.33125);
  EXPECT_DOUBLE_EQ(plan6::attainment_by_code(8, 10, -1).value, 1.25);  // 10 / 8
  EXPECT_EQ(plan6::attainment_by_code(8, 10, 0).reason, undefined_reason::missing_input);
  EXPECT_EQ(plan6::attainment_by_code(8, 10, nan).reason, undefined_reason::missing_input);
  EXPECT_DOUBLE_EQ(plan6::gap_by_code(12, 15, -1).value, 3.0);
}

}  // namespace
