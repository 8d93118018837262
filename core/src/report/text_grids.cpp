#include "plan6/report/text_grids.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/report/field_labels.hpp"
#include "plan6/report/line_tokens.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/row_labels.hpp"
#include "plan6/report/spaced_grids.hpp"
#include "plan6/report/table_headers.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

bool is_bar(char32_t c) {
  return c == U'|' || c == U'｜';
}

bool is_pipe_row(sv t) {
  return !t.empty() && is_bar(t.front()) && std::count_if(t.begin(), t.end(), is_bar) >= 2;
}

bool is_separator_row(sv t) {
  return std::all_of(t.begin(), t.end(), [](char32_t c) {
    return is_bar(c) || c == U'-' || c == U':' || c == U'：' || c == U'ー' || c == U'－' ||
           c == U'—' || c == U'=' || is_space(c);
  });
}

// A cell from text[a, b), trimmed; no cell when empty.
void add_cell(std::vector<grid_cell>& cells, sv text, std::size_t row, std::size_t column,
              std::size_t a, std::size_t b) {
  while (a < b && is_space(text[a]))
    ++a;
  while (b > a && is_space(text[b - 1]))
    --b;
  if (a < b) cells.push_back({row, column, 1, 1, a, b});
}

}  // namespace

std::vector<cell_grid> find_text_grids(const report_lines& lines,
                                       const std::vector<number_mention>& mentions,
                                       const fiscal_year_context& context) {
  const sv s = lines.text();
  std::vector<cell_grid> grids;
  std::size_t i = 0;
  while (i < lines.size()) {
    const sv t = lines.trimmed(i);
    if (is_pipe_row(t)) {
      std::vector<grid_cell> cells;
      std::size_t row = 0, columns = 0;
      for (; i < lines.size() && is_pipe_row(lines.trimmed(i)); ++i) {
        const sv r = lines.trimmed(i);
        if (is_separator_row(r)) continue;
        const std::size_t base = static_cast<std::size_t>(r.data() - s.data());
        std::size_t column = 0, from = 1;
        for (std::size_t p = 1; p < r.size(); ++p)
          if (is_bar(r[p])) {
            add_cell(cells, s, row, column++, base + from, base + p);
            from = p + 1;
          }
        if (from < r.size()) add_cell(cells, s, row, column++, base + from, base + r.size());
        columns = std::max(columns, column);
        ++row;
      }
      if (row >= 2 && columns >= 2) grids.emplace_back(row, columns, std::move(cells), "pipe");
      continue;
    }
    if (lines.line(i).find(U'\t') != sv::npos && i + 1 < lines.size() &&
        lines.line(i + 1).find(U'\t') != sv::npos) {
      std::vector<grid_cell> cells;
      std::size_t row = 0, columns = 0;
      for (; i < lines.size() && lines.line(i).find(U'\t') != sv::npos; ++i, ++row) {
        std::size_t column = 0, from = lines.start(i);
        for (std::size_t p = lines.start(i); p < lines.end(i); ++p)
          if (s[p] == U'\t') {
            add_cell(cells, s, row, column++, from, p);
            from = p + 1;
          }
        add_cell(cells, s, row, column++, from, lines.end(i));
        columns = std::max(columns, column);
      }
      grids.emplace_back(row, columns, std::move(cells), "tab");
      continue;
    }
    spaced_header header;
    if (!t.empty() && read_spaced_header(lines, i, mentions, context, header)) {
      i = read_spaced_rows(lines, header, mentions, context, grids);
      continue;
    }
    ++i;
  }
  return grids;
}

}  // namespace plan6
