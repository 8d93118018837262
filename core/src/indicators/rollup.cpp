#include "plan6/indicators/rollup.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>

namespace plan6 {

namespace {

// Sizes and codes that cannot be rolled up: std::invalid_argument naming the argument.
void check_input(const rollup_input& in) {
  const Eigen::Index n = in.groups.size;
  const bool has_scores = in.scores.size() != 0;
  const bool has_weights = in.weights.size() != 0;
  if (in.group_count < 0) throw std::invalid_argument("group_count must not be negative");
  if (in.category_count < 0) throw std::invalid_argument("category_count must not be negative");
  if (in.worst_k < 1) {
    throw std::invalid_argument(fmt::format("worst_k must be at least 1, not {}", in.worst_k));
  }
  if (has_scores && in.scores.size() != n) {
    throw std::invalid_argument(
        fmt::format("score has {} values but there are {} rows", in.scores.size(), n));
  }
  if (has_weights && in.weights.size() != n) {
    throw std::invalid_argument(
        fmt::format("weight has {} values but there are {} rows", in.weights.size(), n));
  }
  if (has_weights && !has_scores) {
    throw std::invalid_argument("weight needs a score to weigh");
  }
  if (in.categories.size != 0 && in.categories.size != n) {
    throw std::invalid_argument(
        fmt::format("category has {} values but there are {} rows", in.categories.size, n));
  }
}

// The sums of one pass over the rows, per group.
struct group_sums {
  std::vector<double> sum;
  std::vector<double> weighted;
  std::vector<double> weight_sum;
};

// Counts rows, categories and scores into `r`, and sums the scores into `sums`.
void count_rows(const rollup_input& in, rollup_result& r, group_sums& sums) {
  const auto categories = static_cast<std::size_t>(in.category_count);
  const bool has_scores = in.scores.size() != 0;
  const bool has_weights = in.weights.size() != 0;
  const bool has_categories = in.categories.size != 0;
  for (Eigen::Index i = 0; i < in.groups.size; ++i) {
    const std::int64_t g = in.groups[i];
    if (g < 0) continue;
    if (g >= in.group_count) {
      throw std::invalid_argument(fmt::format(
          "group code {} at row {} is not below the group count {}", g, i, in.group_count));
    }
    const auto gi = static_cast<std::size_t>(g);
    ++r.rows[gi];
    if (has_categories) {
      const std::int32_t c = in.categories[i];
      if (c < -1 || c >= in.category_count) {
        throw std::invalid_argument(fmt::format("category code {} at row {} is outside -1…{}", c, i,
                                                in.category_count - 1));
      }
      if (c < 0) {
        ++r.not_comparable[gi];
      } else {
        ++r.category_counts[gi * categories + static_cast<std::size_t>(c)];
      }
    }
    if (!has_scores) continue;
    const double s = in.scores[i];
    if (!std::isfinite(s)) continue;
    ++r.scored[gi];
    sums.sum[gi] += s;
    if (has_weights) {
      const double w = in.weights[i];
      if (w < 0.0 || std::isinf(w)) {
        throw std::invalid_argument(
            fmt::format("weight must be finite and not negative; row {} has {}", i, w));
      }
      if (!std::isnan(w)) {
        sums.weighted[gi] += w * s;
        sums.weight_sum[gi] += w;
      }
    }
  }
}

// The means and the k worst scores of each group: scores grouped by a counting sort, then a
// partial sort per group.
void summarise_scores(const rollup_input& in, rollup_result& r, const group_sums& sums) {
  const auto groups = static_cast<std::size_t>(in.group_count);
  std::vector<std::size_t> offset(groups + 1, 0);
  for (std::size_t g = 0; g < groups; ++g)
    offset[g + 1] = offset[g] + static_cast<std::size_t>(r.scored[g]);
  std::vector<double> sorted(offset[groups]);
  std::vector<std::size_t> fill(offset.begin(), offset.end() - 1);
  for (Eigen::Index i = 0; i < in.groups.size; ++i) {
    const std::int64_t g = in.groups[i];
    const double s = in.scores[i];
    if (g < 0 || !std::isfinite(s)) continue;
    sorted[fill[static_cast<std::size_t>(g)]++] = s;
  }
  const bool has_weights = in.weights.size() != 0;
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t m = static_cast<std::size_t>(r.scored[g]);
    if (m == 0) continue;
    r.mean[g] = sums.sum[g] / static_cast<double>(m);
    if (has_weights && sums.weight_sum[g] > 0.0)
      r.weighted_mean[g] = sums.weighted[g] / sums.weight_sum[g];
    const std::size_t k = std::min(m, static_cast<std::size_t>(in.worst_k));
    auto first = sorted.begin() + static_cast<std::ptrdiff_t>(offset[g]);
    auto middle = first + static_cast<std::ptrdiff_t>(k);
    auto last = first + static_cast<std::ptrdiff_t>(m);
    if (in.worse == worse_end::lowest) {
      std::partial_sort(first, middle, last);
    } else {
      std::partial_sort(first, middle, last, std::greater<double>());
    }
    double worst_sum = 0.0;
    for (auto it = first; it != middle; ++it)
      worst_sum += *it;
    r.worst[g] = *first;
    r.worst_k_mean[g] = worst_sum / static_cast<double>(k);
  }
}

}  // namespace

rollup_result rollup(const rollup_input& in) {
  check_input(in);
  const auto groups = static_cast<std::size_t>(in.group_count);
  const auto categories = static_cast<std::size_t>(in.category_count);
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  rollup_result r;
  r.rows.assign(groups, 0);
  r.scored.assign(groups, 0);
  r.mean.assign(groups, nan);
  r.weighted_mean.assign(groups, nan);
  r.worst.assign(groups, nan);
  r.worst_k_mean.assign(groups, nan);
  r.category_counts.assign(groups * categories, 0);
  r.not_comparable.assign(groups, 0);
  group_sums sums{std::vector<double>(groups, 0.0), std::vector<double>(groups, 0.0),
                  std::vector<double>(groups, 0.0)};
  count_rows(in, r, sums);
  if (in.scores.size() != 0) summarise_scores(in, r, sums);
  return r;
}

}  // namespace plan6
