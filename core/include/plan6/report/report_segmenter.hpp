#pragma once

#include <string_view>
#include <vector>

#include "plan6/report/report_layout.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * Segments an evaluation report in the narrative layout (PDF-extracted text, cells out of
 * order) into action programmes, policy plans and fiscal-year sections, from the document's
 * own headers and patterns: the 【主な実施結果】 summary pages and their plan headings, the
 * 事業内容・目標 pages, "アクションプログラム：…", the "・" result blocks, 【…変化…】 notes, the
 * "YYYY年度 / 実施結果" labels and the 達成状況区分 digits. Which block is which fiscal year is
 * decided from evidence in the text (prior-year values, the summary describing the latest
 * year, fiscal years mentioned, changed targets) and recorded in plan_year_info::evidence.
 *
 * The steps are units of their own (report_lines, line_classifier, summary_pages,
 * detail_paragraphs, plan_sections, result_blocks, year_evidence, grade_cells); this runs them
 * in order.
 */
report_layout segment_report(std::u32string_view text, const std::vector<number_mention>& mentions);

}  // namespace plan6
