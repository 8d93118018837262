#pragma once

#include <cstddef>
#include <vector>

#include "plan6/report/report_lines.hpp"

namespace plan6 {

/**
 * The plan pages of a narrative report: each starts at the goals-table header
 * (事業内容・目標); the lines before the first one are the summary pages.
 */
struct report_pages {
  std::vector<std::size_t> first_line;  ///< of each plan page
  std::vector<int> page_of_line;        ///< -1 on the summary pages
  std::size_t detail_first_line = 0;    ///< the first plan page's first line (lines.size(): none)

  std::size_t size() const noexcept { return first_line.size(); }
  /** One past the last line of page `p`. */
  std::size_t end_line(std::size_t p, std::size_t line_count) const {
    return p + 1 < first_line.size() ? first_line[p + 1] : line_count;
  }
};

/** Finds the plan pages of a report. */
report_pages find_pages(const report_lines& lines);

}  // namespace plan6
