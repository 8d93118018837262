#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "plan6/common/utf8.hpp"
#include "plan6/text/metric_sentence.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6::testing {

/**
 * A made-up sentence read as the metric namer reads it: the text, its number mentions and
 * the metric_sentence around the number written as `number` (its first occurrence), with
 * positions found by the pieces of text they are at.
 */
class sentence_of {
 public:
  sentence_of(const std::string& text, const std::string& number)
      : text_(decode_utf8(text)),
        mentions_(scan_numbers(text_)),
        sentence_(text_, mentions_, index_of(decode_utf8(number)), 0, text_.size()) {}
  sentence_of(const sentence_of&) = delete;
  sentence_of& operator=(const sentence_of&) = delete;

  const metric_sentence& operator*() const noexcept { return sentence_; }
  const metric_sentence* operator->() const noexcept { return &sentence_; }

  /** The sentence's characters as UTF-8. */
  std::string chars() const { return encode_utf8(std::u32string(sentence_.chars())); }

  /** Where `piece` (white space removed, as in the sentence) first starts, and ends. */
  std::size_t at(const std::string& piece) const { return find(piece); }
  std::size_t end_of(const std::string& piece) const {
    return find(piece) + decode_utf8(piece).size();
  }

  /** The characters [a, b) as UTF-8. */
  std::string view(std::size_t a, std::size_t b) const {
    return encode_utf8(std::u32string(sentence_.view(a, b)));
  }
  std::string view(sentence_span s) const { return view(s.a, s.b); }

 private:
  std::size_t index_of(const std::u32string& number) const {
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const number_mention& m = mentions_[i];
      if (text_.compare(m.start, m.end - m.start, number) == 0) return i;
    }
    throw std::invalid_argument("no such number mention in the test sentence");
  }

  std::size_t find(const std::string& piece) const {
    const std::size_t p = sentence_.chars().find(decode_utf8(piece));
    if (p == std::u32string_view::npos)
      throw std::invalid_argument("no such piece in the test sentence: " + piece);
    return p;
  }

  std::u32string text_;
  std::vector<number_mention> mentions_;
  metric_sentence sentence_;
};

}  // namespace plan6::testing
