#include <gtest/gtest.h>

#include <stdexcept>

#include "plan6/dates.hpp"
#include "plan6/fiscal_calendar.hpp"

namespace {

using boost::gregorian::date;
using plan6::fiscal_calendar;

TEST(FiscalCalendar, JapanBoundaryIsFirstOfApril) {
  const auto jp = fiscal_calendar::japan();
  EXPECT_EQ(jp.fiscal_year(date(2013, 3, 31)), 2012);
  EXPECT_EQ(jp.fiscal_year(date(2013, 4, 1)), 2013);
  EXPECT_EQ(jp.fiscal_year(date(2013, 1, 28)), 2012);  // 1月28日 of 平成24年度
  EXPECT_EQ(jp.first_day(2012), date(2012, 4, 1));
  EXPECT_EQ(jp.last_day(2012), date(2013, 3, 31));
}

TEST(FiscalCalendar, UsFederalIsNamedByItsEndYear) {
  const auto us = fiscal_calendar::us_federal();
  EXPECT_EQ(us.fiscal_year(date(2012, 9, 30)), 2012);
  EXPECT_EQ(us.fiscal_year(date(2012, 10, 1)), 2013);
  EXPECT_EQ(us.first_day(2013), date(2012, 10, 1));
  EXPECT_EQ(us.last_day(2013), date(2013, 9, 30));
}

TEST(FiscalCalendar, UkTaxYearStartsOnSixthOfApril) {
  const auto uk = fiscal_calendar::uk_tax();
  EXPECT_EQ(uk.fiscal_year(date(2013, 4, 5)), 2012);
  EXPECT_EQ(uk.fiscal_year(date(2013, 4, 6)), 2013);
  EXPECT_EQ(uk.fiscal_month(date(2013, 4, 6)), 1);
  EXPECT_EQ(uk.fiscal_month(date(2013, 5, 5)), 1);
  EXPECT_EQ(uk.fiscal_month(date(2013, 5, 6)), 2);
  EXPECT_EQ(uk.fiscal_month(date(2014, 4, 5)), 12);
}

TEST(FiscalCalendar, AustraliaAndQuarters) {
  const auto au = fiscal_calendar::australia();
  EXPECT_EQ(au.fiscal_year(date(2012, 6, 30)), 2012);
  EXPECT_EQ(au.fiscal_year(date(2012, 7, 1)), 2013);
  const auto jp = fiscal_calendar::japan();
  EXPECT_EQ(jp.fiscal_quarter(date(2012, 4, 1)), 1);
  EXPECT_EQ(jp.fiscal_quarter(date(2012, 6, 30)), 1);
  EXPECT_EQ(jp.fiscal_quarter(date(2012, 7, 1)), 2);
  EXPECT_EQ(jp.fiscal_quarter(date(2013, 3, 31)), 4);
}

TEST(FiscalCalendar, LeapDayAndDayOfYear) {
  const auto jp = fiscal_calendar::japan();
  EXPECT_EQ(jp.fiscal_year(date(2012, 2, 29)), 2011);
  EXPECT_EQ(jp.day_of_fiscal_year(date(2012, 4, 1)), 1);
  EXPECT_EQ(jp.day_of_fiscal_year(date(2012, 3, 31)), 366);  // FY2011 holds 29 Feb 2012
  EXPECT_EQ(jp.day_of_fiscal_year(date(2013, 3, 31)), 365);
}

TEST(FiscalCalendar, CalendarYearStartNamesByThatYear) {
  const fiscal_calendar calendar_year(1, 1, plan6::fiscal_year_naming::by_end_year);
  EXPECT_EQ(calendar_year.fiscal_year(date(2012, 12, 31)), 2012);
  EXPECT_EQ(calendar_year.first_day(2012), date(2012, 1, 1));
}

TEST(FiscalCalendar, RejectsStartsThatAreNotInEveryYear) {
  EXPECT_THROW(fiscal_calendar(2, 29, plan6::fiscal_year_naming::by_start_year),
               std::invalid_argument);
  EXPECT_THROW(fiscal_calendar(13, 1, plan6::fiscal_year_naming::by_start_year),
               std::invalid_argument);
  EXPECT_THROW(fiscal_calendar(4, 31, plan6::fiscal_year_naming::by_start_year),
               std::invalid_argument);
}

TEST(EpochDays, RoundTripAndRange) {
  EXPECT_EQ(plan6::epoch_days_from_date(date(1970, 1, 1)), 0);
  EXPECT_EQ(plan6::epoch_days_from_date(date(2013, 1, 28)), 15733);  // Python: date.toordinal
  EXPECT_EQ(plan6::date_from_epoch_days(15733), date(2013, 1, 28));
  EXPECT_EQ(plan6::date_from_epoch_days(-1), date(1969, 12, 31));
  EXPECT_THROW(plan6::date_from_epoch_days(-300000), std::out_of_range);
}

}  // namespace
