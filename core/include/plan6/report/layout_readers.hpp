#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "plan6/report/fact_extractor.hpp"

namespace plan6 {

/**
 * Runs the readers of the layouts other than the narrative one over a document whose numbers
 * are scanned and whose narrative sections are read (`ex.mentions`, `ex.layout`, `ex.facts`):
 * tables in the text join the given ones in `ex.grids`; year-column grids and indicator tables
 * give facts; graded items become plans with their grades; legends give the scales' wording
 * and, with counts, are checked against the items. Mentions taken are marked in `used`;
 * `reasons` gets the residue reason of numbers that are grades, codes or counts.
 */
void read_other_layouts(std::u32string_view text, extraction& ex, std::vector<bool>& used,
                        std::vector<std::string>& reasons);

}  // namespace plan6
