#include <gtest/gtest.h>

#include "plan6/text/number_dates.hpp"

// The calendar's side of the number scanner, on made-up text; years converted by hand.

namespace {

TEST(NumberDates, YearAndMonth) {
  const auto d = plan6::year_and_month(U"令和2年8月に", 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2020);
  EXPECT_EQ(d->month, 8);
  EXPECT_EQ(d->end, 6u);
  EXPECT_FALSE(plan6::year_and_month(U"2012年に", 0));  // a year alone
  EXPECT_FALSE(plan6::year_and_month(U"10月", 0));      // a month alone
  EXPECT_FALSE(plan6::year_and_month(U"2010年度", 0));  // a fiscal year
}

TEST(NumberDates, FiscalRangeStart) {
  const auto r = plan6::read_fiscal_range_start(U"2011(H23)〜2013(H25)年度", 0, 4);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->end, 9u);  // after "(H23)"
  EXPECT_EQ(r->first, 2011);
  EXPECT_EQ(r->last, 2013);
  EXPECT_EQ(r->range_end, 21u);
  const auto era = plan6::read_fiscal_range_start(U"平成23～25年度", 0, 4);
  ASSERT_TRUE(era);
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
