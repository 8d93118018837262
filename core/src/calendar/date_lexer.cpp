#include "plan6/calendar/date_lexer.hpp"

#include "plan6/common/characters.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = std::u32string_view::npos;

/** 0–9 for 〇一二…九 (the numeral reader's digits), 10 for 十, -1 otherwise. */
int kanji_value(char32_t c) noexcept {
  return c == U'十' ? 10 : kanji_digit_value(c);
}

/** Kanji that make a number larger: a date number never follows them. */
bool is_kanji_multiplier(char32_t c) noexcept {
  return c == U'百' || c == U'千' || c == U'万' || c == U'億' || c == U'兆';
}

std::optional<date_number> read_digits(std::u32string_view text, std::size_t pos,
                                       const date_number_rules& rules) {
  int value = 0;
  int digits = 0;
  std::size_t i = pos;
  std::size_t end = pos;
  while (i < text.size()) {
    const int d = digit_value(text[i]);
    if (d >= 0) {
      // Past the limit the run is another number (a count, an amount), not part of a date.
      if (++digits > rules.max_digits) return std::nullopt;
      value = value * 10 + d;
      end = ++i;
      continue;
    }
    if (!rules.breaks_inside) break;
    const std::size_t after = skip_gap(text, i);
    if (after == npos || after == i || after >= text.size() || digit_value(text[after]) < 0) {
      break;
    }
    i = after;
  }
  if (digits == 0) return std::nullopt;
  return date_number{value, end, digits};
}

std::optional<date_number> read_kanji(std::u32string_view text, std::size_t pos,
                                      const date_number_rules& rules) {
  std::size_t end = pos;
  while (end < text.size() && kanji_value(text[end]) >= 0)
    ++end;
  if (end == pos || (end < text.size() && is_kanji_multiplier(text[end]))) return std::nullopt;
  const std::u32string_view run = text.substr(pos, end - pos);
  const std::size_t ten = run.find(U'十');
  if (ten == npos) {
    // Positional: 二〇一二 (a year), 四 (a month).
    if (static_cast<int>(run.size()) > rules.max_digits) return std::nullopt;
    int value = 0;
    for (const char32_t c : run)
      value = value * 10 + kanji_value(c);
    return date_number{value, end, static_cast<int>(run.size())};
  }
  // Tens: [二-九]十[一-九], at most 99; 〇 and a second 十 do not belong in this form.
  if (rules.max_digits < 2 || run.size() > 3 || run.find(U'十', ten + 1) != npos) {
    return std::nullopt;
  }
  int tens = 1;
  if (ten == 1) {
    tens = kanji_value(run[0]);
    if (tens < 1) return std::nullopt;
  } else if (ten != 0) {
    return std::nullopt;
  }
  int units = 0;
  if (ten + 1 < run.size()) {
    units = kanji_value(run[ten + 1]);
    if (units < 1 || units > 9) return std::nullopt;
  }
  return date_number{tens * 10 + units, end, 2};
}

}  // namespace

bool is_kanji_numeral(char32_t c) noexcept {
  return kanji_value(c) >= 0;
}

std::optional<date_number> read_date_number(std::u32string_view text, std::size_t pos,
                                            const date_number_rules& rules) {
  if (pos >= text.size()) return std::nullopt;
  const char32_t c = text[pos];
  if (digit_value(c) >= 0) return read_digits(text, pos, rules);
  if (rules.kanji && kanji_value(c) >= 0) return read_kanji(text, pos, rules);
  if (rules.gannen && c == U'元') return date_number{1, pos + 1, 1};
  return std::nullopt;
}

bool continues_number(std::u32string_view text, std::size_t pos) noexcept {
  if (pos == 0 || pos > text.size()) return false;
  const char32_t before = text[pos - 1];
  if (digit_value(before) >= 0 || kanji_value(before) >= 0 || is_kanji_multiplier(before)) {
    return true;
  }
  const char32_t folded = fold_width(before);
  return (folded == U'.' || folded == U',') && pos >= 2 && digit_value(text[pos - 2]) >= 0;
}

std::size_t skip_gap(std::u32string_view text, std::size_t pos) noexcept {
  int breaks = 0;
  while (pos < text.size() && is_space(text[pos])) {
    if (text[pos] == U'\n') {
      if (++breaks > 1) return npos;
    }
    ++pos;
  }
  return pos;
}

std::size_t skip_inline_spaces(std::u32string_view text, std::size_t pos) noexcept {
  while (pos < text.size() && is_space(text[pos]) && text[pos] != U'\n' && text[pos] != U'\r') {
    ++pos;
  }
  return pos;
}

bool matches_at(std::u32string_view text, std::size_t pos, std::u32string_view literal) noexcept {
  if (pos > text.size() || text.size() - pos < literal.size()) return false;
  for (std::size_t k = 0; k < literal.size(); ++k) {
    if (fold_width(text[pos + k]) != fold_width(literal[k])) return false;
  }
  return true;
}

std::optional<era_name> read_era_name(std::u32string_view text, std::size_t pos, bool letters) {
  if (pos >= text.size()) return std::nullopt;
  static constexpr std::u32string_view names[] = {U"明治", U"大正", U"昭和", U"平成", U"令和"};
  static constexpr char32_t ligatures[] = {U'\u337e', U'\u337d', U'\u337c', U'\u337b', U'\u32ff'};
  const auto& eras = japanese_eras();
  for (std::size_t i = 0; i < eras.size(); ++i) {
    if (matches_at(text, pos, names[i])) return era_name{&eras[i], pos + names[i].size(), false};
    if (text[pos] == ligatures[i]) return era_name{&eras[i], pos + 1, false};
  }
  if (!letters || (pos > 0 && is_latin(text[pos - 1]))) return std::nullopt;
  const char32_t f = fold_width(text[pos]);
  const char32_t upper = (f >= U'a' && f <= U'z') ? f - (U'a' - U'A') : f;
  for (const japanese_era& era : eras) {
    if (upper == static_cast<char32_t>(era.letter)) return era_name{&era, pos + 1, true};
  }
  return std::nullopt;
}

std::optional<std::size_t> read_range_mark(std::u32string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) return std::nullopt;
  switch (fold_width(text[pos])) {
    case U'~':
    case U'〜':
    case U'-':
    case U'‐':
    case U'‑':
    case U'−':
    case U'–':
    case U'—':
    case U'―':
    case U'ー':  // the long vowel mark stands in for a dash in some PDFs
    case U'ｰ':
      return pos + 1;
    default:
      break;
  }
  if (matches_at(text, pos, U"から")) return pos + 2;
  return std::nullopt;
}

}  // namespace plan6
