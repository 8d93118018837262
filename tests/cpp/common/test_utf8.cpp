#include <gtest/gtest.h>

#include <string>

#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"

namespace {

TEST(Utf8, RoundTripsJapaneseText) {
  const std::string text = "計画（320人）を上回る４２６人 𠮷";
  const std::u32string decoded = plan6::decode_utf8(text);
  EXPECT_EQ(decoded.size(), 18u);  // code points, as Python's len() counts them
  EXPECT_EQ(plan6::encode_utf8(decoded), text);
}

TEST(Utf8, InvalidInputNamesTheByteOffset) {
  const std::string cases[] = {std::string("ab\xff"), std::string("ab\xe3\x81"),
                               std::string("ab\xc0\xaf"), std::string("ab\xed\xa0\x80")};
  for (const std::string& bad : cases) {
    try {
      plan6::decode_utf8(bad);
      FAIL() << "expected parse_error";
    } catch (const plan6::parse_error& e) {
      EXPECT_EQ(e.position(), 2u);
      EXPECT_NE(std::string(e.what()).find("byte offset 2"), std::string::npos) << e.what();
    }
  }
}

TEST(Utf8, DigitsAndWidth) {
  EXPECT_EQ(plan6::digit_value(U'７'), 7);
  EXPECT_EQ(plan6::digit_value(U'7'), 7);
  EXPECT_EQ(plan6::digit_value(U'七'), -1);
  EXPECT_EQ(plan6::fold_width(U'（'), U'(');
  EXPECT_EQ(plan6::fold_width(U'％'), U'%');
  EXPECT_EQ(plan6::fold_width(U'\u3000'), U' ');
  EXPECT_TRUE(plan6::is_space(U'\u3000'));
}

}  // namespace
