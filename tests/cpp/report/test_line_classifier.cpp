#include <gtest/gtest.h>

#include "narrative_steps.hpp"
#include "plan6/report/line_classifier.hpp"

namespace {

using plan6::line_role;
using plan6::testing::narrative_steps;
using plan6::testing::two_plan_report;

TEST(LineClassifier, RepeatedShortLinesAreFurnitureUnlessTheyStartACell) {
  const std::u32string text = plan6::decode_utf8(
      "市の広報\n本文です。\n市の広報\n・成果\n市の広報\n・成果\n・成果\n2\n2\n2\n");
  plan6::report_lines lines(text);
  const auto furniture = plan6::mark_furniture(lines);
  EXPECT_EQ(lines.role(0), line_role::furniture);
  EXPECT_EQ(lines.role(1), line_role::current_state);
  EXPECT_EQ(lines.role(3), line_role::current_state);  // ・ starts a cell: never furniture
  EXPECT_EQ(lines.role(7), line_role::current_state);  // digits are category cells
  ASSERT_FALSE(furniture.empty());
  EXPECT_EQ(plan6::encode_utf8(furniture[0]), "市の広報");
}

TEST(LineClassifier, RolesOfThePlanPages) {
  const narrative_steps s(two_plan_report);
  EXPECT_EQ(s.layout.fiscal_years, (std::vector<int>{2020, 2021}));
  EXPECT_EQ(s.lines.role(s.line_with("2020年度")), line_role::year_label);
  EXPECT_EQ(s.lines.year(s.line_with("2021年度")), 2021);
  EXPECT_EQ(s.lines.role(s.line_with("2020(令和2)年度2021(令和3)年度")), line_role::header);
  EXPECT_EQ(s.lines.role(s.line_with("事業内容・目標")), line_role::header);
  EXPECT_EQ(s.lines.role(s.line_with("アクションプログラム:港のにぎわいづくり")),
            line_role::programme_heading);
  EXPECT_EQ(s.lines.role(s.line_with("3*")), line_role::status);
  EXPECT_EQ(s.lines.role(s.line_with("(参考)当初目標")), line_role::furniture);
}

TEST(LineClassifier, EraOffsetFromAYearWrittenBothWays) {
  const narrative_steps s(two_plan_report);
  EXPECT_EQ(plan6::document_era_offset(s.text, s.mentions), 2018);  // 2020 = 令和2
  const std::u32string plain = plan6::decode_utf8("2020年度の実績\n");
  EXPECT_EQ(plan6::document_era_offset(plain, plan6::scan_numbers(plain)), 0);
}

}  // namespace
