#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "plan6/common/utf8.hpp"
#include "plan6/text/number_scanner.hpp"
#include "scan_fixture.hpp"

// The forms of evaluation sheets the scanner used to misread (issue 11), on made-up text.
// Expected values are worked out by hand: era years converted (令和2年 = 2020, 平成29年 = 2017,
// H23 = 2011), units read off the counter words.

namespace {

using plan6::number_kind;
namespace mf = plan6::mention_flag;

using plan6::testing::scan;

// One mention as expected: its text, kind, unit and value.
struct want {
  const char* text;
  number_kind kind;
  const char* unit;
  double value;
};

void expect_all(const std::string& text, const std::vector<want>& wanted) {
  SCOPED_TRACE(text);
  const auto f = scan(text);
  ASSERT_EQ(f.size(), wanted.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    SCOPED_TRACE(wanted[i].text);
    EXPECT_EQ(f[i].text, wanted[i].text);
    EXPECT_EQ(f[i].kind, wanted[i].kind);
    EXPECT_EQ(f[i].unit, wanted[i].unit);
    if (std::isnan(wanted[i].value))
      EXPECT_TRUE(std::isnan(f[i].value));
    else
      EXPECT_EQ(f[i].value, wanted[i].value);
  }
}

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

TEST(NumberScannerForms, Durations) {
  expect_all("計画期間は3ヵ年、3ヶ年、3か年、5年間、6か月、6ヶ月間、2週間、4日間",
             {{"3ヵ年", number_kind::duration, "years", 3},
              {"3ヶ年", number_kind::duration, "years", 3},
              {"3か年", number_kind::duration, "years", 3},
              {"5年間", number_kind::duration, "years", 5},
              {"6か月", number_kind::duration, "months", 6},
              {"6ヶ月間", number_kind::duration, "months", 6},
              {"2週間", number_kind::duration, "weeks", 2},
              {"4日間", number_kind::duration, "days", 4}});
  // minutes: a length unless they are the minutes of a clock time
  expect_all("平均時間 36.1分、10時30分開始、10時 15分、講演30分",
             {{"36.1分", number_kind::duration, "minutes", 36.1},
              {"10時", number_kind::time, "hour", 10},
              {"30分", number_kind::time, "minute", 30},
              {"10時", number_kind::time, "hour", 10},
              {"15分", number_kind::time, "minute", 15},
              {"30分", number_kind::duration, "minutes", 30}});
}

TEST(NumberScannerForms, AYearAndItsMonthAreOneDate) {
  expect_all("2010年10月に開始、令和2年8月、平成29年8月、平成 29 年 8 月、2012年4月1日",
             {{"2010年10月", number_kind::date, "year_month", 2010},
              {"令和2年8月", number_kind::date, "year_month", 2020},
              {"平成29年8月", number_kind::date, "year_month", 2017},
              {"平成 29 年 8 月", number_kind::date, "year_month", 2017},
              {"2012年4月1日", number_kind::date, "year_month_day", 2012}});
  const auto f = scan("令和2年8月、2012年4月1日、1月28日、2011年、平成24年度、4月");
  ASSERT_EQ(f.size(), 6u);
  EXPECT_EQ(f[0].year, 2020);
  EXPECT_EQ(f[0].month, 8);
  EXPECT_EQ(f[0].day, 0);
  EXPECT_EQ(f[1].day, 1);
  // the forms read before keep their kind, unit and value; the fields say what they name
  EXPECT_EQ(f[2].unit, "date");
  EXPECT_EQ(f[2].value, 1);
  EXPECT_EQ(f[2].month, 1);
  EXPECT_EQ(f[2].day, 28);
  EXPECT_EQ(f[3].kind, number_kind::year);
  EXPECT_EQ(f[3].year, 2011);
  EXPECT_EQ(f[4].kind, number_kind::fiscal_year);
  EXPECT_EQ(f[4].value, 24);
  EXPECT_EQ(f[4].year, 2012);
  EXPECT_EQ(f[5].unit, "month");
  EXPECT_EQ(f[5].month, 4);
  EXPECT_EQ(f[5].year, 0);
}

TEST(NumberScannerForms, FiscalYearRangesWithOneNendo) {
  const std::string text =
      "2011(H23)〜2013(H25)年度、2011〜2013年度、平成23～25年度、平成23(2011)～平成25(2013)年度";
  expect_all(text, {{"2011(H23)", number_kind::fiscal_year, "fiscal_year", 2011},
                    {"2013(H25)年度", number_kind::fiscal_year, "fiscal_year", 2013},
                    {"2011", number_kind::fiscal_year, "fiscal_year", 2011},
                    {"2013年度", number_kind::fiscal_year, "fiscal_year", 2013},
                    {"平成23", number_kind::fiscal_year, "fiscal_year", 23},
                    {"25年度", number_kind::fiscal_year, "fiscal_year", 25},
                    {"平成23(2011)", number_kind::fiscal_year, "fiscal_year", 23},
                    {"平成25(2013)年度", number_kind::fiscal_year, "fiscal_year", 25}});
  const auto f = scan(text);
  for (std::size_t i = 0; i < f.size(); i += 2) {
    SCOPED_TRACE(f[i].text);
    EXPECT_TRUE(f[i].flags & mf::range_start);
    EXPECT_EQ(f[i].year, 2011);      // the first fiscal year
    EXPECT_EQ(f[i + 1].year, 2013);  // and the last
  }
}

TEST(NumberScannerForms, CodesAndHierarchicalNumbersAreNames) {
  expect_all("事業コード 04120830区における、12345678、1-1-1、2-3、様式2、No.12、第2-1表",
             {{"04120830", number_kind::name, "", 4120830},
              {"12345678", number_kind::name, "", 12345678},
              {"1-1-1", number_kind::name, "", 1},
              {"2-3", number_kind::name, "", 2},
              {"2", number_kind::name, "", 2},
              {"12", number_kind::name, "", 12},
              {"第2-1", number_kind::name, "", 2}});
  // amounts and counts stay quantities
  expect_all("12345678円、2-3人、12,345,678人",
             {{"12345678円", number_kind::quantity, "yen", 12345678},
              {"2", number_kind::bare, "", 2},
              {"3人", number_kind::quantity, "persons", 3},
              {"12,345,678人", number_kind::quantity, "persons", 12345678}});
}

TEST(NumberScannerForms, GradesInLabelledFieldsAndScaleRows) {
  expect_all("事業の妥当性 3 事業の有効性 2\n達成度\n3 目標を上回った\n評価：A 達成状況 Ⅲ",
             {{"3", number_kind::bare, "", 3},
              {"2", number_kind::bare, "", 2},
              {"3", number_kind::bare, "", 3},
              {"A", number_kind::bare, "", nan},
              {"Ⅲ", number_kind::bare, "", 3}});
  for (const auto& m : scan("事業の妥当性 3 事業\n達成度\n3 目標\n評価：A"))
    EXPECT_TRUE(m.flags & mf::grade) << m.text;
  // a scale legend in one row: every code is a grade code, none a list marker or a count
  const auto legend = scan("1 劣る 2 やや劣る 3 普通 4 やや優る 5 優る");
  ASSERT_EQ(legend.size(), 5u);
  for (std::size_t i = 0; i < legend.size(); ++i) {
    EXPECT_EQ(legend[i].kind, number_kind::bare);
    EXPECT_EQ(legend[i].value, static_cast<double>(i + 1));
    EXPECT_TRUE(legend[i].flags & mf::grade);
  }
  // what grades nothing stays as it was: a count after its label, a percentage, a heading
  expect_all("評価対象 3件、達成度 85%\n1 目標を大きく上回って達成 0 0\n事業数 3 事業",
             {{"3件", number_kind::quantity, "cases", 3},
              {"85%", number_kind::quantity, "percent", 85},
              {"1", number_kind::list_marker, "", 1},
              {"0", number_kind::bare, "", 0},
              {"0", number_kind::bare, "", 0},
              {"3 事業", number_kind::quantity, "projects", 3}});
  EXPECT_TRUE(scan("ABC 評価表").empty());  // letters outside a grade field are no numbers
  EXPECT_TRUE(scan("評価\n○ 順調に進んだ").empty());  // a bullet under a heading grades nothing
  expect_all("妥当性 ◎", {{"◎", number_kind::bare, "", nan}});
}

TEST(NumberScannerForms, LetterSpacedText) {
  const std::string text = "実績 平 成 2 8 年 度 達成件数「1 0」件\n合計 0 0\n1 0 人";
  expect_all(text, {{"平 成 2 8 年 度", number_kind::fiscal_year, "fiscal_year", 28},
                    {"1 0", number_kind::bare, "", 10},
                    {"0", number_kind::bare, "", 0},
                    {"0", number_kind::bare, "", 0},
                    {"1", number_kind::bare, "", 1},
                    {"0 人", number_kind::quantity, "persons", 0}});
  EXPECT_EQ(scan(text)[0].year, 2016);  // FY2016
  // spans are those of the text as given
  const std::u32string s = plan6::decode_utf8(text);
  const auto mentions = plan6::scan_numbers(s);
  EXPECT_EQ(mentions[0].start, 3u);
  EXPECT_EQ(mentions[0].number_start, 7u);
  EXPECT_EQ(mentions[0].number_end, 10u);
  EXPECT_EQ(mentions[0].unit_start, 11u);
  EXPECT_EQ(mentions[0].unit_end, 14u);
  EXPECT_EQ(mentions[0].end, 14u);
  EXPECT_EQ(plan6::written_unit(s, mentions[0]), U"年度");
}

TEST(NumberScannerForms, CountersOfEvaluationTables) {
  expect_all(
      "植樹 5本、3路線、2台、1基、4冊、2棟、9枚、1隻、3便、5区画、2系統、4軒、3室、20床、5頭、"
      "3匹、100着、50株、2園、3施設、2館、1病院、5店舗",
      {{"5本", number_kind::quantity, "pieces", 5},
       {"3路線", number_kind::quantity, "routes", 3},
       {"2台", number_kind::quantity, "units", 2},
       {"1基", number_kind::quantity, "installations", 1},
       {"4冊", number_kind::quantity, "volumes", 4},
       {"2棟", number_kind::quantity, "buildings", 2},
       {"9枚", number_kind::quantity, "sheets", 9},
       {"1隻", number_kind::quantity, "vessels", 1},
       {"3便", number_kind::quantity, "services", 3},
       {"5区画", number_kind::quantity, "lots", 5},
       {"2系統", number_kind::quantity, "lines", 2},
       {"4軒", number_kind::quantity, "buildings", 4},
       {"3室", number_kind::quantity, "rooms", 3},
       {"20床", number_kind::quantity, "beds", 20},
       {"5頭", number_kind::quantity, "head", 5},
       {"3匹", number_kind::quantity, "animals", 3},
       {"100着", number_kind::quantity, "garments", 100},
       {"50株", number_kind::quantity, "plants", 50},
       {"2園", number_kind::quantity, "nurseries", 2},
       {"3施設", number_kind::quantity, "facilities", 3},
       {"2館", number_kind::quantity, "halls", 2},
       {"1病院", number_kind::quantity, "hospitals", 1},
       {"5店舗", number_kind::quantity, "stores", 5}});
  expect_all("延べ 120人日、利用 9,100人/日、3千人、1.5万人、2.5ポイント、1.2％ポイント",
             {{"120人日", number_kind::quantity, "person_days", 120},
              {"9,100人/日", number_kind::quantity, "persons_per_day", 9100},
              {"3千人", number_kind::quantity, "persons", 3000},
              {"1.5万人", number_kind::quantity, "persons", 15000},
              {"2.5ポイント", number_kind::quantity, "percentage_points", 2.5},
              {"1.2％ポイント", number_kind::quantity, "percentage_points", 1.2}});
  // a counter glued to a longer word after a space counts nothing: 本市 is "this city"
  expect_all("目標 3 本市の", {{"3", number_kind::bare, "", 3}});
}

TEST(NumberScannerForms, BracketedUnitLabels) {
  expect_all("事業費（千円） 決算額(百万円) 来場者（万人） 単位：千人",
             {{"千円", number_kind::word, "yen", 1000},
              {"百万円", number_kind::word, "yen", 1000000},
              {"千人", number_kind::word, "persons", 1000}});
  for (const auto& m : scan("事業費（千円）"))
    EXPECT_TRUE(m.flags & mf::unit_label);
  // an amount in brackets is still an amount
  expect_all("（3千円）", {{"3千円", number_kind::quantity, "yen", 3000}});
}

}  // namespace
