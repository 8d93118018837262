#include <gtest/gtest.h>

#include <string>

#include "plan6/common/utf8.hpp"
#include "plan6/text/code_numbers.hpp"

// Codes and hierarchical numbers on made-up text; the spans are counted by hand.

namespace {

// The code at the first numeral of `utf8` that starts at code point `at`, as text, or
// "(none)".
std::string code_at(const std::string& utf8, std::size_t at) {
  const std::u32string s = plan6::decode_utf8(utf8);
  const auto num = plan6::read_numeral(s, at);
  if (!num) return "(no numeral)";
  const auto code = plan6::read_code_number(s, *num);
  if (!code) return "(none)";
  return plan6::encode_utf8(s.substr(code->start, code->end - code->start));
}

TEST(CodeNumbers, HyphenatedNumbers) {
  EXPECT_EQ(code_at("施策1-1-1の推進", 2), "1-1-1");
  EXPECT_EQ(code_at("2-3 地域の活性化", 0), "2-3");
  EXPECT_EQ(code_at("第2-1表のとおり", 1), "第2-1");  // with its 第
  EXPECT_EQ(code_at("電話 044-200-2111", 3), "044-200-2111");
  EXPECT_EQ(code_at("２－３－１", 0), "２－３－１");  // full width
  EXPECT_EQ(code_at("2-3人", 0), "(none)");           // a count: a unit follows
  EXPECT_EQ(code_at("4-6月", 0), "(none)");           // a range of months
  EXPECT_EQ(code_at("2-3.5", 0), "(none)");           // not plain digits
}

TEST(CodeNumbers, NumbersLabelledAsCodes) {
  EXPECT_EQ(code_at("No.12 街路樹の管理", 3), "12");
  EXPECT_EQ(code_at("Ｎｏ．７", 3), "７");
  EXPECT_EQ(code_at("No 3", 3), "3");
  EXPECT_EQ(code_at("№5", 1), "5");
  EXPECT_EQ(code_at("事業コード 0412", 6), "0412");
  EXPECT_EQ(code_at("整理番号：27", 5), "27");
  EXPECT_EQ(code_at("様式 2", 3), "2");
  EXPECT_EQ(code_at("別紙3参照", 2), "3");
  EXPECT_EQ(code_at("Piano 3", 6), "(none)");  // "No" inside a word labels nothing
}

TEST(CodeNumbers, ItemCodesByTheirDigits) {
  EXPECT_EQ(code_at("04120830区における", 0), "04120830");  // not 4,120,830 wards
  EXPECT_EQ(code_at("12345678", 0), "12345678");
  EXPECT_EQ(code_at("0412", 0), "0412");          // a leading zero
  EXPECT_EQ(code_at("12345678円", 0), "(none)");  // an amount
  EXPECT_EQ(code_at("1234567", 0), "(none)");     // seven digits may still count
  EXPECT_EQ(code_at("05月", 0), "(none)");        // a month
  EXPECT_EQ(code_at("08時", 0), "(none)");        // an hour
  EXPECT_EQ(code_at("12,345,678", 0), "(none)");  // commas: a quantity
  EXPECT_EQ(code_at("0.5", 0), "(none)");
  EXPECT_EQ(code_at("0", 0), "(none)");
  EXPECT_EQ(code_at("三千", 0), "(none)");
}

}  // namespace
