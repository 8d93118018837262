#include <gtest/gtest.h>

#include <string>

#include "plan6/calendar/written_date.hpp"
#include "plan6/common/utf8.hpp"

// Dates as written, read part by part; the years (era years converted by hand: 令和元年 =
// 2019, 平成元年 = 1989) and ends are worked out by hand on made-up text.

namespace {

struct parts {
  int year, era_year, month, day;
  std::size_t end;
};

parts read(const std::string& utf8, std::size_t pos = 0) {
  const auto d = plan6::read_written_date(plan6::decode_utf8(utf8), pos);
  if (!d) return {-1, -1, -1, -1, 0};
  return {d->year, d->era_year, d->month, d->day, d->end};
}

TEST(WrittenDate, YearMonthAndDayEachOptionalFromTheLeft) {
  const parts p1 = read("2010年10月に開始");
  EXPECT_EQ(p1.year, 2010);
  EXPECT_EQ(p1.era_year, 0);
  EXPECT_EQ(p1.month, 10);
  EXPECT_EQ(p1.day, 0);
  EXPECT_EQ(p1.end, 8u);
  const parts p2 = read("令和2年8月");
  EXPECT_EQ(p2.year, 2020);
  EXPECT_EQ(p2.era_year, 2);
  EXPECT_EQ(p2.month, 8);
  const parts p3 = read("平成 29 年 8 月");  // spaces between the parts
  EXPECT_EQ(p3.year, 2017);
  EXPECT_EQ(p3.month, 8);
  EXPECT_EQ(p3.end, 11u);
  const parts p4 = read("平成25年3月31日");
  EXPECT_EQ(p4.year, 2013);
  EXPECT_EQ(p4.day, 31);
  const parts p5 = read("3月");
  EXPECT_EQ(p5.year, 0);
  EXPECT_EQ(p5.month, 3);
  const parts p6 = read("2012年");
  EXPECT_EQ(p6.year, 2012);
  EXPECT_EQ(p6.month, 0);
  EXPECT_EQ(p6.end, 5u);
}

TEST(WrittenDate, WhatIsNoDate) {
  EXPECT_EQ(read("2010年度").year, -1);  // a fiscal year
  EXPECT_EQ(read("5年間").year, -1);     // a length
  EXPECT_EQ(read("3ヵ年").year, -1);     // no four digits, no era
  EXPECT_EQ(read("13月").year, -1);      // no month 13
  EXPECT_EQ(read("3月曜日").year, -1);   // a weekday
  EXPECT_EQ(read("28日間").year, -1);    // and neither is a count of days
  EXPECT_EQ(read("").year, -1);
  const auto day = plan6::read_written_day(U"28日", 0);
  ASSERT_TRUE(day);
  EXPECT_EQ(day->first, 28);
  EXPECT_FALSE(plan6::read_written_day(U"28日目", 0));
  EXPECT_FALSE(plan6::read_written_month(U"第一月曜", 1));
}

}  // namespace
