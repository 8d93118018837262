#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plan6/calendar/date_scanner.hpp"
#include "plan6/calendar/dates.hpp"
#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"

namespace {

using boost::gregorian::date;
using plan6::mention_kind;

std::vector<plan6::date_mention> scan(const std::string& text, std::optional<int> fiscal_year) {
  plan6::scan_options options;
  options.fiscal_year = fiscal_year;
  return plan6::scan_dates(plan6::decode_utf8(text), options);
}

std::string slice(const std::string& text, const plan6::date_mention& m) {
  const std::u32string wide = plan6::decode_utf8(text);
  return plan6::encode_utf8(std::u32string_view(wide).substr(m.begin, m.end - m.begin));
}

// One mention of a text: what the span holds and the days it covers (worked out by hand).
struct expected {
  std::string text;
  mention_kind kind;
  date first;
  date last;
};

void expect_mentions(const std::string& text, std::optional<int> fiscal_year,
                     const std::vector<expected>& wanted) {
  SCOPED_TRACE(text);
  const auto found = scan(text, fiscal_year);
  ASSERT_EQ(found.size(), wanted.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    SCOPED_TRACE(wanted[i].text);
    EXPECT_EQ(slice(text, found[i]), wanted[i].text);
    EXPECT_EQ(found[i].kind, wanted[i].kind);
    ASSERT_TRUE(found[i].first && found[i].last) << found[i].problem;
    EXPECT_EQ(*found[i].first, wanted[i].first);
    EXPECT_EQ(*found[i].last, wanted[i].last);
    EXPECT_TRUE(found[i].problem.empty()) << found[i].problem;
  }
}

TEST(DateScanner, MonthDaysOfTheIssueInFiscal2012) {
  expect_mentions("1月28日に報告会、7月25日に出発", 2012,
                  {{"1月28日", mention_kind::date, date(2013, 1, 28), date(2013, 1, 28)},
                   {"7月25日", mention_kind::date, date(2012, 7, 25), date(2012, 7, 25)}});
}

TEST(DateScanner, RangesOfTheIssue) {
  expect_mentions(
      "公募(8月15日～10月7日)、（6月1日～7月29日）、７月２５日 ２７日、"
      "（10月26日～12月14日）、（11月15～16日）、10月から11月、1月17日から19日の間",
      2012,
      {{"8月15日～10月7日", mention_kind::date, date(2012, 8, 15), date(2012, 10, 7)},
       {"6月1日～7月29日", mention_kind::date, date(2012, 6, 1), date(2012, 7, 29)},
       {"７月２５日 ２７日", mention_kind::date, date(2012, 7, 25), date(2012, 7, 27)},
       {"10月26日～12月14日", mention_kind::date, date(2012, 10, 26), date(2012, 12, 14)},
       {"11月15～16日", mention_kind::date, date(2012, 11, 15), date(2012, 11, 16)},
       {"10月から11月", mention_kind::month, date(2012, 10, 1), date(2012, 11, 30)},
       {"1月17日から19日", mention_kind::date, date(2013, 1, 17), date(2013, 1, 19)}});
}

TEST(DateScanner, LineBreaksListsAndWrappingRanges) {
  expect_mentions("実施し(8\n月15日～10月7日)、審査（8月\n22日～9月9日）", 2011,
                  {{"8\n月15日～10月7日", mention_kind::date, date(2011, 8, 15), date(2011, 10, 7)},
                   {"8月\n22日～9月9日", mention_kind::date, date(2011, 8, 22), date(2011, 9, 9)}});
  expect_mentions("3月1日、2日目には", 2011,  // 2日目 counts days: not a listed date
                  {{"3月1日", mention_kind::date, date(2012, 3, 1), date(2012, 3, 1)}});
  expect_mentions("３月２４日、２５日にフェア", 2011,
                  {{"３月２４日", mention_kind::date, date(2012, 3, 24), date(2012, 3, 24)},
                   {"２５日", mention_kind::date, date(2012, 3, 25), date(2012, 3, 25)}});
  expect_mentions("11月～２月にかけて、3月から2月の実績、11月・3月に", 2011,
                  {{"11月～２月", mention_kind::month, date(2011, 11, 1), date(2012, 2, 29)},
                   {"3月から2月", mention_kind::month, date(2011, 3, 1), date(2012, 2, 29)},
                   {"11月", mention_kind::month, date(2011, 11, 1), date(2011, 11, 30)},
                   {"3月", mention_kind::month, date(2012, 3, 1), date(2012, 3, 31)}});
  expect_mentions("12月30日から2日まで", 2012,
                  {{"12月30日から2日", mention_kind::date, date(2012, 12, 30), date(2013, 1, 2)}});
}

TEST(DateScanner, FiscalYearsYearsAndDatedMentions) {
  expect_mentions(
      "2011(平成23）年度 平成２３\n年度 24年度末 FY2013 H24年度 "
      "平成25年3月31日 2012年4月 平成24年 令和元年5月1日 平成二十四年四月一日",
      2012,
      {{"2011(平成23）年度", mention_kind::fiscal_year, date(2011, 4, 1), date(2012, 3, 31)},
       {"平成２３\n年度", mention_kind::fiscal_year, date(2011, 4, 1), date(2012, 3, 31)},
       {"24年度", mention_kind::fiscal_year, date(2012, 4, 1), date(2013, 3, 31)},
       {"FY2013", mention_kind::fiscal_year, date(2013, 4, 1), date(2014, 3, 31)},
       {"H24年度", mention_kind::fiscal_year, date(2012, 4, 1), date(2013, 3, 31)},
       {"平成25年3月31日", mention_kind::date, date(2013, 3, 31), date(2013, 3, 31)},
       {"2012年4月", mention_kind::month, date(2012, 4, 1), date(2012, 4, 30)},
       {"平成24年", mention_kind::year, date(2012, 1, 1), date(2012, 12, 31)},
       {"令和元年5月1日", mention_kind::date, date(2019, 5, 1), date(2019, 5, 1)},
       {"平成二十四年四月一日", mention_kind::date, date(2012, 4, 1), date(2012, 4, 1)}});
  // The open-ended one has no last day: checked on its own.
  const auto found = scan("2014（平成26）年度以降", 2012);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].open_ended);
  EXPECT_EQ(found[0].fiscal_year, 2014);
  EXPECT_FALSE(found[0].last.has_value());
}

// Ranges of fiscal years whose 年度 is written once, as evaluation sheets head a plan's
// term: the first and last fiscal year (by hand: H23 = 2011, H25 = 2013).
TEST(DateScanner, FiscalYearRangesWithOneNendo) {
  const std::string text =
      "計画期間 2011(H23)〜2013(H25)年度、2011〜2013年度、平成23～25年度、"
      "平成23(2011)～平成25(2013)年度、H23～H25年度";
  expect_mentions(
      text, std::nullopt,
      {{"2011(H23)〜2013(H25)年度", mention_kind::fiscal_year, date(2011, 4, 1), date(2014, 3, 31)},
       {"2011〜2013年度", mention_kind::fiscal_year, date(2011, 4, 1), date(2014, 3, 31)},
       {"平成23～25年度", mention_kind::fiscal_year, date(2011, 4, 1), date(2014, 3, 31)},
       {"平成23(2011)～平成25(2013)年度", mention_kind::fiscal_year, date(2011, 4, 1),
        date(2014, 3, 31)},
       {"H23～H25年度", mention_kind::fiscal_year, date(2011, 4, 1), date(2014, 3, 31)}});
  for (const auto& m : scan(text, std::nullopt)) {
    EXPECT_TRUE(m.is_range);
    EXPECT_EQ(m.fiscal_year, 2011);
    EXPECT_EQ(m.last_fiscal_year, 2013);
  }
  // the two years in brackets must agree: H24 is 2012, not 2011
  const auto wrong = scan("2011(H24)〜2013(H25)年度", std::nullopt);
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_FALSE(wrong[0].problem.empty());
}

// Letter-spaced cells (PDF extraction): read as if written without the spaces, with spans in
// the text as given. 平成28年度 = FY2016, 令和3年度 = FY2021.
TEST(DateScanner, LetterSpacedText) {
  expect_mentions(
      "実績 平 成 2 8 年 度 と 令 和 3 年 度", std::nullopt,
      {{"平 成 2 8 年 度", mention_kind::fiscal_year, date(2016, 4, 1), date(2017, 3, 31)},
       {"令 和 3 年 度", mention_kind::fiscal_year, date(2021, 4, 1), date(2022, 3, 31)}});
  // a year and its month as one mention, as the number scanner reads them too
  expect_mentions("2010年10月、令和2年8月、平成 29 年 8 月", std::nullopt,
                  {{"2010年10月", mention_kind::month, date(2010, 10, 1), date(2010, 10, 31)},
                   {"令和2年8月", mention_kind::month, date(2020, 8, 1), date(2020, 8, 31)},
                   {"平成 29 年 8 月", mention_kind::month, date(2017, 8, 1), date(2017, 8, 31)}});
}

TEST(DateScanner, RelativeFiscalYearsCountFromTheContext) {
  expect_mentions("前年度、次年度、昨年度、今年度", 2012,
                  {{"前年度", mention_kind::fiscal_year, date(2011, 4, 1), date(2012, 3, 31)},
                   {"次年度", mention_kind::fiscal_year, date(2013, 4, 1), date(2014, 3, 31)},
                   {"昨年度", mention_kind::fiscal_year, date(2011, 4, 1), date(2012, 3, 31)},
                   {"今年度", mention_kind::fiscal_year, date(2012, 4, 1), date(2013, 3, 31)}});
}

TEST(DateScanner, WhatIsNotADate) {
  // Counts, durations, ordinals, grades, product names and weekdays.
  const auto found = scan(
      "3か月、15日間、第1回、１、２年生、技術展2013、2,950件、2000年代、第一月曜日、月１回、"
      "明治大学、H24型、7.5月、2日目",
      2012);
  for (const auto& m : found)
    ADD_FAILURE() << "found " << plan6::kind_name(m.kind);
}

TEST(DateScanner, ImpossibleMentionsAreKeptWithTheirProblem) {
  const std::string text = "2月30日、平成32年度、平成元年1月7日、2月29日";
  const auto found = scan(text, 2012);
  ASSERT_EQ(found.size(), 4u);
  for (const auto& m : found) {
    SCOPED_TRACE(slice(text, m));
    EXPECT_FALSE(m.problem.empty());
    EXPECT_FALSE(m.first.has_value());
  }
  EXPECT_NE(found[2].problem.find("昭和64年1月7日"), std::string::npos) << found[2].problem;
  // Without a fiscal year, a month-day is found but not placed, and that is not a problem.
  const auto unplaced = scan("1月28日", std::nullopt);
  ASSERT_EQ(unplaced.size(), 1u);
  EXPECT_TRUE(unplaced[0].problem.empty());
  EXPECT_FALSE(unplaced[0].first.has_value());
  EXPECT_EQ(unplaced[0].month, 1);
  EXPECT_EQ(unplaced[0].day, 28);
}

// Found by the fuzzer's invariant (which had expected no such year): a year written outside the
// supported range is kept as written, with its problem and no days, never placed.
TEST(DateScanner, YearsOutsideTheRangeAreKeptWithTheirProblem) {
  const auto found = scan("実施結果 1006年度、1006年", 2015);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].fiscal_year, 1006);
  EXPECT_NE(found[0].problem.find("outside the years 1400-9998"), std::string::npos)
      << found[0].problem;
  EXPECT_EQ(found[1].year, 1006);
  EXPECT_NE(found[1].problem.find("outside the supported years 1400-9999"), std::string::npos)
      << found[1].problem;
  for (const auto& m : found) {
    EXPECT_FALSE(m.first.has_value());
    EXPECT_FALSE(m.last.has_value());
  }
}

TEST(DateScanner, EraLessYearsTakeTheEraWrittenBefore) {
  const auto found = scan("平成23年度より…24年度においても", std::nullopt);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].fiscal_year, 2012);
  EXPECT_EQ(found[1].era->name, "平成");
  const auto alone = scan("24年度", std::nullopt);
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_FALSE(alone[0].fiscal_year.has_value());
  EXPECT_FALSE(alone[0].problem.empty());
}

TEST(DateScanner, SpansAreCodePointsInTextWithSupplementaryCharacters) {
  // 𠮷 is outside the BMP: one code point, four UTF-8 bytes.
  const std::string text = "𠮷野家で1月28日";
  const auto found = scan(text, 2012);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, 4u);
  EXPECT_EQ(found[0].end, 9u);
}

TEST(DateScanner, ReadOneMention) {
  plan6::scan_options options;
  options.fiscal_year = 2012;
  const auto one = plan6::read_date_mention(plan6::decode_utf8(" （9月3日） "), options);
  EXPECT_EQ(*one.first, date(2012, 9, 3));
  EXPECT_THROW(plan6::read_date_mention(plan6::decode_utf8("2月30日"), options),
               plan6::parse_error);
  EXPECT_THROW(plan6::read_date_mention(plan6::decode_utf8("1月28日と2月1日"), options),
               plan6::parse_error);
  EXPECT_THROW(plan6::read_date_mention(plan6::decode_utf8("報告会"), options), plan6::parse_error);
  EXPECT_THROW(plan6::read_date_mention(plan6::decode_utf8("1月28日"), plan6::scan_options{}),
               plan6::parse_error);
}

TEST(DateScanner, ScanningIsLinearAndNeverThrows) {
  // Hostile input: long digit runs, unmatched brackets, lone marks, invalid numbers.
  std::string text;
  for (int i = 0; i < 2000; ++i)
    text += "9999999月日年度（平成（～から以降";
  EXPECT_NO_THROW(scan(text, 2012));
}

}  // namespace
