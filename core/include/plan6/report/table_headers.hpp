#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/report/cell_grid.hpp"

namespace plan6 {

/**
 * What a column of an evaluation table holds, read from its header cells (all header rows
 * above the data, a spanning cell counting for every column it spans): 2005年度 | 平成18年度 |
 * R3 are fiscal years, 2008年度以降 an open one, 現状(計画策定時) | 基準値 | 策定時 the baseline,
 * 指標名 the indicator's name, 単位 its unit, 目標値 | 実績値 | 達成率 target, actual and printed
 * attainment, 達成状況 | 評価 a grade.
 */
enum class column_kind : std::uint8_t {
  label,     ///< row labels (the first columns, or 区分, 項目)
  name,      ///< 指標名, 指標, 成果指標, 事業名: what the row is about
  unit,      ///< 単位
  baseline,  ///< 現状, 基準値, 策定時, 当初
  year,      ///< a fiscal year (its role from the row label, or from a role word above it)
  target,    ///< 目標値, 目標 (maybe with its year)
  actual,    ///< 実績値, 実績 (maybe with its year)
  rate,      ///< 達成率, 進捗率, 達成度 (%)
  grade,     ///< 達成状況, 評価, 判定: a graded cell
  other,     ///< 備考 and anything else
};

/** The kind's name ("baseline"). */
std::string_view column_kind_name(column_kind kind) noexcept;

/** One column as its header describes it. */
struct column_info {
  column_kind kind = column_kind::other;
  int fiscal_year = 0;          ///< the year the header names (2008 for 2008年度以降), or 0
  bool open_ended = false;      ///< 以降 / 以後
  std::u32string header;        ///< the header texts of the column, joined by " "
  std::string_view unit;        ///< a unit the header gives (単位：人, 事業費（千円）), canonical
  double unit_scale = 1;        ///< 千円 → 1,000 (yen)
  std::u32string unit_written;  ///< as written (千円, 人)
};

/** The fiscal year a cell's text is, when it is one and only one ("2005年度", "H30",
 * "平成18年度以降"). */
std::optional<fiscal_year_reading> cell_fiscal_year(std::u32string_view cell,
                                                    const fiscal_year_context& context);

/** The first fiscal year written anywhere in a cell ("基準値（2010年度）"), or nullopt. */
std::optional<fiscal_year_reading> fiscal_year_in(std::u32string_view cell,
                                                  const fiscal_year_context& context);

/** Classifies one column from its header texts (top to bottom). */
column_info classify_column(const std::vector<std::u32string_view>& headers,
                            const fiscal_year_context& context);

/** A grid's header: how many rows it takes, and each column as it describes it. */
struct table_header {
  std::size_t rows = 0;  ///< header rows (data starts below them)
  std::vector<column_info> columns;

  std::size_t count(column_kind kind) const;
  /** The first column of `kind`, or cell_grid::npos. */
  std::size_t first(column_kind kind) const;
};

/**
 * Reads the header of a grid: the rows from the top down to the last row that names a
 * column (a fiscal year, a baseline, a target, an indicator name…), at most three. Returns
 * nullopt when the top rows name no column of an evaluation table.
 */
std::optional<table_header> read_table_header(const cell_grid& grid, std::u32string_view document,
                                              const fiscal_year_context& context);

/**
 * A unit given by a header or label, in brackets or after 単位: "単位：人", "事業費（千円）",
 * "（件）". Sets `unit`, `unit_scale` and `unit_written` of `info`; false when there is none.
 */
bool unit_of_header(std::u32string_view text, column_info& info);

/** A cell that is a unit and nothing else ("人", "千円", "％"): sets the unit fields of `info`. */
bool unit_of_text(std::u32string_view text, column_info& info);

}  // namespace plan6
