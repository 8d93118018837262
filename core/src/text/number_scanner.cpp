#include "plan6/text/number_scanner.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

#include <fmt/format.h>

#include "plan6/common/characters.hpp"
#include "plan6/common/letter_spacing.hpp"
#include "plan6/common/line_breaks.hpp"
#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/text/code_numbers.hpp"
#include "plan6/text/grade_fields.hpp"
#include "plan6/text/japanese_number.hpp"
#include "plan6/text/number_dates.hpp"
#include "plan6/text/number_qualifiers.hpp"
#include "plan6/text/unit_labels.hpp"
#include "plan6/text/unit_lexicon.hpp"

namespace plan6 {
namespace {

// A month or day number as an int field: 0 (none) for an overflowed numeral (NaN: 5兆日) or a
// value beyond int, whose conversion would be undefined (found by the fuzzer).
int calendar_int(double value) {
  return value > -2147483648.0 && value < 2147483648.0 ? static_cast<int>(value) : 0;
}

namespace mf = mention_flag;

// The value of a circled, parenthesised or roman list number (①, ⑴, ⒈, Ⅲ, ⅲ), or 0.
int marker_value(char32_t c) noexcept {
  if (c >= 0x2460 && c <= 0x2473) return static_cast<int>(c - 0x2460) + 1;   // ①–⑳
  if (c >= 0x2474 && c <= 0x2487) return static_cast<int>(c - 0x2474) + 1;   // ⑴–⒇
  if (c >= 0x2488 && c <= 0x249B) return static_cast<int>(c - 0x2488) + 1;   // ⒈–⒛
  if (c >= 0x3251 && c <= 0x325F) return static_cast<int>(c - 0x3251) + 21;  // ㉑–㉟
  if (c >= 0x32B1 && c <= 0x32BF) return static_cast<int>(c - 0x32B1) + 36;  // ㊱–㊿
  if (c >= 0x2160 && c <= 0x216B) return static_cast<int>(c - 0x2160) + 1;   // Ⅰ–Ⅻ
  if (c >= 0x2170 && c <= 0x217B) return static_cast<int>(c - 0x2170) + 1;   // ⅰ–ⅻ
  return 0;
}

// A cheap first test: most code points of Japanese text cannot start a number. A bit per
// code point of the Basic Multilingual Plane (8 KiB each), built once: `bits` for what starts
// a number, `scan_bits` for what the scan stops at (numbers and grade letters: 評価：A).
struct start_table {
  std::array<std::uint64_t, 1024> bits{};
  std::array<std::uint64_t, 1024> scan_bits{};
  start_table() {
    for (char32_t c = 0; c < 0x10000; ++c) {
      const std::uint64_t bit = std::uint64_t{1} << (c & 63);
      const bool number =
          (c >= U'0' && c <= U'9') || is_numeral_start(c) || marker_value(c) != 0 || c == U'元';
      if (number) bits[c >> 6] |= bit;
      if (number || may_start_grade_symbol(c)) scan_bits[c >> 6] |= bit;
    }
  }
};

const start_table& start_bits() {
  static const start_table table;
  return table;
}

bool may_start_number(char32_t c) noexcept {
  const start_table& table = start_bits();
  return c < 0x10000 && ((table.bits[c >> 6] >> (c & 63)) & 1u) != 0;
}

bool starts_with(std::u32string_view s, std::size_t pos, std::u32string_view word) {
  return pos + word.size() <= s.size() && s.substr(pos, word.size()) == word;
}

// Position after at most `max` white-space characters with at most one line break (a blank
// line ends the expression), or npos when more follow.
std::size_t skip_inline_space(std::u32string_view s, std::size_t pos, std::size_t max = 2) {
  std::size_t p = pos;
  int breaks = 0;
  while (p < s.size() && is_space(s[p]) && p - pos < max) {
    if (s[p] == U'\n' && ++breaks > 1) return pos;
    ++p;
  }
  return p;
}
std::size_t skip_space_back(std::u32string_view s, std::size_t pos, std::size_t max = 2) {
  std::size_t p = pos;
  while (p > 0 && (s[p - 1] == U' ' || s[p - 1] == U'\u3000') && pos - p < max)
    --p;
  return p;
}

// Whether only spaces stand between the start of the line and `pos`.
bool at_line_start(std::u32string_view s, std::size_t pos) {
  std::size_t p = pos;
  while (p > 0 && (s[p - 1] == U' ' || s[p - 1] == U'\u3000' || s[p - 1] == U'\t'))
    --p;
  return p == 0 || s[p - 1] == U'\n';
}

// Kanji-digit words that are not counts even before a counter (一部 = a part, 一時 = once).
bool is_kanji_word(std::u32string_view s, std::size_t start, std::size_t end) {
  static const std::array<std::u32string_view, 12> words = {U"一部", U"一時", U"一番", U"一面",
                                                            U"一方", U"一点", U"一日", U"一年",
                                                            U"一月", U"十分", U"一品", U"一次"};
  for (const auto& w : words)
    if (end == start + 1 && starts_with(s, start, w)) return true;
  return false;
}

struct scanner {
  scanner(std::u32string_view text, std::vector<number_mention>& mentions)
      : s(text), out(mentions) {}

  std::u32string_view s;
  std::vector<number_mention>& out;
  std::vector<std::size_t> spaced_digits_;  // digits that may be letter-spaced
  int range_last_year_ = 0;    // the last fiscal year of a range being read (平成23～25年度)
  std::size_t range_end_ = 0;  // and where that range ends

  void scan() {
    const std::size_t n = s.size();
    const auto& bits = start_bits().scan_bits;
    const char32_t* data = s.data();
    std::size_t i = 0;
    while (i < n) {
      // Skip what cannot start a number without leaving the loop (most of the text).
      while (i < n && (data[i] >= 0x10000 || ((bits[data[i] >> 6] >> (data[i] & 63)) & 1u) == 0))
        ++i;
      if (i >= n) break;
      const char32_t c = s[i];
      // ◎ ○ △ × only on their label's line: after a line break they head a bulleted line
      if (may_start_grade_symbol(c) && after_grade_label(s, i, !is_grade_mark(c))) {
        if (const std::size_t end = grade_symbol_end(s, i); end != 0) {
          i = grade_symbol(i, end);
          continue;
        }
      }
      if (const int marker = marker_value(c); marker != 0) {
        number_mention m;
        m.start = m.number_start = i;
        m.end = m.number_end = m.unit_start = m.unit_end = i + 1;
        m.value = marker;
        m.kind = number_kind::list_marker;
        out.push_back(m);
        ++i;
        continue;
      }
      if (c == U'元') {  // 平成元年: the first year of an era
        if (i + 1 < n && (s[i + 1] == U'年') && era_before(s, i) != std::u32string_view::npos &&
            era_before(s, i) + 2 >= i) {
          numeral one;
          one.start = i;
          one.end = i + 1;
          one.value = 1;
          one.integer = 1;
          one.has_kanji = true;
          i = classify(one);
          continue;
        }
        ++i;
        continue;
      }
      if (!is_numeral_start(c)) {  // a letter that grades nothing
        ++i;
        continue;
      }
      if (may_be_letter_spaced(s, i)) spaced_digits_.push_back(i);
      const std::optional<numeral> num = read_numeral(s, i);
      if (!num) {
        ++i;
        continue;
      }
      i = classify(*num);
    }
    distribute_units();
  }

  // Builds the mention for `num`, appends it, and returns where scanning resumes.
  std::size_t classify(const numeral& num) {
    number_mention m;
    m.start = m.number_start = num.start;
    m.end = m.number_end = m.unit_start = m.unit_end = num.end;
    m.value = num.value;
    if (num.overflow) m.flags |= mf::overflow;
    if (num.inexact) m.flags |= mf::inexact;
    if (num.dotted) {  // 1.2.3: a version or code
      m.kind = number_kind::name;
      return emit(m);
    }
    if (const auto code = read_code_number(s, num)) {  // 1-1-1, No.12, 04120830
      m.kind = number_kind::name;
      m.start = code->start;
      m.number_end = m.end = m.unit_start = m.unit_end = code->end;
      return emit(m);
    }
    if (const auto year = read_bracketed_year(s, num)) {  // 2011(平成23）年度, 2013(H25)年
      const std::size_t after = skip_inline_space(s, year->end);
      const auto unit = match_unit(s, after);
      if (unit &&
          (unit->word->kind == number_kind::fiscal_year || unit->word->kind == number_kind::year)) {
        set_unit(m, after, *unit);
        m.start = year->start;
        m.kind = unit->word->kind;
        m.year = range_end_year(m);
        return emit(m);
      }
    }
    if (fiscal_range(num, m)) return emit(m);
    std::size_t unit_at = num.end;
    const std::optional<unit_match> unit = unit_after(num, unit_at);
    if (is_grade(num, unit && unit_at == num.end)) {
      m.flags |= mf::grade;  // 妥当性 3, 達成度\n3, "4 やや劣る 5 優る": bare, with no unit
      return emit(m);
    }
    if (read_prefixes(num, m, unit)) {
      m.kind = number_kind::ordinal;
      if (unit) set_unit(m, unit_at, *unit);
      m.unit = "ordinal";
      add_suffix_flags(m);
      return emit(m);
    }
    if (unit) return with_unit(num, m, *unit, unit_at);
    return without_unit(num, m);
  }

  // 評価：A, 達成度 Ⅲ: a grade written as a letter, mark or roman numeral (value NaN, or the
  // roman numeral's number); returns where scanning resumes.
  std::size_t grade_symbol(std::size_t start, std::size_t end) {
    number_mention m;
    m.start = m.number_start = start;
    m.end = m.number_end = m.unit_start = m.unit_end = end;
    const int roman = marker_value(s[start]);
    m.value = roman != 0 ? roman : std::numeric_limits<double>::quiet_NaN();
    m.kind = number_kind::bare;
    m.flags = mf::grade;
    return emit(m);
  }

  // A digit 1–9 with no unit of its own, after a grade field's label or among the codes of a
  // scale row.
  bool is_grade(const numeral& num, bool unit_adjacent) const {
    if (unit_adjacent || !num.has_digits || num.has_kanji || num.has_decimal || num.has_comma ||
        num.digit_count != 1 || num.value < 1)
      return false;
    return after_grade_label(s, num.start) || is_scale_code(s, num.start, num.end);
  }

  // 2011〜2013年度, 平成23～25年度, 2011(H23)〜2013(H25)年度: the first year of a range whose
  // 年度 is written once is a fiscal year, as the calendar reads the range.
  bool fiscal_range(const numeral& num, number_mention& m) {
    if (!num.has_digits || num.has_kanji || !num.is_integer || num.has_comma) return false;
    const auto range = read_fiscal_range_start(s, num.start, num.end);
    if (!range) return false;
    m.start = range->start;
    m.end = range->end;
    m.kind = number_kind::fiscal_year;
    m.unit = "fiscal_year";
    m.flags |= mf::range_start | mf::distributed;
    m.year = range->first;
    range_last_year_ = range->last;
    range_end_ = range->range_end;
    return true;
  }

  // The fiscal year of a fiscal-year mention: the last year of the range it ends, if it ends
  // one (25年度 of 平成23～25年度), else what its own text names.
  int range_end_year(const number_mention& m) const {
    if (m.start < range_end_ && m.end <= range_end_) return range_last_year_;
    return gregorian_year_of(s, m);
  }

  // Appends `m` and returns where scanning resumes.
  std::size_t emit(number_mention& m) {
    push(m);
    return m.end;
  }

  // The unit: adjacent, or after white space (then not glued to a longer word: the heading
  // "３ 都市農業の振興" is not three cities); `unit_at` is set to where it starts. An era year
  // written "平成 24" whose unit is "\n年度" is found here; "平成２３）年度" inside a bracketed
  // pair is read with the Gregorian year before it.
  std::optional<unit_match> unit_after(const numeral& num, std::size_t& unit_at) const {
    std::optional<unit_match> unit = match_unit(s, num.end);
    unit_at = num.end;
    if (unit) return unit;
    const std::size_t after = skip_inline_space(s, num.end);
    if (after == num.end || !num.has_digits) return unit;
    unit = match_unit(s, after);
    if (unit && unit->end < s.size() && (is_kanji(s[unit->end]) || is_katakana(s[unit->end])) &&
        unit->word->kind == number_kind::quantity)
      unit.reset();
    unit_at = after;
    return unit;
  }

  // The words before the number that belong to the expression (第, an era, 約, 計, 各, a minus
  // sign), into `m`'s span and flags; whether 第 makes it an ordinal.
  bool read_prefixes(const numeral& num, number_mention& m,
                     const std::optional<unit_match>& unit) const {
    const std::size_t before = skip_space_back(s, num.start);
    const bool ordinal = before >= 1 && s[before - 1] == U'第';
    if (ordinal) m.start = before - 1;
    if (!ordinal && unit &&
        (unit->word->kind == number_kind::fiscal_year || unit->word->kind == number_kind::year)) {
      const std::size_t era_start = era_before(s, num.start);
      if (era_start != std::u32string_view::npos) m.start = era_start;
    }
    if (!ordinal) {
      const prefix_words words = read_prefix_words(s, before);
      m.flags |= words.flags;
      if (words.flags & mf::approximate) m.start = words.start;
    }
    if (num.start >= 1 && num.has_digits) {
      const char32_t sign = s[num.start - 1];
      const bool dash = sign == U'−' || sign == U'－' || sign == U'-';
      if (sign == U'▲' || sign == U'△' ||
          (dash &&
           (num.start < 2 || !(is_word_char(s[num.start - 2]) || is_digit(s[num.start - 2]))))) {
        m.flags |= mf::negative;
        m.value = -m.value;
        m.start = std::min(m.start, num.start - 1);
      }
    }
    return ordinal;
  }

  // A number with its unit: a count, amount, date or year, unless a single kanji digit sits
  // inside a word (統一, 一部, 十分).
  std::size_t with_unit(const numeral& num, number_mention& m, const unit_match& unit,
                        std::size_t unit_at) {
    const unit_word& word = *unit.word;
    if (word.kind == number_kind::quantity && unit_at == num.end &&
        is_unit_label(s, num, unit.end)) {  // （千円）: a unit label, not 1,000 yen
      set_unit(m, unit_at, unit);
      m.kind = number_kind::word;
      m.flags |= mf::unit_label;
      if (!std::isnan(m.value)) m.value *= word.scale;
      return emit(m);
    }
    // 元 of 平成元年 is the year 1, never a kanji inside a word
    const bool single_kanji =
        num.has_kanji && !num.has_digits && num.end == num.start + 1 && s[num.start] != U'元';
    if (single_kanji &&
        (is_kanji_word(s, num.start, num.end) ||
         (num.start >= 1 && is_kanji(s[num.start - 1]) && !is_count_prefix(s[num.start - 1])))) {
      m.kind = number_kind::word;
      return emit(m);
    }
    set_unit(m, unit_at, unit);
    m.kind = word.kind;
    if (word.kind == number_kind::quantity) {
      if (!std::isnan(m.value)) m.value *= word.scale;
      if (word.unit == "items") adopt_noun_unit(m);
      if (word.unit == "times") frequency(m);
      if (word.unit == "yen" && num.last_large != 0 && unit_at == num.end)
        m.large_prefix = num.last_large;
    } else {
      calendar_fields(m, word, unit.end);
    }
    add_suffix_flags(m);
    return emit(m);
  }

  // Dates, years, fiscal years and times as the calendar reads them: a year with its month is
  // one date (2010年10月), a month with its day too (1月28日); N分 outside a clock time is a
  // length of minutes.
  void calendar_fields(number_mention& m, const unit_word& word, std::size_t unit_end) {
    if (word.kind == number_kind::date && word.unit == "month") {
      m.month = calendar_int(m.value);
      month_day(m);
    } else if (word.kind == number_kind::date && word.unit == "day") {
      m.day = calendar_int(m.value);
    } else if (word.kind == number_kind::fiscal_year) {
      m.year = range_end_year(m);
    } else if (word.kind == number_kind::year) {
      if (!read_year_month(s, m)) m.year = gregorian_year_of(s, m);
    } else if (word.unit == "minute" && minutes_are_length(s, m.number_start, unit_end,
                                                           out.empty() ? nullptr : &out.back())) {
      m.kind = number_kind::duration;
      m.unit = "minutes";
    }
  }

  // A number without a unit: a kanji word, part of a name, a list marker or a bare number.
  std::size_t without_unit(const numeral& num, number_mention& m) {
    const std::size_t n = s.size();
    if (num.has_kanji && !num.has_digits) {
      const bool single_kanji = num.end == num.start + 1;
      m.kind = single_kanji || (num.start >= 1 && is_word_char(s[num.start - 1]))
                   ? number_kind::word
                   : number_kind::bare;
      return emit(m);
    }
    const char32_t prev = num.start >= 1 ? s[num.start - 1] : U'\n';
    const char32_t next = num.end < n ? s[num.end] : U'\n';
    // Right after another expression ("11月15～16日") a number is not part of a name.
    const bool follows_mention = !out.empty() && out.back().end == num.start;
    if (!follows_mention && (is_word_char(prev) || is_latin(next))) {
      m.kind = number_kind::name;  // ＣＯ2, プラン６, 技術展2013, 夢教育２１
      return emit(m);
    }
    if ((prev == U'(' || prev == U'（') && (next == U')' || next == U'）') &&
        at_line_start(s, num.start - 1)) {
      m.kind = number_kind::list_marker;  // (1) heading a line
      m.start = num.start - 1;
      m.end = num.end + 1;
      return emit(m);
    }
    if (at_line_start(s, num.start) && !num.has_comma && !num.has_decimal && num.digit_count <= 2 &&
        num.end + 1 < n &&
        (next == U' ' || next == U'\u3000' || next == U'.' || next == U'．' || next == U'、') &&
        !is_space(s[num.end + 1]) && !is_digit(s[num.end + 1])) {
      m.kind = number_kind::list_marker;  // "１ 国際的視点に基づく産業振興"
      return emit(m);
    }
    m.kind = number_kind::bare;
    add_suffix_flags(m);
    return emit(m);
  }

  // Appends a mention; a prefix never reaches back into the previous expression.
  void push(number_mention& m) {
    if (!out.empty() && m.start < out.back().end) m.start = std::max(out.back().end, m.start);
    out.push_back(m);
  }

  static bool is_count_prefix(char32_t c) noexcept {
    switch (c) {
      case U'計':
      case U'全':
      case U'約':
      case U'各':
      case U'毎':
      case U'月':
      case U'年':
      case U'週':
      case U'延':
      case U'総':
        return true;
      default:
        return false;
    }
  }

  void set_unit(number_mention& m, std::size_t unit_at, const unit_match& unit) {
    m.unit_start = unit_at;
    m.unit_end = unit.end;
    m.end = unit.end;
    m.unit = unit.word->unit;
  }

  // "３つの高校": a general counter takes the unit of the noun after の when it has one.
  void adopt_noun_unit(number_mention& m) {
    const std::size_t n = s.size();
    if (m.end >= n || s[m.end] != U'の') return;
    std::size_t p = m.end + 1;
    std::size_t q = p;
    while (q < n && q - p < 8 && (is_kanji(s[q]) || is_katakana(s[q])))
      ++q;
    for (std::size_t k = p; k < q; ++k) {
      const auto unit = match_unit(s, k);
      if (unit && unit->end == q && unit->word->kind == number_kind::quantity &&
          unit->word->unit != "items") {
        m.unit = unit->word->unit;
        return;
      }
    }
  }

  // 月１回, 年３回, 毎週2回: a frequency; the period word belongs to the expression.
  void frequency(number_mention& m) {
    const std::size_t b = m.number_start;
    if (b < 1) return;
    const char32_t period = s[b - 1];
    const std::string_view unit = frequency_unit(period);
    if (unit.empty()) return;
    // "3月1回" is a date and a count, not a frequency.
    if (b >= 2 && (is_digit(s[b - 2]) || kanji_digit_value(s[b - 2]) >= 0)) return;
    if (!out.empty() && out.back().end > b - 1) return;
    m.unit = unit;
    m.start = std::min(m.start, (b >= 2 && s[b - 2] == U'毎') ? b - 2 : b - 1);
  }

  // 1月28日, "８月\n22日": a month with its day is one date.
  void month_day(number_mention& m) {
    const std::size_t p = skip_inline_space(s, m.end);
    if (p >= s.size() || !is_numeral_start(s[p])) return;
    const std::optional<numeral> day = read_numeral(s, p);
    if (!day || !day->is_integer || day->value < 1 || day->value > 31) return;
    const auto unit = match_unit(s, skip_inline_space(s, day->end));
    if (!unit || unit->word->unit != "day") return;
    m.end = unit->end;
    m.unit = "date";
    m.day = static_cast<int>(day->value);
  }

  void add_suffix_flags(number_mention& m) {
    const std::size_t p = skip_inline_space(s, m.end, 1);
    m.flags |= suffix_word_flags(s, p);
    if (p < s.size() && (s[p] == U'～' || s[p] == U'〜' || s[p] == U'~'))
      m.flags |= mf::range_start;
    if (starts_with(s, p, U"から") && p + 2 < s.size()) {
      const std::size_t q = skip_inline_space(s, p + (s[p + 2] == U'、' ? 3 : 2));
      if (q < s.size() && may_start_number(s[q])) m.flags |= mf::range_start;
    }
  }

  // "１、２年生", "15～16日": a bare number in a list or range takes the next one's unit.
  void distribute_units() {
    for (std::size_t k = 0; k + 1 < out.size(); ++k) {
      number_mention& m = out[k];
      if (m.kind != number_kind::bare || m.has(mf::grade)) continue;
      number_mention& next = out[k + 1];
      if (next.unit.empty()) continue;
      std::size_t p = m.end;
      while (p < next.start && is_space(s[p]))
        ++p;
      if (p >= next.start) continue;
      const char32_t sep = s[p];
      std::size_t q = p + 1;
      bool range = sep == U'～' || sep == U'〜' || sep == U'~';
      if (starts_with(s, p, U"から")) q = p + 2, range = true;
      if (!(range || sep == U'、' || sep == U',' || sep == U'，' || sep == U'・')) continue;
      while (q < next.start && is_space(s[q]))
        ++q;
      if (q != next.start) continue;
      m.kind = next.kind;
      m.unit = next.unit;
      m.flags |= mf::distributed;
      if (range) m.flags |= mf::range_start;
      if (next.kind == number_kind::quantity && !std::isnan(m.value)) {
        const auto unit = match_unit(s, next.unit_start);
        if (unit) m.value *= unit->word->scale;
      }
    }
  }
};

}  // namespace

std::vector<number_mention> scan_numbers(std::u32string_view text) {
  std::u32string normalized;  // CR LF and CR as LF; same length, so spans hold for `text`
  if (normalize_line_breaks(text, normalized)) text = normalized;
  std::vector<number_mention> out;
  out.reserve(text.size() / 64 + 4);
  scanner first{text, out};
  first.scan();
  // "平 成 2 8 年 度", 「1 0」: letter-spaced cells are read again without their spaces, and
  // the spans mapped back to `text`. Only when the scan met a digit standing alone, so that
  // most texts are passed over once.
  if (first.spaced_digits_.empty()) return out;
  const std::optional<compacted_text> compact = compact_letter_spacing(text, first.spaced_digits_);
  if (!compact) return out;
  out.clear();
  scanner{compact->text, out}.scan();
  for (number_mention& m : out) {
    m.start = compact->start_of(m.start);
    m.number_start = compact->start_of(m.number_start);
    m.unit_start =
        m.unit_start == m.unit_end ? compact->end_of(m.unit_end) : compact->start_of(m.unit_start);
    m.end = compact->end_of(m.end);
    m.number_end = compact->end_of(m.number_end);
    m.unit_end = compact->end_of(m.unit_end);
  }
  return out;
}

std::vector<written_mention> scan_numbers_utf8(std::string_view utf8) {
  constexpr std::size_t block = 1 << 18;  // bytes per block, before the next blank line
  std::vector<written_mention> out;
  out.reserve(utf8.size() / 160 + 4);
  std::size_t byte = 0;
  std::size_t code_points = 0;
  while (byte < utf8.size()) {
    std::size_t end = utf8.size();
    if (utf8.size() - byte > 2 * block) {
      const std::size_t blank = utf8.find("\n\n", byte + block);
      if (blank != std::string_view::npos) end = blank + 2;
    }
    const std::u32string text = decode_utf8(utf8.substr(byte, end - byte), byte);
    for (number_mention m : scan_numbers(text)) {
      std::u32string unit = written_unit(text, m);
      m.start += code_points, m.end += code_points;
      m.number_start += code_points, m.number_end += code_points;
      m.unit_start += code_points, m.unit_end += code_points;
      out.push_back({m, std::move(unit)});
    }
    code_points += text.size();
    byte = end;
  }
  return out;
}

std::u32string written_unit(std::u32string_view text, const number_mention& mention) {
  std::u32string out;
  if (mention.large_prefix != 0) out.push_back(mention.large_prefix);
  for (std::size_t p = mention.unit_start; p < mention.unit_end && p < text.size(); ++p)
    if (!is_space(text[p])) out.push_back(text[p]);
  return out;
}

}  // namespace plan6
