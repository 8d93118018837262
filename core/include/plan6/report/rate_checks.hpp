#pragma once

#include <string_view>
#include <vector>

#include "plan6/report/table_facts.hpp"

namespace plan6 {

/**
 * Checks a printed attainment rate (達成率, 進捗率 92.5) against the actual and the target it
 * is computed from, to the decimals it is printed with, either way round (higher or lower is
 * better); a disagreement is added to `checks`, naming the metric and both figures.
 */
void check_printed_rate(std::u32string_view document, const table_fact& rate,
                        const table_fact& actual, const table_fact& target,
                        std::vector<table_check>& checks);

/**
 * The rates of a year grid's rows (a 達成率 row under 目標 and 実績 rows), each checked against
 * the actual and the target of its metric and fiscal year (a changed target first).
 */
void check_year_rates(std::u32string_view document, const std::vector<table_fact>& facts,
                      std::vector<table_check>& checks);

}  // namespace plan6
