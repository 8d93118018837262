#include "plan6/text/grade_fields.hpp"

#include <array>
#include <vector>

#include "plan6/common/characters.hpp"
#include "plan6/text/unit_lexicon.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

// The endings of a grade field's label (事業の妥当性, 総合評価, 一次評価結果).
constexpr std::array<sv, 18> grade_labels = {
    U"達成度",   U"達成状況", U"達成状況区分", U"評価",   U"評価結果", U"妥当性",
    U"有効性",   U"効率性",   U"経済性",       U"必要性", U"公平性",   U"緊急性",
    U"点検結果", U"進捗度",   U"進捗状況",     U"判定",   U"貢献度",   U"評点"};

bool ends_at(sv s, std::size_t end, sv word) {
  return end >= word.size() && s.substr(end - word.size(), word.size()) == word;
}

bool inline_space(char32_t c) noexcept {
  return c == U' ' || c == U'\u3000' || c == U'\t';
}

// Where the label would end: `pos` with the spaces, one line break (when `line_break`) and one
// colon before it stepped over, or npos when a blank line (or any line break) stands between.
std::size_t label_end(sv s, std::size_t pos, bool line_break) {
  std::size_t p = pos;
  int breaks = line_break ? 0 : 1;
  bool colon = false;
  while (p > 0) {
    const char32_t c = s[p - 1];
    if (inline_space(c)) {
      --p;
    } else if (c == U'\n') {
      if (++breaks > 1) return sv::npos;
      --p;
    } else if (!colon && (c == U'：' || c == U':')) {
      colon = true;
      --p;
    } else {
      break;
    }
  }
  return p;
}

bool ends_a_token(sv s, std::size_t p) {
  if (p >= s.size()) return true;
  const char32_t c = fold_width(s[p]);
  return is_space(s[p]) || c == U'、' || c == U'。' || c == U',' || c == U'.' || c == U')' ||
         c == U'(' || c == U'」' || c == U'】' || c == U'/' || c == U'・' || c == U'*';
}

// A space-separated token of a line: [start, end).
struct token {
  std::size_t start;
  std::size_t end;
};

// The tokens of the line around `pos`.
std::vector<token> line_tokens(sv s, std::size_t pos) {
  std::size_t a = pos;
  while (a > 0 && s[a - 1] != U'\n')
    --a;
  std::size_t b = pos;
  while (b < s.size() && s[b] != U'\n')
    ++b;
  std::vector<token> out;
  std::size_t p = a;
  while (p < b) {
    while (p < b && inline_space(s[p]))
      ++p;
    const std::size_t q0 = p;
    while (p < b && !inline_space(s[p]))
      ++p;
    if (p > q0) out.push_back({q0, p});
  }
  return out;
}

int code_of(sv s, const token& t) {
  if (t.end != t.start + 1) return 0;
  const int d = digit_value(s[t.start]);
  return d >= 1 ? d : 0;
}

bool is_label(sv s, const token& t) {
  if (t.end - t.start > 16) return false;
  bool word = false;
  for (std::size_t p = t.start; p < t.end; ++p) {
    if (is_digit(s[p])) return false;
    word = word || is_kanji(s[p]) || is_hiragana(s[p]) || is_katakana(s[p]);
  }
  if (!word) return false;
  const auto unit = match_unit(s, t.start);
  return !(unit && unit->end >= t.end);  // "2 件": a count and its unit, written apart
}

// The code of the pair starting at token k (a code and its label), or 0.
int pair_at(sv s, const std::vector<token>& tokens, std::size_t k) {
  if (k + 1 >= tokens.size()) return 0;
  const int code = code_of(s, tokens[k]);
  return code != 0 && is_label(s, tokens[k + 1]) ? code : 0;
}

}  // namespace

bool after_grade_label(sv s, std::size_t pos, bool line_break) {
  const std::size_t end = label_end(s, pos, line_break);
  if (end == sv::npos || end == 0) return false;
  for (const sv label : grade_labels)  // the last code point first: most words end in none
    if (label.back() == s[end - 1] && ends_at(s, end, label)) return true;
  return false;
}

bool may_start_grade_symbol(char32_t c) noexcept {
  const char32_t f = fold_width(c);
  return (f >= U'A' && f <= U'H') || f == U'S' || is_grade_mark(c) || (c >= U'Ⅰ' && c <= U'Ⅹ');
}

bool is_grade_mark(char32_t c) noexcept {
  return c == U'◎' || c == U'○' || c == U'△' || c == U'×' || c == U'✕';
}

std::size_t grade_symbol_end(sv s, std::size_t pos) {
  if (pos >= s.size() || !may_start_grade_symbol(s[pos])) return 0;
  if (pos > 0 && is_latin(s[pos - 1])) return 0;  // a word: "ABC"
  return ends_a_token(s, pos + 1) ? pos + 1 : 0;
}

bool is_scale_code(sv s, std::size_t start, std::size_t end) {
  if (end != start + 1 || digit_value(s[start]) < 1) return false;
  if (start > 0 && !is_space(s[start - 1])) return false;
  if (end >= s.size() || !inline_space(s[end])) return false;
  const std::vector<token> tokens = line_tokens(s, start);
  std::size_t k = 0;
  while (k < tokens.size() && tokens[k].start != start)
    ++k;
  const int code = pair_at(s, tokens, k);
  if (code == 0) return false;
  auto next_code = [code](int other) {
    return other != 0 && (other == code + 1 || other == code - 1);
  };
  return (k >= 2 && next_code(pair_at(s, tokens, k - 2))) || next_code(pair_at(s, tokens, k + 2));
}

}  // namespace plan6
