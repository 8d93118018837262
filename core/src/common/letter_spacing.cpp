#include "plan6/common/letter_spacing.hpp"

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

bool is_letter(char32_t c) noexcept {
  return is_kanji(c) || is_katakana(c) || is_hiragana(c) || is_latin(c);
}

// Whether the code point at `p` is a token of its own: neither space nor bracket nor pause,
// with a boundary (or the text's end) on both sides.
bool single(sv s, std::size_t p) noexcept {
  if (p >= s.size() || bounds_a_token(s[p])) return false;
  return (p == 0 || bounds_a_token(s[p - 1])) && (p + 1 >= s.size() || bounds_a_token(s[p + 1]));
}

// Marks, in `drop`, the spaces of the stretch `tokens` (positions one space apart) that
// letter spacing put there.
void mark_stretch(sv s, const std::vector<std::size_t>& tokens, std::vector<bool>& drop,
                  bool& any) {
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
        drop[tokens[j] + 1] = true;
      any = true;
    }
    k = last + 1;
  }
}

}  // namespace

std::size_t compacted_text::start_of(std::size_t pos) const noexcept {
  return pos < original.size() ? original[pos] : input_size;
}

std::size_t compacted_text::end_of(std::size_t pos) const noexcept {
  if (pos == 0) return 0;
  return pos <= original.size() ? original[pos - 1] + 1 : input_size;
}

std::optional<compacted_text> compact_letter_spacing(std::u32string_view s) {
  std::vector<bool> drop;
  bool any = false;
  std::vector<std::size_t> tokens;
  std::size_t p = 0;
  while (p < s.size()) {
    // Only a digit that is a token of its own can be letter-spaced: most digits are glued to
    // their neighbours, so this test skips almost all of the text.
    if (!is_digit(s[p]) || !single(s, p)) {
      ++p;
      continue;
    }
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
    if (tokens.size() >= 2) {
      if (drop.empty()) drop.assign(s.size(), false);
      mark_stretch(s, tokens, drop, any);
    }
    p = q + 1;
  }
  if (!any) return std::nullopt;
  compacted_text out;
  out.input_size = s.size();
  out.text.reserve(s.size());
  out.original.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (drop[i]) continue;
    out.text.push_back(s[i]);
    out.original.push_back(i);
  }
  return out;
}

}  // namespace plan6
