#include "plan6/indicators/rollup.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>

namespace plan6 {

rollup_result rollup(const rollup_input& in) {
  const Eigen::Index n = in.groups.size;
  const auto groups = static_cast<std::size_t>(in.group_count);
  const auto categories = static_cast<std::size_t>(in.category_count);
  const bool has_scores = in.scores.size() != 0;
  const bool has_weights = in.weights.size() != 0;
  const bool has_categories = in.categories.size != 0;
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
  if (has_categories && in.categories.size != n) {
    throw std::invalid_argument(
        fmt::format("category has {} values but there are {} rows", in.categories.size, n));
  }

  rollup_result r;
  r.rows.assign(groups, 0);
  r.scored.assign(groups, 0);
  r.mean.assign(groups, std::numeric_limits<double>::quiet_NaN());
  r.weighted_mean.assign(groups, std::numeric_limits<double>::quiet_NaN());
  r.worst.assign(groups, std::numeric_limits<double>::quiet_NaN());
  r.worst_k_mean.assign(groups, std::numeric_limits<double>::quiet_NaN());
  r.category_counts.assign(groups * categories, 0);
  r.not_comparable.assign(groups, 0);
  std::vector<double> sum(groups, 0.0), weighted(groups, 0.0), weight_sum(groups, 0.0);

  for (Eigen::Index i = 0; i < n; ++i) {
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
    sum[gi] += s;
    if (has_weights) {
      const double w = in.weights[i];
      if (w < 0.0 || std::isinf(w)) {
        throw std::invalid_argument(
            fmt::format("weight must be finite and not negative; row {} has {}", i, w));
      }
      if (!std::isnan(w)) {
        weighted[gi] += w * s;
        weight_sum[gi] += w;
      }
    }
  }
  if (!has_scores) return r;

  // Scores grouped by a counting sort, then the k worst of each group.
  std::vector<std::size_t> offset(groups + 1, 0);
  for (std::size_t g = 0; g < groups; ++g)
    offset[g + 1] = offset[g] + static_cast<std::size_t>(r.scored[g]);
  std::vector<double> sorted(offset[groups]);
  std::vector<std::size_t> fill(offset.begin(), offset.end() - 1);
  for (Eigen::Index i = 0; i < n; ++i) {
    const std::int64_t g = in.groups[i];
    const double s = in.scores[i];
    if (g < 0 || !std::isfinite(s)) continue;
    sorted[fill[static_cast<std::size_t>(g)]++] = s;
  }
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t m = static_cast<std::size_t>(r.scored[g]);
    if (m == 0) continue;
    r.mean[g] = sum[g] / static_cast<double>(m);
    if (has_weights && weight_sum[g] > 0.0) r.weighted_mean[g] = weighted[g] / weight_sum[g];
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
  return r;
}

}  // namespace plan6
