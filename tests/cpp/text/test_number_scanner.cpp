#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/text/number_scanner.hpp"
#include "scan_fixture.hpp"

namespace {

using plan6::number_kind;
namespace mf = plan6::mention_flag;

using plan6::testing::scan;

// Sentences from the reference report; expected values read off the text by hand.
TEST(NumberScanner, QuantitiesWithTheirUnits) {
  struct quantity {
    std::size_t index;
    const char* text;
    double value;
    const char* unit;
    bool approximate;
  };
  struct sentence {
    const char* text;
    std::vector<quantity> quantities;
  };
  const sentence cases[] = {
      {"求職登録者 827 人（前年度 752 人）、就職決定者351人",
       {{0, "827 人", 827, "persons", false},
        {1, "752 人", 752, "persons", false},
        {2, "351人", 351, "persons", false}}},
      {"金額：約 392億円となり、約13,500人",
       {{0, "約 392億円", 39200000000.0, "yen", true}, {1, "約13,500人", 13500, "persons", true}}},
  };
  for (const sentence& c : cases) {
    const auto f = scan(c.text);
    ASSERT_EQ(f.size(), c.quantities.size()) << c.text;
    for (const quantity& q : c.quantities) {
      EXPECT_EQ(f[q.index].text, q.text);
      EXPECT_EQ(f[q.index].value, q.value) << q.text;
      EXPECT_EQ(f[q.index].unit, q.unit) << q.text;
      EXPECT_EQ((f[q.index].flags & mf::approximate) != 0, q.approximate) << q.text;
      EXPECT_EQ(f[q.index].kind, number_kind::quantity) << q.text;
    }
  }
}

TEST(NumberScanner, KindNames) {
  EXPECT_EQ(plan6::number_kind_name(number_kind::quantity), "quantity");
  EXPECT_EQ(plan6::number_kind_name(number_kind::fiscal_year), "fiscal_year");
  EXPECT_EQ(plan6::number_kind_name(number_kind::word), "word");
  EXPECT_EQ(plan6::number_kind_name(static_cast<number_kind>(plan6::number_kind_count)), "bare");
}

TEST(NumberScanner, DatesYearsOrdinalsAreNotQuantities) {
  const auto f =
      scan("(8月15日～10月7日)、第1回、平成２３\n年度事業、１、２年生、殿町３丁目、ＣＯ2排出");
  std::vector<number_kind> kinds;
  for (const auto& x : f)
    kinds.push_back(x.kind);
  const std::vector<number_kind> want = {
      number_kind::date,    number_kind::date,    number_kind::ordinal, number_kind::fiscal_year,
      number_kind::ordinal, number_kind::ordinal, number_kind::name,    number_kind::name};
  EXPECT_EQ(kinds, want);
  EXPECT_EQ(f[0].text, "8月15日");
  EXPECT_EQ(f[3].text, "平成２３\n年度");
}

TEST(NumberScanner, ListsAndUnitsAfterBreaks) {
  const auto f = scan("３学科６コースで、200ペー\nジを超えるマンガ、月１回会議、３つの高校");
  ASSERT_EQ(f.size(), 5u);
  EXPECT_EQ(f[0].unit, "departments");
  EXPECT_EQ(f[1].unit, "courses");
  EXPECT_EQ(f[2].unit, "pages");
  EXPECT_TRUE(f[2].flags & mf::lower_bound);
  EXPECT_EQ(f[3].text, "月１回");
  EXPECT_EQ(f[3].unit, "times_per_month");
  EXPECT_EQ(f[4].unit, "schools");  // つ takes the noun's counter: 高校 → 校
}

// PDF text saved on Windows (CR LF) or old Macs (CR), with spaces left at the line ends: the
// same numbers at the same code points as with LF.
TEST(NumberScanner, LineEndsOfAnyKind) {
  const std::string lf = "200ペー\nジを超えるマンガ\n１ 国際的視点に基づく産業振興";
  const auto expected = scan(lf);
  ASSERT_EQ(expected.size(), 2u);
  EXPECT_EQ(expected[1].kind, number_kind::list_marker);
  for (const std::string& other :
       {std::string("200ペー \nジを超えるマンガ\n１ 国際的視点に基づく産業振興"),
        std::string("200ペー\r\nジを超えるマンガ\r\n１ 国際的視点に基づく産業振興"),
        std::string("200ペー\rジを超えるマンガ\r１ 国際的視点に基づく産業振興")}) {
    const auto f = scan(other);
    ASSERT_EQ(f.size(), expected.size()) << other;
    for (std::size_t i = 0; i < f.size(); ++i) {
      EXPECT_EQ(f[i].value, expected[i].value) << other;
      EXPECT_EQ(f[i].unit, expected[i].unit) << other;
      EXPECT_EQ(f[i].kind, expected[i].kind) << other;
    }
  }
}

TEST(NumberScanner, HeadingsAndWords) {
  const auto f = scan("１ 国際的視点\n ３ 都市農業の振興\nの一部補助、三菱総研、4製品");
  ASSERT_EQ(f.size(), 5u);
  EXPECT_EQ(f[0].kind, number_kind::list_marker);
  EXPECT_EQ(f[1].kind, number_kind::list_marker);  // not "3 cities"
  EXPECT_EQ(f[2].kind, number_kind::word);
  EXPECT_EQ(f[3].kind, number_kind::word);
  EXPECT_EQ(f[4].unit, "products");
}

TEST(NumberScanner, ChangesAndRanges) {
  const auto f = scan("268人増の829人、261機関から、272機関まで、昨年を３名上回る");
  ASSERT_EQ(f.size(), 5u);
  EXPECT_TRUE(f[0].flags & mf::increase);
  EXPECT_FALSE(f[1].flags & mf::increase);
  EXPECT_TRUE(f[2].flags & mf::range_start);
  EXPECT_TRUE(f[4].flags & mf::increase);
}

TEST(NumberScanner, GregorianYearWithEraInBrackets) {
  const auto f = scan("2011(平成23）年度 2012（平成24）年度");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "2011(平成23）年度");
  EXPECT_EQ(f[0].kind, number_kind::fiscal_year);
}

// Found by the fuzzer: a frequency prefix (日 of 日555回) must not reach into the previous
// expression (5兆日, a day), and mentions never overlap.
TEST(NumberScanner, PrefixesNeverOverlapThePreviousExpression) {
  const std::u32string s = plan6::decode_utf8("5555兆日555回、約\n3件");
  std::size_t previous_end = 0;
  for (const auto& m : plan6::scan_numbers(s)) {
    EXPECT_GE(m.start, previous_end);
    previous_end = m.end;
  }
}

// Found by the fuzzer: a month or day beyond the int64 range (value NaN) or beyond int has
// no month or day field (its conversion to int was undefined; on x86 it gave INT_MIN).
TEST(NumberScanner, OverflowedMonthsAndDaysHaveNoField) {
  const auto found = scan("55555555555555兆日、55555555555555兆月、9000000000000日");
  ASSERT_EQ(found.size(), 3u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(found[i].kind, number_kind::date) << found[i].text;
    EXPECT_TRUE(std::isnan(found[i].value)) << found[i].text;
    EXPECT_TRUE(found[i].flags & mf::overflow) << found[i].text;
  }
  EXPECT_EQ(found[0].day, 0);
  EXPECT_EQ(found[1].month, 0);
  EXPECT_EQ(found[2].value, 9e12);  // 9,000,000,000,000 (hand count), within int64
  EXPECT_EQ(found[2].day, 0);
}

TEST(NumberScanner, BlockwiseUtf8ScanMatchesTheWholeText) {
  std::string text;
  for (int i = 0; i < 40000; ++i)
    text += "・求職登録者827人（前年度752人）、1月28日。\n\n";
  const auto whole = plan6::scan_numbers(plan6::decode_utf8(text));
  const auto blocks = plan6::scan_numbers_utf8(text);
  ASSERT_EQ(whole.size(), blocks.size());
  for (std::size_t i = 0; i < whole.size(); i += 997) {
    EXPECT_EQ(whole[i].start, blocks[i].mention.start);
    EXPECT_EQ(whole[i].value, blocks[i].mention.value);
  }
  try {
    plan6::scan_numbers_utf8(text + "\xff");
    FAIL() << "expected parse_error";
  } catch (const plan6::parse_error& e) {
    EXPECT_EQ(e.position(), text.size());  // the byte offset in the whole text
  }
}

TEST(NumberScanner, EmptyAndNoDigits) {
  EXPECT_TRUE(scan("").empty());
  EXPECT_TRUE(scan("数字のない文").empty());
}

}  // namespace
