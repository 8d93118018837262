#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "plan6/calendar/written_date.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * The calendar's side of the number scanner: where a number is part of a date, a fiscal-year
 * range or a clock time, the calendar reads it (written_date, read_fiscal_year), so that a
 * number mention and a date mention of the same text agree.
 */

/**
 * A year followed by its month is one date: the calendar's written date at `start` (the era
 * or the year's first digit) when it goes on past the year to a month — 2010年10月, 令和2年8月,
 * 平成 29 年 8 月, 2012年4月1日 — and std::nullopt otherwise (2012年 alone, 2010年度).
 */
std::optional<written_date> year_and_month(std::u32string_view text, std::size_t start);

/** The first fiscal year of a range whose 年度 is written once at its end. */
struct fiscal_range_start {
  std::size_t end = 0;        ///< the first year's end: after its digits or its bracketed twin
  int first = 0;              ///< the first and last fiscal year, 0 when the calendar cannot
  int last = 0;               ///< place them (an impossible year)
  std::size_t range_end = 0;  ///< where the range ends (after its 年度)
};

/**
 * Whether the number starting at `start` (its era, or its first digit) and whose digits end at
 * `number_end` opens a range of fiscal years with one 年度: 2011〜2013年度, 平成23～25年度,
 * 2011(H23)〜2013(H25)年度, 平成23(2011)～平成25(2013)年度. The first year keeps its bracketed
 * twin ("2011(H23)"); a range mark must follow it.
 */
std::optional<fiscal_range_start> read_fiscal_range_start(std::u32string_view text,
                                                          std::size_t start,
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
