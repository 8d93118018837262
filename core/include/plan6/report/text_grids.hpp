#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/report/cell_grid.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * Tables written in plain text, as cell grids over the text's own spans:
 * - pipe and markdown tables (| a | b |, ｜ too; separator rows |---| skipped);
 * - tab-separated lines (two or more in a row);
 * - space-separated rows under a header row that names columns — two fiscal years or more
 *   (2005年度 平成18年度 R3 2008年度以降, maybe after a baseline such as 現状(計画策定時)), or
 *   three indicator-table headers (指標名 単位 基準値 目標値 実績値 達成率). Each row's cells are
 *   placed under the header by position where the text is laid out in columns, else in order
 *   (a row shorter than the header fills the year columns from the first; a baseline column is
 *   skipped then); a number written with spaces inside (約 392億円) stays one cell; a row label
 *   broken over two lines is joined; a blank line ends the table unless a labelled row follows.
 * Grids come in text order and never overlap.
 */
std::vector<cell_grid> find_text_grids(const report_lines& lines,
                                       const std::vector<number_mention>& mentions,
                                       const fiscal_year_context& context);

/** The display width of text as a fixed-width layout counts it: wide (East Asian) as two. */
std::size_t display_width(std::u32string_view text) noexcept;

}  // namespace plan6
