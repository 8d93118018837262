#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "plan6/calendar/calendar_arrays.hpp"
#include "plan6/calendar/dates.hpp"
#include "plan6/calendar/japanese_era.hpp"

namespace {

using boost::gregorian::date;
using plan6::fiscal_calendar;
using plan6::fiscal_field;

constexpr std::int64_t ns_per_day = 86400LL * 1000 * 1000 * 1000;

// The branch-free array loops against the Boost.Date_Time paths (the independent scalar
// implementation), on every day of 1860–2100, for odd calendars too.
TEST(CalendarArrays, EveryFieldOfEveryDayAgreesWithTheScalarPath) {
  const std::int64_t first = plan6::epoch_days_from_date(date(1860, 1, 1));
  const std::int64_t last = plan6::epoch_days_from_date(date(2100, 12, 31));
  std::vector<std::int64_t> days;
  for (std::int64_t d = first; d <= last; ++d)
    days.push_back(d);
  const plan6::tick_array ticks{days.data(), days.size(), 1, 1};
  const fiscal_calendar calendars[] = {
      fiscal_calendar::japan(),
      fiscal_calendar::us_federal(),
      fiscal_calendar::uk_tax(),
      fiscal_calendar::australia(),
      fiscal_calendar(1, 31, plan6::fiscal_year_naming::by_end_year),
      fiscal_calendar(1, 1, plan6::fiscal_year_naming::by_end_year)};
  std::vector<std::int64_t> out(days.size());
  std::vector<char> missing(days.size());
  for (const auto& c : calendars) {
    SCOPED_TRACE(c.describe());
    for (const auto field : {fiscal_field::year, fiscal_field::quarter, fiscal_field::month,
                             fiscal_field::day_of_year}) {
      plan6::fiscal_fields(ticks, c, field, out.data(), reinterpret_cast<bool*>(missing.data()));
      for (std::size_t i = 0; i < days.size(); ++i) {
        const date d = plan6::date_from_epoch_days(days[i]);
        const int expected = field == fiscal_field::year      ? c.fiscal_year(d)
                             : field == fiscal_field::quarter ? c.fiscal_quarter(d)
                             : field == fiscal_field::month   ? c.fiscal_month(d)
                                                              : c.day_of_fiscal_year(d);
        ASSERT_EQ(out[i], expected) << plan6::iso_date(d) << " field " << static_cast<int>(field);
        ASSERT_FALSE(missing[i]);
      }
    }
  }
  std::vector<std::int8_t> eras(days.size());
  std::vector<std::int32_t> years(days.size());
  const std::int64_t meiji = plan6::epoch_days_from_date(date(1868, 10, 23));
  const plan6::tick_array from_meiji{days.data() + (meiji - first), days.size() - (meiji - first),
                                     1, 1};
  plan6::era_years(from_meiji, eras.data(), years.data());
  for (std::size_t i = 0; i < from_meiji.size; ++i) {
    const date d = plan6::date_from_epoch_days(from_meiji.data[i]);
    const plan6::era_year expected = plan6::to_era(d);
    ASSERT_EQ(&plan6::japanese_eras()[static_cast<std::size_t>(eras[i])], &expected.era)
        << plan6::iso_date(d);
    ASSERT_EQ(years[i], expected.year) << plan6::iso_date(d);
  }
}

TEST(CalendarArrays, NanosecondsFloorToTheirDayOnBothSidesOf1970) {
  // 1969-12-31T23:59:59.999999999, 1970-01-01T00:00, 2012-03-31T23:00, 2012-04-01T00:00.
  const std::int64_t april = plan6::epoch_days_from_date(date(2012, 4, 1)) * ns_per_day;
  const std::vector<std::int64_t> ticks{-1, 0, april - 3600LL * 1000 * 1000 * 1000, april,
                                        plan6::not_a_time};
  std::vector<std::int64_t> out(ticks.size());
  bool missing[5];
  plan6::fiscal_fields({ticks.data(), ticks.size(), 1, ns_per_day}, fiscal_calendar::japan(),
                       fiscal_field::year, out.data(), missing);
  EXPECT_EQ(out, (std::vector<std::int64_t>{1969, 1969, 2011, 2012, 0}));
  EXPECT_TRUE(missing[4]);
  EXPECT_FALSE(missing[0]);
  // An odd unit (datetime64[10ms]: 8,640,000 ticks a day) goes through the general division.
  const std::vector<std::int64_t> odd{-1, 8640000LL * 15431};  // 2012-04-01 is day 15431
  plan6::fiscal_fields({odd.data(), odd.size(), 1, 8640000}, fiscal_calendar::japan(),
                       fiscal_field::year, out.data(), missing);
  EXPECT_EQ(out[0], 1969);
  EXPECT_EQ(out[1], 2012);
}

TEST(CalendarArrays, StridedAndReversedInput) {
  // 2012-03-31, x, 2012-04-01, x, 2013-04-01 read with stride 2, then backwards.
  const std::vector<std::int64_t> days{15430, 0, 15431, 0, 15796};
  std::vector<std::int64_t> out(3);
  bool missing[3];
  plan6::fiscal_fields({days.data(), 3, 2, 1}, fiscal_calendar::japan(), fiscal_field::year,
                       out.data(), missing);
  EXPECT_EQ(out, (std::vector<std::int64_t>{2011, 2012, 2013}));
  plan6::fiscal_fields({days.data() + 4, 3, -2, 1}, fiscal_calendar::japan(), fiscal_field::year,
                       out.data(), missing);
  EXPECT_EQ(out, (std::vector<std::int64_t>{2013, 2012, 2011}));
}

TEST(CalendarArrays, ErrorsNameThePosition) {
  const std::vector<std::int64_t> days{15431, -300000};
  std::vector<std::int64_t> out(2);
  bool missing[2];
  try {
    plan6::fiscal_fields({days.data(), 2, 1, 1}, fiscal_calendar::japan(), fiscal_field::year,
                         out.data(), missing);
    FAIL() << "expected out_of_range";
  } catch (const std::out_of_range& error) {
    EXPECT_NE(std::string(error.what()).find("dates[1]"), std::string::npos) << error.what();
  }
  // Huge values must not overflow anywhere (UBSan runs this too).
  const std::vector<std::int64_t> huge{INT64_MAX, plan6::not_a_time + 1};
  EXPECT_THROW(plan6::fiscal_fields({huge.data(), 2, 1, 1}, fiscal_calendar::japan(),
                                    fiscal_field::day_of_year, out.data(), missing),
               std::out_of_range);
  // In nanoseconds the extremes are 2262-04-11 and 1677-09-21, well inside the years.
  plan6::fiscal_fields({huge.data(), 2, 1, ns_per_day}, fiscal_calendar::japan(),
                       fiscal_field::year, out.data(), missing);
  EXPECT_EQ(out, (std::vector<std::int64_t>{2262, 1677}));
  EXPECT_THROW(plan6::fiscal_fields({days.data(), 1, 1, 0}, fiscal_calendar::japan(),
                                    fiscal_field::year, out.data(), missing),
               std::invalid_argument);
  const std::vector<std::int64_t> early{plan6::epoch_days_from_date(date(1989, 1, 8)),
                                        plan6::epoch_days_from_date(date(1868, 10, 22))};
  std::int8_t eras[2];
  std::int32_t years[2];
  try {
    plan6::era_years({early.data(), 2, 1, 1}, eras, years);
    FAIL() << "expected out_of_range";
  } catch (const std::out_of_range& error) {
    EXPECT_NE(std::string(error.what()).find("dates[1]: 1868-10-22"), std::string::npos)
        << error.what();
  }
}

}  // namespace
