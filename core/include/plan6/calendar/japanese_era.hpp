#pragma once

#include <array>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "plan6/calendar/dates.hpp"

namespace plan6 {

/** A Japanese era (元号) of the modern calendar, with its exact first day. */
struct japanese_era {
  std::string_view name;    ///< 平成
  std::string_view romaji;  ///< Heisei
  char letter;              ///< H, as in "H24"
  int first_year;           ///< Gregorian year of 元年
  int first_month;
  int first_day;

  boost::gregorian::date start() const { return make_date(first_year, first_month, first_day); }
};

/**
 * 明治, 大正, 昭和, 平成 and 令和 in order. 明治 is taken to begin on 1868-10-23, the Gregorian
 * day of its proclamation; earlier dates belong to no era here. 平成 began on 1989-01-08
 * (1989-01-07 is 昭和64年) and 令和 on 2019-05-01 (2019-04-30 is 平成31年).
 */
const std::array<japanese_era, 5>& japanese_eras() noexcept;

/** An era and a year in it (1 is written 元年). */
struct era_year {
  const japanese_era& era;
  int year;
};

/** The era and era year of `date`; throws std::out_of_range for a date before 明治. */
era_year to_era(const boost::gregorian::date& date);

/** The same for the day `days` after 1970-01-01, whose date is `day` (the vectorised path). */
era_year to_era(epoch_days days, const civil_date& day);

/**
 * The era named `name_or_letter` (平成, Heisei, H; case-insensitive for romaji and letters).
 * Throws std::invalid_argument for an unknown name.
 */
const japanese_era& find_era(std::string_view name_or_letter);

/*
 * Which era names a year — the one rule, for calendar years and Japanese fiscal years
 * (1 April – 31 March) alike:
 *
 * - Reading: year N of an era is a year in which the era was in force on at least one day.
 *   昭和64年 (1989-01-01…07), 平成31年度 (FY2019 began on 2019-04-01, a month before 令和),
 *   大正15年度 and 昭和元年度 (both FY1926) are read; 平成32年, 平成32年度 and 昭和64年度 (FY1989
 *   began after 昭和 ended on 1989-01-07) are not, unless `lenient` (some documents keep
 *   counting after an era ended).
 * - Writing a fiscal year: the era in force for the larger part of it, i.e. on 1 October,
 *   its middle: FY1912 is 大正元年度 (from 30 July), FY1926 is 大正15年度 (昭和 began on 25
 *   December), FY1988 is 昭和63年度, FY1989 平成元年度, FY2019 令和元年度 (from 1 May). FY1868,
 *   whose larger part fell before 明治 as plan6 counts it (from 1868-10-23), is 明治元年度.
 * - Years: calendar years 1400–9999 (Boost.Date_Time's), fiscal years 1400–9998 (FY9999 would
 *   end in 10000); era years outside them are an error, lenient or not. In text, era years
 *   have at most three digits (令和999年度 = FY3017): later fiscal years are written in
 *   Gregorian styles only.
 */

/** The last calendar year and the last fiscal year plan6 represents. */
inline constexpr int last_calendar_year = 9999;
inline constexpr int last_fiscal_year = 9998;
/** The longest era year written in text (three digits, as the fiscal-year reader reads). */
inline constexpr int last_written_era_year = 999;

/**
 * The Gregorian year of year `year` of `era` (平成24 → 2012). Throws std::invalid_argument
 * for a year below 1, past the era's last year unless `lenient` (some documents keep
 * counting 平成32年 after 令和 began), or beyond 9999.
 */
int gregorian_year(const japanese_era& era, int year, bool lenient = false);

/**
 * The fiscal year that `era` year `year` 年度 names (平成24年度 → 2012), by the rule above:
 * std::invalid_argument for a year below 1, a fiscal year in which the era was not in force
 * on any day (昭和64年度, 平成32年度) unless `lenient`, or a fiscal year beyond 9998.
 */
int gregorian_fiscal_year(const japanese_era& era, int year, bool lenient = false);

/**
 * The era year that names Japanese fiscal year `fiscal_year` (April–March) when it is
 * written, by the rule above (FY1926 → 大正15). Throws std::out_of_range before FY1868 and
 * after FY9998.
 */
era_year era_of_fiscal_year(int fiscal_year);

/** era_of_fiscal_year for writing it in text: also std::out_of_range where the era year
 * would pass last_written_era_year (after FY3017). */
era_year written_era_of_fiscal_year(int fiscal_year);

/** The era after `era`, or nullptr for the current one. */
const japanese_era* next_era(const japanese_era& era);

/**
 * The era year that names calendar year `year` in year labels: the era in effect at the end
 * of that year, so 2019 is 令和元年 and 1989 is 平成元年, although both years began in the era
 * before. (Fiscal years: era_of_fiscal_year.) Throws std::out_of_range before 1868.
 */
era_year era_of_year(int year);

/**
 * The Gregorian date of an era date (平成24年4月1日 → 2012-04-01). Throws std::invalid_argument
 * naming the era date when the year is below 1, the day does not exist, the date falls before
 * the era began (平成元年1月7日 was 昭和64年), or after it ended unless `lenient` (平成31年5月1日
 * was 令和元年). Dates of 明治5年 and earlier are read as Gregorian dates, although Japan then
 * kept the lunisolar calendar.
 */
boost::gregorian::date era_date(const japanese_era& era, int year, int month, int day,
                                bool lenient = false);

/** "平成24年4月1日", with 元年 for year 1. */
std::string format_era_date(const japanese_era& era, int year, int month, int day);

}  // namespace plan6
