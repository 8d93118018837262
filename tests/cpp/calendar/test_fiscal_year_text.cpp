#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"

namespace {

using plan6::fiscal_year_context;
using plan6::fiscal_year_style;

plan6::fiscal_year_reading parse(const std::string& text, fiscal_year_context context = {}) {
  return plan6::parse_fiscal_year(text, context);
}

// Expected years worked out by hand: 平成 N is 1988 + N, 令和 N is 2018 + N.
TEST(FiscalYearText, EveryFormOfTheIssue) {
  struct form {
    const char* text;
    int year;
    fiscal_year_style style;
    bool open_ended;
  };
  const form forms[] = {
      {"平成24年度", 2012, fiscal_year_style::era, false},
      {"平成 24 年度", 2012, fiscal_year_style::era, false},
      {"平成２３年度", 2011, fiscal_year_style::era, false},
      {"2012（平成24）年度", 2012, fiscal_year_style::gregorian_era, false},
      {"2011(平成23）年度", 2011, fiscal_year_style::gregorian_era, false},  // mixed brackets
      {"2014（平成26）年度以降", 2014, fiscal_year_style::gregorian_era, true},
      {"H24", 2012, fiscal_year_style::letter, false},
      {"R6", 2024, fiscal_year_style::letter, false},
      {"ｈ２４", 2012, fiscal_year_style::letter, false},
      {"H.24", 2012, fiscal_year_style::letter, false},
      {"R元年度", 2019, fiscal_year_style::letter, false},
      {"令和元年度", 2019, fiscal_year_style::era, false},
      {"FY2012", 2012, fiscal_year_style::fy, false},
      {"ＦＹ ２０１２", 2012, fiscal_year_style::fy, false},
      {"2012年度", 2012, fiscal_year_style::gregorian, false},
      {"  2012年度\n", 2012, fiscal_year_style::gregorian, false},
      {"平成24（2012）年度", 2012, fiscal_year_style::gregorian_era, false},
      {"平成二十四年度", 2012, fiscal_year_style::era, false},
      {"二〇一二年度", 2012, fiscal_year_style::gregorian, false},
      {"\u337b24年度", 2012, fiscal_year_style::era, false},  // ㍻ ligature
      {"昭和63年度", 1988, fiscal_year_style::era, false},    // (昭和64年度: the era rule below)
      {"平成元年度", 1989, fiscal_year_style::era, false},
      {"平成31年度", 2019, fiscal_year_style::era, false},
      {"平成2\n5年度", 2013, fiscal_year_style::era, false},  // a PDF line break in the year
      {"平成２３\n年度", 2011, fiscal_year_style::era, false},
      {"2014（平成26）年度 以後", 2014, fiscal_year_style::gregorian_era, true},
  };
  for (const form& f : forms) {
    SCOPED_TRACE(f.text);
    const auto reading = parse(f.text);
    EXPECT_EQ(reading.fiscal_year, f.year);
    EXPECT_EQ(reading.style, f.style);
    EXPECT_EQ(reading.open_ended, f.open_ended);
    EXPECT_TRUE(reading.problem.empty());
  }
}

TEST(FiscalYearText, AnEraYearOutsideItsEraNeedsLenient) {
  // FY1989 began on 1989-04-01, after 昭和 ended on 1989-01-07; FY2020 after 平成 ended
  const std::pair<const char*, int> outside[] = {{"昭和64年度", 1989}, {"平成32年度", 2020}};
  for (const auto& [text, fiscal_year] : outside) {
    SCOPED_TRACE(text);
    EXPECT_THROW(parse(text), plan6::parse_error);
    fiscal_year_context lenient;
    lenient.lenient = true;
    EXPECT_EQ(parse(text, lenient).fiscal_year, fiscal_year);
  }
}

TEST(FiscalYearText, EraLessYearTakesTheEraFromContext) {
  fiscal_year_context context;
  context.era = &plan6::find_era("平成");
  EXPECT_EQ(parse("24年度", context).fiscal_year, 2012);
  EXPECT_EQ(parse("24年度", context).era->name, "平成");
  // Without an era, the era that puts the year nearest the context fiscal year.
  fiscal_year_context near;
  near.fiscal_year = 2012;
  EXPECT_EQ(parse("24年度", near).fiscal_year, 2012);
  near.fiscal_year = 2019;
  EXPECT_EQ(parse("31年度", near).fiscal_year, 2019);  // 平成31, not 令和31 = 2049
  EXPECT_EQ(parse("2年度", near).fiscal_year, 2020);   // 令和2, not 平成2 = 1990
  EXPECT_THROW(parse("24年度"), plan6::parse_error);
}

void expect_parse_error(const std::string& text, const std::string& needle, std::size_t position) {
  SCOPED_TRACE(text);
  try {
    parse(text);
    FAIL() << "expected a parse_error";
  } catch (const plan6::parse_error& error) {
    EXPECT_NE(std::string(error.what()).find(needle), std::string::npos) << error.what();
    EXPECT_EQ(error.position(), position);
  }
}

TEST(FiscalYearText, ImpossibleAndForeignTextIsRejectedWithAReason) {
  expect_parse_error("平成32年度", "past the end of 平成", 0);
  expect_parse_error("昭和0年度", "era years start at 1", 0);
  expect_parse_error("2012（平成23）年度", "disagree", 0);
  expect_parse_error("天平3年度", "unknown Japanese era '天平'", 0);
  expect_parse_error("平成24年", "calendar year", 4);
  expect_parse_error("平成24年度です", "after the fiscal year", 6);
  expect_parse_error("平成24～26年度", "range", 0);
  expect_parse_error("", "not a fiscal year", 0);
  expect_parse_error("2012", "not a fiscal year", 0);
  expect_parse_error("H24年", "calendar year", 3);
  // Lenient reading of a year past the era's end, as in budgets drafted before 令和 was named.
  fiscal_year_context lenient;
  lenient.lenient = true;
  EXPECT_EQ(parse("平成32年度", lenient).fiscal_year, 2020);
  EXPECT_EQ(parse("2020（平成32）年度", lenient).fiscal_year, 2020);
}

TEST(FiscalYearText, RunningTextReadsAtAPosition) {
  const std::u32string text = plan6::decode_utf8("事業は平成24～26年度、次年度以降も");
  fiscal_year_context context;
  context.running_text = true;
  context.fiscal_year = 2012;
  const auto range = plan6::read_fiscal_year(text, 3, context);
  ASSERT_TRUE(range.has_value());
  EXPECT_TRUE(range->is_range);
  EXPECT_EQ(range->fiscal_year, 2012);
  EXPECT_EQ(range->last_fiscal_year, 2014);
  EXPECT_EQ(range->end, 12u);
  const auto next = plan6::read_fiscal_year(text, 13, context);
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->style, fiscal_year_style::relative);
  EXPECT_EQ(next->relative, 1);
  EXPECT_EQ(next->fiscal_year, 2013);
  EXPECT_TRUE(next->open_ended);
  EXPECT_FALSE(next->last_fiscal_year.has_value());
  // Inside a number nothing starts; a letter form needs 年度 in running text.
  EXPECT_FALSE(plan6::read_fiscal_year(plan6::decode_utf8("12024年度"), 1, context));
  EXPECT_FALSE(plan6::read_fiscal_year(plan6::decode_utf8("H24"), 0, context));
  EXPECT_TRUE(plan6::read_fiscal_year(plan6::decode_utf8("H24年度"), 0, context));
  // 2011～13年度: the end year by its last two digits.
  const auto short_range = plan6::read_fiscal_year(plan6::decode_utf8("2011～13年度"), 0, context);
  ASSERT_TRUE(short_range.has_value());
  EXPECT_EQ(short_range->last_fiscal_year, 2013);
}

TEST(FiscalYearText, FormatsEveryStyle) {
  plan6::fiscal_year_format format;
  EXPECT_EQ(plan6::format_fiscal_year(2012, format), "2012（平成24）年度");
  format.style = fiscal_year_style::era;
  EXPECT_EQ(plan6::format_fiscal_year(2012, format), "平成24年度");
  EXPECT_EQ(plan6::format_fiscal_year(2019, format), "令和元年度");
  EXPECT_EQ(plan6::format_fiscal_year(1989, format), "平成元年度");
  format.gannen = false;
  EXPECT_EQ(plan6::format_fiscal_year(2019, format), "令和1年度");
  format.style = fiscal_year_style::fy;
  EXPECT_EQ(plan6::format_fiscal_year(2012, format), "FY2012");
  format.style = fiscal_year_style::letter;
  EXPECT_EQ(plan6::format_fiscal_year(2012, format), "H24");
  format.style = fiscal_year_style::gregorian;
  format.open_ended = true;
  EXPECT_EQ(plan6::format_fiscal_year(2014, format), "2014年度以降");
  format.style = fiscal_year_style::gregorian_era;
  format.open_ended = false;
  format.fullwidth_digits = true;
  EXPECT_EQ(plan6::format_fiscal_year(2012, format), "２０１２（平成２４）年度");
  format.style = fiscal_year_style::relative;
  EXPECT_THROW(plan6::format_fiscal_year(2012, format), std::invalid_argument);
  format.style = fiscal_year_style::era;
  EXPECT_THROW(plan6::format_fiscal_year(1867, format), std::out_of_range);
}

TEST(FiscalYearText, FormatThenParseGivesTheYearBack) {
  for (int year = 1868; year <= 2100; ++year) {
    for (const auto style :
         {fiscal_year_style::gregorian_era, fiscal_year_style::era, fiscal_year_style::gregorian,
          fiscal_year_style::fy, fiscal_year_style::letter}) {
      plan6::fiscal_year_format format;
      format.style = style;
      format.fullwidth_digits = year % 2 == 0;
      const std::string text = plan6::format_fiscal_year(year, format);
      SCOPED_TRACE(text);
      const auto reading = parse(text);
      EXPECT_EQ(reading.fiscal_year, year);
      EXPECT_EQ(reading.style, style);
    }
  }
}

TEST(FiscalYearText, StyleNamesRoundTrip) {
  EXPECT_EQ(plan6::style_name(fiscal_year_style::gregorian_era), "gregorian_era");
  EXPECT_EQ(plan6::style_from_name("letter"), fiscal_year_style::letter);
  EXPECT_THROW(plan6::style_from_name("roman"), std::invalid_argument);
}

}  // namespace
