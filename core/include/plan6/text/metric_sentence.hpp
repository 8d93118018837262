#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/** No position: a search found nothing. */
inline constexpr std::size_t no_position = static_cast<std::size_t>(-1);

/** A half-open range [a, b) of positions in a metric_sentence. */
struct sentence_span {
  std::size_t a = 0;
  std::size_t b = 0;
  bool empty() const noexcept { return b <= a; }
};

/**
 * The sentence around one number of a text, as the metric namer reads it: white space
 * removed (PDF text breaks lines inside words), each character tagged with the number mention
 * it belongs to. The sentence runs from after 。, 】 or a bullet at a line start to the next
 * 。 or the next bulleted line; a bracketed aside after a full stop (。（参加者132人）) or a
 * continuation (この結果、…) takes in the sentence before it.
 *
 * Positions are indices into the sentence, not the text.
 */
class metric_sentence {
 public:
  /**
   * The sentence around `mentions[index]`, read no further than [floor, ceiling) of `text`
   * (and 320 code points either side of the number). `mentions` is scan_numbers(text) and
   * must outlive the sentence.
   */
  metric_sentence(std::u32string_view text, const std::vector<number_mention>& mentions,
                  std::size_t index, std::size_t floor, std::size_t ceiling);

  // --- the number and where the sentence came from ---------------------------------------

  const number_mention& mention() const noexcept { return mentions_[index_]; }
  /** The number's first character in the sentence, and one past its last. */
  std::size_t number_start() const noexcept { return number_start_; }
  std::size_t number_end() const noexcept { return number_end_; }
  /** Whether the number has any character in the sentence (not when it is all white space). */
  bool has_number() const noexcept { return number_end_ > number_start_; }
  /** The number sits in "（…）" after a full stop: 。（参加者132人）. */
  bool aside() const noexcept { return aside_; }
  /** The sentence opens with また: only the true topics of the sentence before carry on. */
  bool also() const noexcept { return also_; }
  /** Where the sentence before ends, when it was taken in; else no_position. */
  std::size_t joined() const noexcept { return joined_; }

  std::u32string_view text() const noexcept { return text_; }
  const std::vector<number_mention>& mentions() const noexcept { return mentions_; }
  std::size_t floor() const noexcept { return floor_; }
  std::size_t ceiling() const noexcept { return ceiling_; }

  // --- characters --------------------------------------------------------------------------

  std::size_t size() const noexcept { return chars_.size(); }
  /** The character at `i` (i < size()). */
  char32_t operator[](std::size_t i) const noexcept { return chars_[i]; }
  /** The character at `i`, or U'\0' past the end. */
  char32_t ch(std::size_t i) const noexcept { return i < chars_.size() ? chars_[i] : U'\0'; }
  std::u32string_view view(std::size_t a, std::size_t b) const {
    return std::u32string_view(chars_).substr(a, b - a);
  }
  std::u32string_view chars() const noexcept { return chars_; }

  /** Whether the sentence has `w` at `i`, and whether `w` ends right before `i`. */
  bool starts(std::size_t i, std::u32string_view w) const noexcept {
    return i + w.size() <= chars_.size() && view(i, i + w.size()) == w;
  }
  bool ends_at(std::size_t i, std::u32string_view w) const noexcept {
    return i >= w.size() && starts(i - w.size(), w);
  }

  // --- numbers in the sentence -----------------------------------------------------------

  /** The index into mentions() of the number at `i`, or -1. */
  int mention_id(std::size_t i) const noexcept { return i < ids_.size() ? ids_[i] : -1; }
  /** The mention at `i`, or nullptr. */
  const number_mention* mention_at(std::size_t i) const noexcept;
  /** A number that is not part of a word (digits in 技術展2013 and kanji in 一部 are words). */
  bool number_at(std::size_t i) const noexcept;
  /** A quantity or duration: what a list of counts is made of. */
  bool quantity_at(std::size_t i) const noexcept;
  /** Whether a mention of kind quantity stands anywhere in [a, b). */
  bool quantity_in(std::size_t a, std::size_t b) const noexcept;
  /** The first and one past the last position of the mention at `i`. */
  std::size_t mention_begin(std::size_t i) const noexcept;
  std::size_t mention_end(std::size_t i) const noexcept;

  // --- words -------------------------------------------------------------------------------

  /** A character of a word: kanji, katakana, Latin, or a number that is part of a word. */
  bool word_at(std::size_t i) const noexcept;
  /** Okurigana that ends a noun after its kanji: 受入れ, 取り組み, 売上げ. */
  bool okurigana_end_at(std::size_t i) const noexcept;
  /** The end of a noun phrase: a word character, a closing 」 or ）, okurigana after a kanji. */
  bool np_end_at(std::size_t i) const noexcept;
  /** The opening bracket or quote of the one closing at `close`, no earlier than `lo`. */
  std::size_t open_of(std::size_t close, std::size_t lo) const noexcept;

 private:
  std::size_t sentence_start(std::size_t floor);
  std::size_t sentence_end(std::size_t ceiling) const;
  void build(std::size_t a, std::size_t b);
  bool at_line_start(std::size_t i, std::size_t lo) const noexcept;
  bool opens_with(std::size_t p, std::size_t limit, std::u32string_view w) const noexcept;

  std::u32string_view text_;
  const std::vector<number_mention>& mentions_;
  std::size_t index_;
  std::size_t floor_ = 0;
  std::size_t ceiling_ = 0;
  bool aside_ = false;
  bool also_ = false;
  std::size_t joined_ = no_position;
  std::u32string chars_;  // the sentence, white space removed
  std::vector<int> ids_;  // the mention at each character, -1 for none
  std::size_t number_start_ = 0;
  std::size_t number_end_ = 0;
};

}  // namespace plan6
