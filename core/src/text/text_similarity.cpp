#include "plan6/text/text_similarity.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "plan6/common/utf8.hpp"

namespace plan6 {

void ngram_profile::add(std::u32string_view text) {
  std::vector<char32_t> folded;
  folded.reserve(text.size());
  for (const char32_t c : text)
    if (!is_space(c)) folded.push_back(fold_width(c));
  const auto n = static_cast<std::size_t>(n_);
  std::vector<std::uint64_t> keys;
  keys.reserve(folded.size());
  for (std::size_t i = 0; i + n <= folded.size(); ++i) {
    std::uint64_t key = 1469598103934665603ULL;  // FNV-1a over the code points
    for (std::size_t k = 0; k < n; ++k)
      key = (key ^ folded[i + k]) * 1099511628211ULL;
    keys.push_back(key);
  }
  for (const auto& [key, count] : counts_)
    for (int c = 0; c < count; ++c)
      keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  counts_.clear();
  for (const std::uint64_t key : keys) {
    if (!counts_.empty() && counts_.back().first == key)
      ++counts_.back().second;
    else
      counts_.emplace_back(key, 1);
  }
  total_ = static_cast<long>(keys.size());
}

namespace {

// Calls f(count_a, count_b) for every n-gram the two sorted profiles share.
template <typename F>
void join(const std::vector<std::pair<std::uint64_t, int>>& a,
          const std::vector<std::pair<std::uint64_t, int>>& b, F f) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      f(a[i].second, b[j].second);
      ++i, ++j;
    }
  }
}

double squared_norm(const std::vector<std::pair<std::uint64_t, int>>& v) {
  double sum = 0;
  for (const auto& entry : v)
    sum += static_cast<double>(entry.second) * entry.second;
  return sum;
}

}  // namespace

double ngram_profile::cosine(const ngram_profile& other) const {
  if (total_ == 0 || other.total_ == 0) return 0.0;
  double dot = 0;
  join(counts_, other.counts_, [&](int x, int y) { dot += static_cast<double>(x) * y; });
  return dot / std::sqrt(squared_norm(counts_) * squared_norm(other.counts_));
}

double ngram_profile::covered_by(const ngram_profile& other) const {
  if (total_ == 0) return 0.0;
  long shared = 0;
  join(counts_, other.counts_, [&](int x, int y) { shared += std::min(x, y); });
  return static_cast<double>(shared) / static_cast<double>(total_);
}

}  // namespace plan6
