#pragma once
// Scanning a text of any size for numbers in bounded memory. The text comes in parts (a file
// read piece by piece, or a long str cut up) and is scanned in overlapping pieces (262,144 code
// points by default); two pieces are spliced where their scans agree, so the mentions are
// those of one scan of the whole text, while only a piece or two and their mentions are held.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * Receives each mention once it is settled, in text order: its spans are in code points of the
 * whole text, `expression` is the text of [start, end) and `unit_written` is written_unit() of
 * it (the unit as written).
 */
using mention_sink =
    std::function<void(const number_mention& mention, std::u32string_view expression,
                       std::u32string_view unit_written)>;

/**
 * Why a splice is exact. The scanner reads left to right; what it finds at a number depends
 * on the text a few code points around it (prefixes such as 約 and 平成 before it, the unit
 * and qualifiers after it, the start of its line) and on the mention just before it when the
 * two touch. A piece scanned from a later start agrees with the earlier piece once both find
 * one mention alike, with the mention before it alike too or touching it in neither: from there
 * both scanners are in the same state over the same text. A splice is made only there, at least
 * `margin` code points inside both pieces, or where neither piece finds anything over the
 * whole overlap; where no splice is found the earlier piece grows (doubling) until one is, up
 * to the whole text. A text shorter than a piece is scanned once, as scan_numbers does.
 */
class number_stream {
 public:
  /** `piece`: code points scanned at a time; `margin`: the overlap's safety distance. */
  explicit number_stream(std::size_t piece = std::size_t{1} << 18, std::size_t margin = 4096);

  /** Appends `more` and settles what can be settled, calling `sink` for each mention. */
  void feed(std::u32string_view more, const mention_sink& sink);

  /**
   * Appends UTF-8 bytes (a sequence may be cut between two calls). Invalid UTF-8 throws
   * plan6::parse_error naming the byte offset in the whole stream.
   */
  void feed_utf8(std::string_view more, const mention_sink& sink);

  /** The text has ended: settles everything that is left (a cut UTF-8 sequence throws). */
  void finish(const mention_sink& sink);

  /** Code points fed so far. */
  std::size_t size() const noexcept { return base_ + buffer_.size(); }

  /** Code points held (the text from kept_from() on): bounded by a few pieces. */
  std::size_t kept() const noexcept { return buffer_.size(); }
  std::size_t kept_from() const noexcept { return base_; }

 private:
  /** Scans [from, to) of the text into `out`, at positions of the whole text. */
  void scan(std::size_t from, std::size_t to, std::vector<number_mention>& out) const;
  /** Settles one more piece; false when more text is needed (or, at the end, none is left). */
  bool step(bool final, const mention_sink& sink);
  /** Sends the current scan's mentions in [settled_, before) to the sink. */
  void emit(std::size_t before, const mention_sink& sink);
  /** Where the next piece starts, in [lo, hi): after a line break, else after a space. */
  std::size_t next_start(std::size_t lo, std::size_t hi) const;
  /** The splice point in [lo, hi), or npos: where the next scan takes over. */
  std::size_t splice(const std::vector<number_mention>& next, std::size_t lo, std::size_t hi) const;

  std::size_t piece_;
  std::size_t margin_;
  std::u32string buffer_;  // the text from base_ on
  std::size_t base_ = 0;
  std::vector<number_mention> current_;  // the scan of [from_, to_)
  std::size_t from_ = 0;
  std::size_t to_ = 0;
  std::size_t length_;  // the piece's length now (piece_, doubled while no splice is found)
  bool scanned_ = false;
  std::size_t settled_ = 0;  // everything before this position has gone to the sink
  std::string utf8_tail_;    // a UTF-8 sequence cut at the end of the last feed_utf8
  std::size_t bytes_ = 0;    // bytes fed before utf8_tail_
};

/** Whether two mentions are the same in every field (NaN values equal). */
bool same_mention(const number_mention& a, const number_mention& b) noexcept;

}  // namespace plan6
