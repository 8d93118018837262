#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <stdexcept>

#include "plan6/text/japanese_number_format.hpp"

namespace {

using plan6::format_japanese_number;

TEST(JapaneseNumberFormat, AmountsAsTheReportWritesThem) {
  EXPECT_EQ(format_japanese_number(39173190000, "円"), "391億7,319万円");
  EXPECT_EQ(format_japanese_number(764520000, "円"), "7億6,452万円");
  EXPECT_EQ(format_japanese_number(100000, "人"), "10万人");
  EXPECT_EQ(format_japanese_number(2950, "件"), "2,950件");
  EXPECT_EQ(format_japanese_number(426, "人"), "426人");
  EXPECT_EQ(format_japanese_number(52300000000, "円"), "523億円");
  EXPECT_EQ(format_japanese_number(1000000000001, ""), "1兆1");
  EXPECT_EQ(format_japanese_number(15200, "名"), "15,200名");
  EXPECT_EQ(format_japanese_number(110000, "人"), "11万人");
  EXPECT_EQ(format_japanese_number(10000, "円"), "1万円");
  EXPECT_EQ(format_japanese_number(66410000, "円"), "6,641万円");
}

TEST(JapaneseNumberFormat, DecimalsBelowTenThousand) {
  EXPECT_EQ(format_japanese_number(91.5, "％", 1), "91.5％");
  EXPECT_EQ(format_japanese_number(100, "％", 1), "100％");
  EXPECT_EQ(format_japanese_number(-3.25, "", 2), "-3.25");
  EXPECT_EQ(format_japanese_number(-0.001, "", 1), "0");
}

// Found by the fuzzer: from 100,000 on no decimals are written, and the whole number is the
// nearest one to the value (2,262,755.45 → 2,262,755 by hand), not to the value rounded to
// `decimals` first (2,262,755.5 → 2,262,756).
TEST(JapaneseNumberFormat, LargeValuesRoundOnceToAWholeNumber) {
  EXPECT_EQ(format_japanese_number(2262755.45, "", 1), "226万2,755");
  EXPECT_EQ(format_japanese_number(2262755.5, "", 1), "226万2,756");
  EXPECT_EQ(format_japanese_number(-2262755.45, "円", 1), "-226万2,755円");
  EXPECT_EQ(format_japanese_number(99999.96, "", 1), "10万");
  EXPECT_EQ(format_japanese_number(19999.96, "", 1), "2万");
}

TEST(JapaneseNumberFormat, SpecialValues) {
  EXPECT_EQ(format_japanese_number(std::numeric_limits<double>::quiet_NaN(), "円"), "—");
  EXPECT_THROW(format_japanese_number(std::numeric_limits<double>::infinity()),
               std::invalid_argument);
  EXPECT_THROW(format_japanese_number(1e19), std::out_of_range);
}

// Whole numbers are written exactly over the whole int64 range, with the same rule for 万
// groups as amounts given as doubles (expected strings worked out by hand or from the report).
TEST(JapaneseNumberFormat, IntegersAreExact) {
  using plan6::format_japanese_integer;
  EXPECT_EQ(format_japanese_integer(9007199254740993), "9,007兆1,992億5,474万993");  // 2^53 + 1
  EXPECT_EQ(format_japanese_integer(std::numeric_limits<std::int64_t>::max(), "円"),
            "922京3,372兆368億5,477万5,807円");
  EXPECT_EQ(format_japanese_integer(std::numeric_limits<std::int64_t>::min()),
            "-922京3,372兆368億5,477万5,808");
  EXPECT_EQ(format_japanese_integer(0, "人"), "0人");
  EXPECT_EQ(format_japanese_integer(426, "人"), "426人");
  EXPECT_EQ(format_japanese_integer(99999, "人"), "99,999人");
  EXPECT_EQ(format_japanese_integer(15200, "名"), "15,200名");
  EXPECT_EQ(format_japanese_integer(10000, "円"), "1万円");
  EXPECT_EQ(format_japanese_integer(100000, "人"), "10万人");
  EXPECT_EQ(format_japanese_integer(66410000, "円"), "6,641万円");
  EXPECT_EQ(format_japanese_integer(39173190000, "円"), "391億7,319万円");
  EXPECT_EQ(format_japanese_integer(-2950, "件"), "-2,950件");
  EXPECT_EQ(format_japanese_integer(-100000, "人"), "-10万人");
}

}  // namespace
