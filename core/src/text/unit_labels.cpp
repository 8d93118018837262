#include "plan6/text/unit_labels.hpp"

#include "plan6/common/characters.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

bool is_place_kanji(char32_t c) noexcept {
  return c == U'十' || c == U'百' || c == U'千' || c == U'万' || c == U'億' || c == U'兆';
}

bool inline_space(char32_t c) noexcept {
  return c == U' ' || c == U'\u3000';
}

bool opens(char32_t c) noexcept {
  return is_open_paren(c) || c == U'［' || c == U'[' || c == U'【' || c == U'〔';
}

bool closes(char32_t c) noexcept {
  return is_close_paren(c) || c == U'］' || c == U']' || c == U'】' || c == U'〕';
}

// 単位, 単位：, 単位: (spaces allowed) ending at `p`.
bool after_unit_word(sv s, std::size_t p) {
  while (p > 0 && inline_space(s[p - 1]))
    --p;
  if (p > 0 && (s[p - 1] == U'：' || s[p - 1] == U':')) --p;
  while (p > 0 && inline_space(s[p - 1]))
    --p;
  return p >= 2 && s[p - 2] == U'単' && s[p - 1] == U'位';
}

}  // namespace

bool is_unit_label(sv s, const numeral& num, std::size_t unit_end) {
  if (num.has_digits || num.end <= num.start) return false;
  for (std::size_t p = num.start; p < num.end; ++p)
    if (!is_place_kanji(s[p])) return false;
  if (after_unit_word(s, num.start)) return true;
  std::size_t before = num.start;
  while (before > 0 && inline_space(s[before - 1]))
    --before;
  if (before == 0 || !opens(s[before - 1])) return false;
  std::size_t after = unit_end;
  while (after < s.size() && inline_space(s[after]))
    ++after;
  return after < s.size() && (closes(s[after]) || s[after] == U'・' || s[after] == U'、' ||
                              s[after] == U'，' || s[after] == U',' || s[after] == U'/');
}

}  // namespace plan6
