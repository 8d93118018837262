#include <gtest/gtest.h>

#include <stdexcept>

#include "plan6/calendar/dates.hpp"
#include "plan6/calendar/fiscal_calendar.hpp"
#include "plan6/calendar/japanese_era.hpp"

namespace {

using boost::gregorian::date;

TEST(CivilDates, DaysOutsideTheRangeAreNamedAsDates) {
  // by hand: 1970-01-01 is day 0; 0001-01-01 is 719162 days before it
  EXPECT_EQ(plan6::describe_epoch_day(0), "1970-01-01");
  EXPECT_EQ(plan6::describe_epoch_day(-719162), "0001-01-01");
  EXPECT_EQ(plan6::describe_epoch_day(2932897), "10000-01-01");
  EXPECT_EQ(plan6::describe_epoch_day(-719163), "0000-12-31");
  try {
    plan6::date_from_epoch_days(-719162);
    FAIL() << "no exception";
  } catch (const std::out_of_range& error) {
    EXPECT_STREQ(error.what(), "0001-01-01 is outside the supported years 1400-9999");
  }
}

// The integer civil-date conversion of the vectorised kernels against Boost.Date_Time, the
// independent implementation, on every day it supports (1400-01-01 … 9999-12-31).
TEST(CivilDates, AgreeWithBoostOnEverySupportedDay) {
  const plan6::epoch_days first = plan6::epoch_days_from_date(date(1400, 1, 1));
  const plan6::epoch_days last = plan6::epoch_days_from_date(date(9999, 12, 31));
  for (plan6::epoch_days days = first; days <= last; ++days) {
    const date boost_date = plan6::date_from_epoch_days(days);
    const plan6::civil_date civil = plan6::civil_from_epoch_days(days);
    const auto ymd = boost_date.year_month_day();
    if (civil.year != ymd.year || civil.month != ymd.month || civil.day != ymd.day) {
      FAIL() << "day " << days << ": " << plan6::iso_date(boost_date) << " vs " << civil.year << "-"
             << civil.month << "-" << civil.day;
    }
    if (plan6::epoch_days_from_civil(civil.year, civil.month, civil.day) != days) {
      FAIL() << "day " << days << " does not round-trip";
    }
  }
  EXPECT_THROW(plan6::civil_from_epoch_days(first - 1), std::out_of_range);
  EXPECT_THROW(plan6::civil_from_epoch_days(last + 1), std::out_of_range);
}

TEST(CivilDates, KernelPathsAgreeWithTheDatePaths) {
  const plan6::fiscal_calendar calendars[] = {
      plan6::fiscal_calendar::japan(), plan6::fiscal_calendar::us_federal(),
      plan6::fiscal_calendar::uk_tax(), plan6::fiscal_calendar::australia(),
      plan6::fiscal_calendar(1, 31, plan6::fiscal_year_naming::by_end_year)};
  const plan6::epoch_days first = plan6::epoch_days_from_date(date(1860, 1, 1));
  const plan6::epoch_days last = plan6::epoch_days_from_date(date(2100, 12, 31));
  for (plan6::epoch_days days = first; days <= last; ++days) {
    const date d = plan6::date_from_epoch_days(days);
    const plan6::civil_date civil = plan6::civil_from_epoch_days(days);
    for (const auto& c : calendars) {
      ASSERT_EQ(c.fiscal_year(civil), c.fiscal_year(d)) << plan6::iso_date(d);
      ASSERT_EQ(c.fiscal_month(civil), c.fiscal_month(d)) << plan6::iso_date(d);
      ASSERT_EQ(c.fiscal_quarter(civil), c.fiscal_quarter(d)) << plan6::iso_date(d);
      ASSERT_EQ(c.day_of_fiscal_year(days, civil), c.day_of_fiscal_year(d)) << plan6::iso_date(d);
    }
    if (d < date(1868, 10, 23)) {
      ASSERT_THROW(plan6::to_era(days, civil), std::out_of_range);
    } else {
      const plan6::era_year fast = plan6::to_era(days, civil);
      const plan6::era_year slow = plan6::to_era(d);
      ASSERT_EQ(&fast.era, &slow.era) << plan6::iso_date(d);
      ASSERT_EQ(fast.year, slow.year) << plan6::iso_date(d);
    }
  }
}

}  // namespace
