#include <gtest/gtest.h>

#include "narrative_steps.hpp"

namespace {

using plan6::testing::narrative_steps;
using plan6::testing::two_plan_report;

TEST(SummaryPages, ProgrammesHeadingsAndBullets) {
  const narrative_steps s(two_plan_report);
  ASSERT_EQ(s.summary.programmes.size(), 1u);
  EXPECT_EQ(s.summary.programmes[0].first, 1);
  EXPECT_EQ(s.utf8(s.summary.programmes[0].second), "港のにぎわいづくり");
  ASSERT_EQ(s.summary.headings.size(), 2u);
  EXPECT_EQ(s.utf8(s.summary.headings[0]), "朝市の振興");
  EXPECT_EQ(s.utf8(s.summary.headings[1]), "渡し船の運航");
  ASSERT_EQ(s.summary.items.size(), 2u);
  const plan6::summary_item& item = s.summary.items[1];
  EXPECT_EQ(s.utf8(item.heading), "渡し船の運航");
  EXPECT_EQ(s.utf8(std::u32string_view(s.text).substr(item.start, item.end - item.start)),
            "・ 渡し船の利用者は 12,300 人となりました。");
  EXPECT_EQ(s.utf8(s.summary.text_under(s.text, s.summary.headings[0])),
            "・ 朝市を６回開き、来場者 5,400 人（前年度 4,800 人）となりました。\n");
}

TEST(SummaryPages, ABulletContinuedOnTheNextLineIsOneItem) {
  const char* text =
      "【主な実施結果】\n"
      "図書館の整備\n"
      "・ 分館を２館開設し、蔵書は\n"
      "12万冊となりました。\n"
      "・ 移動図書館を運行しました。\n";
  const narrative_steps s(text);
  ASSERT_EQ(s.summary.items.size(), 2u);
  EXPECT_EQ(s.summary.headings.size(), 1u);
  EXPECT_EQ(s.lines.role(2), plan6::line_role::summary);
  EXPECT_EQ(s.lines.role(3), plan6::line_role::summary);  // the bullet goes on
}

}  // namespace
