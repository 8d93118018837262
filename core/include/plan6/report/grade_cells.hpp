#pragma once

#include <vector>

#include "plan6/report/detail_paragraphs.hpp"
#include "plan6/report/report_layout.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/report_pages.hpp"
#include "plan6/report/result_blocks.hpp"

namespace plan6 {

/**
 * Gives the 達成状況区分 cells of each plan page to the plan-years whose blocks stand on the
 * page: a starred cell ("3*") to the year whose target changed (with the （参考） cell after it
 * as the category against the original target), a cell right after a year's result label to
 * that year, the rest in order of appearance, earliest plan-year first.
 */
void assign_grades(const report_lines& lines, const report_pages& pages,
                   const std::vector<paragraph>& paragraphs,
                   const std::vector<result_block>& blocks,
                   std::vector<plan_year_info>& plan_years);

}  // namespace plan6
