#include "plan6/text/metric_sentence.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/text/metric_lexicon.hpp"

namespace plan6 {

namespace {

// How far from the number a sentence may reach either way: a report's longest sentences.
constexpr std::size_t reach = 320;

}  // namespace

metric_sentence::metric_sentence(std::u32string_view text,
                                 const std::vector<number_mention>& mentions, std::size_t index,
                                 std::size_t floor, std::size_t ceiling)
    : text_(text), mentions_(mentions), index_(index) {
  const number_mention& m = mentions_[index_];
  floor_ = std::min(floor, m.start);
  ceiling_ = std::max(std::min(ceiling, text.size()), m.end);
  const std::size_t a = sentence_start(floor_);
  build(a, sentence_end(ceiling_));
}

bool metric_sentence::at_line_start(std::size_t i, std::size_t lo) const noexcept {
  while (i > lo) {
    const char32_t c = text_[i - 1];
    if (c == U'\n') return true;
    if (!is_space(c)) return false;
    --i;
  }
  return true;
}

// Whether the text from p on (white space skipped) opens with `w`.
bool metric_sentence::opens_with(std::size_t p, std::size_t limit,
                                 std::u32string_view w) const noexcept {
  while (p < limit && is_space(text_[p]))
    ++p;
  for (std::size_t i = 0; i < w.size(); ++i, ++p) {
    while (i > 0 && p < limit && is_space(text_[p]))
      ++p;
    if (p >= limit || text_[p] != w[i]) return false;
  }
  return true;
}

// The sentence's first character: after 。, 】 or a bullet at a line start (not after a blank
// line: PDF text breaks bullets with blank lines). A bracketed aside or a continuation
// (この結果、…) also takes in the sentence before it.
std::size_t metric_sentence::sentence_start(std::size_t floor) {
  const std::size_t from = mention().start;
  const std::size_t limit = std::max(floor, from > reach ? from - reach : std::size_t{0});
  std::size_t a = from;
  bool extended = false;
  while (a > limit) {
    const char32_t c = text_[a - 1];
    if (c == U'。' || c == U'】') {
      if (c == U'。' && !extended) {
        std::size_t p = a;
        while (p < from && is_space(text_[p]))
          ++p;
        const bool aside = p < from && is_open_paren(text_[p]);
        const auto& openers = metric_lexicon::continuations;
        const bool continued =
            std::any_of(openers.begin(), openers.end(),
                        [&](std::u32string_view w) { return opens_with(a, from, w); });
        if (aside || continued) {
          aside_ = aside_ || aside;
          also_ = !aside && opens_with(a, from, U"また");
          joined_ = a - 1;  // a text position until build() maps it
          extended = true;
          --a;
          continue;
        }
      }
      break;
    }
    if (is_line_bullet(c) && at_line_start(a - 1, limit)) break;
    --a;
  }
  return a;
}

std::size_t metric_sentence::sentence_end(std::size_t ceiling) const {
  const std::size_t limit = std::min(ceiling, mention().end + reach);
  for (std::size_t b = mention().end; b < limit; ++b) {
    const char32_t c = text_[b];
    if (c == U'。') return b + 1;
    if (c == U'\n') {
      std::size_t p = b + 1;
      while (p < limit && is_space(text_[p]))
        ++p;
      if (p >= limit || is_line_bullet(text_[p]) || text_[p] == U'【') return b;
    }
  }
  return limit;
}

void metric_sentence::build(std::size_t a, std::size_t b) {
  const std::size_t joined_text = joined_;
  joined_ = no_position;
  const auto& ms = mentions_;
  std::size_t j = static_cast<std::size_t>(
      std::lower_bound(ms.begin(), ms.end(), a,
                       [](const number_mention& m, std::size_t v) { return m.end <= v; }) -
      ms.begin());
  chars_.reserve(b - a);
  ids_.reserve(b - a);
  bool seen = false;
  for (std::size_t p = a; p < b; ++p) {
    if (is_space(text_[p])) continue;
    while (j < ms.size() && ms[j].end <= p)
      ++j;
    const int id = (j < ms.size() && ms[j].start <= p) ? static_cast<int>(j) : -1;
    if (p == joined_text) joined_ = chars_.size();
    if (id == static_cast<int>(index_)) {
      if (!seen) number_start_ = chars_.size();
      seen = true;
      number_end_ = chars_.size() + 1;
    }
    chars_.push_back(text_[p]);
    ids_.push_back(id);
  }
}

const number_mention* metric_sentence::mention_at(std::size_t i) const noexcept {
  return i < ids_.size() && ids_[i] >= 0 ? &mentions_[static_cast<std::size_t>(ids_[i])] : nullptr;
}

bool metric_sentence::number_at(std::size_t i) const noexcept {
  const number_mention* m = mention_at(i);
  return m != nullptr && m->kind != number_kind::name && m->kind != number_kind::word;
}

bool metric_sentence::quantity_at(std::size_t i) const noexcept {
  const number_mention* m = mention_at(i);
  return m != nullptr && (m->kind == number_kind::quantity || m->kind == number_kind::duration);
}

bool metric_sentence::quantity_in(std::size_t a, std::size_t b) const noexcept {
  for (std::size_t i = a; i < b && i < ids_.size(); ++i) {
    const number_mention* m = mention_at(i);
    if (m != nullptr && m->kind == number_kind::quantity) return true;
  }
  return false;
}

std::size_t metric_sentence::mention_begin(std::size_t i) const noexcept {
  while (i > 0 && ids_[i - 1] == ids_[i])
    --i;
  return i;
}

std::size_t metric_sentence::mention_end(std::size_t i) const noexcept {
  const int id = ids_[i];
  while (i < ids_.size() && ids_[i] == id)
    ++i;
  return i;
}

bool metric_sentence::word_at(std::size_t i) const noexcept {
  if (i >= chars_.size()) return false;
  if (const number_mention* m = mention_at(i))
    return m->kind == number_kind::name || m->kind == number_kind::word;
  return is_word_char(chars_[i]);
}

bool metric_sentence::okurigana_end_at(std::size_t i) const noexcept {
  return i > 0 && i < size() && is_kanji(chars_[i - 1]) &&
         metric_lexicon::noun_final_okurigana.find(chars_[i]) != std::u32string_view::npos;
}

bool metric_sentence::np_end_at(std::size_t i) const noexcept {
  return i < size() && (word_at(i) || is_close_quote(chars_[i]) || is_close_paren(chars_[i]) ||
                        okurigana_end_at(i));
}

std::size_t metric_sentence::open_of(std::size_t close, std::size_t lo) const noexcept {
  const bool quote = is_close_quote(chars_[close]);
  for (std::size_t i = close; i-- > lo;)
    if (quote ? is_open_quote(chars_[i]) : is_open_paren(chars_[i])) return i;
  return no_position;
}

}  // namespace plan6
