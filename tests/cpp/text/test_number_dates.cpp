#include <gtest/gtest.h>

#include "plan6/text/number_dates.hpp"

// The calendar's side of the number scanner, on made-up text; years converted by hand.

namespace {

// A year mention as the scanner finds it: its span, where its digits are and its value.
plan6::number_mention year_mention(std::size_t start, std::size_t number_start, double value) {
  plan6::number_mention m;
  m.start = start;
  m.number_start = number_start;
  m.value = value;
  m.kind = plan6::number_kind::year;
  m.unit = "year";
  return m;
}

TEST(NumberDates, YearAndMonth) {
  plan6::number_mention m = year_mention(0, 2, 2);  // 令和2年, value 2 as written
  ASSERT_TRUE(plan6::read_year_month(U"令和2年8月に", m));
  EXPECT_EQ(m.kind, plan6::number_kind::date);
  EXPECT_EQ(m.unit, "year_month");
  EXPECT_EQ(m.value, 2020);
  EXPECT_EQ(m.year, 2020);
  EXPECT_EQ(m.month, 8);
  EXPECT_EQ(m.end, 6u);
  plan6::number_mention full = year_mention(0, 0, 2012);
  ASSERT_TRUE(plan6::read_year_month(U"2012年4月1日", full));
  EXPECT_EQ(full.unit, "year_month_day");
  EXPECT_EQ(full.day, 1);
  plan6::number_mention alone = year_mention(0, 0, 2012);
  EXPECT_FALSE(plan6::read_year_month(U"2012年に", alone));  // a year alone is left as it is
  EXPECT_EQ(alone.kind, plan6::number_kind::year);
  EXPECT_EQ(alone.value, 2012);
}

TEST(NumberDates, ErasAndBracketedYears) {
  EXPECT_EQ(plan6::era_before(U"平成 24", 3), 0u);
  EXPECT_EQ(plan6::era_before(U"H24", 1), 0u);
  EXPECT_EQ(plan6::era_before(U"ABH24", 3), std::u32string_view::npos);  // inside a word
  EXPECT_EQ(plan6::era_before(U"第24", 1), std::u32string_view::npos);
  const std::u32string a = U"2013(H25)年度";
  const auto y = plan6::read_bracketed_year(a, *plan6::read_numeral(a, 0));
  ASSERT_TRUE(y);
  EXPECT_EQ(y->start, 0u);
  EXPECT_EQ(y->end, 9u);
  const std::u32string b = U"平成24（2012）年度";
  const auto e = plan6::read_bracketed_year(b, *plan6::read_numeral(b, 2));
  ASSERT_TRUE(e);
  EXPECT_EQ(e->start, 0u);  // from the era
  EXPECT_EQ(e->end, 10u);
  const std::u32string c = U"2013(25)";
  EXPECT_FALSE(plan6::read_bracketed_year(c, *plan6::read_numeral(c, 0)));  // no era
}

TEST(NumberDates, FiscalRangeStart) {
  const auto r = plan6::read_fiscal_range_start(U"2011(H23)〜2013(H25)年度", 0, 4);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->start, 0u);
  EXPECT_EQ(r->end, 9u);  // after "(H23)"
  EXPECT_EQ(r->first, 2011);
  EXPECT_EQ(r->last, 2013);
  EXPECT_EQ(r->range_end, 21u);
  const auto era = plan6::read_fiscal_range_start(U"平成23～25年度", 2, 4);
  ASSERT_TRUE(era);
  EXPECT_EQ(era->start, 0u);  // from its era
  EXPECT_EQ(era->end, 4u);
  EXPECT_EQ(era->last, 2013);
  EXPECT_FALSE(plan6::read_fiscal_range_start(U"2011年度～2013年度", 0, 4));  // 年度 twice
  EXPECT_FALSE(plan6::read_fiscal_range_start(U"15～16日", 0, 2));            // days
  EXPECT_FALSE(plan6::read_fiscal_range_start(U"2010～2012年", 0, 4));        // calendar years
}

TEST(NumberDates, MinutesAndYears) {
  plan6::number_mention hour;
  hour.start = 0;
  hour.end = 3;
  hour.unit = "hour";
  EXPECT_FALSE(plan6::minutes_are_length(U"10時30分", 3, 6, &hour));
  EXPECT_FALSE(plan6::minutes_are_length(U"10時 30分", 4, 7, &hour));
  EXPECT_TRUE(plan6::minutes_are_length(U"所要30分", 2, 5, nullptr));
  EXPECT_FALSE(plan6::minutes_are_length(U"3分の1", 0, 2, nullptr));  // a fraction
  plan6::number_mention fy;
  fy.start = 0;
  fy.number_start = 2;
  fy.value = 24;
  EXPECT_EQ(plan6::gregorian_year_of(U"平成24年度", fy), 2012);
  fy.number_start = 0;
  EXPECT_EQ(plan6::gregorian_year_of(U"24年度", fy), 0);  // no era written
  fy.value = 2012;
  EXPECT_EQ(plan6::gregorian_year_of(U"2012年度", fy), 2012);
}

}  // namespace
