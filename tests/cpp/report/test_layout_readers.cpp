// The layout families read end to end from documents written for these tests (made-up
// names and numbers, tests/data/layouts); every expected value is read off the document by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "plan6/common/utf8.hpp"
#include "plan6/report/fact_extractor.hpp"

namespace {

struct document {
  std::u32string text;
  plan6::extraction ex;
  explicit document(std::u32string written) : text(std::move(written)) {
    ex = plan6::extract_facts(text);
  }
  explicit document(const std::string& name) {
    std::ifstream in(std::string(PLAN6_TEST_DATA) + "/layouts/" + name);
    std::stringstream ss;
    ss << in.rdbuf();
    text = plan6::decode_utf8(ss.str());
    ex = plan6::extract_facts(text);
  }
  std::string quote(const plan6::fact& f) const {
    return plan6::encode_utf8(std::u32string_view(text).substr(f.start, f.end - f.start));
  }
  const plan6::fact* find(plan6::value_role role, int year, const char* metric = nullptr) const {
    for (const plan6::fact& f : ex.facts)
      if (f.role_of_value == role && f.fiscal_year == year &&
          (metric == nullptr || plan6::encode_utf8(f.metric) == metric))
        return &f;
    return nullptr;
  }
  bool has_layout(const char* name) const {
    return std::find(ex.layouts.begin(), ex.layouts.end(), name) != ex.layouts.end();
  }
};

using plan6::value_role;

TEST(LayoutReaders, YearGridLaidOutInColumns) {
  const document d("year-grid-aligned.txt");
  EXPECT_TRUE(d.has_layout("year_grid"));
  EXPECT_EQ(d.ex.document_year, 2009);
  const plan6::fact* actual = d.find(value_role::actual, 2007, "植栽本数");
  ASSERT_NE(actual, nullptr);
  EXPECT_EQ(actual->value, 1850);
  EXPECT_EQ(actual->target.value, 1800);  // 1,850本 against 1,800本: attainment 102.8 %
  // FY2008's target was changed to 2,000本: the actual is measured against it.
  EXPECT_EQ(d.find(value_role::actual, 2008)->target.value, 2000);
  const plan6::fact* open = d.find(value_role::target, 2009);
  ASSERT_NE(open, nullptr);
  EXPECT_TRUE(open->qualitative);
  EXPECT_TRUE(open->open_ended);
  EXPECT_EQ(d.quote(*open), "継続実施");
  const plan6::fact* baseline = d.find(value_role::baseline, 0);
  ASSERT_NE(baseline, nullptr);
  EXPECT_EQ(baseline->value, 1200);
  EXPECT_EQ(d.find(value_role::actual, 2006)->baseline.value, 1200);
  // The grid belongs to the item on the sheet.
  ASSERT_EQ(d.ex.layout.plans.size(), 1u);
  EXPECT_EQ(actual->plan, 0);
  EXPECT_EQ(d.ex.layout.plan_years[0].status, 3);
}

TEST(LayoutReaders, YearGridSingleSpacedInEraYears) {
  const document d("year-grid-single-spaced.txt");
  const plan6::fact* actual = d.find(value_role::actual, 2007);
  ASSERT_NE(actual, nullptr);  // 平成19年度
  EXPECT_EQ(actual->value, 27);
  EXPECT_EQ(actual->unit, "lectures");
  EXPECT_EQ(actual->target.value, 28);
  EXPECT_EQ(plan6::encode_utf8(actual->metric), "公民館講座の充実");  // the item's name
  EXPECT_EQ(d.find(value_role::actual, 2009), nullptr);               // no actual for FY2009 yet
  ASSERT_EQ(d.ex.layout.plan_years.size(), 1u);
  EXPECT_EQ(plan6::encode_utf8(d.ex.layout.plan_years[0].grades.at(0).code), "A");
}

TEST(LayoutReaders, YearGridAsAPipeTableWithAChangedTarget) {
  const document d("year-grid-pipe.md");
  EXPECT_EQ(d.ex.document_year, 2020);                     // 令和3年度 施策評価（令和2年度実績）
  EXPECT_EQ(d.find(value_role::actual, 2019)->value, 12);  // R元
  EXPECT_EQ(d.find(value_role::changed_target, 2021)->value, 13);
  EXPECT_EQ(d.find(value_role::target, 2022)->qualitative, true);  // 拡充, R4以降
  EXPECT_EQ(d.ex.layout.plan_years.at(0).status, 2);               // 達成状況：B
}

TEST(LayoutReaders, ARowLabelBrokenMidPhraseGoesOnInTheNextRow) {
  // A table cell per row, as a PDF table gives it: 「当初計画と差異の」 has no values and
  // stops on の, so it is the start of the next row's label, a changed target.
  const document d(
      std::u32string(U"■利用者数\n"
                     U"| 区分 | 2019年度 | 2020年度 |\n"
                     U"|---|---|---|\n"
                     U"| 目標 | 50人 | 60人 |\n"
                     U"| 実績 | 48人 | |\n"
                     U"| 当初計画と差異の | | |\n"
                     U"| ある目標 | | 55人 |\n"));
  const plan6::fact* changed = d.find(value_role::changed_target, 2020);
  ASSERT_NE(changed, nullptr);
  EXPECT_EQ(changed->value, 55);
  EXPECT_EQ(d.find(value_role::target, 2020)->value, 60);
}

TEST(LayoutReaders, YearGridWrittenOneCellALine) {
  const document d("year-grid-one-cell-a-line.txt");
  EXPECT_EQ(d.ex.document_year, 2010);
  const plan6::fact* actual = d.find(value_role::actual, 2009);
  ASSERT_NE(actual, nullptr);
  EXPECT_EQ(actual->value, 46);
  EXPECT_EQ(actual->target.value, 45);
  // The words after the role label are the baseline's cell, not more of the label.
  const plan6::fact* state = d.find(value_role::baseline, 0);
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(d.quote(*state), "美化啓発");
  // 事業費（千円）: a row of no stated role, its unit from the label (×1,000 yen).
  const plan6::fact* cost = d.find(value_role::value, 2010, "事業費");
  ASSERT_NE(cost, nullptr);
  EXPECT_EQ(cost->value, 3380000);
  EXPECT_EQ(cost->unit, "yen");
  EXPECT_EQ(plan6::encode_utf8(actual->metric), "ごみ集積所の美化推進");
}

TEST(LayoutReaders, GradedItemsOnFieldLines) {
  const document d("graded-items-fields.txt");
  ASSERT_EQ(d.ex.layout.plans.size(), 3u);
  EXPECT_EQ(plan6::encode_utf8(d.ex.layout.plans[1].name), "図書館の開館時間延長");
  EXPECT_EQ(plan6::encode_utf8(d.ex.layout.plans[1].name_label), "事務事業名");
  const plan6::plan_year_info& second = d.ex.layout.plan_years[1];
  EXPECT_EQ(second.fiscal_year, 2021);  // 令和３年度事業分
  EXPECT_EQ(second.status, 4);
  ASSERT_EQ(second.grades.size(), 4u);
  EXPECT_EQ(plan6::encode_utf8(second.grades[2].field), "有効性");
  EXPECT_EQ(plan6::encode_utf8(second.grades[2].code), "C");
  // The value on the line after its label (達成度 ⏎ １).
  EXPECT_EQ(d.ex.layout.plan_years[2].status, 1);
  bool office = false;
  for (const plan6::plan_field& f : d.ex.layout.plans[0].fields)
    if (plan6::encode_utf8(f.label) == "所管課")
      office = plan6::encode_utf8(std::u32string_view(d.text).substr(f.start, f.end - f.start)) ==
               "こども未来局青少年課";
  EXPECT_TRUE(office);
}

TEST(LayoutReaders, ATableOfGradedItems) {
  const document d("graded-items-table.md");
  ASSERT_EQ(d.ex.layout.plan_years.size(), 4u);
  const plan6::plan_year_info& third = d.ex.layout.plan_years[2];
  EXPECT_EQ(plan6::encode_utf8(d.ex.layout.plans[2].name), "耐震診断の促進");
  EXPECT_EQ(third.fiscal_year, 2017);
  ASSERT_GE(third.headline, 0);
  EXPECT_EQ(plan6::encode_utf8(third.grades[static_cast<std::size_t>(third.headline)].field),
            "達成状況");  // not the three-year 達成状況
  EXPECT_EQ(plan6::encode_utf8(third.grades[0].code), "△");
  EXPECT_EQ(third.grades[1].family, "roman");
  EXPECT_EQ(third.grades[1].rank, 4);
  EXPECT_EQ(plan6::encode_utf8(third.grades[2].code), "E");
}

TEST(LayoutReaders, AGradeLegendWithItsCountsAndTheirCheck) {
  const document d("grade-legend.txt");
  ASSERT_EQ(d.ex.legends.size(), 1u);
  const plan6::grade_legend& legend = d.ex.legends[0];
  ASSERT_EQ(legend.entries.size(), 5u);
  EXPECT_EQ(plan6::encode_utf8(legend.entries[3].label), "目標を下回った");
  ASSERT_EQ(legend.count_columns.size(), 2u);
  EXPECT_EQ(plan6::encode_utf8(legend.count_columns[1]), "うち重点");
  EXPECT_EQ(legend.entries[2].counts[0], 12);
  EXPECT_EQ(legend.totals[1], 8);
  // The items take their grades' wording from the legend.
  EXPECT_EQ(plan6::encode_utf8(d.ex.layout.plan_years[0].grades[0].label), "目標をほぼ達成");
  // 2+5+12+3+1 = 23 = 合計, but the document grades 2 items: said, not hidden.
  ASSERT_EQ(d.ex.checks.size(), 1u);
  EXPECT_EQ(d.ex.checks[0].kind, "grade_count");
  EXPECT_EQ(d.ex.checks[0].printed, 23);
  EXPECT_EQ(d.ex.checks[0].computed, 2);
}

TEST(LayoutReaders, AnIndicatorTableWithItsPrintedRatesChecked) {
  const document d("indicator-table.txt");
  EXPECT_TRUE(d.has_layout("indicator_table"));
  const plan6::fact* tourists = d.find(value_role::actual, 2018, "観光案内所の来所者数");
  ASSERT_NE(tourists, nullptr);
  EXPECT_EQ(tourists->value, 72000);  // 72 千人
  EXPECT_EQ(tourists->target.value, 70000);
  EXPECT_EQ(d.find(value_role::baseline, 2013, "市内の待機児童数")->value, 320);
  // 1,425 / 1,500 is 95.0 %, printed as 97.0 %: one check; 9,800 / 10,000 = 98.0 % agrees.
  ASSERT_EQ(d.ex.checks.size(), 1u);
  EXPECT_EQ(d.ex.checks[0].kind, "attainment_rate");
  EXPECT_EQ(d.ex.checks[0].printed, 97);
  EXPECT_NEAR(d.ex.checks[0].computed, 95, 1e-9);
}

TEST(LayoutReaders, TwoTablesOfOneSheetEachNamedByItsTitle) {
  const document d("year-grid-two-tables.txt");
  ASSERT_EQ(d.ex.grids.size(), 2u);
  // Era-less 19年度 read in the era of the sheet's own year (平成20年度 → 平成19年度 = FY2007).
  const plan6::fact* parked = d.find(value_role::actual, 2007, "放置自転車の台数");
  ASSERT_NE(parked, nullptr);
  EXPECT_EQ(parked->value, 1700);
  EXPECT_EQ(parked->target.value, 1600);
  // Targets fall year by year (2,000 → 1,000台): fewer is better, from the table's own numbers.
  EXPECT_EQ(parked->direction, "lower");
  EXPECT_EQ(d.find(value_role::actual, 2007, "駐車場の整備台数")->direction, "higher");
  const plan6::plan_year_info& py = d.ex.layout.plan_years.at(0);
  EXPECT_EQ(py.status, 3);  // 一次評価 達成度 3, the headline
  EXPECT_EQ(py.grades.size(), 3u);
}

TEST(LayoutReaders, ASpacedIndicatorTableAndItsOneLineLegend) {
  const document d("indicator-table-spaced.txt");
  const plan6::fact* minutes = d.find(value_role::actual, 2011, "救急搬送の平均時間");
  ASSERT_NE(minutes, nullptr);  // H23
  EXPECT_EQ(minutes->value, 36.1);
  EXPECT_EQ(minutes->target.value, 35.0);  // the target of no year goes with the latest actual
  EXPECT_EQ(minutes->baseline.value, 38.5);
  EXPECT_EQ(minutes->direction, "lower");  // 35.0 below 38.5 at 策定時
  EXPECT_EQ(plan6::encode_utf8(minutes->grade), "C");
  ASSERT_EQ(d.ex.legends.size(), 1u);  // ※達成状況 A：目標達成 B：改善傾向 …
  EXPECT_EQ(d.ex.legends[0].entries.size(), 4u);
  EXPECT_EQ(plan6::encode_utf8(d.ex.legends[0].entries[1].label), "改善傾向");
}

TEST(LayoutReaders, NothingRecognisedInANewsletter) {
  const document d("not-recognised.txt");
  EXPECT_TRUE(d.ex.layouts.empty());
  EXPECT_TRUE(d.ex.facts.empty());
  EXPECT_EQ(d.ex.residue.size(), d.ex.mentions.size());  // every number said, none a fact
}

}  // namespace

namespace {

// A table given from outside (as an HTML page gives it), a number merged over two years.
TEST(LayoutReaders, AGivenTableAndAMergedCellReadOnce) {
  const std::u32string text = U"区分\t2019年度\t2020年度\n目標\t30件\n実績\t28件\t31件\n";
  // 区分 | 2019年度 | 2020年度 / 目標 | 30件 (both years) / 実績 | 28件 | 31件
  std::vector<plan6::grid_cell> cells = {
      {0, 0, 1, 1, 0, 2},   {0, 1, 1, 1, 3, 9},   {0, 2, 1, 1, 10, 16}, {1, 0, 1, 1, 17, 19},
      {1, 1, 1, 2, 20, 23}, {2, 0, 1, 1, 24, 26}, {2, 1, 1, 1, 27, 30}, {2, 2, 1, 1, 31, 34}};
  std::vector<plan6::cell_grid> grids;
  grids.emplace_back(3, 3, std::move(cells), "html");
  const plan6::extraction ex = plan6::extract_facts(text, std::move(grids));
  ASSERT_EQ(ex.grids.size(), 1u);  // the tab-separated lines are the given table, not another
  int targets = 0;
  for (const plan6::fact& f : ex.facts)
    if (f.role_of_value == plan6::value_role::target) ++targets;
  EXPECT_EQ(targets, 1);  // one number, one fact
  std::size_t accounted = ex.residue.size() + ex.facts.size();
  EXPECT_EQ(accounted, ex.mentions.size());
}

}  // namespace
