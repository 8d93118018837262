#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "plan6/report/detail_paragraphs.hpp"
#include "plan6/report/report_layout.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/report_pages.hpp"
#include "plan6/report/summary_pages.hpp"

namespace plan6 {

/** The policy plans found, with their comparison keys and the plan page that names each. */
struct plan_index {
  std::vector<std::u32string> keys;
  std::vector<std::size_t> page;  ///< npos: named only on the summary pages

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

/**
 * Finds the policy plans: the summary's plan headings where a plan page also names them
 * (outside the result text), else prose cells of the plan pages that read like a name (short,
 * no full stop or comma, column labels glued to it stripped). Plans come in the summary's
 * order when there is one, else in page order; their names go into `plans` as written.
 */
plan_index find_plans(report_lines& lines, const report_pages& pages, const summary_pages& summary,
                      const std::vector<paragraph>& paragraphs,
                      const std::vector<std::u32string>& furniture,
                      std::vector<policy_plan_info>& plans);

/**
 * Finds the action programmes (アクションプログラム：… headings, numbered from the summary where
 * it names them) and gives each plan the last programme heading before the end of its page.
 */
void find_programmes(const report_lines& lines, const report_pages& pages,
                     const summary_pages& summary, const plan_index& index, report_layout& layout);

}  // namespace plan6
