#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/report/cell_grid.hpp"
#include "plan6/report/grade_legends.hpp"
#include "plan6/report/report_segmenter.hpp"
#include "plan6/report/row_labels.hpp"
#include "plan6/report/table_facts.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/** A number quoted inside a fact: a prior-year, plan/target or starting value. */
struct quoted_value {
  double value = std::numeric_limits<double>::quiet_NaN();
  std::size_t start = 0;  ///< span of the quoted value in the text (start == end: none)
  std::size_t end = 0;
  bool present() const noexcept { return end > start; }
};

/** One quantitative fact of a report section. */
struct fact {
  int plan = -1;  ///< index into report_layout::plans, -1 when unknown
  int fiscal_year = 0;
  section_kind section = section_kind::result;
  std::size_t start = 0;  ///< the value as written (約 392億円), code points
  std::size_t end = 0;
  double value = 0;             ///< in the base unit (yen, persons, percent…)
  std::string_view unit;        ///< canonical unit
  std::u32string unit_written;  ///< 名, 万円, ヶ所
  std::string_view kind;        ///< count, amount, ratio, change, frequency, duration
  bool approximate = false;
  bool lower_bound = false;
  bool upper_bound = false;
  quoted_value prior;           ///< （前年度 N）
  quoted_value target;          ///< 計画（N）を上回る…, 目標N
  quoted_value from;            ///< N から M まで
  std::string_view role;        ///< "applications", "approvals" or empty
  std::u32string metric;        ///< what the number measures: "subject measure" (metric_phrase.hpp)
  std::size_t quote_start = 0;  ///< the sentence holding the fact
  std::size_t quote_end = 0;
  // What the table readers add (layouts B and E); a narrative fact keeps the defaults.
  std::string_view layout = "narrative";          ///< "narrative", "year_grid", "indicator_table"
  value_role role_of_value = value_role::actual;  ///< actual, target, changed target, baseline…
  quoted_value baseline;  ///< the baseline of the same measure, from its table
  std::size_t grid = static_cast<std::size_t>(-1);  ///< index into extraction::grids
  std::size_t row = static_cast<std::size_t>(-1);
  std::size_t column = static_cast<std::size_t>(-1);
  bool qualitative = false;  ///< a text cell (継続実施): value is NaN, the words are the quote
  bool open_ended = false;   ///< a fiscal year such as 2008年度以降
  std::u32string label;      ///< the row label of a table fact, as a key
  std::u32string grade;      ///< a grade printed in the fact's table row
  /** "lower" when the document's own targets lie below the baseline (or fall year by year):
   * less is better; "higher" the other way; empty when its numbers do not say. */
  std::string_view direction;
};

/** A number that is not a fact, with the reason. */
struct residue_entry {
  std::size_t mention = 0;  ///< index into extraction::mentions
  std::string reason;
};

/** Everything extracted from one report. */
struct extraction {
  std::vector<number_mention> mentions;
  report_layout layout;
  std::vector<fact> facts;
  std::vector<residue_entry> residue;
  std::vector<cell_grid> grids;       ///< the tables given and found in the text
  std::vector<grade_legend> legends;  ///< grade scales and distribution tables (layout D)
  std::vector<table_check> checks;    ///< figures the document contradicts itself on
  std::vector<std::string> layouts;   ///< the layouts found: "narrative", "year_grid", …
  int document_year = 0;              ///< the fiscal year the document evaluates, 0 if unknown
};

/**
 * Reads an evaluation report: scans every number, segments the report, and turns the
 * numbers of its result, change-note and summary sections into facts, with prior-year values
 * ("登録者354人（前年度333人）"), plan or target values ("計画（320人）を上回る426人",
 * "目標3100人を上回る"), starting values ("261機関から、272機関まで"), applications and
 * approvals. Every number of the text ends up in a fact (as its value, prior, target or
 * starting value) or in the residue with a reason.
 *
 * Then the other layouts (layout_readers.hpp): the tables in the text and those given in
 * `grids` (cells that are spans of `text`, from an HTML page or a spreadsheet) are read as
 * year-column grids and indicator tables, label–value pairs as graded items, and runs of
 * graded rows as legends and distribution tables.
 */
extraction extract_facts(std::u32string_view text, std::vector<cell_grid> grids = {});

}  // namespace plan6
