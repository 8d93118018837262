#include "plan6/text/number_stream.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "plan6/common/characters.hpp"
#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Where a UTF-8 sequence cut by the end of `bytes` starts, or bytes.size() when none is cut.
std::size_t cut_sequence(std::string_view bytes) {
  const std::size_t n = bytes.size();
  for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
    const auto b = static_cast<unsigned char>(bytes[n - back]);
    if ((b & 0xC0) == 0x80) continue;  // a continuation byte: the lead is further back
    if (b >= 0xF5 || b == 0xC0 || b == 0xC1) return n;  // no lead at all: decode_utf8 says so
    const std::size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return length > back ? n - back : n;
  }
  return n;
}

bool same_value(double a, double b) noexcept {
  return a == b || (std::isnan(a) && std::isnan(b));
}

}  // namespace

bool same_mention(const number_mention& a, const number_mention& b) noexcept {
  return a.start == b.start && a.end == b.end && a.number_start == b.number_start &&
         a.number_end == b.number_end && a.unit_start == b.unit_start && a.unit_end == b.unit_end &&
         same_value(a.value, b.value) && a.kind == b.kind && a.unit == b.unit &&
         a.large_prefix == b.large_prefix && a.flags == b.flags && a.year == b.year &&
         a.month == b.month && a.day == b.day;
}

number_stream::number_stream(std::size_t piece, std::size_t margin)
    : piece_(std::max({piece, 4 * margin, std::size_t{16}})),
      margin_(std::max<std::size_t>(margin, 1)),
      length_(piece_) {}

void number_stream::feed(std::u32string_view more, const mention_sink& sink) {
  buffer_.append(more);
  while (step(false, sink)) {
  }
}

void number_stream::feed_utf8(std::string_view more, const mention_sink& sink) {
  std::string joined;
  if (!utf8_tail_.empty()) {
    joined = utf8_tail_;
    joined.append(more);
    more = joined;
  }
  const std::size_t whole = cut_sequence(more);
  std::u32string decoded = decode_utf8(more.substr(0, whole), bytes_);
  bytes_ += whole;
  utf8_tail_ = std::string(more.substr(whole));
  feed(decoded, sink);
}

void number_stream::finish(const mention_sink& sink) {
  if (!utf8_tail_.empty())
    throw parse_error(fmt::format("invalid UTF-8 at byte offset {}: truncated sequence", bytes_),
                      bytes_);
  while (step(true, sink)) {
  }
}

void number_stream::scan(std::size_t from, std::size_t to, std::vector<number_mention>& out) const {
  out = scan_numbers(std::u32string_view(buffer_).substr(from - base_, to - from));
  for (number_mention& m : out) {
    m.start += from, m.end += from;
    m.number_start += from, m.number_end += from;
    m.unit_start += from, m.unit_end += from;
  }
}

bool number_stream::step(bool final, const mention_sink& sink) {
  const std::size_t end = size();
  if (settled_ >= end && from_ >= end) return false;
  const std::size_t a_end = from_ + length_;
  if (a_end >= end) {  // the piece reaches the end of what has come
    if (!final) return false;
    if (!scanned_ || to_ != end) scan(from_, end, current_);
    emit(npos, sink);
    settled_ = from_ = to_ = end;
    current_.clear();
    scanned_ = false;
    buffer_.clear();
    base_ = end;
    return false;
  }
  // The next piece overlaps the end of this one by 2–3 margins.
  const std::size_t b0 = next_start(a_end - 3 * margin_, a_end - 2 * margin_);
  std::size_t b_end = b0 + length_;
  if (b_end > end) {
    if (!final) return false;
    b_end = end;
  }
  if (!scanned_ || to_ != a_end) {
    scan(from_, a_end, current_);
    to_ = a_end;
    scanned_ = true;
  }
  std::vector<number_mention> next;
  scan(b0, b_end, next);
  const std::size_t at = splice(next, b0 + margin_, a_end - margin_);
  if (at == npos) {  // no agreement in the overlap: a longer piece
    length_ *= 2;
    scanned_ = false;
    return true;
  }
  emit(at, sink);
  settled_ = at;
  current_ = std::move(next);
  from_ = b0;
  to_ = b_end;
  length_ = b_end - b0;
  if (length_ > piece_ && b_end < end) {  // back to the usual piece after a doubling
    length_ = piece_;
    scanned_ = false;
  }
  buffer_.erase(0, from_ - base_);  // the text before the piece is no longer needed
  base_ = from_;
  return true;
}

void number_stream::emit(std::size_t before, const mention_sink& sink) {
  const std::u32string_view text(buffer_);
  auto first =
      std::lower_bound(current_.begin(), current_.end(), settled_,
                       [](const number_mention& m, std::size_t pos) { return m.start < pos; });
  for (auto it = first; it != current_.end() && it->start < before; ++it) {
    number_mention local = *it;  // positions in the buffer, for written_unit
    local.start -= base_, local.end -= base_;
    local.unit_start -= base_, local.unit_end -= base_;
    local.number_start -= base_, local.number_end -= base_;
    const std::u32string unit = written_unit(text, local);
    sink(*it, text.substr(local.start, local.end - local.start), unit);
  }
}

std::size_t number_stream::next_start(std::size_t lo, std::size_t hi) const {
  const std::u32string_view text(buffer_);
  for (std::size_t p = lo; p < hi; ++p)
    if (text[p - base_ - 1] == U'\n') return p;
  for (std::size_t p = lo; p < hi; ++p)
    if (is_space(text[p - base_ - 1]) && !is_space(text[p - base_])) return p;
  return lo;
}

std::size_t number_stream::splice(const std::vector<number_mention>& next, std::size_t lo,
                                  std::size_t hi) const {
  const auto starts_before = [](const number_mention& m, std::size_t pos) { return m.start < pos; };
  const auto a_first = std::lower_bound(current_.begin(), current_.end(), lo, starts_before);
  const auto b_first = std::lower_bound(next.begin(), next.end(), lo, starts_before);
  for (auto b = b_first; b != next.end() && b->end <= hi; ++b) {
    const auto a = std::lower_bound(a_first, current_.end(), b->start, starts_before);
    if (a == current_.end() || !same_mention(*a, *b)) continue;
    const number_mention* pa = a == current_.begin() ? nullptr : &*(a - 1);
    const number_mention* pb = b == next.begin() ? nullptr : &*(b - 1);
    const bool same_before = pa != nullptr && pb != nullptr && same_mention(*pa, *pb);
    const bool apart =
        (pa == nullptr || pa->end < a->start) && (pb == nullptr || pb->end < b->start);
    if (same_before || apart) return b->start;
  }
  // Nothing found over the overlap by either scan: the next one takes over at its start.
  const auto touches = [lo, hi](const number_mention& m) { return m.start < hi && m.end > lo; };
  const bool a_empty = std::none_of(current_.begin(), current_.end(), touches);
  const bool b_empty = std::none_of(next.begin(), next.end(), touches);
  return a_empty && b_empty ? lo : npos;
}

}  // namespace plan6
