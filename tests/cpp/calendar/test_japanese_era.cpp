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

TEST(JapaneseEra, EveryBoundaryOnBothSides) {
  expect_era(date(1868, 10, 23), "明治", 1);
  expect_era(date(1912, 7, 29), "明治", 45);
  expect_era(date(1912, 7, 30), "大正", 1);
  expect_era(date(1926, 12, 24), "大正", 15);
  expect_era(date(1926, 12, 25), "昭和", 1);
  expect_era(date(1989, 1, 7), "昭和", 64);
  expect_era(date(1989, 1, 8), "平成", 1);
  expect_era(date(2019, 4, 30), "平成", 31);
  expect_era(date(2019, 5, 1), "令和", 1);
  expect_era(date(2012, 4, 1), "平成", 24);
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

// Each boundary of era_date on both sides: the first day of an era is valid and the day before
// belongs to the previous era (dates from the era table: 明治 1868-10-23, 大正 1912-07-30,
// 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01).
TEST(JapaneseEra, EraDatesAtEveryBoundary) {
  using plan6::era_date;
  using plan6::find_era;
  EXPECT_EQ(era_date(find_era("明治"), 1, 10, 23), date(1868, 10, 23));
  EXPECT_THROW(era_date(find_era("明治"), 1, 10, 22), std::invalid_argument);
  EXPECT_EQ(era_date(find_era("明治"), 45, 7, 29), date(1912, 7, 29));
  EXPECT_THROW(era_date(find_era("明治"), 45, 7, 30), std::invalid_argument);
  EXPECT_EQ(era_date(find_era("大正"), 1, 7, 30), date(1912, 7, 30));
  EXPECT_THROW(era_date(find_era("大正"), 1, 7, 29), std::invalid_argument);
  EXPECT_EQ(era_date(find_era("大正"), 15, 12, 24), date(1926, 12, 24));
  EXPECT_THROW(era_date(find_era("大正"), 15, 12, 25), std::invalid_argument);
  EXPECT_EQ(era_date(find_era("昭和"), 1, 12, 25), date(1926, 12, 25));
  EXPECT_THROW(era_date(find_era("昭和"), 1, 12, 24), std::invalid_argument);
  EXPECT_EQ(era_date(find_era("昭和"), 64, 1, 7), date(1989, 1, 7));
  EXPECT_THROW(era_date(find_era("昭和"), 64, 1, 8), std::invalid_argument);
  EXPECT_EQ(era_date(find_era("平成"), 1, 1, 8), date(1989, 1, 8));
  EXPECT_THROW(era_date(find_era("平成"), 1, 1, 7), std::invalid_argument);
  EXPECT_EQ(era_date(find_era("平成"), 31, 4, 30), date(2019, 4, 30));
  EXPECT_THROW(era_date(find_era("平成"), 31, 5, 1), std::invalid_argument);
  EXPECT_EQ(era_date(find_era("令和"), 1, 5, 1), date(2019, 5, 1));
  EXPECT_THROW(era_date(find_era("令和"), 1, 4, 30), std::invalid_argument);
  // Lenient reading counts on past the end, never before the start.
  EXPECT_EQ(era_date(find_era("平成"), 31, 5, 1, /*lenient=*/true), date(2019, 5, 1));
  EXPECT_EQ(era_date(find_era("平成"), 32, 4, 1, /*lenient=*/true), date(2020, 4, 1));
  EXPECT_THROW(era_date(find_era("平成"), 1, 1, 7, /*lenient=*/true), std::invalid_argument);
}

TEST(JapaneseEra, EraDateErrorsSayWhy) {
  try {
    plan6::era_date(plan6::find_era("平成"), 1, 1, 7);
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("昭和64年1月7日"), std::string::npos) << error.what();
  }
  try {
    plan6::era_date(plan6::find_era("平成"), 24, 2, 30);
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("平成24年2月30日"), std::string::npos);
  }
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

}  // namespace
