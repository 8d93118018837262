#include <gtest/gtest.h>

#include <cstddef>
#include <utility>

#include "plan6/common/characters.hpp"

// Character classes against the Unicode blocks they name (by hand from the code charts).

namespace {

TEST(Characters, Digits) {
  EXPECT_EQ(plan6::digit_value(U'7'), 7);
  EXPECT_EQ(plan6::digit_value(U'７'), 7);
  EXPECT_EQ(plan6::digit_value(U'七'), -1);  // a kanji digit is no digit
  EXPECT_EQ(plan6::kanji_digit_value(U'七'), 7);
  EXPECT_EQ(plan6::kanji_digit_value(U'〇'), 0);
  EXPECT_EQ(plan6::kanji_digit_value(U'十'), -1);  // a multiplier, not a digit
  EXPECT_TRUE(plan6::is_digit(U'０'));
  EXPECT_FALSE(plan6::is_digit(U'a'));
}

TEST(Characters, Scripts) {
  EXPECT_TRUE(plan6::is_kanji(U'川'));
  EXPECT_TRUE(plan6::is_kanji(U'々'));
  EXPECT_TRUE(plan6::is_kanji(U'\u3400'));  // extension A
  EXPECT_FALSE(plan6::is_kanji(U'あ'));
  EXPECT_TRUE(plan6::is_katakana(U'ア'));
  EXPECT_TRUE(plan6::is_katakana(U'ー'));      // the long-vowel mark
  EXPECT_TRUE(plan6::is_katakana(U'\uff71'));  // half-width ｱ
  EXPECT_FALSE(plan6::is_katakana(U'・'));     // U+30FB, the middle dot, is punctuation
  EXPECT_TRUE(plan6::is_hiragana(U'を'));
  EXPECT_TRUE(plan6::is_latin(U'Ｌ'));
  EXPECT_FALSE(plan6::is_latin(U'1'));
  EXPECT_TRUE(plan6::is_word_char(U'L'));
  EXPECT_FALSE(plan6::is_word_char(U'の'));
}

TEST(Characters, SpacesAndWidths) {
  EXPECT_TRUE(plan6::is_space(U'\u3000'));
  EXPECT_TRUE(plan6::is_space(U'\n'));
  EXPECT_FALSE(plan6::is_space(U'、'));
  EXPECT_EQ(plan6::fold_width(U'％'), U'%');
  EXPECT_EQ(plan6::fold_width(U'\u3000'), U' ');
  EXPECT_EQ(plan6::fold_width(U'人'), U'人');
  EXPECT_EQ(plan6::trim_bounds(U"\u3000 平成24年度\n "),
            std::make_pair(std::size_t{2}, std::size_t{8}));
  EXPECT_EQ(plan6::trim_bounds(U" \t\n"), std::make_pair(std::size_t{3}, std::size_t{3}));
  EXPECT_EQ(plan6::trim_bounds(U""), std::make_pair(std::size_t{0}, std::size_t{0}));
}

TEST(Characters, BracketsQuotesConnectorsAndBullets) {
  EXPECT_TRUE(plan6::is_open_paren(U'（'));
  EXPECT_TRUE(plan6::is_open_paren(U'('));
  EXPECT_FALSE(plan6::is_open_paren(U'「'));
  EXPECT_TRUE(plan6::is_close_paren(U'）'));
  EXPECT_TRUE(plan6::is_open_quote(U'『'));
  EXPECT_TRUE(plan6::is_close_quote(U'\uff63'));  // half-width ｣
  EXPECT_FALSE(plan6::is_close_quote(U'）'));
  EXPECT_TRUE(plan6::is_name_connector(U'・'));
  EXPECT_TRUE(plan6::is_name_connector(U'＆'));
  EXPECT_FALSE(plan6::is_name_connector(U'、'));
  EXPECT_TRUE(plan6::is_line_bullet(U'●'));
  EXPECT_TRUE(plan6::is_line_bullet(U'※'));
  EXPECT_FALSE(plan6::is_line_bullet(U'-'));
}

}  // namespace
