#include <gtest/gtest.h>

#include <string>

#include "plan6/common/utf8.hpp"
#include "plan6/text/grade_fields.hpp"

// Grade fields and scale rows on made-up text; positions counted by hand.

namespace {

bool after_label(const std::string& utf8, std::size_t pos) {
  return plan6::after_grade_label(plan6::decode_utf8(utf8), pos);
}

bool scale_code(const std::string& utf8, std::size_t pos) {
  return plan6::is_scale_code(plan6::decode_utf8(utf8), pos, pos + 1);
}

TEST(GradeFields, LabelsBeforeTheGrade) {
  EXPECT_TRUE(after_label("事業の妥当性 3 事業", 7));
  EXPECT_TRUE(after_label("達成度\n3 目標", 4));  // the grade on the next line
  EXPECT_TRUE(after_label("評価：A", 3));
  EXPECT_TRUE(after_label("総合評価: B", 6));
  EXPECT_TRUE(after_label("達成状況区分 ３", 7));
  EXPECT_TRUE(after_label("達成度3", 3));         // glued to its label
  EXPECT_FALSE(after_label("達成状況\n\n3", 6));  // a blank line ends the field
  EXPECT_FALSE(after_label("事業数 3", 4));
  const std::u32string bullet = U"評価\n○ 順調に進んだ";  // a bulleted line under a heading
  EXPECT_TRUE(plan6::after_grade_label(bullet, 3));
  EXPECT_FALSE(plan6::after_grade_label(bullet, 3, /*line_break=*/false));
  EXPECT_TRUE(plan6::after_grade_label(U"評価 ○", 3, false));
  EXPECT_FALSE(after_label("3", 0));
}

TEST(GradeFields, SymbolsStandingAlone) {
  const std::u32string s = U"評価：A 妥当性 ◎ 達成度 Ⅲ AB 評価 A* Sランク";
  EXPECT_EQ(plan6::grade_symbol_end(s, 3), 4u);    // A
  EXPECT_EQ(plan6::grade_symbol_end(s, 9), 10u);   // ◎
  EXPECT_EQ(plan6::grade_symbol_end(s, 15), 16u);  // Ⅲ
  EXPECT_EQ(plan6::grade_symbol_end(s, 17), 0u);   // AB is a word
  EXPECT_EQ(plan6::grade_symbol_end(s, 23), 24u);  // A*: the target changed
  EXPECT_EQ(plan6::grade_symbol_end(s, 26), 0u);   // Sランク
  EXPECT_EQ(plan6::grade_symbol_end(s, 0), 0u);    // 評 is no grade
  EXPECT_TRUE(plan6::may_start_grade_symbol(U'Ｃ'));
  EXPECT_FALSE(plan6::may_start_grade_symbol(U'Z'));
}

TEST(GradeFields, CodesOfAScaleRow) {
  const std::string row = "1 劣る 2 やや劣る 3 普通 4 やや優る 5 優る";
  for (const std::size_t at : {0u, 5u, 12u, 17u, 24u})
    EXPECT_TRUE(scale_code(row, at)) << at;
  EXPECT_TRUE(scale_code("4 やや劣る 5 優る", 7));  // the second code of a row
  EXPECT_TRUE(scale_code("5 優る 4 やや優る", 0));  // descending
  // a count row: the numbers after its label have no labels of their own
  EXPECT_FALSE(scale_code("1 目標を大きく上回って達成 2 1", 0));
  EXPECT_FALSE(scale_code("1 目標を大きく上回って達成 2 1", 15));
  EXPECT_FALSE(scale_code("1 劣る 3 普通", 0));    // not the next code
  EXPECT_FALSE(scale_code("2 件 3 件", 0));        // counts with their units apart
  EXPECT_FALSE(scale_code("1 劣る", 0));           // one pair is no scale
  EXPECT_FALSE(scale_code("12 劣る 13 普通", 0));  // codes are one digit
}

}  // namespace
