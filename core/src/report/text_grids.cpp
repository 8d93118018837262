#include "plan6/report/text_grids.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/report/field_labels.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/row_labels.hpp"
#include "plan6/report/table_headers.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

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

struct token {
  std::size_t start = 0, end = 0;  // code points of the text
  std::size_t x0 = 0, x1 = 0;      // display columns on the line
  bool number = false;             // holds a quantity or bare number
  bool merged_letters = false;     // a letter-spaced run joined
};

// The tokens of a line split at white space, tokens joined where one number spans the gap.
std::vector<token> tokens_of(const report_lines& lines, std::size_t i,
                             const std::vector<number_mention>& mentions) {
  const sv s = lines.text();
  std::vector<token> out;
  std::size_t x = 0;
  for (std::size_t p = lines.start(i); p < lines.end(i);) {
    if (is_space(s[p])) {
      x += display_width(s.substr(p, 1));
      ++p;
      continue;
    }
    token t;
    t.start = p;
    t.x0 = x;
    while (p < lines.end(i) && !is_space(s[p]))
      x += display_width(s.substr(p, 1)), ++p;
    t.end = p;
    t.x1 = x;
    out.push_back(t);
  }
  // A letter-spaced run (施 策 計 画 名, 現　　状): single kana or kanji one or two spaces apart
  // are one word.
  auto letter = [&](const token& t) {
    const char32_t c = s[t.end - 1];
    return (t.end - t.start == 1 || t.merged_letters) &&
           (is_kanji(c) || is_hiragana(c) || is_katakana(c));
  };
  for (std::size_t k = 0; k + 1 < out.size();) {
    if (letter(out[k]) && out[k + 1].end - out[k + 1].start == 1 && letter(out[k + 1]) &&
        out[k + 1].start - out[k].end <= 2) {
      out[k].end = out[k + 1].end;
      out[k].x1 = out[k + 1].x1;
      out[k].merged_letters = true;
      out.erase(out.begin() + static_cast<long>(k) + 1);
      continue;
    }
    ++k;
  }
  // A qualifier written apart from its number (約 1.5万人, ▲ 20) is part of the number's cell.
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    const sv word = s.substr(out[k].start, out[k].end - out[k].start);
    if ((word == U"約" || word == U"およそ" || word == U"概ね" || word == U"▲" || word == U"△" ||
         word == U"計" || word == U"延べ") &&
        digit_value(s[out[k + 1].start]) >= 0) {
      out[k].end = out[k + 1].end;
      out[k].x1 = out[k + 1].x1;
      out.erase(out.begin() + static_cast<long>(k) + 1);
    }
  }
  auto first = std::lower_bound(mentions.begin(), mentions.end(), lines.start(i),
                                [](const number_mention& m, std::size_t v) { return m.start < v; });
  for (auto m = first; m != mentions.end() && m->start < lines.end(i); ++m) {
    bool value = m->kind == number_kind::quantity || m->kind == number_kind::bare;
    // （千円）, (万人): a unit in brackets, written with a place kanji alone, labels a row.
    if (value && m->number_end == m->number_start + 1 && m->start > 0 && m->end < s.size() &&
        (s[m->start - 1] == U'（' || s[m->start - 1] == U'(') &&
        (s[m->end] == U'）' || s[m->end] == U')') && digit_value(s[m->number_start]) < 0 &&
        kanji_digit_value(s[m->number_start]) < 0)
      value = false;
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (out[k].end <= m->start || out[k].start >= m->end) continue;
      out[k].number = out[k].number || value;
      // The mention runs on into the next tokens: one cell.
      while (k + 1 < out.size() && out[k + 1].start < m->end) {
        out[k].end = out[k + 1].end;
        out[k].x1 = out[k + 1].x1;
        out.erase(out.begin() + static_cast<long>(k) + 1);
      }
      break;
    }
  }
  return out;
}

bool laid_out(const std::vector<token>& tokens) {
  for (std::size_t k = 1; k < tokens.size(); ++k)
    if (tokens[k].x0 >= tokens[k - 1].x1 + 2) return true;
  return false;
}

struct spaced_header {
  std::vector<token> tokens;       // value columns' header tokens
  std::vector<column_info> kinds;  // of the value columns
  bool label_token = false;        // the first token heads the label column
  token label;
};

// A header row of a space-separated table, if line `i` is one.
bool read_spaced_header(const report_lines& lines, std::size_t i,
                        const std::vector<number_mention>& mentions,
                        const fiscal_year_context& context, spaced_header& header) {
  const sv s = lines.text();
  std::vector<token> tokens = tokens_of(lines, i, mentions);
  if (tokens.size() < 2 || tokens.size() > 16) return false;
  std::size_t years = 0, named = 0, strong = 0;
  std::vector<column_info> kinds;
  for (const token& t : tokens) {
    kinds.push_back(classify_column({s.substr(t.start, t.end - t.start)}, context));
    const column_kind k = kinds.back().kind;
    if (k == column_kind::year || (kinds.back().fiscal_year != 0 && k != column_kind::other))
      ++years;
    if (k != column_kind::other && k != column_kind::label) ++named;
    if (k == column_kind::name || k == column_kind::target || k == column_kind::actual ||
        k == column_kind::rate)
      ++strong;
  }
  const bool year_header = years >= 2 && named * 2 >= tokens.size();
  const bool indicator_header = named >= 3 && strong >= 2 && named * 3 >= tokens.size() * 2;
  if (!year_header && !indicator_header) return false;
  header = {};
  std::size_t first = 0;
  if (kinds[0].kind == column_kind::label || kinds[0].kind == column_kind::other ||
      (kinds[0].kind == column_kind::name && year_header)) {
    header.label_token = true;
    header.label = tokens[0];
    first = 1;
  }
  header.tokens.assign(tokens.begin() + static_cast<long>(first), tokens.end());
  header.kinds.assign(kinds.begin() + static_cast<long>(first), kinds.end());
  return !header.tokens.empty();
}

// Whether a line can be a row of a table under a header: not a sentence, not a new header.
bool row_like(const report_lines& lines, std::size_t i) {
  const sv k = lines.key(i);
  if (k.empty()) return false;
  if (k.back() == U'。' && k.size() > 30) return false;
  return k.size() <= 200;
}

// Whether a line starts with a sheet's field label (達成度, 所管課) rather than a row label.
bool starts_with_field(const report_lines& lines, std::size_t i) {
  const sv t = lines.trimmed(i);
  std::size_t end = 0;
  while (end < t.size() && !is_space(t[end]) && t[end] != U'：' && t[end] != U':')
    ++end;
  const std::u32string key = normal_key(t.substr(0, end));
  const field_kind kind = field_label_kind(key);
  return (kind == field_kind::grade || kind == field_kind::item_name || kind == field_kind::year) &&
         !read_row_label(key).has_role;
}

struct spaced_row {
  std::size_t label_start = npos, label_end = npos;
  std::vector<std::pair<std::size_t, token>> values;  // value column, token
};

// Places a row's tokens under the header's columns.
spaced_row place_row(const spaced_header& h, const std::vector<token>& tokens, bool aligned) {
  spaced_row row;
  const std::size_t columns = h.tokens.size();
  std::size_t k = 0;
  auto take_label = [&](const token& t) {
    if (row.label_start == npos) row.label_start = t.start;
    row.label_end = t.end;
  };
  if (aligned) {
    // Each token under the header column its centre falls in (columns end halfway between).
    const std::size_t label_limit = h.tokens.front().x0;
    for (; k < tokens.size(); ++k) {
      const token& t = tokens[k];
      const std::size_t centre = (t.x0 + t.x1) / 2;
      if (centre < label_limit && !(t.number && !row.values.empty())) {
        if (row.values.empty()) take_label(t);
        continue;
      }
      std::size_t column = columns - 1;
      for (std::size_t c = 0; c + 1 < columns; ++c) {
        const std::size_t boundary = (h.tokens[c].x1 + h.tokens[c + 1].x0) / 2;
        if (centre < boundary) {
          column = c;
          break;
        }
      }
      if (!row.values.empty() && row.values.back().first == column) {
        row.values.back().second.end = t.end;  // two tokens under one header: one cell
        row.values.back().second.number = row.values.back().second.number || t.number;
      } else {
        row.values.emplace_back(column, t);
      }
    }
    return row;
  }
  // In order: leading text is the label, as long as more tokens are left than columns.
  while (k < tokens.size() && !tokens[k].number &&
         (row.label_start == npos || tokens.size() - k > columns))
    take_label(tokens[k++]);
  std::size_t column = 0;
  if (tokens.size() - k < columns && h.kinds.front().kind == column_kind::baseline) column = 1;
  for (; k < tokens.size() && column < columns; ++k, ++column)
    row.values.emplace_back(column, tokens[k]);
  for (; k < tokens.size(); ++k)  // more values than columns: the last cell takes the rest
    row.values.back().second.end = tokens[k].end;
  return row;
}

// Values without a label on the line after a row: the row's next cells (a PDF that writes one
// cell a line), placed after its last, or by position where the text is laid out. False when
// they do not fit.
bool continue_row(spaced_row& previous, const spaced_row& row, std::size_t columns, bool aligned) {
  std::size_t next = previous.values.empty() ? 0 : previous.values.back().first + 1;
  std::vector<std::pair<std::size_t, token>> placed;
  for (const auto& [column, t] : row.values) {
    const std::size_t at = aligned ? column : next;
    if (at >= columns || at < next) return false;
    placed.emplace_back(at, t);
    next = at + 1;
  }
  previous.values.insert(previous.values.end(), placed.begin(), placed.end());
  return true;
}

// A table of space-separated rows under the header on line `first`; returns the line after it.
std::size_t spaced_grid(const report_lines& lines, std::size_t first, const spaced_header& h,
                        const std::vector<number_mention>& mentions,
                        const fiscal_year_context& context, std::vector<cell_grid>& grids) {
  const sv s = lines.text();
  std::vector<grid_cell> cells;
  if (h.label_token) cells.push_back({0, 0, 1, 1, h.label.start, h.label.end});
  for (std::size_t c = 0; c < h.tokens.size(); ++c)
    cells.push_back({0, c + 1, 1, 1, h.tokens[c].start, h.tokens[c].end});
  const std::vector<token> header_tokens = tokens_of(lines, first, mentions);
  const bool header_laid_out = laid_out(header_tokens);
  std::vector<spaced_row> rows;
  std::size_t pending_label_start = npos, pending_label_end = npos;  // a label-only line
  std::size_t i = first + 1;
  std::size_t last_row_line = first;
  for (; i < lines.size(); ++i) {
    if (lines.key(i).empty()) {
      const std::size_t next = lines.next_nonblank(i);
      if (next >= lines.size() || next > i + 1) break;  // two blank lines end the table
      const auto probe = tokens_of(lines, next, mentions);
      if (probe.empty()) break;
      const row_label label =
          read_row_label(s.substr(probe[0].start, probe[0].end - probe[0].start));
      if (!label.has_role) break;
      continue;
    }
    if (!row_like(lines, i)) break;
    if (starts_with_field(lines, i)) break;  // 評価 A, 所管課 …: the sheet goes on below the table
    spaced_header again;
    if (read_spaced_header(lines, i, mentions, context, again)) break;
    const std::vector<token> tokens = tokens_of(lines, i, mentions);
    spaced_row row = place_row(h, tokens, header_laid_out && laid_out(tokens));
    // Words on the line after a row label that already says its role (事業目標 ⏎ 美化啓発) are
    // the row's first cell, not more of its label.
    if (row.values.empty() && pending_label_start != npos &&
        read_row_label(s.substr(pending_label_start, pending_label_end - pending_label_start))
            .has_role &&
        !read_row_label(s.substr(row.label_start, row.label_end - row.label_start)).has_role) {
      token words;
      words.start = row.label_start;
      words.end = row.label_end;
      row.values.emplace_back(0, words);
      row.label_start = row.label_end = npos;
    }
    if (row.values.empty()) {
      // A label without values: the first part of the next row's label, or the rest of the
      // label before it.
      if (pending_label_start != npos) {
        pending_label_end = row.label_end;
      } else {
        pending_label_start = row.label_start;
        pending_label_end = row.label_end;
      }
      continue;
    }
    if (row.label_start == npos && pending_label_start == npos && !rows.empty() &&
        continue_row(rows.back(), row, h.tokens.size(), header_laid_out && laid_out(tokens))) {
      last_row_line = i;  // values on the next line, one cell a line: the row goes on
      continue;
    }
    if (pending_label_start != npos) {
      if (row.label_start == npos) row.label_end = pending_label_end;
      row.label_start = pending_label_start;
      if (row.label_end == npos) row.label_end = pending_label_end;
      pending_label_start = pending_label_end = npos;
    }
    rows.push_back(row);
    last_row_line = i;
  }
  if (pending_label_start != npos && !rows.empty() && rows.back().label_start != npos)
    rows.back().label_end = pending_label_end;  // the label's second line after its values
  if (rows.empty()) return first + 1;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].label_start != npos)
      cells.push_back({r + 1, 0, 1, 1, rows[r].label_start, rows[r].label_end});
    for (const auto& [column, t] : rows[r].values)
      cells.push_back({r + 1, column + 1, 1, 1, t.start, t.end});
  }
  grids.emplace_back(rows.size() + 1, h.tokens.size() + 1, std::move(cells), "spaces");
  return std::max(last_row_line + 1, first + 1);
}

}  // namespace

std::size_t display_width(sv text) noexcept {
  std::size_t w = 0;
  for (const char32_t c : text)
    w += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD)))
             ? 2
             : 1;
  return w;
}

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
      i = spaced_grid(lines, i, header, mentions, context, grids);
      continue;
    }
    ++i;
  }
  return grids;
}

}  // namespace plan6
