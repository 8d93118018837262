#pragma once

#include <vector>

#include "plan6/report/report_lines.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * The Gregorian fiscal year of a fiscal-year mention: 2012年度 as it is, 平成24年度 through its
 * era, an era-less 24年度 through the document's era offset (document_era_offset); 0 when it
 * cannot be placed.
 */
int gregorian_fiscal_year(std::u32string_view text, const number_mention& mention, int era_offset);

/**
 * The fiscal year a document evaluates, from its title lines (the first fifteen non-blank
 * lines): a fiscal year followed by 実績, 実施, 決算 or 分
 * ("平成23年度事務事業評価（平成22年度実績）" evaluates FY2010), else the first fiscal year written
 * there; 0 when the title names none.
 */
int document_fiscal_year(const report_lines& lines, const std::vector<number_mention>& mentions,
                         int era_offset);

}  // namespace plan6
