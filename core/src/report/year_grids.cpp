#include "plan6/report/year_grids.hpp"

#include <algorithm>
#include <cmath>

#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/row_labels.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

bool is_value_column(const column_info& c) {
  return c.kind == column_kind::baseline ||
         ((c.kind == column_kind::year || c.kind == column_kind::target ||
           c.kind == column_kind::actual) &&
          c.fiscal_year != 0);
}

// A cell that says there is nothing: －, ―, ‐, …, 空欄.
bool empty_mark(sv key) {
  return key.empty() || key == U"ー" || key == U"..." || key == U"…" || key == U"・" ||
         key == U"/" || key == U"*" || key == U"空欄" || key == U"なし" || key == U"無し";
}

// The label of row `r`: the texts of its label columns (a group label spanning several rows
// first), and the group label alone when there are several label columns.
struct row_labels_of {
  std::u32string label;
  std::u32string group;
};

row_labels_of labels_of_row(const grid_view& v, std::size_t r,
                            const std::vector<std::size_t>& label_columns) {
  row_labels_of out;
  std::size_t last = cell_grid::npos;
  for (std::size_t i = 0; i < label_columns.size(); ++i) {
    const std::size_t k = v.grid.index_at(r, label_columns[i]);
    if (k == cell_grid::npos || k == last) continue;
    last = k;
    const sv text = trimmed_cell_text(v.document, v.grid.cells()[k]);
    if (text.empty()) continue;
    if (!out.label.empty()) out.label += U' ';
    out.label += text;
    if (label_columns.size() > 1 && i + 1 < label_columns.size() && out.group.empty())
      out.group = normal_key(text);
  }
  return out;
}

// Whether a label stops where a phrase cannot end: on a particle or a joining mark (の, と,
// を, 、, ・), so that the next row's label goes on from it.
bool ends_mid_phrase(sv label) {
  if (label.empty()) return false;
  switch (label.back()) {
    case U'の':
    case U'と':
    case U'を':
    case U'に':
    case U'が':
    case U'へ':
    case U'、':
    case U'・':
    case U'（':
    case U'(':
      return true;
    default:
      return false;
  }
}

}  // namespace

bool rows_say_roles(const grid_view& v) {
  for (std::size_t r = v.header.rows; r < v.grid.rows(); ++r)
    for (std::size_t c = 0; c < v.header.columns.size(); ++c) {
      if (is_value_column(v.header.columns[c])) break;
      if (v.header.columns[c].kind == column_kind::label &&
          read_row_label(v.grid.text(v.document, r, c)).has_role)
        return true;
    }
  return false;
}

bool is_year_grid(const table_header& header) {
  std::size_t years = 0;
  for (const column_info& c : header.columns)
    if (c.fiscal_year != 0 && (c.kind == column_kind::year || c.kind == column_kind::target ||
                               c.kind == column_kind::actual || c.kind == column_kind::baseline))
      ++years;
  return years >= 2;
}

std::vector<cell_number> cell_numbers(sv document, const std::vector<number_mention>& mentions,
                                      const grid_cell& cell) {
  std::vector<cell_number> out;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), cell.start,
                             [](const number_mention& m, std::size_t v) { return m.start < v; });
  bool runs_past = false;
  const auto first = it;
  for (; it != mentions.end() && it->start < cell.end; ++it) {
    if (it->end > cell.end) {
      runs_past = true;
      continue;
    }
    if (it->kind == number_kind::quantity || it->kind == number_kind::bare)
      out.push_back({static_cast<std::size_t>(it - mentions.begin()), *it});
  }
  if (!runs_past) return out;
  // Read the cell alone, each number it finds being the document's mention it overlaps.
  out.clear();
  const std::size_t length = std::min(cell.end, document.size()) - cell.start;
  for (number_mention m : scan_numbers(document.substr(cell.start, length))) {
    if (m.kind != number_kind::quantity && m.kind != number_kind::bare) continue;
    for (std::size_t* p :
         {&m.start, &m.end, &m.number_start, &m.number_end, &m.unit_start, &m.unit_end})
      *p += cell.start;
    for (auto g = first; g != mentions.end() && g->start < cell.end; ++g)
      if (g->start < m.end && m.start < g->end) {
        out.push_back({static_cast<std::size_t>(g - mentions.begin()), m});
        break;
      }
  }
  return out;
}

std::vector<table_fact> read_year_grid(const grid_view& v) {
  std::vector<table_fact> facts;
  const table_header& h = v.header;
  // The row labels: the columns before the first value column that label rows or name what
  // they measure (事業名 | 区分 | H29年度…: the name groups the rows of its measure).
  std::vector<std::size_t> label_columns;
  for (std::size_t c = 0; c < h.columns.size() && !is_value_column(h.columns[c]); ++c)
    if (h.columns[c].kind == column_kind::label || h.columns[c].kind == column_kind::name)
      label_columns.push_back(c);
  if (label_columns.empty() && !h.columns.empty() && !is_value_column(h.columns[0]))
    label_columns.push_back(0);
  std::u32string carried_group;  // a name given once for the rows below it (a merged cell)
  column_info title_unit;
  unit_of_header(v.title, title_unit);
  std::u32string group;   // a label row without values names the rows below it
  std::u32string broken;  // ... unless its label breaks off mid-phrase (…差異の ⏎ ある事業目標)
  for (std::size_t r = h.rows; r < v.grid.rows(); ++r) {
    row_labels_of labels = labels_of_row(v, r, label_columns);
    if (!broken.empty() && !labels.label.empty()) labels.label = broken + labels.label;
    broken.clear();
    if (label_columns.size() > 1) {
      if (!labels.group.empty())
        carried_group = labels.group;
      else if (v.grid.text(v.document, r, label_columns.front()).empty())
        labels.group = carried_group;
    }
    const row_label label = read_row_label(labels.label);
    bool any_value = false;
    for (std::size_t c = 0; c < h.columns.size(); ++c)
      if (is_value_column(h.columns[c]) && !empty_mark(normal_key(v.grid.text(v.document, r, c))))
        any_value = true;
    if (!any_value) {
      if (ends_mid_phrase(labels.label))
        broken = labels.label;
      else if (!labels.label.empty() && !label.has_role)
        group = label.rest;
      continue;
    }
    // A row says what its values are (目標, 実績…), or its column or group does.
    value_role group_role = value_role::value;
    if (!label.has_role && !labels.group.empty()) {
      const row_label g = read_row_label(labels.group);
      if (g.has_role) group_role = g.role;
    }
    // A row that says neither (事業費（千円）) still gives its numbers, of no stated role; its
    // words are descriptions, not targets or results.
    bool role_known = label.has_role || group_role != value_role::value;
    for (std::size_t c = 0; c < h.columns.size() && !role_known; ++c)
      if (h.columns[c].kind == column_kind::target || h.columns[c].kind == column_kind::actual)
        role_known = true;
    if (!role_known && label.rest.empty()) continue;
    std::u32string metric = label.rest;
    if (!labels.group.empty() && label.has_role) {
      const row_label g = read_row_label(labels.group);
      metric = g.rest;
    }
    if (metric.empty()) metric = group;
    if (metric.empty()) metric = v.title;
    column_info row_unit;
    if (unit_of_header(labels.label, row_unit) ||
        (!labels.group.empty() && unit_of_header(labels.group, row_unit))) {
      // 事業費（千円）: the unit is said by the label (or the group label carried down to the
      // rows under it), not part of what is measured.
      for (const std::u32string& bracketed :
           {U"(" + row_unit.unit_written + U")", U"(" + row_unit.unit_written,
            U"単位:" + row_unit.unit_written, U"単位" + row_unit.unit_written})
        if (const std::size_t at = metric.find(bracketed); at != std::u32string::npos) {
          metric.erase(at, bracketed.size());
          break;
        }
    }
    for (std::size_t c = 0; c < h.columns.size(); ++c) {
      const column_info& col = h.columns[c];
      if (!is_value_column(col)) continue;
      const std::size_t k = v.grid.index_at(r, c);
      if (k == cell_grid::npos) continue;
      const grid_cell& cell = v.grid.cells()[k];
      // A merged cell is read once, in its first row and column.
      if (cell.row != r || cell.column != c) continue;
      value_role role = label.has_role ? label.role : group_role;
      if (col.kind == column_kind::baseline)
        role = value_role::baseline;
      else if (!label.has_role && col.kind == column_kind::target)
        role = value_role::target;
      else if (!label.has_role && col.kind == column_kind::actual)
        role = value_role::actual;
      table_fact base;
      base.grid = v.index;
      base.row = r;
      base.column = c;
      base.role = role;
      base.fiscal_year = col.fiscal_year;
      base.open_ended = col.open_ended;
      base.metric = metric;
      base.label = normal_key(labels.label);
      base.layout = "year_grid";
      const std::vector<cell_number> numbers = cell_numbers(v.document, v.mentions, cell);
      if (numbers.empty() && !role_known) continue;
      if (numbers.empty()) {
        const sv text = trimmed_cell_text(v.document, cell);
        if (empty_mark(normal_key(text))) continue;
        // A text cell spanning several years is the same words for each of them.
        for (std::size_t cc = c; cc < c + cell.column_span && cc < h.columns.size(); ++cc) {
          if (!is_value_column(h.columns[cc])) continue;
          table_fact f = base;
          f.column = cc;
          f.fiscal_year = h.columns[cc].fiscal_year;
          f.open_ended = h.columns[cc].open_ended;
          f.start = static_cast<std::size_t>(text.data() - v.document.data());
          f.end = f.start + text.size();
          f.qualitative = true;
          facts.push_back(std::move(f));
        }
        continue;
      }
      for (const cell_number& number : numbers) {
        const number_mention& n = number.mention;
        table_fact f = base;
        f.mention = number.index;
        f.start = n.start;
        f.end = n.end;
        f.value = n.has(mention_flag::negative) ? n.value : std::fabs(n.value);
        f.approximate = n.has(mention_flag::approximate);
        if (!n.unit.empty()) {
          f.unit = n.unit;
          f.unit_written = written_unit(v.document, n);
        } else {
          for (const column_info* u : {&col, static_cast<const column_info*>(&row_unit),
                                       static_cast<const column_info*>(&title_unit)})
            if (!u->unit.empty()) {
              f.unit = u->unit;
              f.unit_written = u->unit_written;
              f.value *= u->unit_scale;
              break;
            }
        }
        if (role == value_role::value && f.unit == "percent" && contains(base.label, U"率"))
          f.role = value_role::rate;
        facts.push_back(std::move(f));
      }
    }
  }
  return facts;
}

}  // namespace plan6
