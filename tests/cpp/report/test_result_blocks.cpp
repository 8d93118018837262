#include <gtest/gtest.h>

#include "narrative_steps.hpp"

namespace {

using plan6::testing::narrative_steps;
using plan6::testing::two_plan_report;

TEST(ResultBlocks, OneBlockPerPlanAndYear) {
  const narrative_steps s(two_plan_report);
  ASSERT_EQ(s.blocks.size(), 4u);
  EXPECT_EQ(s.blocks[0].plan, 0);
  EXPECT_EQ(s.blocks[1].plan, 0);
  EXPECT_EQ(s.blocks[2].plan, 1);
  EXPECT_EQ(s.blocks[3].plan, 1);
  // The changed target goes with the block it follows.
  EXPECT_TRUE(s.blocks[2].changed_target);
  EXPECT_FALSE(s.blocks[3].changed_target);
  ASSERT_EQ(s.blocks[2].notes.size(), 1u);
  EXPECT_NE(s.utf8(s.blocks[3].text(s.lines, s.paragraphs)).find("11,900"), std::string::npos);
}

TEST(ResultBlocks, RunsSplitByABlankLineMergeToOnePerYear) {
  const char* text =
      " 事業内容・目標\n"
      "2019年度 2020年度\n"
      "駐輪場の整備\n"
      "\n"
      "・駐輪場を１か所整備しました。\n"
      "\n"
      "・利用者は800人でした。\n"
      "\n"
      "2019年度\n"
      "実施結果\n"
      "\n"
      "・駐輪場を２か所整備しました。\n"
      "2020年度\n"
      "実施結果\n";
  const narrative_steps s(text);
  ASSERT_EQ(s.layout.plans.size(), 1u);
  ASSERT_EQ(s.blocks.size(), 2u);  // three runs, two years: the first two merge
  EXPECT_EQ(s.blocks[0].runs.size(), 2u);
  EXPECT_EQ(s.blocks[1].runs.size(), 1u);
}

}  // namespace
