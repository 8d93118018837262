#include "plan6/report/indicator_tables.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "plan6/common/characters.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/rate_checks.hpp"
#include "plan6/report/row_labels.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

value_role role_of_column(column_kind kind) {
  switch (kind) {
    case column_kind::baseline:
      return value_role::baseline;
    case column_kind::target:
      return value_role::target;
    case column_kind::rate:
      return value_role::rate;
    default:
      return value_role::actual;
  }
}

// The printed rate against the row's own target and actual.
void check_rate(const grid_view& v, const std::vector<table_fact>& row, std::size_t first,
                std::vector<table_check>& checks) {
  const table_fact* rate = nullptr;
  const table_fact* target = nullptr;
  for (std::size_t k = first; k < row.size(); ++k) {
    const table_fact& f = row[k];
    if (f.qualitative || std::isnan(f.value)) continue;
    if (f.role == value_role::rate && rate == nullptr) rate = &f;
    if (f.role == value_role::target && (target == nullptr || f.fiscal_year > target->fiscal_year))
      target = &f;
  }
  if (rate == nullptr || target == nullptr || target->value == 0) return;
  const table_fact* actual = nullptr;
  for (std::size_t k = first; k < row.size(); ++k) {
    const table_fact& f = row[k];
    if (f.role != value_role::actual || f.qualitative || std::isnan(f.value)) continue;
    if (actual == nullptr || (target->fiscal_year != 0 && f.fiscal_year == target->fiscal_year) ||
        (f.fiscal_year > actual->fiscal_year && actual->fiscal_year != target->fiscal_year))
      actual = &f;
  }
  if (actual != nullptr) check_printed_rate(v.document, *rate, *actual, *target, checks);
}

// Whether a column holds the year of the value beside it: a header such as 基準年度,
// 目標年度 or 年度 under 基準値, with no year of its own.
bool year_of_column(const column_info& col) {
  const std::u32string key = normal_key(col.header);
  return col.fiscal_year == 0 && key.size() >= 2 && sv(key).substr(key.size() - 2) == U"年度" &&
         std::none_of(key.begin(), key.end(), [](char32_t ch) { return digit_value(ch) >= 0; });
}

// The fiscal year written in row `r` beside value column `c` (after it, else before it), or 0.
int year_beside(const grid_view& v, std::size_t r, std::size_t c) {
  for (const std::size_t other : {c + 1, c - 1}) {
    if (other >= v.header.columns.size() || !year_of_column(v.header.columns[other])) continue;
    if (const auto year = fiscal_year_in(v.grid.text(v.document, r, other), fiscal_year_context{}))
      return *year->fiscal_year;
  }
  return 0;
}

}  // namespace

bool is_indicator_table(const table_header& header) {
  if (header.count(column_kind::name) == 0) return false;
  std::size_t values = 0;
  for (const column_info& c : header.columns)
    if (c.kind == column_kind::baseline || c.kind == column_kind::target ||
        c.kind == column_kind::actual || c.kind == column_kind::rate ||
        (c.kind == column_kind::year && c.fiscal_year != 0))
      ++values;
  return values >= 2;
}

std::vector<table_fact> read_indicator_table(const grid_view& v, int document_year,
                                             std::vector<table_check>& checks) {
  std::vector<table_fact> facts;
  const table_header& h = v.header;
  const std::size_t name_column = h.first(column_kind::name);
  const std::size_t unit_column = h.first(column_kind::unit);
  const std::size_t grade_column = h.first(column_kind::grade);
  for (std::size_t r = h.rows; r < v.grid.rows(); ++r) {
    const std::u32string name = normal_key(v.grid.text(v.document, r, name_column));
    if (name.empty()) continue;
    column_info row_unit;
    if (unit_column != cell_grid::npos) {
      const sv u = v.grid.text(v.document, r, unit_column);
      // A unit plan6 does not know (人/日, 区画) is kept as written, without a canonical name.
      if (!unit_of_text(u, row_unit) && !unit_of_header(u, row_unit) && !u.empty())
        row_unit.unit_written = normal_key(u);
    }
    unit_of_header(v.grid.text(v.document, r, name_column), row_unit);  // 参加者数（人）
    const std::u32string grade = grade_column == cell_grid::npos
                                     ? std::u32string()
                                     : normal_key(v.grid.text(v.document, r, grade_column));
    const std::size_t first = facts.size();
    for (std::size_t c = 0; c < h.columns.size(); ++c) {
      const column_info& col = h.columns[c];
      const bool value_column = col.kind == column_kind::baseline ||
                                col.kind == column_kind::target ||
                                col.kind == column_kind::actual || col.kind == column_kind::rate ||
                                (col.kind == column_kind::year && col.fiscal_year != 0);
      if (!value_column) continue;
      const std::size_t k = v.grid.index_at(r, c);
      if (k == cell_grid::npos || v.grid.cells()[k].row != r || v.grid.cells()[k].column != c)
        continue;
      const grid_cell& cell = v.grid.cells()[k];
      const sv text = trimmed_cell_text(v.document, cell);
      int year = col.fiscal_year;
      if (const auto in_cell = fiscal_year_in(text, fiscal_year_context{}))
        year = *in_cell->fiscal_year;
      if (year == 0) year = year_beside(v, r, c);  // 目標値 | 目標年度: R7
      if (year == 0 && col.kind == column_kind::actual) year = document_year;
      for (const cell_number& number : cell_numbers(v.document, v.mentions, cell)) {
        const std::size_t m = number.index;
        const number_mention& n = number.mention;
        table_fact f;
        f.grid = v.index;
        f.row = r;
        f.column = c;
        f.mention = m;
        f.start = n.start;
        f.end = n.end;
        f.role = role_of_column(col.kind);
        if (f.role == value_role::target &&
            read_row_label(col.header).role == value_role::changed_target)
          f.role = value_role::changed_target;  // 見直し後目標, 変更後の目標
        f.fiscal_year = year;
        f.open_ended = col.open_ended;
        f.metric = name;
        f.label = normal_key(col.header);
        f.value = n.has(mention_flag::negative) ? n.value : std::fabs(n.value);
        f.approximate = n.has(mention_flag::approximate);
        f.layout = "indicator_table";
        f.grade = grade;
        if (!n.unit.empty()) {
          f.unit = n.unit;
          f.unit_written = written_unit(v.document, n);
        } else if (col.kind == column_kind::rate) {
          f.unit = "percent";
          f.unit_written.assign(1, U'%');  // not = U"%": a GCC 12 -O3 false stringop-overflow
        } else {
          for (const column_info* u : {static_cast<const column_info*>(&row_unit), &col})
            if (!u->unit.empty() || !u->unit_written.empty()) {
              f.unit = u->unit;
              f.unit_written = u->unit_written;
              f.value *= u->unit_scale;
              break;
            }
        }
        facts.push_back(std::move(f));
      }
    }
    // A printed rate that names no year is of the latest actual it is computed from.
    int actual_year = 0;
    for (std::size_t k = first; k < facts.size(); ++k)
      if (facts[k].role == value_role::actual)
        actual_year = std::max(actual_year, facts[k].fiscal_year);
    for (std::size_t k = first; k < facts.size(); ++k)
      if (facts[k].role == value_role::rate && facts[k].fiscal_year == 0)
        facts[k].fiscal_year = actual_year;
    check_rate(v, facts, first, checks);
  }
  return facts;
}

}  // namespace plan6
