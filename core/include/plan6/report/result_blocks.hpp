#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "plan6/report/detail_paragraphs.hpp"
#include "plan6/report/plan_sections.hpp"
#include "plan6/report/report_layout.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/report_pages.hpp"
#include "plan6/report/summary_pages.hpp"

namespace plan6 {

/** The result text of one plan in one (yet unknown) fiscal year, with the notes after it. */
struct result_block {
  std::vector<std::size_t> runs;   ///< paragraph indices of result runs
  std::vector<std::size_t> notes;  ///< change notes and changed targets
  bool changed_target = false;
  int plan = -1;
  int year = 0;
  double score = 0;  ///< lateness, from the year evidence

  /** The block's text: its runs, then (if asked) its notes, each ending with a line break. */
  std::u32string text(const report_lines& lines, const std::vector<paragraph>& paragraphs,
                      bool with_notes = true) const;
};

/** What the block reader needs of the steps before it. */
struct block_context {
  const report_lines& lines;
  const report_pages& pages;
  const std::vector<paragraph>& paragraphs;
  const summary_pages& summary;
  const plan_index& plans;
  const std::vector<policy_plan_info>& plan_info;
  std::size_t year_count = 1;  ///< fiscal years with result labels (1 when none)
};

/**
 * Cuts each plan page's result runs into blocks, one per plan and year: runs split by blank
 * lines are merged until the count fits, and with several plans on a page each block goes to
 * the plan whose name and summary it resembles (blocks of one plan resemble each other too).
 * A plan named on a page without results takes the next page's.
 */
std::vector<result_block> assign_blocks(const block_context& context);

}  // namespace plan6
