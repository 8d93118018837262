#include <gtest/gtest.h>

#include <stdexcept>

#include "plan6/japanese_era.hpp"

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

}  // namespace
