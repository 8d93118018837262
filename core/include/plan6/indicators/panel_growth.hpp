#pragma once

#include <cstdint>

#include "plan6/common/array_view.hpp"

namespace plan6 {

/** What panel growth does when the previous fiscal year of an indicator has no row. */
enum class gap_policy {
  strict,              ///< NaN with missing_prior_year: a hole is never bridged
  previous_available,  ///< compare with the latest earlier year that has a value, annualised
};

/** How panel growth finds each row's previous year. */
enum class panel_method {
  automatic,  ///< dense when the key space is small enough, else sort
  dense,      ///< a table over (id, year) keys, O(n); refused when too large for the memory cap
  sort,       ///< sort the rows by (id, year), O(n log n), for sparse ids and years
};

/** What a panel growth run did, for tests and benchmarks. */
struct panel_growth_info {
  panel_method method = panel_method::automatic;  ///< dense or sort, as used
  bool factorized_ids = false;  ///< ids were renumbered 0…g−1 to make the key space dense
  std::int64_t key_space = 0;   ///< table slots (dense) or 0 (sort)
  std::int64_t duplicates = 0;  ///< rows whose (id, year) appears more than once
};

/**
 * Year-on-year growth over a panel of (indicator id, fiscal year, value) rows in any order:
 * each row gets value / value of the same id in the previous fiscal year − 1, in the rows'
 * own order.
 *
 * Policy (the rows' reasons, first that applies): a row whose (id, year) appears twice
 * gets duplicate_key, as do the rows whose previous year is duplicated (which one would be
 * meant is unknown); a missing or infinite value of the row, missing_input /
 * infinite_input; no previous year, missing_prior_year (strict) — with
 * gap_policy::previous_available the latest earlier year with a non-NaN value is used
 * instead and the growth is annualised, (v / v_prev)^(1 / Δyears) − 1; then the policy of
 * growth() (and cagr() for annualised spans) on the prior value. Rows flagged in `skip`
 * (when it is not empty: a missing id or year) are missing_input and are nobody's
 * previous year.
 *
 * Algorithm: when (id span × year span) is at most about twice the number of rows, one
 * pass scatters the values into a table indexed by (id, year), one sequential pass computes
 * each slot's growth in place, and one pass gathers them back: O(n), extra memory of about
 * two doubles per row. Ids spread too thinly are first renumbered by hashing; when years
 * are sparse too, the rows are sorted by (id, year) instead (O(n log n)).
 *
 * Throws std::invalid_argument when sizes differ (naming the arguments) or when
 * panel_method::dense is forced on a key space too large.
 */
template <typename Id, typename Year>
panel_growth_info panel_growth(integer_view<Id> ids, integer_view<Year> years,
                               const_vector_view values, integer_view<std::uint8_t> skip,
                               gap_policy gaps, panel_method method, vector_view out,
                               reason_view reasons);

}  // namespace plan6
