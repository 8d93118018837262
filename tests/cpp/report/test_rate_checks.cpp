// Printed attainment rates checked against their actual and target; values by hand.
#include <gtest/gtest.h>

#include <string>

#include "plan6/report/rate_checks.hpp"

namespace {

using plan6::table_fact;
using plan6::value_role;

table_fact fact(value_role role, int year, double value, std::size_t start = 0,
                std::size_t end = 0) {
  table_fact f;
  f.role = role;
  f.fiscal_year = year;
  f.value = value;
  f.metric = U"受診率";
  f.start = start;
  f.end = end;
  return f;
}

TEST(RateChecks, AYearGridRateRowAgainstItsTargetAndActual) {
  // "92.5 90.5": the first is printed for FY2021, 39.8 / 44.0 = 90.45 → 90.5 %.
  const std::u32string document = U"92.5 90.5";
  std::vector<plan6::table_check> checks;
  const std::vector<table_fact> facts = {
      fact(value_role::target, 2021, 44.0),     fact(value_role::actual, 2021, 39.8),
      fact(value_role::rate, 2021, 92.5, 0, 4), fact(value_role::target, 2022, 46.0),
      fact(value_role::actual, 2022, 41.6),     fact(value_role::rate, 2022, 90.4, 5, 9)};
  plan6::check_year_rates(document, facts, checks);
  ASSERT_EQ(checks.size(), 1u);  // FY2022: 41.6 / 46.0 = 90.43 → 90.4 agrees
  EXPECT_EQ(checks[0].kind, "attainment_rate");
  EXPECT_DOUBLE_EQ(checks[0].printed, 92.5);
  EXPECT_NEAR(checks[0].computed, 90.45, 0.01);
}

TEST(RateChecks, AChangedTargetIsTheOneMeasuredAgainst) {
  const std::u32string document = U"100.0";
  std::vector<plan6::table_check> checks;
  const std::vector<table_fact> facts = {
      fact(value_role::target, 2020, 60.0), fact(value_role::changed_target, 2020, 50.0),
      fact(value_role::actual, 2020, 50.0), fact(value_role::rate, 2020, 100.0, 0, 5)};
  plan6::check_year_rates(document, facts, checks);
  EXPECT_TRUE(checks.empty());  // 50 / 50, not 50 / 60
}

}  // namespace
