#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace plan6 {

/**
 * A bag of character n-grams of a text, white space removed and widths folded, so that two
 * passages written from the same notes can be compared although the PDF broke their lines
 * differently. Bigrams measure shared vocabulary; longer n-grams (4–6) measure sentences
 * copied from one passage into another.
 */
class ngram_profile {
 public:
  explicit ngram_profile(int n = 2) : n_(n < 1 ? 1 : n) {}
  ngram_profile(std::u32string_view text, int n) : ngram_profile(n) { add(text); }

  /** Adds the n-grams of `text`. */
  void add(std::u32string_view text);

  /** Cosine similarity in [0, 1]; 0 when either profile is empty. */
  double cosine(const ngram_profile& other) const;

  /** Share of this profile's n-grams (with multiplicity) that also occur in `other`. */
  double covered_by(const ngram_profile& other) const;

  bool empty() const noexcept { return total_ == 0; }

 private:
  int n_;
  // (hash, count) sorted by hash: comparisons are merge joins, no hashing containers.
  std::vector<std::pair<std::uint64_t, int>> counts_;
  long total_ = 0;
};

}  // namespace plan6
