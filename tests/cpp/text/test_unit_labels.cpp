#include <gtest/gtest.h>

#include <string>

#include "plan6/common/utf8.hpp"
#include "plan6/text/unit_labels.hpp"
#include "plan6/text/unit_lexicon.hpp"

// Units written as labels on made-up headers; positions counted by hand.

namespace {

// Whether the numeral at `at` of `utf8`, with the unit right after it, is a unit label.
bool label_at(const std::string& utf8, std::size_t at) {
  const std::u32string s = plan6::decode_utf8(utf8);
  const auto num = plan6::read_numeral(s, at);
  if (!num) return false;
  const auto unit = plan6::match_unit(s, num->end);
  return unit && plan6::is_unit_label(s, *num, unit->end);
}

TEST(UnitLabels, ScalesInBracketsOrAfterTani) {
  EXPECT_TRUE(label_at("事業費（千円）", 4));
  EXPECT_TRUE(label_at("決算額(百万円)", 4));
  EXPECT_TRUE(label_at("来場者（千人）", 4));
  EXPECT_TRUE(label_at("（千円・人）", 1));
  EXPECT_TRUE(label_at("単位：千円", 3));
  EXPECT_TRUE(label_at("（単位 千人）", 4));
  EXPECT_TRUE(label_at("［ 十億円 ］", 2));
}

TEST(UnitLabels, AmountsAreNoLabels) {
  EXPECT_FALSE(label_at("（3千円）", 1));       // a digit: an amount
  EXPECT_FALSE(label_at("千円の補助", 0));      // no bracket
  EXPECT_FALSE(label_at("（千円の補助）", 1));  // the bracket holds more
  EXPECT_FALSE(label_at("（一千円）", 1));      // a kanji digit: an amount
}

}  // namespace
