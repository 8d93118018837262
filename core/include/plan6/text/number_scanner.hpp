#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/text/number_kind.hpp"

namespace plan6 {

/**
 * One number found in running text, with its span in code points. The span covers what
 * belongs to the expression: a leading 約 or およそ, an ordinal 第, an era name (平成), a
 * frequency 月 (月１回), the numeral and its unit; qualifiers after the unit (余り, 以上,
 * を上回る) and totals before it (計, 全) only set flags.
 */
struct number_mention {
  std::size_t start = 0;         ///< first code point of the expression
  std::size_t end = 0;           ///< one past the expression
  std::size_t number_start = 0;  ///< the numeral itself
  std::size_t number_end = 0;
  std::size_t unit_start = 0;  ///< the unit word (unit_start == unit_end when there is none)
  std::size_t unit_end = 0;
  double value = 0.0;  ///< in the base unit: 391億7,319万円 → 39173190000; NaN on overflow
  number_kind kind = number_kind::bare;
  std::string_view unit;      ///< canonical unit ("persons", "yen", "month"…); empty if none
  char32_t large_prefix = 0;  ///< 万 or 億 written right before 円 (万円), kept in the written unit
  std::uint32_t flags = 0;    ///< mention_flag bits
  /** What the calendar reads in a date, year or fiscal-year mention, 0 where it names none:
   * the Gregorian year (an era year converted; for a fiscal year the fiscal year), the month
   * and the day. `value` keeps the number as written (平成24年度 → 24) except for a date that
   * writes its year (2010年10月, 令和2年8月), whose value is the Gregorian year. */
  int year = 0;
  int month = 0;
  int day = 0;

  bool has(std::uint32_t flag) const noexcept { return (flags & flag) != 0; }
};

/**
 * Every number in `text`: Arabic and full-width digits, kanji numerals, circled and roman
 * list numbers. Quantities carry their unit; dates, fiscal years, years, ordinals, list
 * markers, numbers inside names and kanji numerals inside words are classified as such
 * instead of being dropped. Mentions come in text order and do not overlap.
 *
 * The forms of evaluation sheets:
 *  - a year and its month are one date (2010年10月, 令和2年8月: unit year_month, or
 *    year_month_day with its day; value the Gregorian year), as the calendar reads it;
 *  - the first year of a range with one 年度 (2011(H23)〜2013(H25)年度, 平成23～25年度) is a
 *    fiscal year flagged range_start; `year` holds the first and the last fiscal year;
 *  - codes and hierarchical numbers are names (code_numbers.hpp): 1-1-1, No.12, 04120830;
 *  - a digit or letter in a grade field, and the codes of a scale row, are bare grades
 *    (grade_fields.hpp; flag grade): 事業の妥当性 3, 達成度\n3, 評価：A, "4 やや劣る 5 優る";
 *  - a scale written as a unit label is a word flagged unit_label (unit_labels.hpp): （千円）;
 *  - N分 is a length of minutes unless it is a clock time (10時30分);
 *  - letter-spaced text is read without its spaces (letter_spacing.hpp): 平 成 2 8 年 度.
 */
std::vector<number_mention> scan_numbers(std::u32string_view text);

/** A number mention with its unit as written, from scan_numbers_utf8. */
struct written_mention {
  number_mention mention;
  std::u32string unit_written;
};

/**
 * scan_numbers over UTF-8 text, decoded a block at a time (blocks end at blank lines, which
 * no expression crosses) so that large texts stay in cache: spans are code points of the
 * whole text. Invalid UTF-8 throws plan6::parse_error with the byte offset in the whole text.
 */
std::vector<written_mention> scan_numbers_utf8(std::string_view utf8);

/**
 * The unit as the text writes it, line breaks and spaces removed, with the 万/億 that
 * scales a yen amount ("万円"): "名", "ページ", "万円", "％".
 */
std::u32string written_unit(std::u32string_view text, const number_mention& mention);

}  // namespace plan6
