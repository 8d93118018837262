#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/report/cell_grid.hpp"
#include "plan6/report/table_facts.hpp"
#include "plan6/report/table_headers.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/** A grid's place in the document, as the table readers see it. */
struct grid_view {
  const cell_grid& grid;
  std::size_t index = 0;  ///< among the document's grids
  std::u32string_view document;
  const std::vector<number_mention>& mentions;
  const table_header& header;
  std::u32string title;  ///< the line before the table, when it names it (■参加者数), as a key
};

/**
 * Whether the rows of a grid say their roles in a label column (区分: 計画 / 結果): then a
 * name column names the measure of the rows below it, and the grid is read as a year grid
 * even where its header looks like an indicator table's.
 */
bool rows_say_roles(const grid_view& view);

/** Whether a grid is a year-column grid: two fiscal-year columns or more under its header. */
bool is_year_grid(const table_header& header);

/**
 * Reads a year-column grid (layout B): every number in a cell under a fiscal-year, open or
 * baseline column is a fact with the column's fiscal year and the role its row label gives
 * (事業目標, 目標 → target; 実績, 結果 → actual; 変更後の目標, …と差異のある事業目標 → changed
 * target; 現状, 基準値 → baseline). Text cells are qualitative targets and results. What is
 * measured is the label's other words, a group label above the role rows, or the title. A
 * bare number takes its unit from the column, the row label or the title (（件）, 単位：人).
 */
std::vector<table_fact> read_year_grid(const grid_view& view);

/** A number of a cell: the mention read in the cell, and the document's mention it is. */
struct cell_number {
  std::size_t index = 0;   ///< into the document's mentions
  number_mention mention;  ///< as the cell alone reads it (spans in the document)
};

/**
 * The numbers of a cell (quantities and bare numbers). A cell is read on its own where the
 * document's reading runs past it (２１回 ⏎ 目標… read as 21回目 across the cell's end).
 */
std::vector<cell_number> cell_numbers(std::u32string_view document,
                                      const std::vector<number_mention>& mentions,
                                      const grid_cell& cell);

}  // namespace plan6
