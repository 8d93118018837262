#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "plan6/text/japanese_number.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * The calendar's side of the number scanner: where a number is part of a date, a fiscal-year
 * range or a clock time, the calendar reads it (written_date, read_fiscal_year), so that a
 * number mention and a date mention of the same text agree.
 */

/**
 * A year followed by its month is one date: when the calendar's written date at the year
 * mention `m` (from its era, or its first digit) goes on past the year to a month —
 * 2010年10月, 令和2年8月, 平成 29 年 8 月, 2012年4月1日 — `m` becomes that date (kind date, unit
 * year_month or year_month_day, value the Gregorian year, its year, month and day filled) and
 * true is returned; otherwise (2012年 alone) `m` is left as it is.
 */
bool read_year_month(std::u32string_view text, number_mention& m);

/**
 * The start of an era name (平成, 令和, 昭和, 大正, 明治, or a letter H R S T M not inside a Latin
 * word) ending right before `pos`, two spaces allowed between; npos when there is none.
 */
std::size_t era_before(std::u32string_view text, std::size_t pos);

/** A year with its twin in the other calendar in brackets: where it starts and its bracket ends. */
struct bracketed_year {
  std::size_t start = 0;  ///< the year's first digit, or its era
  std::size_t end = 0;    ///< one past the closing bracket
};

/**
 * Whether the numeral `num` is a year written with its twin in brackets — 2011(平成23）,
 * 2013(H25), 平成24（2012） — as fiscal years and years are written before 年度 or 年.
 */
std::optional<bracketed_year> read_bracketed_year(std::u32string_view text, const numeral& num);

/** The first fiscal year of a range whose 年度 is written once at its end. */
struct fiscal_range_start {
  std::size_t start = 0;      ///< the first year's start: its era (平成23) or its first digit
  std::size_t end = 0;        ///< the first year's end: after its digits or its bracketed twin
  int first = 0;              ///< the first and last fiscal year, 0 when the calendar cannot
  int last = 0;               ///< place them (an impossible year)
  std::size_t range_end = 0;  ///< where the range ends (after its 年度)
};

/**
 * Whether the number whose digits are [number_start, number_end) opens a range of fiscal
 * years with one 年度: 2011〜2013年度, 平成23～25年度 (from its era), 2011(H23)〜2013(H25)年度,
 * 平成23(2011)～平成25(2013)年度. The first year keeps its bracketed twin ("2011(H23)"); a range
 * mark must follow it.
 */
std::optional<fiscal_range_start> read_fiscal_range_start(std::u32string_view text,
                                                          std::size_t number_start,
                                                          std::size_t number_end);

/**
 * Whether N分 is a length of time rather than the minutes of a clock time: it is a clock time
 * right after an hour (10時30分, 10時 30分: `previous` is the hour and ends at most two spaces
 * before `number_start`); N分のM is a fraction, left as it was read; any other N分 is a length
 * (平均時間 36.1分, 30分の講演).
 */
bool minutes_are_length(std::u32string_view text, std::size_t number_start, std::size_t unit_end,
                        const number_mention* previous);

/**
 * The Gregorian year a year or fiscal-year mention names: its era year converted when the
 * mention starts with an era (平成24年度 → 2012, H24 → 2012), a four-digit value as it is, 0
 * otherwise (24年度 without an era).
 */
int gregorian_year_of(std::u32string_view text, const number_mention& mention);

}  // namespace plan6
