#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "plan6/report/detail_paragraphs.hpp"
#include "plan6/report/plan_sections.hpp"
#include "plan6/report/report_layout.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/result_blocks.hpp"
#include "plan6/report/summary_pages.hpp"
#include "plan6/text/number_scanner.hpp"
#include "plan6/text/text_similarity.hpp"

namespace plan6 {

/** Evidence about one block's fiscal year, compared pairwise between a plan's blocks. */
struct year_evidence {
  double summary_text = 0;     ///< cosine with the summary (which describes the latest year)
  double summary_numbers = 0;  ///< share of the summary's quantities found in the block
  int max_fiscal_year = 0;     ///< the latest fiscal year the block mentions
  int max_name_year = 0;       ///< the latest calendar year inside a name (展2013)
  int min_name_year = 0;       ///< the earliest one (エキスポアジア2011)
  bool changed_target = false;
  int backward = 0;    ///< mentions of 昨年/前年度: the block looks back on a year
  int first_time = 0;  ///< 第１回 events
};

/** What the year decision reads. */
struct year_context {
  const report_lines& lines;
  const std::vector<number_mention>& mentions;
  const std::vector<paragraph>& paragraphs;
  const summary_pages& summary;
  const plan_index& plans;
  const std::vector<int>& fiscal_years;  ///< with result labels, ascending
  int era_offset = 0;                    ///< document_era_offset()
};

/** The evidence of one block against its plan's summary text and quantities. */
year_evidence evidence_of(
    const year_context& c, const result_block& block, const ngram_profile& summary,
    const std::vector<std::pair<double, std::string_view>>& summary_quantities);

/**
 * Prior-year links from `later` to `earlier`: values quoted as last year's in `later`
 * ("827人（前年度752人）") that `earlier` holds (752人).
 */
int prior_chain(const year_context& c, const result_block& later, const result_block& earlier);

/**
 * Decides the fiscal year of every block: each plan's blocks get a lateness score from
 * pairwise comparisons of their evidence, and the latest blocks take the latest years. Adds
 * one plan_year_info per block to `plan_years` (with the evidence in words), sorted.
 */
void decide_years(const year_context& c, std::vector<result_block>& blocks,
                  std::vector<plan_year_info>& plan_years);

}  // namespace plan6
