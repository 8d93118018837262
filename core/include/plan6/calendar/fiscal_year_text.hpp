#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "plan6/calendar/japanese_era.hpp"

namespace plan6 {

/** How a fiscal year is written. */
enum class fiscal_year_style : std::uint8_t {
  gregorian_era,  ///< 2012（平成24）年度; 平成24（2012）年度 is read as this style too
  era,            ///< 平成24年度, 令和元年度
  gregorian,      ///< 2012年度
  fy,             ///< FY2012
  letter,         ///< H24, R6 (H24年度 in running text)
  era_year,       ///< 24年度, the era from context
  relative,       ///< 前年度, 次年度, 今年度 … (read in running text only)
};

/** The name of a style ("gregorian_era", "era", …), as the Python API spells it. */
std::string_view style_name(fiscal_year_style style) noexcept;

/** The style named `name`; throws std::invalid_argument listing the names. */
fiscal_year_style style_from_name(std::string_view name);

/** A fiscal-year form read from text, with its span in code points. */
struct fiscal_year_reading {
  std::size_t begin = 0;
  std::size_t end = 0;
  fiscal_year_style style = fiscal_year_style::gregorian;
  /** The fiscal year; nullopt when it cannot be placed (a relative or era-less form without
   * context, or an impossible form: see `problem`). */
  std::optional<int> fiscal_year;
  /** The last fiscal year of a range ("平成24～26年度"); equal to fiscal_year for one year,
   * nullopt when open-ended ("2014（平成26）年度以降"). */
  std::optional<int> last_fiscal_year;
  /** The era as written, or as chosen for an era-less "24年度"; nullptr when none. */
  const japanese_era* era = nullptr;
  int era_year = 0;
  bool open_ended = false;  ///< followed by 以降 or 以後
  bool is_range = false;
  int relative = 0;  ///< -1 for 前年度, +1 for 次年度, 0 for 今年度 (style relative)
  /** Why the form is impossible or cannot be placed; empty when it is fine. */
  std::string problem;
};

/** What the reader knows beyond the text itself. */
struct fiscal_year_context {
  /** The era of era-less years ("24年度"), as given by the caller; nullptr when not given. */
  const japanese_era* era = nullptr;
  /** The fiscal year the text is about: the base of relative forms, and, when `era` is not
   * given, the era-less "24年度" is read in the era that puts it nearest to this year. */
  std::optional<int> fiscal_year;
  /** The era written last before the form (the scanner tracks it): the era of an era-less
   * year when neither `era` nor `fiscal_year` is given. */
  const japanese_era* recent_era = nullptr;
  /** Count on past an era's end (平成32年度 = FY2020), as some documents do. */
  bool lenient = false;
  /** Reading running text: letter forms need 年度 (H24年度, not H24) and relative forms are
   * read. Otherwise (one form on its own) "H24", "R6" are fiscal years. */
  bool running_text = false;
};

/**
 * Reads a fiscal-year form starting exactly at `pos` (no earlier number may run into it).
 * Returns nullopt when none starts there. An impossible form (平成32年度 without `lenient`,
 * 平成0年度, 2012（平成23）年度) is returned with its `problem` set.
 */
std::optional<fiscal_year_reading> read_fiscal_year(std::u32string_view text, std::size_t pos,
                                                    const fiscal_year_context& context);

/**
 * Parses `text` as one fiscal year (surrounding spaces ignored): "平成24年度", "平成 24 年度",
 * "2012（平成24）年度", "2011(平成23）年度", "2014（平成26）年度以降", "24年度" (with an era in
 * `context`), "H24", "R6", "令和元年度", "FY2012", "2012年度"; ASCII or full-width digits.
 * Throws plan6::parse_error with the position of the fault for anything else: other text, an
 * impossible year, a calendar year (平成24年), a relative or range form.
 */
fiscal_year_reading parse_fiscal_year(std::string_view text, const fiscal_year_context& context);

/** How format_fiscal_year writes a fiscal year. */
struct fiscal_year_format {
  fiscal_year_style style = fiscal_year_style::gregorian_era;
  bool open_ended = false;        ///< append 以降
  bool fullwidth_digits = false;  ///< ２０１２（平成２４）年度
  bool gannen = true;             ///< 令和元年度 rather than 令和1年度
};

/**
 * Writes fiscal year `fiscal_year`: 2012 → "2012（平成24）年度", "平成24年度", "2012年度",
 * "FY2012", "H24", "24年度". The era is the one that names the year (era_of_fiscal_year:
 * FY2019 is 令和元年度, FY1926 大正15年度). Throws std::invalid_argument for the relative style,
 * and std::out_of_range for a year outside 1400–9998 or an era style before 明治 (1868).
 */
std::string format_fiscal_year(int fiscal_year, const fiscal_year_format& format);

}  // namespace plan6
