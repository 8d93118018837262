// The reading order of made-up blocks of a PDF page; every expected order worked out by hand
// from the boxes given (y downwards, lines 9 pt high).

#include <gtest/gtest.h>

#include "plan6/report/reading_order.hpp"

namespace {

using plan6::layout_block;
using plan6::layout_row;
using indices = std::vector<std::size_t>;

layout_block block(double x0, double x1, double top) {
  return {x0, x1, top, top + 9};
}

// The rows' first blocks, for rows that are lines.
std::vector<indices> lines_of(const std::vector<layout_row>& rows) {
  std::vector<indices> out;
  for (const layout_row& row : rows)
    if (!row.is_table()) out.push_back(row.blocks);
  return out;
}

TEST(ReadingOrder, StackedLinesAreReadTopToBottom) {
  const auto rows = plan6::order_rows({block(40, 300, 26), block(40, 300, 0), block(40, 300, 13)});
  EXPECT_EQ(lines_of(rows), (std::vector<indices>{{1}, {2}, {0}}));
}

TEST(ReadingOrder, TwoColumnsOfProseAreReadOneAfterTheOther) {
  // Given across the page, line by line; the gutter 240-320 runs down all three lines.
  std::vector<layout_block> blocks;
  for (int i = 0; i < 3; ++i) {
    blocks.push_back(block(320, 520, 13.0 * i));
    blocks.push_back(block(40, 240, 13.0 * i));
  }
  EXPECT_EQ(lines_of(plan6::order_rows(blocks)),
            (std::vector<indices>{{1}, {3}, {5}, {0}, {2}, {4}}));
}

TEST(ReadingOrder, ATableUnderTwoColumnsIsARowOfItsOwn) {
  // Two columns as above (blocks 0-5), then a 3 x 3 grid (blocks 6-14, row by row) whose
  // middle column 200-330 crosses the columns' gutter: its own gutters 90-200, 330-400.
  std::vector<layout_block> blocks;
  for (int i = 0; i < 3; ++i) {
    blocks.push_back(block(40, 240, 13.0 * i));
    blocks.push_back(block(320, 520, 13.0 * i));
  }
  for (int r = 0; r < 3; ++r)
    for (const auto& [x0, x1] : {std::pair{60.0, 90.0}, {200.0, 330.0}, {400.0, 430.0}})
      blocks.push_back(block(x0, x1, 60.0 + 16 * r));
  const auto rows = plan6::order_rows(blocks);
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(lines_of(rows), (std::vector<indices>{{0}, {2}, {4}, {1}, {3}, {5}}));
  ASSERT_TRUE(rows[6].is_table());
  EXPECT_EQ(rows[6].bands, (std::vector<indices>{{6, 7, 8}, {9, 10, 11}, {12, 13, 14}}));
  using gutters = std::vector<std::pair<double, double>>;
  EXPECT_EQ(rows[6].gutters, (gutters{{90, 200}, {330, 400}}));
}

TEST(ReadingOrder, ABandWithoutAGutterIsOneLineLeftToRight) {
  // Three blocks at one height, no gap of 1.2 em between them (block 2 sits 5 pt lower: it
  // overlaps the band by 4 of its 9 pt, over 0.3 of its height), then a line below.
  const auto rows = plan6::order_rows(
      {block(84, 100, 0), block(40, 80, 0), block(40, 100, 5), block(40, 90, 20)});
  // left to right, blocks 1 and 2 (both at x 40) in the order of their tops
  EXPECT_EQ(lines_of(rows), (std::vector<indices>{{1, 2, 0}, {3}}));
}

TEST(ReadingOrder, OneBandInTwoColumnsIsNoTable) {
  // A 0-30 and B 100-130 on one band, C 0-30 below: C leaves the gutter 30-100 free, but
  // only one band has text in two columns, and the sides are narrow: lines.
  const auto rows = plan6::order_rows({block(0, 30, 0), block(100, 130, 0), block(0, 30, 13)});
  EXPECT_EQ(lines_of(rows), (std::vector<indices>{{0, 1}, {2}}));
  EXPECT_TRUE(plan6::order_rows({}).empty());
}

}  // namespace
