#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/report/cell_grid.hpp"
#include "plan6/report/line_tokens.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/table_headers.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * A table written as text without rules: a header that names columns — two fiscal years or
 * more (2005年度 平成18年度 R3 2008年度以降, maybe after a baseline such as 現状(計画策定時)), or
 * three indicator-table headers (指標名 単位 基準値 目標値 実績値 達成率) — then rows.
 *
 * The header stands on one line, or one cell a line as PDF text leaves a table (区分 ⏎ 現状 ⏎
 * (計画策定時) ⏎ 平成22年度 ⏎ 23年度 …: a bracketed line or 以降 goes with the cell before it).
 * Each row's cells go under the header by position where the text is laid out in columns;
 * otherwise in order, once the whole row is read: a row of as many cells as columns fills them
 * all, a shorter one the years from the first (past a baseline), unless its first cell is the
 * words right after its label. A row goes on over the lines after it (one cell a line), words
 * among its cells (継続実施, ―) being cells while the row is open; a label broken over two lines
 * is joined; a blank line ends the table unless a labelled row follows; a line that starts
 * another header, or a sheet's field (達成度, 事務事業名), ends it.
 */
struct spaced_header {
  std::vector<line_token> tokens;  ///< the value columns' header cells
  std::vector<column_info> kinds;  ///< what each value column holds
  bool label_token = false;        ///< a first cell that heads the label column (区分)
  line_token label;
  std::size_t first_line = 0;  ///< the header's lines
  std::size_t last_line = 0;
  bool laid_out = false;  ///< a one-line header laid out in columns
  /** A header over several lines: each line's cells with their grid column (0: labels). */
  std::vector<std::vector<std::pair<std::size_t, line_token>>> rows;
};

/** The header starting at line `i`, on one line or one cell a line, if there is one there. */
bool read_spaced_header(const report_lines& lines, std::size_t i,
                        const std::vector<number_mention>& mentions,
                        const fiscal_year_context& context, spaced_header& header);

/**
 * Reads the rows under `header` into a grid appended to `grids` (none when no row has
 * values). Returns the line to read on from.
 */
std::size_t read_spaced_rows(const report_lines& lines, const spaced_header& header,
                             const std::vector<number_mention>& mentions,
                             const fiscal_year_context& context, std::vector<cell_grid>& grids);

}  // namespace plan6
