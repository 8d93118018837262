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

// The table rules (short cells, narrowed gutters, lines after and over a table, headers
// PDFium ran together); every expected row worked out by hand from the boxes.

layout_block words(double x0, double x1, double top, std::size_t n) {
  return {x0, x1, top, top + 9, n};
}

using bands = std::vector<indices>;

TEST(ReadingOrder, ShortCellsInWideColumnsAreATableNotProse) {
  // Labels 40-100 / 40-200 / 40-100 and values 300-330 / 300-480 / 300-330: both sides are
  // over 10 em wide with three lines, but their median block (60, 30) fills under 0.6 of
  // the side (160, 180): a table, its column boundary the strip 200-300 free down it.
  const auto rows =
      plan6::order_rows({block(40, 100, 0), block(300, 330, 0), block(40, 200, 13),
                         block(300, 480, 13), block(40, 100, 26), block(300, 330, 26)});
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_TRUE(rows[0].is_table());
  EXPECT_EQ(rows[0].bands, (bands{{0, 1}, {2, 3}, {4, 5}}));
  EXPECT_EQ(rows[0].gutters, (std::vector<std::pair<double, double>>{{200, 300}}));
}

TEST(ReadingOrder, ALongLabelNarrowsAGutterAndStaysInTheTable) {
  // Gutter 30-100; the single block 0-60 under it reaches in from the left (narrowing it to
  // 60-100, still over 0.6 em), so the row under that still belongs to the table.
  const auto rows = plan6::order_rows({block(0, 30, 0), block(100, 130, 0), block(0, 60, 13),
                                       block(0, 30, 26), block(100, 130, 26)});
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_TRUE(rows[0].is_table());
  EXPECT_EQ(rows[0].bands, (bands{{0, 1}, {2}, {3, 4}}));
  EXPECT_EQ(rows[0].gutters, (std::vector<std::pair<double, double>>{{60, 100}}));
}

TEST(ReadingOrder, ALineAfterATableIsNoRowOfIt) {
  // Two rows of two cells, then a single block that leaves the gutter free: a line.
  const auto rows = plan6::order_rows({block(0, 30, 0), block(100, 130, 0), block(0, 30, 13),
                                       block(100, 130, 13), block(0, 30, 26)});
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_TRUE(rows[0].is_table());
  EXPECT_EQ(rows[0].bands, (bands{{0, 1}, {2, 3}}));
  EXPECT_EQ(rows[1].blocks, (indices{4}));
}

TEST(ReadingOrder, ALineOverATableStaysALine) {
  // A single block 0-30 over a two-row table leaves its gutter 30-100 free, so the region
  // reaches up over it; but it is a line over the table, not a row of it.
  const auto rows = plan6::order_rows({block(0, 30, 0), block(0, 30, 13), block(100, 130, 13),
                                       block(0, 30, 26), block(100, 130, 26)});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].blocks, (indices{0}));
  ASSERT_TRUE(rows[1].is_table());
  EXPECT_EQ(rows[1].bands, (bands{{1, 2}, {3, 4}}));
}

TEST(ReadingOrder, ALineThatClosesAGutterIsNotTakenUp) {
  // Gutters 30-100 and 130-200; the block 0-150 above closes the first (it reaches past it)
  // and leaves 150-200 of the second: the region stops under it, and it stays a line.
  const auto rows = plan6::order_rows({block(0, 150, 0), block(0, 30, 13), block(100, 130, 13),
                                       block(200, 230, 13), block(0, 30, 26), block(100, 130, 26),
                                       block(200, 230, 26)});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].blocks, (indices{0}));
  ASSERT_TRUE(rows[1].is_table());
  EXPECT_EQ(rows[1].bands, (bands{{1, 2, 3}, {4, 5, 6}}));
}

TEST(ReadingOrder, ALineWhoseWordsFallOneAColumnIsTheHeader) {
  // One run 0-230 of three words over columns 0-30, 100-130, 200-230: the strips' middles
  // 65 and 165 cut it into 0-65, 65-165, 165-230, each word a 0.2 pt block at the middle.
  const auto rows = plan6::order_rows({words(0, 230, 0, 3), block(0, 30, 13), block(100, 130, 13),
                                       block(200, 230, 13), block(0, 30, 26), block(100, 130, 26),
                                       block(200, 230, 26)});
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_TRUE(rows[0].is_table());
  EXPECT_EQ(rows[0].bands, (bands{{7, 8, 9}, {1, 2, 3}, {4, 5, 6}}));
  ASSERT_EQ(rows[0].words.size(), 3u);
  const double middles[] = {32.5, 115, 197.5};
  for (std::size_t w = 0; w < 3; ++w) {
    EXPECT_EQ(rows[0].words[w].block, 0u);
    EXPECT_EQ(rows[0].words[w].word, w);
    EXPECT_NEAR(rows[0].words[w].x0, middles[w] - 0.1, 1e-9);
    EXPECT_NEAR(rows[0].words[w].x1, middles[w] + 0.1, 1e-9);
  }
  // a run of two words over the same columns is a title, not the header
  const auto titled = plan6::order_rows({words(0, 230, 0, 2), block(0, 30, 13), block(100, 130, 13),
                                         block(200, 230, 13), block(0, 30, 26), block(100, 130, 26),
                                         block(200, 230, 26)});
  ASSERT_EQ(titled.size(), 2u);
  EXPECT_EQ(titled[0].blocks, (indices{0}));
  EXPECT_TRUE(titled[0].words.empty());
}

TEST(ReadingOrder, HeaderCellsRunTogetherAreSplitOverTheColumns) {
  // The header row: a label 0-30 and one run 100-230 of two words over the value columns
  // 100-130 and 200-230 of the rows under it: the strip 130-200 (middle 165) splits it.
  const auto rows = plan6::order_rows({block(0, 30, 0), words(100, 230, 0, 2), block(0, 30, 13),
                                       block(100, 130, 13), block(200, 230, 13), block(0, 30, 26),
                                       block(100, 130, 26), block(200, 230, 26)});
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_TRUE(rows[0].is_table());
  EXPECT_EQ(rows[0].bands, (bands{{0, 8, 9}, {2, 3, 4}, {5, 6, 7}}));
  ASSERT_EQ(rows[0].words.size(), 2u);
  EXPECT_NEAR(rows[0].words[0].x0, 132.4, 1e-9);  // middle of 100-165
  EXPECT_NEAR(rows[0].words[1].x0, 197.4, 1e-9);  // middle of 165-230
  // the columns from all its rows: 30-100, and 132.6-197.4 between the split words
  ASSERT_EQ(rows[0].gutters.size(), 2u);
  EXPECT_EQ(rows[0].gutters[0], (std::pair<double, double>{30, 100}));
  EXPECT_NEAR(rows[0].gutters[1].first, 132.6, 1e-9);
  EXPECT_NEAR(rows[0].gutters[1].second, 197.4, 1e-9);
}

TEST(ReadingOrder, TheLastBandGoesWithTheRowsThatShareMoreGutters) {
  // Two label/value lines (gutter 30-100), then a header of four cells (gutters 30-100,
  // 130-200, 230-300) and two rows whose long labels 0-96 close 30-100: the region of the
  // label/value lines would end after the header, which shares two gutters with the rows
  // under it against one kept, so it goes with them.
  std::vector<layout_block> blocks{block(0, 30, 0), block(100, 130, 0), block(0, 30, 13),
                                   block(100, 130, 13)};
  for (double top : {26.0, 39.0, 52.0})
    for (double x0 : {0.0, 100.0, 200.0, 300.0})
      blocks.push_back(block(x0, x0 == 0 && top > 26 ? 96 : x0 + 30, top));
  const auto rows = plan6::order_rows(blocks);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_TRUE(rows[0].is_table());
  EXPECT_EQ(rows[0].bands, (bands{{0, 1}, {2, 3}}));
  ASSERT_TRUE(rows[1].is_table());
  EXPECT_EQ(rows[1].bands, (bands{{4, 5, 6, 7}, {8, 9, 10, 11}, {12, 13, 14, 15}}));
}

}  // namespace
