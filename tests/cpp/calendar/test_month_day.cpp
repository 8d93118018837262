#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "plan6/calendar/month_day.hpp"

namespace {

using boost::gregorian::date;
using plan6::fiscal_calendar;

// Expected dates worked out by hand from each fiscal year's first and last day.
TEST(MonthDay, JapaneseFiscalYearFromTheIssue) {
  const auto jp = fiscal_calendar::japan();
  EXPECT_EQ(plan6::resolve_month_day(jp, 2012, 1, 28), date(2013, 1, 28));
  EXPECT_EQ(plan6::resolve_month_day(jp, 2012, 7, 25), date(2012, 7, 25));
  EXPECT_EQ(plan6::resolve_month_day(jp, 2012, 4, 1), date(2012, 4, 1));
  EXPECT_EQ(plan6::resolve_month_day(jp, 2012, 3, 31), date(2013, 3, 31));
  EXPECT_EQ(plan6::resolve_month_day(jp, 2011, 2, 29), date(2012, 2, 29));
}

TEST(MonthDay, NonexistentDaysNameTheText) {
  const auto jp = fiscal_calendar::japan();
  try {
    plan6::resolve_month_day(jp, 2012, 2, 29);
    FAIL() << "2013 is not a leap year";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("2月29日"), std::string::npos) << error.what();
  }
  EXPECT_THROW(plan6::resolve_month_day(jp, 2012, 2, 30), std::invalid_argument);
  EXPECT_THROW(plan6::resolve_month_day(jp, 2012, 4, 31), std::invalid_argument);
  EXPECT_THROW(plan6::resolve_month_day(jp, 2012, 13, 1), std::invalid_argument);
  EXPECT_THROW(plan6::resolve_month_day(jp, 2012, 1, 0), std::invalid_argument);
}

TEST(MonthDay, OtherCalendars) {
  const auto uk_tax = fiscal_calendar::uk_tax();  // FY2012: 2012-04-06 … 2013-04-05
  EXPECT_EQ(plan6::resolve_month_day(uk_tax, 2012, 4, 5), date(2013, 4, 5));
  EXPECT_EQ(plan6::resolve_month_day(uk_tax, 2012, 4, 6), date(2012, 4, 6));
  // April straddles FY2012: 25 days in 2012, 5 in 2013, so "4月" is April 2012.
  EXPECT_EQ(plan6::resolve_month_year(uk_tax, 2012, 4), 2012);
  const auto us = fiscal_calendar::us_federal();  // FY2013: 2012-10-01 … 2013-09-30
  EXPECT_EQ(plan6::resolve_month_day(us, 2013, 10, 1), date(2012, 10, 1));
  EXPECT_EQ(plan6::resolve_month_day(us, 2013, 9, 30), date(2013, 9, 30));
  const fiscal_calendar late(4, 20, plan6::fiscal_year_naming::by_start_year);
  // 2012-04-20 … 2013-04-19: April has 11 days in 2012 and 19 in 2013.
  EXPECT_EQ(plan6::resolve_month_year(late, 2012, 4), 2013);
  const fiscal_calendar calendar_year(1, 1, plan6::fiscal_year_naming::by_start_year);
  EXPECT_EQ(plan6::resolve_month_day(calendar_year, 2012, 12, 31), date(2012, 12, 31));
}

TEST(MonthDay, MonthsAndRanges) {
  const auto jp = fiscal_calendar::japan();
  const auto october = plan6::resolve_month(jp, 2012, 10);
  EXPECT_EQ(october.begin(), date(2012, 10, 1));
  EXPECT_EQ(october.last(), date(2012, 10, 31));
  const auto february = plan6::resolve_month(jp, 2011, 2);
  EXPECT_EQ(february.last(), date(2012, 2, 29));
  // 8月15日～10月7日 in FY2011.
  auto range = plan6::resolve_month_day_range(jp, 2011, 8, 15, 10, 7);
  EXPECT_EQ(range.begin(), date(2011, 8, 15));
  EXPECT_EQ(range.last(), date(2011, 10, 7));
  // 11月～２月 in FY2011 crosses the calendar year.
  range = plan6::resolve_month_day_range(jp, 2011, 11, 0, 2, 0);
  EXPECT_EQ(range.begin(), date(2011, 11, 1));
  EXPECT_EQ(range.last(), date(2012, 2, 29));
  // 3月から2月の実績 in FY2011: the range began in March 2011, before the fiscal year.
  range = plan6::resolve_month_day_range(jp, 2011, 3, 0, 2, 0);
  EXPECT_EQ(range.begin(), date(2011, 3, 1));
  EXPECT_EQ(range.last(), date(2012, 2, 29));
}

TEST(MonthDay, DaysInMonth) {
  EXPECT_EQ(plan6::days_in_month(2012, 2), 29);
  EXPECT_EQ(plan6::days_in_month(2100, 2), 28);  // not a leap year: divisible by 100
  EXPECT_EQ(plan6::days_in_month(2000, 2), 29);  // a leap year: divisible by 400
  EXPECT_THROW(plan6::days_in_month(2012, 0), std::invalid_argument);
}

}  // namespace
