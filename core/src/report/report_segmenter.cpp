#include "plan6/report/report_segmenter.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/report/detail_paragraphs.hpp"
#include "plan6/report/grade_cells.hpp"
#include "plan6/report/line_classifier.hpp"
#include "plan6/report/plan_sections.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/report_pages.hpp"
#include "plan6/report/result_blocks.hpp"
#include "plan6/report/summary_pages.hpp"
#include "plan6/report/year_evidence.hpp"

namespace plan6 {
namespace {

// The sections that carry facts: summary bullets (of the latest year), result runs and notes.
void build_sections(const report_lines& lines, const summary_pages& summary,
                    const plan_index& plans, const std::vector<paragraph>& paragraphs,
                    const std::vector<result_block>& blocks, report_layout& layout) {
  const std::u32string_view s = lines.text();
  const int latest = layout.fiscal_years.empty() ? 0 : layout.fiscal_years.back();
  for (const summary_item& item : summary.items) {
    report_section sec;
    sec.kind = section_kind::summary;
    sec.start = item.start;
    sec.end = item.end;
    for (std::size_t p = 0; p < plans.keys.size(); ++p)
      if (plans.keys[p] == item.heading) sec.plan = static_cast<int>(p);
    sec.fiscal_year = latest;
    layout.sections.push_back(sec);
  }
  for (const result_block& b : blocks) {
    auto add = [&](std::size_t q, section_kind kind) {
      const paragraph& p = paragraphs[q];
      report_section sec;
      sec.kind = kind;
      sec.start = lines.start(p.first_line);
      sec.end = lines.end(p.last_line);
      while (sec.end > sec.start && is_space(s[sec.end - 1]))
        --sec.end;
      sec.plan = b.plan;
      sec.fiscal_year = b.year;
      layout.sections.push_back(sec);
    };
    for (const std::size_t r : b.runs)
      add(r, section_kind::result);
    for (const std::size_t n : b.notes)
      add(n, section_kind::change_note);
  }
  std::sort(layout.sections.begin(), layout.sections.end(),
            [](const report_section& a, const report_section& b) { return a.start < b.start; });
}

}  // namespace

report_layout segment_report(std::u32string_view text,
                             const std::vector<number_mention>& mentions) {
  report_layout layout;
  report_lines lines(text);
  const std::vector<std::u32string> furniture = mark_furniture(lines);
  const report_pages pages = find_pages(lines);
  layout.fiscal_years = classify_lines(lines, pages, mentions);
  const int era_offset = document_era_offset(text, mentions);
  const summary_pages summary = parse_summary(lines, pages.detail_first_line);
  const std::vector<paragraph> paragraphs = parse_detail_paragraphs(lines, pages.detail_first_line);
  const plan_index plans = find_plans(lines, pages, summary, paragraphs, furniture, layout.plans);
  find_programmes(lines, pages, summary, plans, layout);
  const std::size_t year_count = std::max<std::size_t>(1, layout.fiscal_years.size());
  std::vector<result_block> blocks =
      assign_blocks({lines, pages, paragraphs, summary, plans, layout.plans, year_count});
  decide_years({lines, mentions, paragraphs, summary, plans, layout.fiscal_years, era_offset},
               blocks, layout.plan_years);
  assign_grades(lines, pages, paragraphs, blocks, layout.plan_years);
  build_sections(lines, summary, plans, paragraphs, blocks, layout);
  lines.move_into(layout);
  return layout;
}

}  // namespace plan6
