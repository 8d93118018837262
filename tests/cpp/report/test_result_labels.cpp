#include <gtest/gtest.h>

#include "plan6/common/utf8.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/result_labels.hpp"

namespace {

using plan6::category_cell_of;
using plan6::fiscal_year_of_key;
using plan6::glued_category_cell;

TEST(ResultLabels, FiscalYearOfAWholeKey) {
  EXPECT_EQ(fiscal_year_of_key(U"2019年度"), 2019);
  EXPECT_EQ(fiscal_year_of_key(U"平成30年度"), 2018);
  EXPECT_EQ(fiscal_year_of_key(U"令和元年度"), 2019);
  EXPECT_EQ(fiscal_year_of_key(U"2020(令和2)年度"), 2020);
  EXPECT_EQ(fiscal_year_of_key(U"FY2021"), 2021);
  // Not a label: more text after the year, an open or relative year, no year at all.
  EXPECT_EQ(fiscal_year_of_key(U"2019年度の実績"), 0);
  EXPECT_EQ(fiscal_year_of_key(U"2022年度以降"), 0);
  EXPECT_EQ(fiscal_year_of_key(U"前年度"), 0);
  EXPECT_EQ(fiscal_year_of_key(U"実施結果"), 0);
}

TEST(ResultLabels, CategoryCells) {
  ASSERT_TRUE(category_cell_of(U"4"));
  EXPECT_EQ(category_cell_of(U"4")->value, 4);
  EXPECT_FALSE(category_cell_of(U"4")->starred);
  EXPECT_TRUE(category_cell_of(U"2*")->starred);
  EXPECT_EQ(category_cell_of(U"達成状況区分5")->value, 5);
  EXPECT_FALSE(category_cell_of(U"6"));  // the scale is 1-5
  EXPECT_FALSE(category_cell_of(U"0"));
  EXPECT_FALSE(category_cell_of(U"12"));  // a number, not a cell
  EXPECT_FALSE(category_cell_of(U"3a"));
  EXPECT_FALSE(category_cell_of(U""));
}

TEST(ResultLabels, OneLineLabelsWithTheCellGluedOn) {
  const plan6::result_label label = plan6::split_result_label(U"達成状況区分2019年度実施結果2");
  EXPECT_TRUE(label.one_line);
  EXPECT_EQ(plan6::encode_utf8(label.year_text), "2019年度");
  EXPECT_EQ(plan6::encode_utf8(label.after), "2");
  ASSERT_TRUE(glued_category_cell(U"2019年度実施結果2"));
  EXPECT_EQ(glued_category_cell(U"2019年度実施結果2")->value, 2);
  EXPECT_FALSE(glued_category_cell(U"2019年度実施結果"));
  EXPECT_FALSE(plan6::split_result_label(U"実施結果").one_line);
}

TEST(ResultLabels, YearOfALabelOnOneOrTwoLines) {
  const std::u32string text = plan6::decode_utf8(
      "平成30年度\n\n実施結果\n令和元年度実施結果 3\n2019年度\nの取組\n2020年度 実施結果 とは\n");
  const plan6::report_lines lines(text);
  EXPECT_EQ(plan6::result_label_year(lines, 0), 2018);  // its 実施結果 after a blank line
  EXPECT_EQ(plan6::result_label_year(lines, 3), 2019);  // one line, the cell glued on
  EXPECT_EQ(plan6::result_label_year(lines, 4), 0);     // no 実施結果 after it
  EXPECT_EQ(plan6::result_label_year(lines, 6), 0);     // words after 実施結果 that are no cell
}

}  // namespace
