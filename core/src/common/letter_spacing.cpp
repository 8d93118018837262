#include "plan6/common/letter_spacing.hpp"

#include <cstdint>

#include "plan6/common/characters.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

bool is_bracket(char32_t c) noexcept {
  switch (fold_width(c)) {
    case U'(':
    case U')':
    case U'[':
    case U']':
    case U'「':
    case U'」':
    case U'『':
    case U'』':
    case U'【':
    case U'】':
    case U'〔':
    case U'〕':
    case U'\uff62':
    case U'\uff63':
      return true;
    default:
      return false;
  }
}

bool opens(char32_t c) noexcept {
  const char32_t f = fold_width(c);
  return f == U'(' || f == U'[' || c == U'「' || c == U'『' || c == U'【' || c == U'〔' ||
         c == U'\uff62';
}

bool closes(char32_t c) noexcept {
  const char32_t f = fold_width(c);
  return f == U')' || f == U']' || c == U'」' || c == U'』' || c == U'】' || c == U'〕' ||
         c == U'\uff63';
}

// Punctuation that ends a token as a space does: 度、 of "年 度、".
bool is_pause(char32_t c) noexcept {
  return c == U'、' || c == U'。' || c == U'，' || c == U',' || c == U'：' || c == U':' ||
         c == U'；' || c == U';';
}

bool bounds_a_token(char32_t c) noexcept {
  return is_space(c) || is_bracket(c) || is_pause(c);
}

bool one_space(char32_t c) noexcept {
  return c == U' ' || c == U'\u3000';
}

// The first digit at or after `p` (or the end): one subtraction and compare per digit range.
std::size_t next_digit(sv s, std::size_t p) noexcept {
  const char32_t* data = s.data();
  const std::size_t n = s.size();
  while (p < n && static_cast<std::uint32_t>(data[p] - U'0') >= 10u &&
         static_cast<std::uint32_t>(data[p] - U'０') >= 10u)
    ++p;
  return p;
}

bool is_letter(char32_t c) noexcept {
  return is_kanji(c) || is_katakana(c) || is_hiragana(c) || is_latin(c);
}

// Whether the code point at `p` is a token of its own: neither space nor bracket nor pause,
// with a boundary (or the text's end) on both sides.
bool single(sv s, std::size_t p) noexcept {
  if (p >= s.size() || bounds_a_token(s[p])) return false;
  return (p == 0 || bounds_a_token(s[p - 1])) && (p + 1 >= s.size() || bounds_a_token(s[p + 1]));
}

// Adds to `drop` the spaces of the stretch `tokens` (positions one space apart) that letter
// spacing put there, in text order.
void mark_stretch(sv s, const std::vector<std::size_t>& tokens, std::vector<std::size_t>& drop) {
  const std::size_t n = tokens.size();
  auto digit = [&](std::size_t k) { return is_digit(s[tokens[k]]); };
  auto letter = [&](std::size_t k) { return is_letter(s[tokens[k]]); };
  std::size_t k = 0;
  while (k < n) {
    if (!digit(k)) {
      ++k;
      continue;
    }
    std::size_t last = k;  // the digit group [k, last]
    while (last + 1 < n && digit(last + 1))
      ++last;
    const bool leading_zero = last > k && digit_value(s[tokens[k]]) == 0;
    std::size_t from = k;  // the letters before the group
    while (from > 0 && letter(from - 1))
      --from;
    std::size_t to = last;  // and after it
    while (to + 1 < n && letter(to + 1))
      ++to;
    const std::size_t left = k - from;
    const std::size_t right = to - last;
    const bool spaced_word = left >= 1 && right >= 1 && (left >= 2 || right >= 2);
    const bool bracketed = k == 0 && last + 1 == n && last > k && tokens[0] > 0 &&
                           opens(s[tokens[0] - 1]) && tokens[last] + 1 < s.size() &&
                           closes(s[tokens[last] + 1]);
    if (!leading_zero && (spaced_word || bracketed)) {
      for (std::size_t j = from; j < to; ++j)
        if (drop.empty() || drop.back() < tokens[j] + 1) drop.push_back(tokens[j] + 1);
    }
    k = last + 1;
  }
}

}  // namespace

bool may_be_letter_spaced(std::u32string_view s, std::size_t pos) noexcept {
  if (pos >= s.size() || !is_digit(s[pos]) || !single(s, pos)) return false;
  return (pos + 2 < s.size() && one_space(s[pos + 1]) && single(s, pos + 2)) ||
         (pos >= 2 && one_space(s[pos - 1]) && single(s, pos - 2));
}

std::size_t compacted_text::start_of(std::size_t pos) const noexcept {
  return pos < original.size() ? original[pos] : input_size;
}

std::size_t compacted_text::end_of(std::size_t pos) const noexcept {
  if (pos == 0) return 0;
  return pos <= original.size() ? original[pos - 1] + 1 : input_size;
}

namespace {

// Marks the stretch holding the single token at `p` and returns one past its end.
std::size_t mark_stretch_at(sv s, std::size_t p, std::vector<std::size_t>& tokens,
                            std::vector<std::size_t>& drop) {
  std::size_t first = p;
  while (first >= 2 && one_space(s[first - 1]) && single(s, first - 2))
    first -= 2;
  tokens.clear();
  std::size_t q = first;
  tokens.push_back(q);
  while (q + 2 < s.size() && one_space(s[q + 1]) && single(s, q + 2)) {
    q += 2;
    tokens.push_back(q);
  }
  if (tokens.size() >= 2) mark_stretch(s, tokens, drop);
  return q + 1;
}

// The text without the spaces at the positions `drop` (ascending), or nullopt when there are
// none.
std::optional<compacted_text> without(sv s, const std::vector<std::size_t>& drop) {
  if (drop.empty()) return std::nullopt;
  compacted_text out;
  out.input_size = s.size();
  out.text.reserve(s.size());
  out.original.reserve(s.size());
  std::size_t next = 0;  // the next entry of `drop`
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (next < drop.size() && drop[next] == i) {
      ++next;
      continue;
    }
    out.text.push_back(s[i]);
    out.original.push_back(i);
  }
  return out;
}

}  // namespace

std::optional<compacted_text> compact_letter_spacing(sv s) {
  std::vector<std::size_t> drop;  // the spaces to take out, ascending
  std::vector<std::size_t> tokens;
  std::size_t p = 0;
  const std::size_t n = s.size();
  while (p < n) {
    // Only a digit that is a token of its own can be letter-spaced: most digits are glued to
    // their neighbours (2012年, 426人), so a run of them or a digit with a letter next to it is
    // passed over at once.
    p = next_digit(s, p);
    if (p >= n) break;
    if ((p + 1 < n && !one_space(s[p + 1]) && !bounds_a_token(s[p + 1])) || !single(s, p)) {
      while (p < n && is_digit(s[p]))
        ++p;
      continue;
    }
    p = mark_stretch_at(s, p, tokens, drop);
  }
  return without(s, drop);
}

std::optional<compacted_text> compact_letter_spacing(sv s, const std::vector<std::size_t>& digits) {
  std::vector<std::size_t> drop;
  std::vector<std::size_t> tokens;
  std::size_t done = 0;  // the end of the last stretch marked
  for (const std::size_t p : digits)
    if (p >= done && may_be_letter_spaced(s, p)) done = mark_stretch_at(s, p, tokens, drop);
  return without(s, drop);
}

}  // namespace plan6
