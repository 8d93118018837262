#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "plan6/calendar/japanese_era.hpp"

namespace plan6 {

/**
 * A calendar date as the text writes it, each part optional from the left: "平成25年3月31日",
 * "2010年10月", "令和2年8月", "3月", "28日", "2012年". The one reading of written dates: the
 * date scanner builds its mentions from it and the number scanner asks it what a year, month
 * or day it found names. 0 (or nullptr) where a part was not written.
 */
struct written_date {
  std::size_t end = 0;                ///< one past the last code point read
  int year = 0;                       ///< the Gregorian year (an era year converted)
  const japanese_era* era = nullptr;  ///< the era as written, nullptr for 2010年
  int era_year = 0;                   ///< the era year as written (平成29年 → 29)
  int month = 0;
  int day = 0;
};

/**
 * "平成24年" or "2012年" at `pos` (not 年度, not 2000年代/年間/年生/年目): an era name with its
 * year, or four digits, then 年; gaps with one line break allowed between the parts.
 */
std::optional<written_date> read_written_year(std::u32string_view text, std::size_t pos);

/** "10月" at `pos` (1–12, not 第一月曜 or 月間, 月曜): the month and the end. */
std::optional<std::pair<int, std::size_t>> read_written_month(std::u32string_view text,
                                                              std::size_t pos);

/** "28日" at `pos` (1–31, not 日間 or 日目, which count days): the day and the end. */
std::optional<std::pair<int, std::size_t>> read_written_day(std::u32string_view text,
                                                            std::size_t pos);

/**
 * A year, a month and a day at `pos`, each optional from the left: "平成25年3月31日", "3月",
 * "2012年", "平成 29 年 8 月" (a gap with one line break at most between the parts). The era
 * year is not checked here (平成32年 reads as 2020): the date scanner says what is impossible.
 */
std::optional<written_date> read_written_date(std::u32string_view text, std::size_t pos);

}  // namespace plan6
