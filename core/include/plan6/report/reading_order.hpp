#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace plan6 {

/** The box of a block of text on a PDF page (a segment), y growing downwards. */
struct layout_block {
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
};

/** One row of a page in reading order: a line of blocks, or a table. */
struct layout_row {
  /** A line: its blocks left to right, as indices into the page's blocks (empty for a table). */
  std::vector<std::size_t> blocks;
  /** A table: its bands (rows of blocks, left to right) and the gutters between its columns. */
  std::vector<std::vector<std::size_t>> bands;
  std::vector<std::pair<double, double>> gutters;

  bool is_table() const noexcept { return !bands.empty(); }
};

/**
 * The blocks of a PDF page in reading order, as rows each read left to right.
 *
 * A page whose blocks stack one above the other (each below the one before it, give or take
 * 0.3 of its height) is read top to bottom. Otherwise blocks whose vertical extents overlap
 * (by more than 0.3 of a block's height) form bands; a band's gutters are the free strips of
 * at least 1.2 em between its blocks (the em: the median block height, at least 1). Bands
 * that keep a gutter in common — overlapping by 0.6 em, or left free by a band without
 * gutters of its own — make a region, which reaches up over single blocks on one side of its
 * gutters (a column that starts higher). A region of two bands or more cut at its widest
 * gutter into two sides of prose (each two blocks or more, 10 em wide or more) is read side
 * by side, the left one first, each in reading order of its own; otherwise it is a table
 * when two of its bands or more have blocks in two of its columns, else its bands are lines.
 * A band without a gutter is one line.
 */
std::vector<layout_row> order_rows(const std::vector<layout_block>& blocks);

}  // namespace plan6
