#include <gtest/gtest.h>

#include "narrative_steps.hpp"
#include "plan6/report/grade_cells.hpp"

namespace {

using plan6::testing::narrative_steps;
using plan6::testing::two_plan_report;

std::vector<plan6::plan_year_info> graded(narrative_steps& s) {
  std::vector<plan6::plan_year_info> years;
  plan6::decide_years(s.years(), s.blocks, years);
  plan6::assign_grades(s.lines, s.pages, s.paragraphs, s.blocks, years);
  return years;
}

TEST(GradeCells, ACellAfterAYearLabelIsThatYears) {
  narrative_steps s(two_plan_report);
  const auto years = graded(s);
  ASSERT_EQ(years.size(), 4u);
  EXPECT_EQ(years[1].fiscal_year, 2021);
  EXPECT_EQ(years[1].status, 4);  // "4" right after the 2021年度 / 実施結果 label
  EXPECT_EQ(years[0].status, 3);
}

TEST(GradeCells, AStarredCellGoesToTheChangedTargetWithItsReference) {
  narrative_steps s(two_plan_report);
  const auto years = graded(s);
  const plan6::plan_year_info& changed = years[3];
  EXPECT_EQ(changed.fiscal_year, 2021);
  EXPECT_EQ(changed.status, 3);
  EXPECT_TRUE(changed.target_changed);
  EXPECT_EQ(changed.reference_status, 2);
  EXPECT_EQ(years[2].status, 3);
  EXPECT_FALSE(years[2].target_changed);
  EXPECT_EQ(years[2].reference_status, 0);
}

TEST(GradeCells, NoCellsNoGrades) {
  narrative_steps s(
      " 事業内容・目標\n2020年度 2021年度\n看板の設置\n\n・看板を3基設置しました。\n"
      "2020年度\n実施結果\n");
  const auto years = graded(s);
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].status, 0);
}

}  // namespace
