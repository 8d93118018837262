#include "plan6/report/token_rows.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

bool is_colon(char32_t c) {
  return c == U'：' || c == U':';
}

// Splits text[a, b) into tokens at colons (and at white space when `at_spaces`).
void split(sv text, std::size_t a, std::size_t b, bool at_spaces, std::size_t column,
           std::vector<row_token>& out) {
  std::size_t p = a;
  while (p < b) {
    while (p < b && (is_colon(text[p]) || (at_spaces && is_space(text[p]))))
      ++p;
    std::size_t q = p;
    while (q < b && !is_colon(text[q]) && !(at_spaces && is_space(text[q])))
      ++q;
    std::size_t e = q;
    while (e > p && is_space(text[e - 1]))
      --e;
    std::size_t s = p;
    while (s < e && is_space(text[s]))
      ++s;
    // 【総合評価】Ａ before a colon: the heading in brackets and the code are two tokens.
    if (q < b && e - s >= 3 && (text[e - 2] == U'】' || text[e - 2] == U'〕') &&
        !is_space(text[e - 1])) {
      out.push_back({s, e - 1, normal_key(text.substr(s, e - 1 - s)), column});
      s = e - 1;
    }
    if (s < e) out.push_back({s, e, normal_key(text.substr(s, e - s)), column});
    p = q;
  }
}

// A cell that starts with a one-character code and a space (Ａ　100％以上): the code is a
// token of its own, as the words after it are.
void split_leading_code(sv text, std::vector<row_token>& tokens, std::size_t from) {
  if (from >= tokens.size()) return;
  row_token& t = tokens[from];
  if (t.end - t.start < 3 || !is_space(text[t.start + 1]) || is_space(text[t.start])) return;
  std::size_t rest = t.start + 1;
  while (rest < t.end && is_space(text[rest]))
    ++rest;
  row_token code{t.start, t.start + 1, normal_key(text.substr(t.start, 1)), t.column};
  t.start = rest;
  t.key = normal_key(text.substr(rest, t.end - rest));
  tokens.insert(tokens.begin() + static_cast<long>(from), code);
}

// A letter-spaced label (事 業 名, 妥 当 性): single characters one space apart are one word.
void join_letter_spacing(sv text, std::vector<row_token>& tokens) {
  for (std::size_t k = 0; k + 1 < tokens.size();) {
    row_token& a = tokens[k];
    const row_token& b = tokens[k + 1];
    const bool single = b.end - b.start == 1 && (a.end - a.start == 1 || a.key.size() > 1);
    const bool spaced =
        a.end - a.start >= 1 && b.start == a.end + 1 &&
        std::all_of(a.key.begin(), a.key.end(), [](char32_t c) { return is_kanji(c); }) &&
        is_kanji(text[b.start]);
    if (single && spaced && (a.end - a.start == 1 || a.letters)) {
      a.end = b.end;
      a.key += b.key;
      a.letters = true;
      tokens.erase(tokens.begin() + static_cast<long>(k) + 1);
      continue;
    }
    ++k;
  }
}

}  // namespace

std::vector<token_row> token_rows(const report_lines& lines, const std::vector<cell_grid>& grids,
                                  const std::vector<bool>& skip_grids) {
  const sv text = lines.text();
  std::vector<token_row> rows;
  // The rows of each grid, keyed by the line of their first cell.
  struct grid_row_at {
    std::size_t line, grid, row;
  };
  std::vector<grid_row_at> grid_rows;
  std::vector<bool> in_grid(lines.size(), false);
  for (std::size_t g = 0; g < grids.size(); ++g) {
    const cell_grid& grid = grids[g];
    // Every line the grid stands on is its own (a separator row |---| too).
    if (!grid.cells().empty())
      for (std::size_t l = lines.line_of(grid.start()); l <= lines.line_of(grid.end()); ++l)
        in_grid[l] = true;
    std::vector<std::size_t> row_first(grid.rows(), static_cast<std::size_t>(-1));
    for (const grid_cell& c : grid.cells()) {
      row_first[c.row] = std::min(row_first[c.row], c.start);
      for (std::size_t l = lines.line_of(c.start); l <= lines.line_of(c.end); ++l)
        in_grid[l] = true;
    }
    for (std::size_t r = 0; r < grid.rows(); ++r) {
      const std::size_t first = row_first[r];
      const bool skipped = g < skip_grids.size() && skip_grids[g];
      if (first != static_cast<std::size_t>(-1) && !skipped)
        grid_rows.push_back({lines.line_of(first), g, r});
    }
  }
  std::sort(grid_rows.begin(), grid_rows.end(),
            [](const grid_row_at& a, const grid_row_at& b) { return a.line < b.line; });
  std::size_t next_grid_row = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (; next_grid_row < grid_rows.size() && grid_rows[next_grid_row].line == i;
         ++next_grid_row) {
      const grid_row_at& at = grid_rows[next_grid_row];
      token_row row;
      row.line = i;
      row.grid = at.grid;
      row.grid_row = at.row;
      const cell_grid& grid = grids[at.grid];
      // A row of one cell (a note under a sheet's table: 判定 A:順調 B:概ね順調…) is a line
      // of words, split at its spaces as a line of text is.
      std::size_t filled = 0;
      for (std::size_t c = 0; c < grid.columns(); ++c) {
        const grid_cell* cell = grid.at(at.row, c);
        if (cell != nullptr && cell->column == c && cell->row == at.row && cell->end > cell->start)
          ++filled;
      }
      for (std::size_t c = 0; c < grid.columns(); ++c) {
        const grid_cell* cell = grid.at(at.row, c);
        if (cell == nullptr || cell->column != c || cell->row != at.row) continue;
        const std::size_t before = row.tokens.size();
        split(text, cell->start, cell->end, filled == 1, c, row.tokens);
        if (filled == 1) join_letter_spacing(text, row.tokens);
        split_leading_code(text, row.tokens, before);
      }
      if (!row.tokens.empty()) rows.push_back(std::move(row));
    }
    if (in_grid[i] || lines.key(i).empty()) continue;
    token_row row;
    row.line = i;
    split(text, lines.start(i), lines.end(i), true, static_cast<std::size_t>(-1), row.tokens);
    join_letter_spacing(text, row.tokens);
    if (!row.tokens.empty()) rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace plan6
