#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "plan6/report/report_lines.hpp"
#include "plan6/report/report_pages.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * Marks page furniture: short lines repeated on three pages or more are furniture or table
 * labels, whatever they say (プラン６, 事業推進, ○), unless they start a cell (●, ・, 【).
 * Every other non-blank line becomes current_state, to be refined by the later steps.
 * Returns the keys of the furniture lines.
 */
std::vector<std::u32string> mark_furniture(report_lines& lines);

/**
 * Gives the lines of the plan pages their roles from their own patterns: programme headings
 * (アクションプログラム：…, anywhere), result labels and their years, category cells, the goals
 * table's header rows (事業内容・目標, 施策計画名, a row of two fiscal years or more). Returns the
 * fiscal years that have result labels, ascending.
 */
std::vector<int> classify_lines(report_lines& lines, const report_pages& pages,
                                const std::vector<number_mention>& mentions);

/**
 * The document's era offset (Gregorian minus era year), learned from the first fiscal year
 * written both ways ("2011(平成23）年度"), for years written "24年度" without an era; 0 if none.
 */
int document_era_offset(std::u32string_view text, const std::vector<number_mention>& mentions);

}  // namespace plan6
