#pragma once

#include <vector>

#include "plan6/report/table_facts.hpp"
#include "plan6/report/table_headers.hpp"
#include "plan6/report/year_grids.hpp"

namespace plan6 {

/** Whether a grid is an indicator table: a name column and two value columns or more. */
bool is_indicator_table(const table_header& header);

/**
 * Reads an indicator table (layout E: 成果指標, 活動指標, KPI): each row is an indicator
 * named in its name column (指標名), with its baseline (基準値, maybe with its year), target
 * (目標値) and actuals (実績値, one column per year or one with the year in the header or the
 * cell) as facts, the unit from the unit column or the header where a cell has none (千円 is
 * 1,000 yen), and a printed 達成率 checked against actual / target (or target / actual, for a
 * measure where less is better): a disagreement goes into `checks`.
 */
std::vector<table_fact> read_indicator_table(const grid_view& view, int document_year,
                                             std::vector<table_check>& checks);

}  // namespace plan6
