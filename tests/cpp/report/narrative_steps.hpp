#pragma once
// Runs the narrative reader's steps one by one on a made-up text, so that each unit's test can
// look at the parts the steps before it produce.

#include <string>
#include <vector>

#include "plan6/common/utf8.hpp"
#include "plan6/report/detail_paragraphs.hpp"
#include "plan6/report/line_classifier.hpp"
#include "plan6/report/plan_sections.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/report_pages.hpp"
#include "plan6/report/result_blocks.hpp"
#include "plan6/report/summary_pages.hpp"
#include "plan6/report/year_evidence.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6::testing {

struct narrative_steps {
  std::u32string text;
  std::vector<number_mention> mentions;
  report_lines lines;
  std::vector<std::u32string> furniture;
  report_pages pages;
  report_layout layout;
  summary_pages summary;
  std::vector<paragraph> paragraphs;
  plan_index plans;
  std::vector<result_block> blocks;

  explicit narrative_steps(const char* utf8)
      : text(decode_utf8(utf8)), mentions(scan_numbers(text)), lines(text) {
    furniture = mark_furniture(lines);
    pages = find_pages(lines);
    layout.fiscal_years = classify_lines(lines, pages, mentions);
    summary = parse_summary(lines, pages.detail_first_line);
    paragraphs = parse_detail_paragraphs(lines, pages.detail_first_line);
    plans = find_plans(lines, pages, summary, paragraphs, furniture, layout.plans);
    find_programmes(lines, pages, summary, plans, layout);
    blocks = assign_blocks({lines, pages, paragraphs, summary, plans, layout.plans, year_count()});
  }

  std::size_t year_count() const {
    return layout.fiscal_years.empty() ? 1 : layout.fiscal_years.size();
  }
  year_context years() const {
    return {lines,
            mentions,
            paragraphs,
            summary,
            plans,
            layout.fiscal_years,
            document_era_offset(text, mentions)};
  }
  /** The line whose key is `key` (the first), or lines.size(). */
  std::size_t line_with(const char* key) const {
    const std::u32string k = decode_utf8(key);
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (lines.key(i) == k) return i;
    return lines.size();
  }
  std::string utf8(std::u32string_view s) const { return encode_utf8(s); }
};

/**
 * A made-up two-year report in the narrative layout: a summary page naming two plans of one
 * programme, then one plan page per plan. The later year's blocks stand first on each page.
 */
inline const char* const two_plan_report =
    "【主な実施結果】\n"
    "１ 港のにぎわいづくり\n"
    "朝市の振興\n"
    "・ 朝市を６回開き、来場者 5,400 人（前年度 4,800 人）となりました。\n"
    "渡し船の運航\n"
    "・ 渡し船の利用者は 12,300 人となりました。\n"
    "\n"
    " 事業内容・目標\n"
    "2020(令和2）年度 2021（令和3）年度\n"
    "アクションプログラム：港のにぎわいづくり\n"
    "朝市の振興\n"
    "\n"
    "・朝市を６回開き、来場者5,400人（前年度4,800人）となりました。\n"
    "\n"
    "2020年度\n"
    "実施結果\n"
    "\n"
    "・朝市を４回開き、来場者4,800人となりました。\n"
    "\n"
    "2021年度\n"
    "実施結果\n"
    "\n"
    "4\n"
    "\n"
    "3\n"
    " 事業内容・目標\n"
    "2020(令和2）年度 2021（令和3）年度\n"
    "渡し船の運航\n"
    "\n"
    "・渡し船の利用者は12,300人となりました。\n"
    "\n"
    "【変更後の目標】\n"
    "運航日を週５日とします。\n"
    "\n"
    "・渡し船の利用者は11,900人となりました。\n"
    "\n"
    "2020年度\n"
    "実施結果\n"
    "2021年度\n"
    "実施結果\n"
    "3*\n"
    "2\n"
    "（参考）当初目標\n"
    "に対する達成状況\n"
    "3\n";

}  // namespace plan6::testing
