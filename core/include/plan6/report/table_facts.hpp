#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/report/row_labels.hpp"

namespace plan6 {

/** A value read from a table cell, with its role and fiscal year from the table's own labels. */
struct table_fact {
  std::size_t grid = 0;  ///< index of the grid among the document's grids
  std::size_t row = 0;
  std::size_t column = 0;
  std::size_t start = 0;  ///< the value as written, or the whole text cell
  std::size_t end = 0;
  std::size_t mention = static_cast<std::size_t>(-1);  ///< the number mention; npos: text cell
  value_role role = value_role::value;
  int fiscal_year = 0;      ///< from the column (or a year in the cell); 0 when none
  bool open_ended = false;  ///< a column such as 2008年度以降
  std::u32string metric;    ///< what is measured: the row's label, the indicator, the title
  std::u32string label;     ///< the row label as a key (事業目標, 実績)
  double value = std::numeric_limits<double>::quiet_NaN();  ///< in the base unit; NaN: text
  std::string_view unit;                                    ///< canonical unit
  std::u32string unit_written;                              ///< as written (千円, 人, ％)
  bool qualitative = false;  ///< a text cell (継続実施, 検討): a target or result in words
  bool approximate = false;
  std::string_view layout;  ///< "year_grid" or "indicator_table"
  std::u32string grade;     ///< a grade printed in the row (達成状況 A), as written
};

/** A disagreement a table shows with itself: a printed figure that its own numbers contradict. */
struct table_check {
  std::string kind;  ///< "attainment_rate", "grade_count", "grade_total"
  std::size_t start = 0;
  std::size_t end = 0;
  double printed = std::numeric_limits<double>::quiet_NaN();
  double computed = std::numeric_limits<double>::quiet_NaN();
  std::string message;  ///< in words, naming what disagrees
};

}  // namespace plan6
