#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "plan6/report/report_lines.hpp"

namespace plan6 {

/**
 * The labels of a result block and its category cell, read from line keys: "2012年度 ⏎ 実施結果"
 * (two lines) or "平成24年度実施結果" (one), maybe after 達成状況区分, maybe with the category
 * cell glued on ("2011年度 実施結果 3"), the year in any form the calendar reads.
 */

/** The fiscal year a whole key names ("2012年度", "平成24年度", "2012（平成24）年度"), or 0. */
int fiscal_year_of_key(std::u32string_view key);

/** A result label's parts: the year text and, on a one-line label, what follows 実施結果. */
struct result_label {
  std::u32string_view year_text;
  std::u32string_view after;
  bool one_line = false;
};

/** Splits a key at 実施結果 (a leading 達成状況区分 dropped). */
result_label split_result_label(std::u32string_view key);

/** An achievement-category cell: a digit 1–5, "3*" when the target was changed. */
struct category_cell {
  int value = 0;
  bool starred = false;
};

/** The category cell a key is (alone or after 実施結果 / 達成状況区分), if it is one. */
std::optional<category_cell> category_cell_of(std::u32string_view key);

/** The category cell glued to a one-line result label ("2011年度 実施結果 3"), if any. */
std::optional<category_cell> glued_category_cell(std::u32string_view key);

/**
 * The year of the result label on line `i`: "YYYY年度" followed by a 実施結果 line, or both on
 * one line, maybe before the category cell; 0 when the line is no such label.
 */
int result_label_year(const report_lines& lines, std::size_t i);

}  // namespace plan6
