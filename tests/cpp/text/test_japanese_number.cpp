#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>

#include "plan6/common/utf8.hpp"
#include "plan6/text/japanese_number.hpp"

namespace {

// Reads the numeral at the start of `text` (UTF-8) and returns its value and length.
struct read_result {
  double value;
  std::size_t length;
  bool overflow;
  bool inexact;
};

read_result read(const std::string& text) {
  const std::u32string s = plan6::decode_utf8(text);
  const auto num = plan6::read_numeral(s, 0);
  if (!num) return {std::nan(""), 0, false, false};
  return {num->value, num->end - num->start, num->overflow, num->inexact};
}

// Expected values are worked out by hand from the digits and units (万 = 10^4, 億 = 10^8).
TEST(JapaneseNumber, ReportAmounts) {
  EXPECT_EQ(read("391億7,319万円").value, 39173190000.0);  // 391×10^8 + 7319×10^4
  EXPECT_EQ(read("7億6,452万円").value, 764520000.0);
  EXPECT_EQ(read("約").length, 0u);
  EXPECT_EQ(read("392億円").value, 39200000000.0);
  EXPECT_EQ(read("10万人").value, 100000.0);
  EXPECT_EQ(read("2,950件").value, 2950.0);
  EXPECT_EQ(read("１４回").value, 14.0);
  EXPECT_EQ(read("15,200名").value, 15200.0);
  EXPECT_EQ(read("3,426\n万円").value, 34260000.0);  // a PDF line break before 万
  EXPECT_EQ(read("7.6 億円").value, 760000000.0);    // 76 × 10^7, exact
  EXPECT_EQ(read("91.5％").value, 91.5);
}

TEST(JapaneseNumber, KanjiNumerals) {
  EXPECT_EQ(read("一億二千三百万").value, 123000000.0);
  EXPECT_EQ(read("二十").value, 20.0);
  EXPECT_EQ(read("十五").value, 15.0);
  EXPECT_EQ(read("三百").value, 300.0);
  EXPECT_EQ(read("二〇一二").value, 2012.0);  // positional
  EXPECT_EQ(read("1万5千").value, 15000.0);
  EXPECT_EQ(read("千").value, 1000.0);
  EXPECT_EQ(read("五千二百三十万四千").value, 52304000.0);
}

TEST(JapaneseNumber, StopsWhereTheNumeralEnds) {
  EXPECT_EQ(read("1,2年生").length, 1u);     // not a thousands comma
  EXPECT_EQ(read("25名、23名").length, 2u);  // 、 is a list separator
  EXPECT_EQ(read("三百二千").value, 302.0);  // places must descend: 千 is left over
  EXPECT_EQ(read("万円").length, 0u);        // a large unit needs a number before it
  EXPECT_EQ(read("1,23").length, 1u);
  EXPECT_EQ(read("12,345,678").value, 12345678.0);
}

TEST(JapaneseNumber, OverflowIsFlaggedNeverWrapped) {
  const read_result big = read("9999京");  // 9.999e19 > int64
  EXPECT_TRUE(big.overflow);
  EXPECT_TRUE(std::isnan(big.value));
  const read_result digits = read("123456789012345678901234567890");
  EXPECT_TRUE(digits.overflow);
  EXPECT_TRUE(std::isnan(digits.value));
  // 2^53 + 1 = 9007199254740993 cannot be held by a double: flagged as inexact.
  const read_result odd = read("9007199254740993");
  EXPECT_FALSE(odd.overflow);
  EXPECT_TRUE(odd.inexact);
  EXPECT_FALSE(read("9000兆").inexact);  // 9×10^15 is exact
}

TEST(JapaneseNumber, LongDecimalsAreReadNotOverflows) {
  // Digits past double precision are dropped; the value is the double of the digits
  // (strtod, an independent reader). Integers beyond int64 still overflow (above).
  for (const char* digits : {"3.14159265358979323846", "2.718281828459045235360287471352",
                             "0.000000000000000000000012345", "12345678.123456789012345678"}) {
    const read_result r = read(digits);
    EXPECT_FALSE(r.overflow) << digits;
    EXPECT_EQ(r.value, std::strtod(digits, nullptr)) << digits;
    EXPECT_EQ(r.length, std::string(digits).size()) << digits;
  }
}

}  // namespace
