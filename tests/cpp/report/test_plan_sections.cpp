#include <gtest/gtest.h>

#include "narrative_steps.hpp"

namespace {

using plan6::testing::narrative_steps;
using plan6::testing::two_plan_report;

TEST(PlanSections, PlansFromTheSummaryHeadingsNamedOnThePages) {
  const narrative_steps s(two_plan_report);
  ASSERT_EQ(s.layout.plans.size(), 2u);
  EXPECT_EQ(s.utf8(s.layout.plans[0].name), "朝市の振興");
  EXPECT_EQ(s.utf8(s.layout.plans[1].name), "渡し船の運航");
  EXPECT_EQ(s.plans.page[0], 0u);
  EXPECT_EQ(s.plans.page[1], 1u);
  // Each name is found on its plan page, not on the summary page.
  EXPECT_GT(s.layout.plans[0].name_start, s.lines.start(s.pages.first_line[0]));
  EXPECT_EQ(s.lines.role_at(s.layout.plans[1].name_start), plan6::line_role::plan_name);
}

TEST(PlanSections, ProgrammesNumberedFromTheSummary) {
  const narrative_steps s(two_plan_report);
  ASSERT_EQ(s.layout.programmes.size(), 1u);
  EXPECT_EQ(s.layout.programmes[0].number, 1);
  EXPECT_EQ(s.utf8(s.layout.programmes[0].name), "港のにぎわいづくり");
  EXPECT_EQ(s.layout.plans[0].programme, 0);
  EXPECT_EQ(s.layout.plans[1].programme, 0);
}

TEST(PlanSections, WithoutASummaryNamesAreShortProseCells) {
  const char* text =
      " 事業内容・目標\n"
      "事業推進\n"
      " 事業内容・目標\n"
      "事業推進\n"
      " 事業内容・目標\n"
      "事業推進\n"
      " 事業内容・目標\n"
      "事業推進河川敷の緑化\n"
      "\n"
      "・植樹を120本行いました。\n"
      "\n"
      "市民とともに緑を増やします。計画的に進めます。\n";
  const narrative_steps s(text);
  ASSERT_EQ(s.layout.plans.size(), 1u);
  // The column label repeated on every page (事業推進) is stripped from the glued name.
  EXPECT_EQ(s.utf8(s.layout.plans[0].name), "河川敷の緑化");
  EXPECT_EQ(s.plans.page[0], 3u);
}

}  // namespace
