#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "plan6/calendar/japanese_era.hpp"

namespace {

using boost::gregorian::date;

void expect_era(const date& d, std::string_view name, int year) {
  const plan6::era_year e = plan6::to_era(d);
  EXPECT_EQ(e.era.name, name) << plan6::iso_date(d);
  EXPECT_EQ(e.year, year) << plan6::iso_date(d);
}

// Each era's first day and the last year of the era before it, from the era table (明治
// 1868-10-23, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01).
struct boundary {
  const char* era;
  date first;
  const char* before;
  int last_year_before;
};

const boundary boundaries[] = {
    {"大正", date(1912, 7, 30), "明治", 45},
    {"昭和", date(1926, 12, 25), "大正", 15},
    {"平成", date(1989, 1, 8), "昭和", 64},
    {"令和", date(2019, 5, 1), "平成", 31},
};

// Both sides of every boundary: the first day is year 1 of the new era, and the day before
// is the last year of the old one; era_date accepts each day only in its own era.
TEST(JapaneseEra, EveryBoundaryOnBothSides) {
  using plan6::era_date;
  using plan6::find_era;
  for (const boundary& b : boundaries) {
    SCOPED_TRACE(b.era);
    const date last = b.first - boost::gregorian::days(1);
    const int m = b.first.month();
    const int d = b.first.day();
    expect_era(b.first, b.era, 1);
    expect_era(last, b.before, b.last_year_before);
    EXPECT_EQ(era_date(find_era(b.era), 1, m, d), b.first);
    EXPECT_THROW(era_date(find_era(b.era), 1, last.month(), last.day()), std::invalid_argument);
    EXPECT_EQ(era_date(find_era(b.before), b.last_year_before, last.month(), last.day()), last);
    EXPECT_THROW(era_date(find_era(b.before), b.last_year_before, m, d), std::invalid_argument);
  }
  expect_era(date(1868, 10, 23), "明治", 1);
  expect_era(date(2012, 4, 1), "平成", 24);
  EXPECT_EQ(era_date(find_era("明治"), 1, 10, 23), date(1868, 10, 23));
  EXPECT_THROW(era_date(find_era("明治"), 1, 10, 22), std::invalid_argument);
}

TEST(JapaneseEra, BeforeMeijiIsRejected) {
  EXPECT_THROW(plan6::to_era(date(1868, 10, 22)), std::out_of_range);
}

TEST(JapaneseEra, GregorianYearOfAnEraYear) {
  EXPECT_EQ(plan6::gregorian_year(plan6::find_era("平成"), 24), 2012);
  EXPECT_EQ(plan6::gregorian_year(plan6::find_era("R"), 1), 2019);
  EXPECT_EQ(plan6::gregorian_year(plan6::find_era("heisei"), 31), 2019);
  EXPECT_THROW(plan6::gregorian_year(plan6::find_era("平成"), 32), std::invalid_argument);
  EXPECT_EQ(plan6::gregorian_year(plan6::find_era("平成"), 32, /*lenient=*/true), 2020);
  EXPECT_THROW(plan6::gregorian_year(plan6::find_era("昭和"), 0), std::invalid_argument);
  EXPECT_THROW(plan6::find_era("天平"), std::invalid_argument);
}

TEST(JapaneseEra, LenientReadingCountsOnPastTheEnd) {
  using plan6::era_date;
  using plan6::find_era;
  EXPECT_EQ(era_date(find_era("平成"), 31, 5, 1, /*lenient=*/true), date(2019, 5, 1));
  EXPECT_EQ(era_date(find_era("平成"), 32, 4, 1, /*lenient=*/true), date(2020, 4, 1));
  // never before the start
  EXPECT_THROW(era_date(find_era("平成"), 1, 1, 7, /*lenient=*/true), std::invalid_argument);
}

// The message of the invalid_argument that `f` throws.
template <typename F>
std::string error_of(F f) {
  try {
    f();
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  ADD_FAILURE() << "expected an error";
  return {};
}

TEST(JapaneseEra, EraDateErrorsSayWhy) {
  const auto& heisei = plan6::find_era("平成");
  // the day before 平成 began is named as the date it is
  EXPECT_NE(error_of([&] { plan6::era_date(heisei, 1, 1, 7); }).find("昭和64年1月7日"),
            std::string::npos);
  EXPECT_NE(error_of([&] { plan6::era_date(heisei, 24, 2, 30); }).find("平成24年2月30日"),
            std::string::npos);
  EXPECT_THROW(plan6::era_date(plan6::find_era("昭和"), 0, 1, 1), std::invalid_argument);
  EXPECT_EQ(plan6::era_date(plan6::find_era("平成"), 24, 2, 29), date(2012, 2, 29));
  EXPECT_THROW(plan6::era_date(plan6::find_era("平成"), 25, 2, 29), std::invalid_argument);
}

TEST(JapaneseEra, EraOfAYearNamesItByTheEraAtItsEnd) {
  // 2019 began in 平成 but is 令和元年 in labels (令和元年度); likewise 1989 is 平成元年.
  EXPECT_EQ(plan6::era_of_year(2019).era.name, "令和");
  EXPECT_EQ(plan6::era_of_year(2019).year, 1);
  EXPECT_EQ(plan6::era_of_year(2018).era.name, "平成");
  EXPECT_EQ(plan6::era_of_year(2018).year, 30);
  EXPECT_EQ(plan6::era_of_year(1989).era.name, "平成");
  EXPECT_EQ(plan6::era_of_year(1988).year, 63);
  EXPECT_EQ(plan6::era_of_year(1868).era.name, "明治");
  EXPECT_THROW(plan6::era_of_year(1867), std::out_of_range);
  EXPECT_EQ(plan6::format_era_date(plan6::find_era("令和"), 1, 5, 1), "令和元年5月1日");
  EXPECT_EQ(plan6::next_era(plan6::find_era("令和")), nullptr);
  EXPECT_EQ(plan6::next_era(plan6::find_era("昭和"))->name, "平成");
}

// The era rule (japanese_era.hpp) at every boundary, by hand from the eras' first days.
TEST(JapaneseEra, AFiscalYearIsWrittenInTheEraOfItsLargerPart) {
  const struct {
    int fiscal_year;
    const char* era;
    int year;
  } written[] = {{1868, "明治", 1},   {1912, "大正", 1},   {1926, "大正", 15}, {1927, "昭和", 2},
                 {1988, "昭和", 63},  {1989, "平成", 1},   {2018, "平成", 30}, {2019, "令和", 1},
                 {3017, "令和", 999}, {9998, "令和", 7980}};
  for (const auto& w : written) {
    const plan6::era_year named = plan6::era_of_fiscal_year(w.fiscal_year);
    EXPECT_EQ(named.era.name, w.era) << w.fiscal_year;
    EXPECT_EQ(named.year, w.year) << w.fiscal_year;
  }
  EXPECT_THROW(plan6::era_of_fiscal_year(1867), std::out_of_range);
  EXPECT_THROW(plan6::era_of_fiscal_year(9999), std::out_of_range);
  EXPECT_EQ(plan6::written_era_of_fiscal_year(3017).year, 999);
  EXPECT_THROW(plan6::written_era_of_fiscal_year(3018), std::out_of_range);
}

TEST(JapaneseEra, AnEraFiscalYearIsReadWhenTheEraTouchesIt) {
  const auto& meiji = plan6::find_era("明治");
  const auto& taisho = plan6::find_era("大正");
  const auto& showa = plan6::find_era("昭和");
  const auto& heisei = plan6::find_era("平成");
  EXPECT_EQ(plan6::gregorian_fiscal_year(meiji, 45), 1912);
  EXPECT_THROW(plan6::gregorian_fiscal_year(meiji, 46), std::invalid_argument);
  EXPECT_EQ(plan6::gregorian_fiscal_year(taisho, 15), 1926);
  EXPECT_EQ(plan6::gregorian_fiscal_year(showa, 1), 1926);
  EXPECT_EQ(plan6::gregorian_fiscal_year(showa, 63), 1988);
  EXPECT_THROW(plan6::gregorian_fiscal_year(showa, 64), std::invalid_argument);  // FY1989
  EXPECT_EQ(plan6::gregorian_fiscal_year(showa, 64, /*lenient=*/true), 1989);
  EXPECT_EQ(plan6::gregorian_fiscal_year(heisei, 31), 2019);
  EXPECT_THROW(plan6::gregorian_fiscal_year(heisei, 32), std::invalid_argument);
  EXPECT_THROW(plan6::gregorian_fiscal_year(heisei, 0), std::invalid_argument);
  // beyond FY9998, lenient or not, and no int wraps around
  EXPECT_THROW(plan6::gregorian_fiscal_year(plan6::find_era("令和"), 7981, true),
               std::invalid_argument);
  EXPECT_THROW(plan6::gregorian_fiscal_year(heisei, 2147483647, true), std::invalid_argument);
  // calendar years: 昭和64年 (1989-01-01…07) exists; beyond 9999 does not
  EXPECT_EQ(plan6::gregorian_year(showa, 64), 1989);
  EXPECT_EQ(plan6::gregorian_year(plan6::find_era("令和"), 7981), 9999);
  EXPECT_THROW(plan6::gregorian_year(plan6::find_era("令和"), 7982, true), std::invalid_argument);
  EXPECT_THROW(plan6::gregorian_year(heisei, 2147483647, true), std::invalid_argument);
}

}  // namespace
