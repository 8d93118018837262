#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "plan6/report/grade_scales.hpp"
#include "plan6/report/table_facts.hpp"
#include "plan6/report/token_rows.hpp"

namespace plan6 {

/** One grade of a legend: its code, its label, and the counts printed beside it. */
struct legend_entry {
  grade_code code;
  std::u32string label;  ///< as written, white space removed (目標を大きく上回って達成)
  std::size_t code_start = 0;
  std::size_t code_end = 0;
  std::size_t label_start = 0;
  std::size_t label_end = 0;
  std::vector<double> counts;             ///< one per count column; NaN where the row leaves it out
  std::vector<std::size_t> count_starts;  ///< where each count is written (npos: none)
};

/**
 * A grade legend (layout D): the scale a document grades on, code → label, read from the
 * document itself, and, when the rows carry numbers, a distribution table (items per grade,
 * and per subgroup such as うち重点), with its total row.
 */
struct grade_legend {
  grade_family family = grade_family::digits;
  std::vector<legend_entry> entries;          ///< in the document's order
  std::vector<std::u32string> count_columns;  ///< headers of the count columns (件数, うち重点)
  std::vector<double> totals;                 ///< the total row (合計), NaN where none
  std::vector<std::size_t> total_starts;
  std::size_t start = 0;  ///< the legend's extent in the text
  std::size_t end = 0;
};

/**
 * Finds grade legends: runs of rows that each start with a grade code of one family (1–5,
 * A–D, ◎○△×, Ⅰ–Ⅴ; the codes distinct) followed by a label in words (or the label in brackets
 * after the code: A（順調）), maybe followed by counts; the header row above names the count
 * columns, the row after (合計, 計, 総数) gives the totals. Two rows at least, three for digit
 * codes (a numbered list is not a scale).
 */
std::vector<grade_legend> read_grade_legends(const std::vector<token_row>& rows,
                                             std::u32string_view text);

/**
 * Checks a distribution table against itself and the graded items found: the counts of a
 * column against its total row, and the first count column against the items whose headline
 * grade is in the legend's family. Each disagreement is one check in words.
 */
void check_grade_counts(const grade_legend& legend, const std::vector<grade_code>& item_grades,
                        std::vector<table_check>& checks);

}  // namespace plan6
