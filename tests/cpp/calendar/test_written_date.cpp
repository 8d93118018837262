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
  struct expected {
    const char* text;
    parts want;
  };
  const expected cases[] = {
      {"2010年10月に開始", {2010, 0, 10, 0, 8}},
      {"令和2年8月", {2020, 2, 8, 0, 6}},
      {"平成 29 年 8 月", {2017, 29, 8, 0, 11}},  // spaces between the parts
      {"平成25年3月31日", {2013, 25, 3, 31, 10}},
      {"3月", {0, 0, 3, 0, 2}},
      {"2012年", {2012, 0, 0, 0, 5}},
  };
  for (const expected& c : cases) {
    SCOPED_TRACE(c.text);
    const parts p = read(c.text);
    EXPECT_EQ(p.year, c.want.year);
    EXPECT_EQ(p.era_year, c.want.era_year);
    EXPECT_EQ(p.month, c.want.month);
    EXPECT_EQ(p.day, c.want.day);
    EXPECT_EQ(p.end, c.want.end);
  }
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
