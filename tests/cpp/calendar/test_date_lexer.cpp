#include <gtest/gtest.h>

#include <string>

#include "plan6/calendar/date_lexer.hpp"
#include "plan6/common/utf8.hpp"

namespace {

using plan6::date_number_rules;

std::optional<int> number(const std::string& utf8, date_number_rules rules = {}) {
  const auto found = plan6::read_date_number(plan6::decode_utf8(utf8), 0, rules);
  if (!found) return std::nullopt;
  return found->value;
}

TEST(DateLexer, DigitsOfEveryWidthAndKanji) {
  EXPECT_EQ(number("12月"), 12);
  EXPECT_EQ(number("１２月"), 12);
  EXPECT_EQ(number("十二月"), 12);
  EXPECT_EQ(number("十月"), 10);
  EXPECT_EQ(number("二十四年"), 24);
  EXPECT_EQ(number("三十一日"), 31);
  EXPECT_EQ(number("九十九"), 99);
  date_number_rules year_rules;
  year_rules.max_digits = 4;
  EXPECT_EQ(number("二〇一二年", year_rules), 2012);
  EXPECT_EQ(number("2012年", year_rules), 2012);
  // Longer runs are other numbers (counts, amounts), not parts of a date.
  EXPECT_EQ(number("123月"), std::nullopt);
  EXPECT_EQ(number("二百十日"), std::nullopt);
  EXPECT_EQ(number("十十"), std::nullopt);
  EXPECT_EQ(number("〇十"), std::nullopt);
  EXPECT_EQ(number("元年"), std::nullopt);
  date_number_rules era_rules;
  era_rules.gannen = true;
  EXPECT_EQ(number("元年", era_rules), 1);
  era_rules.breaks_inside = true;
  EXPECT_EQ(number("2\n5年", era_rules), 25);
  EXPECT_EQ(number("2\n\n5年", era_rules), 2);  // a blank line ends the number
}

TEST(DateLexer, NumbersDoNotStartInsideOthers) {
  const std::u32string text = plan6::decode_utf8("1,200 3.5 x12 二十");
  EXPECT_TRUE(plan6::continues_number(text, 2));    // 200 after "1,"
  EXPECT_TRUE(plan6::continues_number(text, 8));    // 5 after "3."
  EXPECT_FALSE(plan6::continues_number(text, 11));  // 12 after a letter is the caller's call
  EXPECT_TRUE(plan6::continues_number(text, 15));   // 十 after 二
  EXPECT_FALSE(plan6::continues_number(text, 0));
}

TEST(DateLexer, GapsHoldAtMostOneLineBreak) {
  const std::u32string text = plan6::decode_utf8("a \n b\n\nc");
  EXPECT_EQ(plan6::skip_gap(text, 1), 4u);
  EXPECT_EQ(plan6::skip_gap(text, 5), std::u32string_view::npos);
  EXPECT_EQ(plan6::skip_gap(text, 0), 0u);
  EXPECT_EQ(plan6::skip_inline_spaces(text, 1), 2u);
}

TEST(DateLexer, EraNamesLettersAndRangeMarks) {
  const std::u32string text = plan6::decode_utf8("平成\u32ffＨxH～から〜");
  auto era = plan6::read_era_name(text, 0, false);
  ASSERT_TRUE(era);
  EXPECT_EQ(era->era->name, "平成");
  EXPECT_EQ(era->end, 2u);
  era = plan6::read_era_name(text, 2, false);
  ASSERT_TRUE(era);
  EXPECT_EQ(era->era->name, "令和");  // ㋿
  EXPECT_FALSE(plan6::read_era_name(text, 3, false));
  era = plan6::read_era_name(text, 3, true);
  ASSERT_TRUE(era);
  EXPECT_TRUE(era->letter);
  EXPECT_FALSE(plan6::read_era_name(text, 5, true));  // H after the letter x
  EXPECT_EQ(plan6::read_range_mark(text, 6), 7u);
  EXPECT_EQ(plan6::read_range_mark(text, 7), 9u);
  EXPECT_EQ(plan6::read_range_mark(text, 9), 10u);
  EXPECT_FALSE(plan6::read_range_mark(text, 0));
}

}  // namespace
