#include <gtest/gtest.h>

#include "plan6/common/utf8.hpp"
#include "plan6/report/table_headers.hpp"

namespace {

using plan6::classify_column;
using plan6::column_kind;

TEST(TableHeaders, YearsBaselinesAndOpenYears) {
  const plan6::fiscal_year_context none{};
  EXPECT_EQ(classify_column({U"2005年度"}, none).kind, column_kind::year);
  EXPECT_EQ(classify_column({U"2005年度"}, none).fiscal_year, 2005);
  EXPECT_EQ(classify_column({U"平成18年度"}, none).fiscal_year, 2006);
  EXPECT_EQ(classify_column({U"H30"}, none).fiscal_year, 2018);
  EXPECT_EQ(classify_column({U"R3"}, none).fiscal_year, 2021);
  const plan6::column_info open = classify_column({U"2008年度以降"}, none);
  EXPECT_EQ(open.fiscal_year, 2008);
  EXPECT_TRUE(open.open_ended);
  EXPECT_EQ(classify_column({U"現状(計画策定時)"}, none).kind, column_kind::baseline);
  const plan6::column_info base = classify_column({U"基準値（2013年度）"}, none);
  EXPECT_EQ(base.kind, column_kind::baseline);
  EXPECT_EQ(base.fiscal_year, 2013);
}

TEST(TableHeaders, YearsWithoutNendoNotesAndUnitsAbove) {
  const plan6::fiscal_year_context none{};
  EXPECT_EQ(classify_column({U"2019"}, none).fiscal_year, 2019);
  EXPECT_EQ(classify_column({U"2019(R1)"}, none).fiscal_year, 2019);
  EXPECT_EQ(classify_column({U"20190"}, none).kind, column_kind::other);  // no year
  EXPECT_EQ(classify_column({U"令和4年度（最終）"}, none).fiscal_year, 2022);
  // a unit line above the year: the column keeps its year and takes the unit
  const plan6::column_info counted = classify_column({U"単位：人", U"令和3年度"}, none);
  EXPECT_EQ(counted.kind, column_kind::year);
  EXPECT_EQ(counted.fiscal_year, 2021);
  EXPECT_EQ(counted.unit, "persons");
  EXPECT_EQ(classify_column({U"単位"}, none).kind, column_kind::unit);
}

TEST(TableHeaders, KpiPercentDegreesAndForecasts) {
  const plan6::fiscal_year_context none{};
  EXPECT_EQ(classify_column({U"重要業績評価指標（KPI）"}, none).kind, column_kind::name);
  EXPECT_EQ(classify_column({U"KPI"}, none).kind, column_kind::name);
  EXPECT_EQ(classify_column({U"達成度（％）"}, none).kind, column_kind::rate);
  EXPECT_EQ(classify_column({U"達成度"}, none).kind, column_kind::grade);
  EXPECT_EQ(classify_column({U"実績見込"}, none).kind, column_kind::other);
}

TEST(TableHeaders, RoleWordsOverYearsAndIndicatorColumns) {
  const plan6::fiscal_year_context none{};
  // A two-row header: 実績値 spanning the years, a year below it.
  const plan6::column_info actual = classify_column({U"実績値", U"2016年度"}, none);
  EXPECT_EQ(actual.kind, column_kind::actual);
  EXPECT_EQ(actual.fiscal_year, 2016);
  EXPECT_EQ(classify_column({U"2017年度目標"}, none).kind, column_kind::target);
  EXPECT_EQ(classify_column({U"指標名"}, none).kind, column_kind::name);
  EXPECT_EQ(classify_column({U"単位"}, none).kind, column_kind::unit);
  EXPECT_EQ(classify_column({U"達成率"}, none).kind, column_kind::rate);
  EXPECT_EQ(classify_column({U"備考"}, none).kind, column_kind::other);
  EXPECT_EQ(classify_column({U"2019年度の取組"}, none).kind, column_kind::other);
}

TEST(TableHeaders, UnitsOfHeadersAndCells) {
  plan6::column_info info;
  ASSERT_TRUE(plan6::unit_of_header(U"事業費（千円）", info));
  EXPECT_EQ(info.unit, "yen");
  EXPECT_DOUBLE_EQ(info.unit_scale, 1000);
  EXPECT_EQ(plan6::encode_utf8(info.unit_written), "千円");
  plan6::column_info persons;
  ASSERT_TRUE(plan6::unit_of_header(U"単位：人", persons));
  EXPECT_EQ(persons.unit, "persons");
  plan6::column_info cell;
  EXPECT_TRUE(plan6::unit_of_text(U"件", cell));
  EXPECT_EQ(cell.unit, "cases");
  EXPECT_FALSE(plan6::unit_of_text(U"件数", cell));
  EXPECT_FALSE(plan6::unit_of_header(U"参加者数", cell));
}

TEST(TableHeaders, HeaderRowsOfAGrid) {
  const std::u32string text = U"区分\t2019年度\t2020年度\n目標\t10件\t12件\n";
  // Cells by hand: 区分 | 2019年度 | 2020年度 / 目標 | 10件 | 12件.
  const plan6::cell_grid grid(2, 3,
                              {{0, 0, 1, 1, 0, 2},
                               {0, 1, 1, 1, 3, 9},
                               {0, 2, 1, 1, 10, 16},
                               {1, 0, 1, 1, 17, 19},
                               {1, 1, 1, 1, 20, 23},
                               {1, 2, 1, 1, 24, 27}});
  const auto header = plan6::read_table_header(grid, text, {});
  ASSERT_TRUE(header);
  EXPECT_EQ(header->rows, 1u);
  EXPECT_EQ(header->columns[0].kind, column_kind::label);
  EXPECT_EQ(header->columns[2].fiscal_year, 2020);
  EXPECT_EQ(header->count(column_kind::year), 2u);
}

TEST(CellGrid, SpansCoverTheirSlotsAndBadCellsAreRejected) {
  const std::u32string text = U"ab";
  const plan6::cell_grid grid(2, 2, {{0, 0, 2, 1, 0, 1}, {0, 1, 1, 1, 1, 2}});
  EXPECT_EQ(grid.index_at(1, 0), 0u);  // the spanning cell
  EXPECT_EQ(grid.at(1, 1), nullptr);
  EXPECT_EQ(plan6::encode_utf8(grid.text(text, 1, 0)), "a");
  EXPECT_THROW(plan6::cell_grid(1, 1, {{0, 0, 1, 2, 0, 1}}), std::invalid_argument);
  EXPECT_THROW(plan6::cell_grid(2, 1, {{0, 0, 2, 1, 0, 1}, {1, 0, 1, 1, 1, 2}}),
               std::invalid_argument);
  EXPECT_THROW(plan6::cell_grid(1, 1, {{0, 0, 1, 1, 2, 1}}), std::invalid_argument);
}

}  // namespace
