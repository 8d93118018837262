#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace plan6 {

/** The box of a block of text on a PDF page (a segment), y growing downwards. */
struct layout_block {
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  /** The number of words of its text (apart by white space), for a table's header cells. */
  std::size_t words = 1;
};

/**
 * A word of a block set apart as a block of its own: a cell of a table's header that PDFium
 * ran into one run with its neighbours, placed at the middle of its column.
 */
struct layout_word {
  /** The page's block, and which of its words (from 0). */
  std::size_t block = 0, word = 0;
  /** Its box across (0.2 pt wide); up and down it has the block's. */
  double x0 = 0, x1 = 0;
};

/** One row of a page in reading order: a line of blocks, or a table. */
struct layout_row {
  /** A line: its blocks left to right, as indices into the page's blocks (empty for a table). */
  std::vector<std::size_t> blocks;
  /** A table: its bands (rows of blocks, left to right) and the gutters between its columns. */
  std::vector<std::vector<std::size_t>> bands;
  std::vector<std::pair<double, double>> gutters;
  /** The words set apart that its lines or bands hold: index n + w (n: the page's blocks). */
  std::vector<layout_word> words;

  bool is_table() const noexcept { return !bands.empty(); }
};

/**
 * The blocks of a PDF page in reading order, as rows each read left to right.
 *
 * A page whose blocks stack one above the other (each below the one before it, give or take
 * 0.3 of its height) is read top to bottom. Otherwise blocks whose vertical extents overlap
 * (by more than 0.3 of a block's height) form bands; a band's gutters are the free strips of
 * at least 1.2 em between its blocks (the em: the median block height, at least 1).
 *
 * A band with gutters starts a region, which runs down while bands leave part of a gutter
 * free (0.6 em or more; a block reaching in from one side narrows it, one inside closes
 * it), a band of several blocks only with text on both sides of one. Its last band goes
 * with the rows under it where it shares more gutters (two or more) with them than the
 * region kept (a table's header under label/value lines); single blocks at its end (past
 * two bands) are lines after it. It reaches up over single blocks that leave all its
 * gutters free (a column that starts higher).
 *
 * A region of two bands or more cut at its widest gutter into two sides of prose (each two
 * blocks or more, 10 em wide or more, its median block 0.6 of its width or more) is read
 * side by side, the left one first, each in reading order of its own. Otherwise the single
 * blocks it reached up over stay lines, and the rest is a table: a line right above whose
 * words fall one a column (three or more) is its header, split into words; in its first
 * row of several blocks (when three rows or more have several), blocks running over the
 * columns of the other rows are split a word a column; its gutters are the strips free down
 * all its blocks (its first band's narrowed gutters where there are none). It is a table
 * when two of its bands or more have blocks in two of its columns, else its bands are lines.
 * A band without a gutter is one line.
 */
std::vector<layout_row> order_rows(const std::vector<layout_block>& blocks);

}  // namespace plan6
