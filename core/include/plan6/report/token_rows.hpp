#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/report/cell_grid.hpp"
#include "plan6/report/report_lines.hpp"

namespace plan6 {

/** A token of a row: a table cell, or a word of a line split at white space and colons. */
struct row_token {
  std::size_t start = 0;  ///< code points of the document text
  std::size_t end = 0;
  std::u32string key;                                 ///< comparison key (normal_key.hpp)
  std::size_t column = static_cast<std::size_t>(-1);  ///< the grid column, for a table cell
  bool letters = false;                               ///< a letter-spaced word joined (事 業 名)
};

/** The tokens of one line or table row, in reading order. */
struct token_row {
  std::size_t line = 0;                             ///< the first line it stands on
  std::size_t grid = static_cast<std::size_t>(-1);  ///< the grid it belongs to, if any
  std::size_t grid_row = 0;
  std::vector<row_token> tokens;
};

/**
 * The document as rows of tokens, for the readers that pair labels with values (graded items,
 * grade legends): a table row gives one row of its cells (a cell holding "達成度：3" split at the
 * colon), any other non-blank line one row of its words, split at white space and at ：/:.
 * The grids flagged in `skip_grids` give no rows (and their lines none either).
 */
std::vector<token_row> token_rows(const report_lines& lines, const std::vector<cell_grid>& grids,
                                  const std::vector<bool>& skip_grids = {});

}  // namespace plan6
