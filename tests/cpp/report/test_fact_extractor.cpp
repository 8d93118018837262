#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "plan6/common/utf8.hpp"
#include "plan6/report/fact_extractor.hpp"

namespace {

// A miniature report in the reference report's layout: a summary page, then one plan page
// whose two result blocks come out of order (FY2012 first), tied by a prior-year value.
const char* const mini_report =
    "【主な実施結果】\n"
    "就業の支援\n"
    "・ 求職登録者 827 人（前年度 752 人）となりました。\n"
    "\n"
    " 事業内容・目標\n"
    "2011(平成23）年度 2012（平成24）年度\n"
    "アクションプログラム：雇用の創出\n"
    "\n"
    "・求職登録者827人（前年度752人）となりました。\n"
    "・計画（320人）を上回る426人の雇用を創出しました。\n"
    "\n"
    "2011年度\n"
    "実施結果\n"
    "\n"
    "2012年度\n"
    "実施結果\n"
    "\n"
    "・求職登録者752人となりました。\n"
    "・サロン登録機関数は261機関から、272機関まで拡大しました（1月28日）。\n"
    "\n"
    "就業の支援\n"
    "\n"
    "3\n"
    "\n"
    "3\n";

TEST(FactExtractor, MiniReport) {
  const std::u32string text = plan6::decode_utf8(mini_report);
  const plan6::extraction ex = plan6::extract_facts(text);
  ASSERT_EQ(ex.layout.plans.size(), 1u);
  EXPECT_EQ(plan6::encode_utf8(ex.layout.plans[0].name), "就業の支援");
  ASSERT_EQ(ex.layout.fiscal_years.size(), 2u);
  ASSERT_EQ(ex.layout.plan_years.size(), 2u);
  // The block holding 827 (with 前年度752) is the later year; the one holding 752 the earlier.
  const std::u32string later = text.substr(ex.layout.plan_years[1].result_start, 10);
  EXPECT_EQ(ex.layout.plan_years[1].fiscal_year, 2012);
  EXPECT_EQ(plan6::encode_utf8(later).substr(0, 3), "・");
  EXPECT_NE(plan6::encode_utf8(later).find("827"), std::string::npos);
  EXPECT_EQ(ex.layout.plan_years[0].status, 3);

  int with_prior = 0, with_target = 0, with_from = 0;
  for (const plan6::fact& f : ex.facts) {
    if (f.value == 827 && f.section == plan6::section_kind::result) {
      EXPECT_EQ(f.fiscal_year, 2012);
      EXPECT_EQ(f.prior.value, 752);
      ++with_prior;
    }
    if (f.value == 426) {
      EXPECT_EQ(f.target.value, 320);
      ++with_target;
    }
    if (f.value == 272) {
      EXPECT_EQ(f.from.value, 261);
      EXPECT_EQ(f.fiscal_year, 2011);
      ++with_from;
    }
    EXPECT_NE(f.value, 320);  // a plan figure, not a fact of its own
  }
  EXPECT_EQ(with_prior, 1);
  EXPECT_EQ(with_target, 1);
  EXPECT_EQ(with_from, 1);
  // Every number is a fact's value, prior, target or from value, or in the residue.
  std::size_t quoted = 0;
  for (const plan6::fact& f : ex.facts)
    quoted += 1 + f.prior.present() + f.target.present() + f.from.present();
  EXPECT_EQ(quoted + ex.residue.size(), ex.mentions.size());
}

// A plan page with nothing to tie its two blocks but a year in an event's name: an event of
// calendar year 2011 (香港エコエキスポアジア2011) falls in FY2010 or FY2011, so the block that
// names it is FY2011 although it comes second in the text.
TEST(FactExtractor, AYearInANameDatesTheBlock) {
  const std::u32string text = plan6::decode_utf8(
      " 事業内容・目標\n"
      "2011(平成23）年度 2012（平成24）年度\n"
      "アクションプログラム：経済の国際化\n"
      "\n"
      "・展示会出展支援（6社）及び商談会（7社）を実施しました。\n"
      "\n"
      "2011年度\n"
      "実施結果\n"
      "\n"
      "2012年度\n"
      "実施結果\n"
      "\n"
      "・「香港エコエキスポアジア2011」にミッション団（5社）を派遣しました。\n"
      "\n"
      "経済の国際化への対応\n"
      "\n"
      "3\n"
      "\n"
      "3\n");
  const plan6::extraction ex = plan6::extract_facts(text);
  ASSERT_EQ(ex.layout.plan_years.size(), 2u);
  for (const plan6::plan_year_info& info : ex.layout.plan_years) {
    const std::string block =
        plan6::encode_utf8(text.substr(info.result_start, info.result_end - info.result_start));
    const bool names_2011 = block.find("2011") != std::string::npos;
    EXPECT_EQ(info.fiscal_year, names_2011 ? 2011 : 2012) << block;
  }
}

// Found by the fuzzer: a value with a prior-year value followed by a larger one of the same
// unit after 計画 must keep its prior (it is not the plan figure).
TEST(FactExtractor, PriorValuesAreNeverLost) {
  const std::u32string text = plan6::decode_utf8(
      "【主な実施結果】\n就業の支援\n・計画通り進捗し登録者354人（前年度333人）、進路決定者228人。"
      "\n");
  const plan6::extraction ex = plan6::extract_facts(text);
  ASSERT_FALSE(ex.facts.empty());
  EXPECT_EQ(ex.facts[0].value, 354);
  EXPECT_EQ(ex.facts[0].prior.value, 333);
  std::size_t quoted = 0;
  for (const plan6::fact& f : ex.facts)
    quoted += 1 + f.prior.present() + f.from.present() +
              (f.target.present() && f.target.start != f.start);
  EXPECT_EQ(quoted + ex.residue.size(), ex.mentions.size());
}

TEST(FactExtractor, EmptyTextAndNoStructure) {
  EXPECT_TRUE(plan6::extract_facts(U"").facts.empty());
  const plan6::extraction ex = plan6::extract_facts(U"ただの文。3件と５人。");
  EXPECT_TRUE(ex.facts.empty());
  EXPECT_EQ(ex.residue.size(), 2u);  // numbers outside any section, with a reason
}

}  // namespace
