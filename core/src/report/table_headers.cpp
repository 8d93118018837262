#include "plan6/report/table_headers.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/text/unit_lexicon.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

bool has_any(sv key, std::initializer_list<sv> words) {
  return std::any_of(words.begin(), words.end(), [&](sv w) { return contains(key, w); });
}

// Header words, matched on comparison keys. Order matters where one word holds another
// (目標値 before 目標, 達成率 before 達成).
column_kind kind_of_words(sv k) {
  if (k.empty()) return column_kind::other;
  if (has_any(k, {U"指標名", U"成果指標", U"活動指標", U"指標", U"KPI", U"事業名", U"施策名",
                  U"項目名", U"取組名", U"名称"}))
    return column_kind::name;
  if (starts_with(k, U"単位")) return column_kind::unit;
  if (has_any(k, {U"達成率", U"進捗率", U"達成割合", U"進捗割合"})) return column_kind::rate;
  // 達成度（％）: a degree in percent is a rate; 達成度 alone is a grade.
  if (has_any(k, {U"達成度", U"進捗度"}) && contains(k, U"%")) return column_kind::rate;
  // 見込み, 実績見込: a forecast is neither a target nor a result.
  if (has_any(k, {U"見込", U"見通し"})) return column_kind::other;
  if (has_any(k, {U"達成状況", U"達成度", U"評価", U"判定", U"進捗状況"}))
    return column_kind::grade;
  if (has_any(k, {U"現状", U"基準", U"策定時", U"当初値", U"計画時", U"前期末"}))
    return column_kind::baseline;
  if (has_any(k, {U"目標", U"計画値"})) return column_kind::target;
  if (has_any(k, {U"実績", U"実施結果", U"結果"})) return column_kind::actual;
  if (has_any(k, {U"区分", U"項目", U"内容"})) return column_kind::label;
  if (has_any(k, {U"備考", U"説明", U"特記"})) return column_kind::other;
  return column_kind::other;
}

// 千, 万, 百万, 億 before a unit word in a header: the scale of the column.
double large_prefix(sv s, std::size_t& pos) {
  struct prefix {
    sv text;
    double scale;
  };
  static constexpr prefix prefixes[] = {{U"百万", 1e6}, {U"千", 1e3}, {U"万", 1e4}, {U"億", 1e8}};
  for (const prefix& p : prefixes)
    if (s.substr(pos, p.text.size()) == p.text) {
      pos += p.text.size();
      return p.scale;
    }
  return 1;
}

bool unit_at(sv s, std::size_t pos, column_info& info) {
  std::size_t p = pos;
  const double scale = large_prefix(s, p);
  const auto match = match_unit(s, p);
  if (!match || match->word->kind != number_kind::quantity) return false;
  info.unit = match->word->unit;
  info.unit_scale = scale * match->word->scale;
  info.unit_written = std::u32string(s.substr(pos, match->end - pos));
  return true;
}

// Whether a row holds a number outside brackets (a data row, not more of the header).
bool row_has_digits(const cell_grid& grid, sv document, std::size_t r) {
  for (std::size_t c = 0; c < grid.columns(); ++c) {
    const std::u32string key = normal_key(grid.text(document, r, c));
    if (!key.empty() && key.front() != U'(' && key.front() != U'【' &&
        std::any_of(key.begin(), key.end(), [](char32_t ch) { return digit_value(ch) >= 0; }))
      return true;
  }
  return false;
}

// Whether `s` is one bracketed note: (最終), (R1), 【見直し後】.
bool bracketed(sv s) {
  return s.size() >= 3 && (s.front() == U'(' || s.front() == U'【' || s.front() == U'[') &&
         (s.back() == U')' || s.back() == U'】' || s.back() == U']') &&
         s.substr(1, s.size() - 2).find_first_of(U"()【】[]") == sv::npos;
}

// A header cell that starts with a Western year and no 年度 (2019, 2019(R1)): the fiscal
// year of a column in a row of years.
std::optional<fiscal_year_reading> bare_year(sv key) {
  if (key.size() < 4) return std::nullopt;
  int year = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const int d = digit_value(key[i]);
    if (d < 0) return std::nullopt;
    year = year * 10 + d;
  }
  if (year < 1950 || year > 2100 || (key.size() > 4 && digit_value(key[4]) >= 0))
    return std::nullopt;
  fiscal_year_reading reading;
  reading.fiscal_year = year;
  reading.last_fiscal_year = year;
  reading.end = 4;
  return reading;
}

// Whether the cells of column `c` below the header are all percentages (at least one).
bool percent_cells(const cell_grid& grid, sv document, std::size_t from, std::size_t c) {
  std::size_t found = 0;
  for (std::size_t r = from; r < grid.rows(); ++r) {
    const std::u32string key = normal_key(grid.text(document, r, c));
    if (key.empty()) continue;
    if (key.back() != U'%' || key.size() < 2 || digit_value(key[key.size() - 2]) < 0) return false;
    ++found;
  }
  return found > 0;
}

}  // namespace

std::string_view column_kind_name(column_kind kind) noexcept {
  switch (kind) {
    case column_kind::label:
      return "label";
    case column_kind::name:
      return "name";
    case column_kind::unit:
      return "unit";
    case column_kind::baseline:
      return "baseline";
    case column_kind::year:
      return "year";
    case column_kind::target:
      return "target";
    case column_kind::actual:
      return "actual";
    case column_kind::rate:
      return "rate";
    case column_kind::grade:
      return "grade";
    case column_kind::other:
      return "other";
  }
  return "other";
}

std::optional<fiscal_year_reading> cell_fiscal_year(sv cell, const fiscal_year_context& context) {
  std::u32string key = normal_key(cell);
  // (R4), 【H30】: a year in brackets under another header word.
  if (key.size() > 2 && (key.front() == U'(' || key.front() == U'【') &&
      (key.back() == U')' || key.back() == U'】'))
    key = key.substr(1, key.size() - 2);
  if (key.empty()) return std::nullopt;
  auto reading = read_fiscal_year(key, 0, context);
  if (!reading || !reading->problem.empty() || !reading->fiscal_year || reading->relative != 0 ||
      reading->style == fiscal_year_style::relative)
    reading = bare_year(key);
  if (!reading) return std::nullopt;
  // The year alone, with a role word after it (2012年度実績, H30目標) or a note in brackets
  // (令和4年度（最終）, 2019(R1)).
  const sv rest = sv(key).substr(reading->end);
  if (!rest.empty() && kind_of_words(rest) != column_kind::target &&
      kind_of_words(rest) != column_kind::actual && rest != U"末" && rest != U"末時点" &&
      !bracketed(rest))
    return std::nullopt;
  return reading;
}

std::optional<fiscal_year_reading> fiscal_year_in(sv cell, const fiscal_year_context& context) {
  const std::u32string key = normal_key(cell);
  for (std::size_t p = 0; p < key.size(); ++p) {
    if (digit_value(key[p]) < 0 && !is_kanji(key[p]) && key[p] != U'F' && key[p] != U'H' &&
        key[p] != U'R')
      continue;
    if (p > 0 && digit_value(key[p - 1]) >= 0) continue;
    const auto reading = read_fiscal_year(key, p, context);
    if (reading && reading->problem.empty() && reading->fiscal_year &&
        reading->style != fiscal_year_style::relative)
      return reading;
  }
  return std::nullopt;
}

bool unit_of_header(sv text, column_info& info) {
  const std::u32string key = normal_key(text);
  const sv k = key;
  // 単位：人, 単位:千円
  if (const std::size_t at = k.find(U"単位"); at != sv::npos) {
    std::size_t p = at + 2;
    while (p < k.size() && (k[p] == U':' || k[p] == U'：' || k[p] == U'(' || k[p] == U'['))
      ++p;
    if (unit_at(k, p, info)) return true;
  }
  // （千円）, (件), [人]
  for (std::size_t p = 0; p < k.size(); ++p)
    if (k[p] == U'(' || k[p] == U'[' || k[p] == U'【' || k[p] == U'〔') {
      column_info probe;
      if (unit_at(k, p + 1, probe)) {
        std::size_t after = p + 1 + probe.unit_written.size();
        // 人/年, 件/日: a count per period is of the same unit.
        if (after + 1 < k.size() && (k[after] == U'/' || k[after] == U'／') &&
            is_kanji(k[after + 1]))
          after += 2;
        if (after < k.size() &&
            (k[after] == U')' || k[after] == U']' || k[after] == U'】' || k[after] == U'〕')) {
          info.unit = probe.unit;
          info.unit_scale = probe.unit_scale;
          info.unit_written = probe.unit_written;
          return true;
        }
      }
    }
  return false;
}

bool unit_of_text(sv text, column_info& info) {
  const std::u32string key = normal_key(text);
  column_info probe;
  if (key.empty() || !unit_at(key, 0, probe) || probe.unit_written.size() != key.size())
    return false;
  info.unit = probe.unit;
  info.unit_scale = probe.unit_scale;
  info.unit_written = probe.unit_written;
  return true;
}

column_info classify_column(const std::vector<sv>& headers, const fiscal_year_context& context) {
  column_info info;
  column_kind role = column_kind::other;  // a role word above or beside a year
  for (const sv h : headers) {
    if (h.empty()) continue;
    if (!info.header.empty()) info.header += U' ';
    info.header += h;
    unit_of_header(h, info);
    if (const auto year = cell_fiscal_year(h, context)) {
      info.fiscal_year = *year->fiscal_year;
      info.open_ended = year->open_ended;
      const std::u32string key = normal_key(h);
      const column_kind rest = kind_of_words(sv(key).substr(year->end));
      if (rest == column_kind::target || rest == column_kind::actual) role = rest;
      if (info.kind == column_kind::other) info.kind = column_kind::year;
      continue;
    }
    const std::u32string key = normal_key(h);
    const column_kind kind = kind_of_words(key);
    if (kind == column_kind::other) continue;
    // 単位：人 above a column gives its unit, not its kind (a column of units is 単位 alone).
    if (kind == column_kind::unit && key.size() > 2 && !info.unit.empty()) continue;
    if (kind == column_kind::baseline || kind == column_kind::target ||
        kind == column_kind::actual || kind == column_kind::rate) {
      if (const auto year = fiscal_year_in(h, context)) {
        info.fiscal_year = *year->fiscal_year;
        info.open_ended = year->open_ended;
      }
    }
    // A role word over a year keeps the year column and gives it its role.
    if (info.kind == column_kind::year &&
        (kind == column_kind::target || kind == column_kind::actual)) {
      role = kind;
      continue;
    }
    if (info.kind == column_kind::other || info.kind == column_kind::label) info.kind = kind;
    if (kind == column_kind::target || kind == column_kind::actual) role = kind;
  }
  if (info.kind == column_kind::year && role != column_kind::other) info.kind = role;
  return info;
}

std::size_t table_header::count(column_kind kind) const {
  return static_cast<std::size_t>(std::count_if(
      columns.begin(), columns.end(), [&](const column_info& c) { return c.kind == kind; }));
}

std::size_t table_header::first(column_kind kind) const {
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].kind == kind) return c;
  return cell_grid::npos;
}

std::optional<table_header> read_table_header(const cell_grid& grid, sv document,
                                              const fiscal_year_context& context) {
  // The header ends at the last of the top rows that names a column.
  std::size_t header_rows = 0;
  for (std::size_t r = 0; r < std::min<std::size_t>(3, grid.rows()); ++r) {
    std::size_t named = 0;
    std::size_t filled = 0;
    for (std::size_t c = 0; c < grid.columns(); ++c) {
      const grid_cell* cell = grid.at(r, c);
      if (cell == nullptr || cell->row + cell->row_span - 1 != r) {
        if (cell != nullptr) ++filled;
        continue;  // a cell spanning down is read with the row it ends in
      }
      const sv text = grid.text(document, r, c);
      if (text.empty()) continue;
      ++filled;
      const column_info one = classify_column({text}, context);
      if (one.kind != column_kind::other && one.kind != column_kind::label) ++named;
    }
    if (named >= 2 && named * 2 >= filled - std::min<std::size_t>(filled, 1))
      header_rows = r + 1;
    else if (header_rows > 0 && named >= 1 && !row_has_digits(grid, document, r))
      header_rows = r + 1;  // 区分 指標名 単位 (R4) under 目標値 実績値: the header goes on
    else if (header_rows > 0)
      break;
  }
  if (header_rows == 0) return std::nullopt;
  table_header header;
  header.rows = header_rows;
  for (std::size_t c = 0; c < grid.columns(); ++c) {
    std::vector<sv> texts;
    std::size_t last = cell_grid::npos;
    for (std::size_t r = 0; r < header_rows; ++r) {
      const std::size_t k = grid.index_at(r, c);
      if (k == cell_grid::npos || k == last) continue;
      last = k;
      texts.push_back(trimmed_cell_text(document, grid.cells()[k]));
    }
    header.columns.push_back(classify_column(texts, context));
  }
  // 達成度 over cells of percentages (96.7%) is a rate, not a grade.
  for (std::size_t c = 0; c < header.columns.size(); ++c)
    if (header.columns[c].kind == column_kind::grade &&
        percent_cells(grid, document, header_rows, c))
      header.columns[c].kind = column_kind::rate;
  // Columns before the first column that names something are row labels.
  for (column_info& col : header.columns) {
    if (col.kind != column_kind::other && col.kind != column_kind::label) break;
    col.kind = column_kind::label;
  }
  return header;
}

}  // namespace plan6
