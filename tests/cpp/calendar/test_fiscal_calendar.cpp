#include <gtest/gtest.h>

#include <stdexcept>
#include <utility>

#include "plan6/calendar/dates.hpp"
#include "plan6/calendar/fiscal_calendar.hpp"

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

// Every preset on both sides of its fiscal-year boundary; expected values worked out by hand
// from each government's definition (Japan 1 Apr named by start year, US federal 1 Oct named
// by end year, UK 1 Apr, UK tax 6 Apr, Australia 1 Jul named by end year).
struct boundary_case {
  const char* name;
  fiscal_calendar calendar;
  date last_of_fy2012;
  date first_of_fy2013;
};

TEST(FiscalCalendar, EveryPresetOnBothSidesOfItsBoundary) {
  const boundary_case cases[] = {
      {"japan", fiscal_calendar::japan(), date(2013, 3, 31), date(2013, 4, 1)},
      {"us_federal", fiscal_calendar::us_federal(), date(2012, 9, 30), date(2012, 10, 1)},
      {"uk_government", fiscal_calendar::uk_government(), date(2013, 3, 31), date(2013, 4, 1)},
      {"uk_tax", fiscal_calendar::uk_tax(), date(2013, 4, 5), date(2013, 4, 6)},
      {"australia", fiscal_calendar::australia(), date(2012, 6, 30), date(2012, 7, 1)},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(c.calendar.fiscal_year(c.last_of_fy2012), 2012);
    EXPECT_EQ(c.calendar.fiscal_year(c.first_of_fy2013), 2013);
    EXPECT_EQ(c.calendar.last_day(2012), c.last_of_fy2012);
    EXPECT_EQ(c.calendar.first_day(2013), c.first_of_fy2013);
    EXPECT_EQ(c.calendar.fiscal_quarter(c.last_of_fy2012), 4);
    EXPECT_EQ(c.calendar.fiscal_quarter(c.first_of_fy2013), 1);
    EXPECT_EQ(c.calendar.fiscal_month(c.last_of_fy2012), 12);
    EXPECT_EQ(c.calendar.fiscal_month(c.first_of_fy2013), 1);
    EXPECT_EQ(c.calendar.day_of_fiscal_year(c.first_of_fy2013), 1);
    EXPECT_EQ(c.calendar.period(2012).last(), c.last_of_fy2012);
    EXPECT_TRUE(c.calendar.period(2013).contains(c.first_of_fy2013));
    EXPECT_FALSE(c.calendar.period(2013).contains(c.last_of_fy2012));
  }
}

TEST(FiscalCalendar, QuarterBoundariesInJapan) {
  const auto jp = fiscal_calendar::japan();
  EXPECT_EQ(jp.fiscal_quarter(date(2012, 9, 30)), 2);
  EXPECT_EQ(jp.fiscal_quarter(date(2012, 10, 1)), 3);
  EXPECT_EQ(jp.fiscal_quarter(date(2012, 12, 31)), 3);
  EXPECT_EQ(jp.fiscal_quarter(date(2013, 1, 1)), 4);
  EXPECT_EQ(jp.fiscal_month(date(2013, 1, 28)), 10);
}

TEST(FiscalCalendar, LeapDaysInEveryCalendar) {
  // 29 February 2012: FY2011 in Japan and the UK, FY2012 for the US and Australia.
  EXPECT_EQ(fiscal_calendar::japan().fiscal_year(date(2012, 2, 29)), 2011);
  EXPECT_EQ(fiscal_calendar::uk_tax().fiscal_year(date(2012, 2, 29)), 2011);
  EXPECT_EQ(fiscal_calendar::us_federal().fiscal_year(date(2012, 2, 29)), 2012);
  EXPECT_EQ(fiscal_calendar::australia().fiscal_year(date(2012, 2, 29)), 2012);
  // Days in a fiscal year: 366 when it holds a 29 February.
  const auto au = fiscal_calendar::australia();
  EXPECT_EQ(au.day_of_fiscal_year(au.last_day(2012)), 366);  // 2011-07-01 … 2012-06-30
  EXPECT_EQ(au.day_of_fiscal_year(au.last_day(2013)), 365);
  const auto us = fiscal_calendar::us_federal();
  EXPECT_EQ(us.day_of_fiscal_year(date(2012, 2, 29)), 152);  // Oct 31+Nov 30+Dec 31+Jan 31+29
  EXPECT_EQ(fiscal_calendar::uk_tax().day_of_fiscal_year(date(2016, 4, 5)), 366);
}

TEST(FiscalCalendar, FiscalYearsSpanned) {
  const auto jp = fiscal_calendar::japan();
  EXPECT_EQ(jp.fiscal_years_spanned(date(2012, 3, 1), date(2013, 4, 1)),
            std::make_pair(2011, 2013));
  EXPECT_EQ(jp.fiscal_years_spanned(date(2012, 4, 1), date(2012, 4, 1)),
            std::make_pair(2012, 2012));
  EXPECT_THROW(jp.fiscal_years_spanned(date(2012, 4, 2), date(2012, 4, 1)), std::invalid_argument);
}

TEST(FiscalCalendar, FirstDayOutsideTheSupportedYearsThrows) {
  EXPECT_THROW(fiscal_calendar::japan().first_day(1399), std::out_of_range);
  EXPECT_THROW(fiscal_calendar::japan().last_day(9998), std::out_of_range);
}

TEST(FiscalCalendar, FiscalMonthsOfALateStartDay) {
  // 31 January start: February has no 31st, so fiscal month 2 begins on 1 March.
  const fiscal_calendar late(1, 31, plan6::fiscal_year_naming::by_start_year);
  EXPECT_EQ(late.fiscal_month(date(2013, 1, 31)), 1);
  EXPECT_EQ(late.fiscal_month(date(2013, 2, 28)), 1);
  EXPECT_EQ(late.fiscal_month(date(2013, 3, 1)), 2);
  EXPECT_EQ(late.fiscal_month(date(2013, 3, 31)), 3);
  EXPECT_EQ(late.fiscal_month(date(2014, 1, 30)), 12);
  EXPECT_EQ(late.fiscal_year(date(2014, 1, 30)), 2013);
}

}  // namespace
