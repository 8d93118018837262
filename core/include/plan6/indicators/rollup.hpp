#pragma once

#include <cstdint>
#include <vector>

#include "plan6/common/array_view.hpp"

namespace plan6 {

/** Which end of a score scale is worse, for worst-k summaries. */
enum class worse_end {
  lowest,   ///< low scores are worse (attainment, progress, SDG Index scores)
  highest,  ///< high scores are worse (the report's 1–5 categories: 5 is the worst)
};

/** What to summarise per group; empty views mean "not given". */
struct rollup_input {
  integer_view<std::int64_t> groups;      ///< group code per row, 0…group_count−1, −1 = skip
  std::int64_t group_count = 0;           ///< number of groups
  const_vector_view scores{nullptr, 0};   ///< optional score per row (NaN/inf not scored)
  const_vector_view weights{nullptr, 0};  ///< optional weight per row (≥ 0; NaN = unweighted)
  integer_view<std::int32_t> categories;  ///< optional code per row, −1 = not comparable
  std::int32_t category_count = 0;        ///< number of categories (codes 0…count−1)
  std::int32_t worst_k = 2;               ///< how many worst scores to average
  worse_end worse = worse_end::lowest;
};

/** Per-group summaries of a rollup (vectors of group_count, counts row-major). */
struct rollup_result {
  std::vector<std::int64_t> rows;             ///< rows in the group
  std::vector<std::int64_t> scored;           ///< rows with a finite score
  std::vector<double> mean;                   ///< mean score (NaN when none)
  std::vector<double> weighted_mean;          ///< Σ w·s / Σ w over rows with both (NaN if Σ w = 0)
  std::vector<double> worst;                  ///< the worst score
  std::vector<double> worst_k_mean;           ///< mean of the min(k, scored) worst scores
  std::vector<std::int64_t> category_counts;  ///< group_count × category_count
  std::vector<std::int64_t> not_comparable;   ///< rows whose category is −1
};

/**
 * Roll-up of scores and categories over groups of rows (a level of the plan hierarchy:
 * programme, policy plan…): counts of rows and of each category, mean and weighted mean
 * score, the worst score and the mean of the k worst (SDSN rates a goal by its two worst
 * indicators). One pass for the sums and counts; a counting sort of the scores by group
 * and a partial sort per group for the worst k.
 *
 * Throws std::invalid_argument naming the argument for sizes that differ, group or category
 * codes out of range, negative weights or a worst_k below 1.
 */
rollup_result rollup(const rollup_input& input);

}  // namespace plan6
