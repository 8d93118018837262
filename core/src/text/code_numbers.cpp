#include "plan6/text/code_numbers.hpp"

#include <array>

#include "plan6/common/characters.hpp"
#include "plan6/text/unit_lexicon.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

bool is_hyphen(char32_t c) noexcept {
  return c == U'-' || c == U'‐' || c == U'‑' || c == U'−' || c == U'－' || c == U'–';
}

bool plain_digits(const numeral& num) noexcept {
  return num.has_digits && !num.has_kanji && !num.has_comma && !num.has_decimal && !num.dotted;
}

bool ends_at(sv s, std::size_t end, sv word) {
  if (end < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (fold_width(s[end - word.size() + i]) != word[i]) return false;
  return true;
}

// The position before the spaces (two at most, on the line) that end at `pos`.
std::size_t before_spaces(sv s, std::size_t pos) {
  std::size_t p = pos;
  while (p > 0 && pos - p < 2 && (s[p - 1] == U' ' || s[p - 1] == U'\u3000'))
    --p;
  return p;
}

// Words that label the number after them as an identifier (width-folded).
constexpr std::array<sv, 12> code_labels = {U"No.",    U"NO.",  U"no.",  U"No",   U"NO",   U"№",
                                            U"コード", U"番号", U"様式", U"別紙", U"別表", U"資料"};

bool labelled_as_code(sv s, std::size_t start) {
  std::size_t p = before_spaces(s, start);
  if (p > 0 && (s[p - 1] == U'：' || s[p - 1] == U':')) p = before_spaces(s, p - 1);
  if (p == 0) return false;
  const char32_t last = fold_width(s[p - 1]);
  for (const sv label : code_labels)
    if (label.back() == last && ends_at(s, p, label)) {
      // "No" must be a word of its own: not the end of "Piano"
      const std::size_t before = p - label.size();
      return label[0] != U'N' || before == 0 || !is_latin(s[before - 1]);
    }
  return false;
}

// The end of the digits joined to `end` by hyphens (1-1-1), and how many parts there are.
std::size_t hyphenated_end(sv s, std::size_t end, int& parts) {
  parts = 1;
  std::size_t p = end;
  while (p + 1 < s.size() && is_hyphen(s[p]) && is_digit(s[p + 1])) {
    std::size_t q = p + 1;
    while (q < s.size() && is_digit(s[q]))
      ++q;
    if (q < s.size() && (s[q] == U'.' || s[q] == U'．' || s[q] == U',' || s[q] == U'，')) {
      if (q + 1 < s.size() && is_digit(s[q + 1])) break;  // 2-3.5: not a plain part
    }
    ++parts;
    p = q;
  }
  return p;
}

bool calendar_word(const std::optional<unit_match>& unit) {
  if (!unit) return false;
  const number_kind k = unit->word->kind;
  return k == number_kind::date || k == number_kind::time || k == number_kind::year ||
         k == number_kind::fiscal_year || k == number_kind::duration;
}

}  // namespace

std::optional<code_span> read_code_number(sv s, const numeral& num) {
  if (!plain_digits(num)) return std::nullopt;
  // a hyphen right before ("A-12", "1-2-3" met in its middle) is read with what precedes it
  int parts = 1;
  const std::size_t end = hyphenated_end(s, num.end, parts);
  const std::size_t before = before_spaces(s, num.start);
  const bool ordinal = before > 0 && s[before - 1] == U'第';
  if (parts >= 3 || (parts == 2 && (ordinal || !match_unit(s, end))))
    return code_span{ordinal ? before - 1 : num.start, end};
  if (labelled_as_code(s, num.start)) return code_span{num.start, end};
  const bool long_run = num.digit_count >= 8;
  const bool leading_zero = num.digit_count >= 2 && digit_value(s[num.start]) == 0;
  if (!long_run && !leading_zero) return std::nullopt;  // most numbers: no unit lookup
  const std::optional<unit_match> unit = match_unit(s, num.end);
  if (long_run && !(unit && unit->word->unit == "yen")) return code_span{num.start, num.end};
  if (leading_zero && !calendar_word(unit)) return code_span{num.start, num.end};
  return std::nullopt;
}

}  // namespace plan6
