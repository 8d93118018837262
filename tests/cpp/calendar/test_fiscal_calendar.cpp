#include <gtest/gtest.h>

#include <stdexcept>
#include <utility>

#include "plan6/calendar/dates.hpp"
#include "plan6/calendar/fiscal_calendar.hpp"

namespace {

using boost::gregorian::date;
using plan6::fiscal_calendar;

// What a calendar says of one day: its fiscal year, quarter, month or day of the fiscal year.
using measure = int (fiscal_calendar::*)(const date&) const;
const measure year = &fiscal_calendar::fiscal_year;
const measure quarter = &fiscal_calendar::fiscal_quarter;
const measure month = &fiscal_calendar::fiscal_month;
const measure day_of_year = &fiscal_calendar::day_of_fiscal_year;

struct day_case {
  const char* calendar_name;
  fiscal_calendar calendar;
  measure of;
  date day;
  int expected;
};

// Worked out by hand from each government's definition (Japan 1 Apr named by start year, US
// federal 1 Oct named by end year, UK tax 6 Apr, Australia 1 Jul named by end year).
TEST(FiscalCalendar, DaysOfEveryCalendar) {
  const auto jp = fiscal_calendar::japan();
  const auto us = fiscal_calendar::us_federal();
  const auto uk = fiscal_calendar::uk_tax();
  const auto au = fiscal_calendar::australia();
  // 31 January start: February has no 31st, so fiscal month 2 begins on 1 March.
  const fiscal_calendar late(1, 31, plan6::fiscal_year_naming::by_start_year);
  const day_case cases[] = {
      {"japan", jp, year, date(2013, 3, 31), 2012},
      {"japan", jp, year, date(2013, 4, 1), 2013},
      {"japan", jp, year, date(2013, 1, 28), 2012},  // 1月28日 of 平成24年度
      {"japan", jp, year, date(2012, 2, 29), 2011},
      {"japan", jp, quarter, date(2012, 4, 1), 1},
      {"japan", jp, quarter, date(2012, 6, 30), 1},
      {"japan", jp, quarter, date(2012, 7, 1), 2},
      {"japan", jp, quarter, date(2012, 9, 30), 2},
      {"japan", jp, quarter, date(2012, 10, 1), 3},
      {"japan", jp, quarter, date(2012, 12, 31), 3},
      {"japan", jp, quarter, date(2013, 1, 1), 4},
      {"japan", jp, quarter, date(2013, 3, 31), 4},
      {"japan", jp, month, date(2013, 1, 28), 10},
      {"japan", jp, day_of_year, date(2012, 4, 1), 1},
      {"japan", jp, day_of_year, date(2012, 3, 31), 366},  // FY2011 holds 29 Feb 2012
      {"japan", jp, day_of_year, date(2013, 3, 31), 365},
      {"us_federal", us, year, date(2012, 9, 30), 2012},
      {"us_federal", us, year, date(2012, 10, 1), 2013},
      {"us_federal", us, year, date(2012, 2, 29), 2012},
      {"us_federal", us, day_of_year, date(2012, 2, 29), 152},  // Oct 31+Nov 30+Dec 31+Jan 31+29
      {"uk_tax", uk, year, date(2013, 4, 5), 2012},
      {"uk_tax", uk, year, date(2013, 4, 6), 2013},
      {"uk_tax", uk, year, date(2012, 2, 29), 2011},
      {"uk_tax", uk, month, date(2013, 4, 6), 1},
      {"uk_tax", uk, month, date(2013, 5, 5), 1},
      {"uk_tax", uk, month, date(2013, 5, 6), 2},
      {"uk_tax", uk, month, date(2014, 4, 5), 12},
      {"uk_tax", uk, day_of_year, date(2016, 4, 5), 366},
      {"australia", au, year, date(2012, 6, 30), 2012},
      {"australia", au, year, date(2012, 7, 1), 2013},
      {"australia", au, year, date(2012, 2, 29), 2012},
      {"australia", au, day_of_year, date(2012, 6, 30), 366},  // 2011-07-01 … 2012-06-30
      {"australia", au, day_of_year, date(2013, 6, 30), 365},
      {"late", late, month, date(2013, 1, 31), 1},
      {"late", late, month, date(2013, 2, 28), 1},
      {"late", late, month, date(2013, 3, 1), 2},
      {"late", late, month, date(2013, 3, 31), 3},
      {"late", late, month, date(2014, 1, 30), 12},
      {"late", late, year, date(2014, 1, 30), 2013},
  };
  for (const day_case& c : cases)
    EXPECT_EQ((c.calendar.*c.of)(c.day), c.expected)
        << c.calendar_name << " " << plan6::iso_date(c.day);
}

TEST(FiscalCalendar, FirstAndLastDays) {
  EXPECT_EQ(fiscal_calendar::japan().first_day(2012), date(2012, 4, 1));
  EXPECT_EQ(fiscal_calendar::japan().last_day(2012), date(2013, 3, 31));
  EXPECT_EQ(fiscal_calendar::us_federal().first_day(2013), date(2012, 10, 1));
  EXPECT_EQ(fiscal_calendar::us_federal().last_day(2013), date(2013, 9, 30));
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
  // FY9998 is the last: it ends on 9999-03-31 (it threw, as FY9999's first day does)
  EXPECT_EQ(fiscal_calendar::japan().last_day(9998), date(9999, 3, 31));
  EXPECT_THROW(fiscal_calendar::japan().last_day(9999), std::out_of_range);
  EXPECT_EQ(fiscal_calendar::us_federal().last_day(9999), date(9999, 9, 30));
}

}  // namespace
