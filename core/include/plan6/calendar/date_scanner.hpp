#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "plan6/calendar/fiscal_calendar.hpp"
#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/calendar/japanese_era.hpp"

namespace plan6 {

/** What a date mention names. */
enum class mention_kind : std::uint8_t {
  fiscal_year,  ///< 平成24年度, 2012（平成24）年度以降, 24年度, 前年度, 平成24～26年度
  year,         ///< 平成24年, 2012年
  month,        ///< 10月, 10月から11月, 平成25年3月
  date,         ///< 1月28日, 8月15日～10月7日, 11月15～16日, 平成25年3月31日
};

/** "fiscal_year", "year", "month" or "date". */
std::string_view kind_name(mention_kind kind) noexcept;

/**
 * A fiscal year or date mentioned in text: where it is (code points), what was written, and
 * the days it covers. Every mention covers an interval of days: a fiscal year its first to
 * last day, a month its first to last day, a date range its two ends.
 */
struct date_mention {
  mention_kind kind = mention_kind::date;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool is_range = false;    ///< two ends were written (～, から, or a lost range mark)
  bool open_ended = false;  ///< followed by 以降 or 以後

  // Fiscal-year mentions.
  fiscal_year_style style = fiscal_year_style::gregorian;
  std::optional<int> fiscal_year;
  std::optional<int> last_fiscal_year;
  int relative = 0;  ///< 前年度 = -1, 次年度 = +1 (style relative)

  /** The era as written (or chosen for an era-less "24年度"), nullptr when none. */
  const japanese_era* era = nullptr;
  int era_year = 0;

  // Dates as written; 0 where a part was not written.
  int year = 0;  ///< Gregorian year written (from an era year too)
  int month = 0;
  int day = 0;
  int last_year = 0;
  int last_month = 0;
  int last_day = 0;

  /** The days covered; nullopt when they cannot be placed: a month-day with no fiscal year
   * given, an open end, or a problem. */
  std::optional<boost::gregorian::date> first;
  std::optional<boost::gregorian::date> last;

  /** Why the mention is impossible (2月30日, 平成32年度, 平成元年1月7日) or cannot be placed
   * (an era-less year with no context); empty otherwise. */
  std::string problem;
};

/** What the scanner knows beyond the text. */
struct scan_options {
  /** The fiscal year the text is about: month-days are placed in it, relative fiscal years
   * (前年度) count from it, and era-less years (24年度) take the era nearest to it. */
  std::optional<int> fiscal_year;
  fiscal_calendar calendar = fiscal_calendar::japan();
  /** The era of era-less years, when the caller knows it. */
  const japanese_era* era = nullptr;
  /** Count on past an era's end (平成32年度 = FY2020). */
  bool lenient = false;
};

/**
 * Finds every fiscal-year and date mention in `text`, in order, without overlaps: fiscal years
 * in every form parse_fiscal_year reads (letter forms need 年度 here: H24年度), ranges of them,
 * relative ones (前年度, 次年度, 今年度), years (平成24年, 2012年), months (10月, 10月から11月),
 * dates (1月28日, 平成25年3月31日) and ranges of dates ("8月15日～10月7日", "11月15～16日",
 * "1月17日から19日", and "７月２５日 ２７日" whose range mark the PDF lost). In a list
 * "３月２４日、 ２５日" each day is a mention and the second takes the month of the first. Digits
 * may be ASCII, full-width or kanji; a gap with one line break may split a mention ("8\n月15日").
 * Impossible mentions are kept with their `problem`; the scan never throws for the text.
 */
std::vector<date_mention> scan_dates(std::u32string_view text, const scan_options& options);

/**
 * Reads `text` as exactly one mention (spaces and one pair of brackets around it ignored),
 * e.g. "1月28日" or "8月15日～10月7日", and places it as scan_dates does. Throws
 * plan6::parse_error (a std::invalid_argument) naming the text when it is not one mention, or
 * the mention is impossible or cannot be placed (2月30日; a month-day with no fiscal year).
 */
date_mention read_date_mention(std::u32string_view text, const scan_options& options);

}  // namespace plan6
