#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/report/cell_grid.hpp"
#include "plan6/report/line_tokens.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * Tables written in plain text, as cell grids over the text's own spans:
 * - pipe and markdown tables (| a | b |, ｜ too; separator rows |---| skipped);
 * - tab-separated lines (two or more in a row);
 * - rows separated by spaces under a header of years or indicator columns, on one line or one
 *   cell a line (spaced_grids.hpp).
 * Grids come in text order and never overlap.
 */
std::vector<cell_grid> find_text_grids(const report_lines& lines,
                                       const std::vector<number_mention>& mentions,
                                       const fiscal_year_context& context);

}  // namespace plan6
