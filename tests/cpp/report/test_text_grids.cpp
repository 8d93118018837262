#include <gtest/gtest.h>

#include "plan6/common/utf8.hpp"
#include "plan6/report/text_grids.hpp"

namespace {

struct grids_of {
  std::u32string text;
  std::vector<plan6::cell_grid> grids;
  explicit grids_of(const char* utf8) : text(plan6::decode_utf8(utf8)) {
    const plan6::report_lines lines(text);
    grids = plan6::find_text_grids(lines, plan6::scan_numbers(text), {});
  }
  std::string cell(std::size_t g, std::size_t r, std::size_t c) const {
    return plan6::encode_utf8(grids.at(g).text(text, r, c));
  }
};

TEST(TextGrids, PipeTablesWithoutTheSeparatorRow) {
  const grids_of t("前文\n| 区分 | R2 | R3 |\n|---|---|---|\n| 目標 | 5回 | |\n後文\n");
  ASSERT_EQ(t.grids.size(), 1u);
  EXPECT_EQ(t.grids[0].source(), "pipe");
  EXPECT_EQ(t.grids[0].rows(), 2u);
  EXPECT_EQ(t.cell(0, 1, 1), "5回");
  EXPECT_EQ(t.grids[0].at(1, 2), nullptr);  // an empty cell
}

TEST(TextGrids, TabSeparatedLines) {
  const grids_of t("項目\t2019年度\t2020年度\n実績\t3件\t4件\n");
  ASSERT_EQ(t.grids.size(), 1u);
  EXPECT_EQ(t.grids[0].source(), "tab");
  EXPECT_EQ(t.cell(0, 1, 2), "4件");
}

TEST(TextGrids, SpacedRowsInOrderUnderAYearHeader) {
  const grids_of t(
      "現状 2019年度 2020年度 2021年度以降\n"
      "目標 約 1.5 万人 2万人 継続\n"
      "実績 1.8万人\n"
      "\n"
      "本文です。\n");
  ASSERT_EQ(t.grids.size(), 1u);
  const plan6::cell_grid& g = t.grids[0];
  EXPECT_EQ(g.columns(), 5u);  // the label column, the baseline and three years
  EXPECT_EQ(g.rows(), 3u);
  EXPECT_EQ(t.cell(0, 1, 0), "目標");
  // A row shorter than the header fills the years from the first, past the baseline; a number
  // written with spaces is one cell.
  EXPECT_EQ(t.cell(0, 1, 1), "");
  EXPECT_EQ(t.cell(0, 1, 2), "約 1.5 万人");
  EXPECT_EQ(t.cell(0, 1, 4), "継続");
  EXPECT_EQ(t.cell(0, 2, 1), "");
  EXPECT_EQ(t.cell(0, 2, 2), "1.8万人");
}

TEST(TextGrids, SpacedRowsByPositionAndLabelsOverTwoLines) {
  const grids_of t(
      "              2019年度    2020年度    2021年度\n"
      "目標          10件        12件        14件\n"
      "実績                      11件\n"
      "変更後の\n"
      "目標                                  13件\n");
  ASSERT_EQ(t.grids.size(), 1u);
  EXPECT_EQ(t.cell(0, 2, 2), "11件");  // under 2020年度 by position
  EXPECT_EQ(t.cell(0, 2, 1), "");
  EXPECT_EQ(t.grids[0].rows(), 4u);
  const std::string label = t.cell(0, 3, 0);
  EXPECT_EQ(label, "変更後の\n目標");
  EXPECT_EQ(t.cell(0, 3, 3), "13件");
}

TEST(TextGrids, ProseIsNoTable) {
  EXPECT_TRUE(
      grids_of("2019年度と2020年度に実施しました。\n参加者は 30 人でした。\n").grids.empty());
  EXPECT_TRUE(grids_of("").grids.empty());
}

TEST(TextGrids, DisplayWidthCountsWideCharactersTwice) {
  EXPECT_EQ(plan6::display_width(U"ab"), 2u);
  EXPECT_EQ(plan6::display_width(U"目標"), 4u);
  EXPECT_EQ(plan6::display_width(U"１０"), 4u);
}

}  // namespace
