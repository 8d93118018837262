#include <gtest/gtest.h>

#include <string>

#include "plan6/common/letter_spacing.hpp"
#include "plan6/common/utf8.hpp"

// Letter spacing as PDF extraction leaves it in table cells, on made-up text; the compacted
// text and the positions are worked out by hand.

namespace {

// The compacted text, or "(none)" when nothing is taken out.
std::string compact(const std::string& utf8) {
  const auto c = plan6::compact_letter_spacing(plan6::decode_utf8(utf8));
  return c ? plan6::encode_utf8(c->text) : "(none)";
}

TEST(LetterSpacing, SpacedWordsAroundDigitsAreJoined) {
  EXPECT_EQ(compact("平 成 2 8 年 度 の実績"), "平成28年度 の実績");
  EXPECT_EQ(compact("令和元年の 令 和 3 年 度 事業"), "令和元年の 令和3年度 事業");
  EXPECT_EQ(compact("第 1 0 回 目"), "第10回目");                // one letter before, two after
  EXPECT_EQ(compact("平　成　２　８　年　度"), "平成２８年度");  // ideographic spaces
  EXPECT_EQ(compact("H 2 8 年 度"), "H28年度");
  // the letters of one word run to the next digit group: both years are read
  EXPECT_EQ(compact("平 成 2 6 年 度 平 成 2 7 年 度"), "平成26年度平成27年度");
  // a group that does not qualify keeps its spaces while its neighbour is joined
  EXPECT_EQ(compact("平 成 2 8 年 度 3 2"), "平成28年度 3 2");
  // punctuation ends a token as a space does
  EXPECT_EQ(compact("平 成 2 8 年 度、継続"), "平成28年度、継続");
}

TEST(LetterSpacing, DigitsAloneInABracketAreJoined) {
  EXPECT_EQ(compact("達成件数「1 0」件"), "達成件数「10」件");
  EXPECT_EQ(compact("(1 2 5)"), "(125)");
  EXPECT_EQ(compact("（１ ５）"), "（１５）");
}

TEST(LetterSpacing, CellsOfCountRowsStayApart) {
  EXPECT_EQ(compact("1 目標を大きく上回って達成 0 0"), "(none)");
  EXPECT_EQ(compact("合計 3 2"), "(none)");
  EXPECT_EQ(compact("合 計 3 2"), "(none)");  // no letters after the digits
  EXPECT_EQ(compact("1 0 人"), "(none)");     // no letters before
  EXPECT_EQ(compact("計 1 0 人"), "(none)");  // one letter on each side only
  EXPECT_EQ(compact("0 0"), "(none)");
  EXPECT_EQ(compact("1 2 3"), "(none)");
  EXPECT_EQ(compact("「0 5」"), "(none)");           // no count is written 05
  EXPECT_EQ(compact("平 成 0 5 年 度"), "(none)");   // nor a year
  EXPECT_EQ(compact("平 成  2 8 年 度"), "(none)");  // two spaces: not uniform
  EXPECT_EQ(compact("平 成\n2 8 年 度"), "(none)");  // a line break ends the stretch
  EXPECT_EQ(compact("平成28年度"), "(none)");
  EXPECT_EQ(compact(""), "(none)");
}

TEST(LetterSpacing, PositionsMapBackToTheInput) {
  // "ab 平 成 2 8 年 度": 平 at 3, 成 5, 2 7, 8 9, 年 11, 度 13
  const auto c = plan6::compact_letter_spacing(plan6::decode_utf8("ab 平 成 2 8 年 度"));
  ASSERT_TRUE(c);
  EXPECT_EQ(plan6::encode_utf8(c->text), "ab 平成28年度");
  EXPECT_EQ(c->input_size, 14u);
  EXPECT_EQ(c->start_of(3), 3u);   // 平
  EXPECT_EQ(c->start_of(5), 7u);   // 2
  EXPECT_EQ(c->end_of(7), 10u);    // after 8
  EXPECT_EQ(c->end_of(9), 14u);    // after 度, the input's end
  EXPECT_EQ(c->start_of(9), 14u);  // past the end
  EXPECT_EQ(c->end_of(0), 0u);
}

}  // namespace
