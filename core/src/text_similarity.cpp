#include "plan6/text_similarity.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "plan6/utf8.hpp"

namespace plan6 {

void ngram_profile::add(std::u32string_view text) {
  std::vector<char32_t> folded;
  folded.reserve(text.size());
  for (const char32_t c : text)
    if (!is_space(c)) folded.push_back(fold_width(c));
  const auto n = static_cast<std::size_t>(n_);
  for (std::size_t i = 0; i + n <= folded.size(); ++i) {
    std::uint64_t key = 1469598103934665603ULL;  // FNV-1a over the code points
    for (std::size_t k = 0; k < n; ++k)
      key = (key ^ folded[i + k]) * 1099511628211ULL;
    ++counts_[key];
    ++total_;
  }
}

double ngram_profile::cosine(const ngram_profile& other) const {
  if (total_ == 0 || other.total_ == 0) return 0.0;
  double dot = 0, a = 0, b = 0;
  for (const auto& [key, count] : counts_) {
    a += static_cast<double>(count) * count;
    const auto it = other.counts_.find(key);
    if (it != other.counts_.end()) dot += static_cast<double>(count) * it->second;
  }
  for (const auto& [key, count] : other.counts_)
    b += static_cast<double>(count) * count;
  return dot / std::sqrt(a * b);
}

double ngram_profile::covered_by(const ngram_profile& other) const {
  if (total_ == 0) return 0.0;
  long shared = 0;
  for (const auto& [key, count] : counts_) {
    const auto it = other.counts_.find(key);
    if (it != other.counts_.end()) shared += std::min(count, it->second);
  }
  return static_cast<double>(shared) / static_cast<double>(total_);
}

}  // namespace plan6
