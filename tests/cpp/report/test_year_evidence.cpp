#include <gtest/gtest.h>

#include "narrative_steps.hpp"
#include "plan6/report/year_evidence.hpp"

namespace {

using plan6::testing::narrative_steps;
using plan6::testing::two_plan_report;

TEST(YearEvidence, PriorYearValuesChainTheLaterBlockToTheEarlier) {
  const narrative_steps s(two_plan_report);
  const plan6::year_context c = s.years();
  // 5,400人（前年度4,800人） in block 0 and 4,800人 in block 1.
  EXPECT_EQ(plan6::prior_chain(c, s.blocks[0], s.blocks[1]), 1);
  EXPECT_EQ(plan6::prior_chain(c, s.blocks[1], s.blocks[0]), 0);
}

TEST(YearEvidence, TheSummaryDescribesTheLatestYear) {
  const narrative_steps s(two_plan_report);
  const plan6::year_context c = s.years();
  const plan6::ngram_profile summary(s.summary.text_under(s.text, s.plans.keys[1]), 4);
  const std::vector<std::pair<double, std::string_view>> quantities = {{12300, "persons"}};
  const plan6::year_evidence later = plan6::evidence_of(c, s.blocks[2], summary, quantities);
  const plan6::year_evidence earlier = plan6::evidence_of(c, s.blocks[3], summary, quantities);
  EXPECT_DOUBLE_EQ(later.summary_numbers, 1.0);
  EXPECT_DOUBLE_EQ(earlier.summary_numbers, 0.0);
  EXPECT_GT(later.summary_text, earlier.summary_text);
  EXPECT_TRUE(later.changed_target);
}

TEST(YearEvidence, YearsDecidedWithTheirEvidence) {
  narrative_steps s(two_plan_report);
  std::vector<plan6::plan_year_info> years;
  plan6::decide_years(s.years(), s.blocks, years);
  ASSERT_EQ(years.size(), 4u);
  EXPECT_EQ(s.blocks[0].year, 2021);  // the later year's blocks stand first on each page
  EXPECT_EQ(s.blocks[1].year, 2020);
  EXPECT_EQ(s.blocks[2].year, 2021);
  EXPECT_EQ(s.blocks[3].year, 2020);
  EXPECT_EQ(years[0].plan, 0);
  EXPECT_EQ(years[0].fiscal_year, 2020);
  EXPECT_NE(years[1].evidence.find("prior-year chain"), std::string::npos);
  EXPECT_NE(years[3].evidence.find("changed target"), std::string::npos);
  EXPECT_GT(years[3].confidence, 0);
}

TEST(YearEvidence, AYearInAnEventsNameDatesTheBlock) {
  const char* text =
      " 事業内容・目標\n"
      "2020年度 2021年度\n"
      "音楽祭の開催\n"
      "\n"
      "・音楽祭2021を開催しました。\n"
      "\n"
      "2020年度\n"
      "実施結果\n"
      "\n"
      "・音楽祭2020を開催しました。\n"
      "2021年度\n"
      "実施結果\n";
  narrative_steps s(text);
  std::vector<plan6::plan_year_info> years;
  plan6::decide_years(s.years(), s.blocks, years);
  ASSERT_EQ(s.blocks.size(), 2u);
  EXPECT_EQ(s.blocks[0].year, 2021);
  EXPECT_EQ(s.blocks[1].year, 2020);
}

}  // namespace
