#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "plan6/report/report_lines.hpp"

namespace plan6 {

/** A bullet of the summary pages, under a plan heading. */
struct summary_item {
  std::size_t start = 0;
  std::size_t end = 0;
  std::u32string heading;  ///< key of the plan heading it is under
};

/**
 * The summary pages (【主な実施結果】) of a narrative report: programme headings
 * ("１ 国際的視点に基づく産業振興"), plan headings (short phrases without a full stop between
 * bullets) and the bullets under them, which describe the latest fiscal year.
 */
struct summary_pages {
  std::vector<summary_item> items;
  std::vector<std::u32string> headings;                    ///< plan heading keys, in order
  std::vector<std::size_t> heading_pos;                    ///< where each heading first stands
  std::vector<std::pair<int, std::u32string>> programmes;  ///< number and key
  std::vector<std::size_t> programme_pos;

  /** The bullets under a heading, joined by line breaks. */
  std::u32string text_under(std::u32string_view text, const std::u32string& heading) const;
};

/** Reads the summary pages: the lines before `end_line`. */
summary_pages parse_summary(report_lines& lines, std::size_t end_line);

}  // namespace plan6
