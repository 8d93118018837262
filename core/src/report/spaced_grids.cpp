#include "plan6/report/spaced_grids.hpp"

#include <algorithm>
#include <string>

#include "plan6/common/characters.hpp"
#include "plan6/report/field_labels.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/row_labels.hpp"
#include "plan6/report/table_headers.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

sv text_of(sv s, const line_token& t) {
  return s.substr(t.start, t.end - t.start);
}

// A cell that says there is nothing: ―, －, -, …, 空欄.
bool empty_mark(sv key) {
  return key == U"ー" || key == U"ーー" || key == U"..." || key == U"…" || key == U"・" ||
         key == U"/" || key == U"*" || key == U"空欄" || key == U"なし" || key == U"無し";
}

bool value_token(sv s, const line_token& t) {
  return t.number || empty_mark(normal_key(text_of(s, t)));
}

// Words that can be a cell of a year grid (継続実施, 検討, 策定) rather than the label of the
// next row (事業費（千円）, 参加者数): no bracket, no unit, no measure word at the end.
bool cell_words(sv text) {
  const std::u32string key = normal_key(text);
  if (key.empty() || key.size() > 12 || contains(key, U"(") || contains(key, U"（")) return false;
  column_info unit;
  if (unit_of_header(key, unit)) return false;
  static constexpr sv measures[] = {U"数", U"費", U"額", U"率", U"量", U"人", U"件", U"値"};
  for (const sv m : measures)
    if (key.size() >= m.size() && sv(key).substr(key.size() - m.size()) == m) return false;
  return !read_row_label(key).has_role;
}

// Whether a line can be a row of a table under a header: not a sentence.
bool row_like(const report_lines& lines, std::size_t i) {
  const sv k = lines.key(i);
  if (k.empty()) return false;
  if (k.back() == U'。' && k.size() > 30) return false;
  return k.size() <= 200;
}

// A page number (－ 12 －, - 7 -) or a note (※…): page furniture, never a row.
bool furniture_line(const report_lines& lines, std::size_t i) {
  const std::u32string& k = lines.key(i);
  if (k.empty()) return false;
  if (k.front() == U'※') return true;
  const bool dashed = k.size() >= 3 && k.front() == U'ー' && k.back() == U'ー';
  const sv inner = dashed ? sv(k).substr(1, k.size() - 2) : sv(k);
  return dashed &&
         std::all_of(inner.begin(), inner.end(), [](char32_t c) { return digit_value(c) >= 0; });
}

// Whether a line starts with a sheet's field label (達成度, 事務事業名) rather than a row label.
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

bool year_kind(const column_info& c) {
  return c.kind == column_kind::year ||
         (c.fiscal_year != 0 && (c.kind == column_kind::target || c.kind == column_kind::actual));
}

// Splits the header cells into the label column's head and the value columns.
bool finish_header(std::vector<line_token> cells, std::vector<column_info> kinds,
                   spaced_header& header) {
  std::size_t years = 0, named = 0, strong = 0;
  for (const column_info& c : kinds) {
    if (year_kind(c) || (c.fiscal_year != 0 && c.kind != column_kind::other)) ++years;
    if (c.kind != column_kind::other && c.kind != column_kind::label) ++named;
    if (c.kind == column_kind::name || c.kind == column_kind::target ||
        c.kind == column_kind::actual || c.kind == column_kind::rate)
      ++strong;
  }
  const bool year_header = years >= 2 && named * 2 >= cells.size();
  const bool indicator_header = named >= 3 && strong >= 2 && named * 3 >= cells.size() * 2;
  if (!year_header && !indicator_header) return false;
  std::size_t first = 0;
  if (kinds[0].kind == column_kind::label || kinds[0].kind == column_kind::other ||
      kinds[0].kind == column_kind::name) {
    header.label_token = true;
    header.label = cells[0];
    first = 1;
  }
  header.tokens.assign(cells.begin() + static_cast<long>(first), cells.end());
  header.kinds.assign(kinds.begin() + static_cast<long>(first), kinds.end());
  return !header.tokens.empty();
}

// A header line: its tokens name columns (not values), laid out to be merged by position.
bool header_words(const std::vector<line_token>& tokens) {
  return !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [&](const line_token& t) {
    return !t.number && t.end - t.start <= 20;
  });
}

bool one_line_header(const report_lines& lines, std::size_t i,
                     const std::vector<number_mention>& mentions,
                     const fiscal_year_context& context, spaced_header& header) {
  const sv s = lines.text();
  std::vector<std::vector<line_token>> rows = {line_tokens(lines, i, mentions)};
  // A header laid out over two or three lines (目標値 実績値 ⏎ 区分 指標名 単位 (R4) (R4)).
  std::size_t last = i;
  while (laid_out(rows.front()) && last + 1 < lines.size() && rows.size() < 3) {
    std::vector<line_token> next = line_tokens(lines, last + 1, mentions);
    if (!laid_out(next) && next.size() > 1) break;
    if (!header_words(next) || !header_words(rows.back())) break;
    rows.push_back(std::move(next));
    ++last;
  }
  std::size_t base = 0;
  for (std::size_t r = 1; r < rows.size(); ++r)
    if (rows[r].size() > rows[base].size()) base = r;
  const std::vector<line_token>& tokens = rows[base];
  if (tokens.size() < 2 || tokens.size() > 16) return false;
  // Each column's texts, top to bottom, the other lines' words under the base's columns.
  std::vector<std::vector<sv>> texts(tokens.size());
  std::vector<std::vector<std::pair<std::size_t, line_token>>> placed(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (const line_token& t : rows[r]) {
      std::size_t best = 0, overlap = 0;
      for (std::size_t c = 0; c < tokens.size(); ++c) {
        const std::size_t lo = std::max(t.x0, tokens[c].x0), hi = std::min(t.x1, tokens[c].x1);
        if (hi > lo && hi - lo > overlap) best = c, overlap = hi - lo;
      }
      if (overlap == 0 && r != base) {  // nearest by centre
        std::size_t distance = npos;
        for (std::size_t c = 0; c < tokens.size(); ++c) {
          const std::size_t a = t.x0 + t.x1, b = tokens[c].x0 + tokens[c].x1;
          const std::size_t d = a > b ? a - b : b - a;
          if (d < distance) best = c, distance = d;
        }
      }
      texts[best].push_back(text_of(s, t));
      placed[r].emplace_back(best, t);
    }
  std::vector<column_info> kinds;
  for (const std::vector<sv>& column : texts)
    kinds.push_back(classify_column(column, context));
  header = {};
  header.first_line = i;
  header.last_line = last;
  header.laid_out = laid_out(tokens);
  if (!finish_header(tokens, kinds, header)) return false;
  if (rows.size() > 1) {
    // The header's rows as the grid will hold them: the label column first.
    const std::size_t shift = header.label_token ? 0 : 1;
    for (auto& row : placed) {
      for (auto& cell : row)
        cell.first += shift;
      header.rows.push_back(std::move(row));
    }
  }
  return true;
}

// Whether the next non-blank line is a header cell on its own (a year, 達成率, 単位…).
bool next_is_header(const report_lines& lines, std::size_t j,
                    const std::vector<number_mention>& mentions,
                    const fiscal_year_context& context) {
  const std::size_t next = lines.next_nonblank(j + 1);
  if (next >= lines.size()) return false;
  const std::vector<line_token> tokens = line_tokens(lines, next, mentions);
  if (tokens.size() != 1) return false;
  const column_info info = classify_column({text_of(lines.text(), tokens[0])}, context);
  return year_kind(info) ||
         (!tokens[0].number && info.kind != column_kind::other && info.kind != column_kind::label);
}

// A header one cell a line: header words (区分, 指標名, 単位, 現状, 目標値…), a bracketed line
// or 以降 going with the cell before, and the years (平成22年度 ⏎ 23年度 ⏎ 25年度以降).
bool column_header(const report_lines& lines, std::size_t i,
                   const std::vector<number_mention>& mentions, const fiscal_year_context& context,
                   spaced_header& header) {
  const sv s = lines.text();
  std::vector<line_token> cells;
  std::vector<column_info> kinds;
  std::size_t years = 0, j = i;
  for (; j < lines.size() && cells.size() < 16 && !lines.key(j).empty(); ++j) {
    const std::vector<line_token> tokens = line_tokens(lines, j, mentions);
    if (tokens.size() != 1) break;
    const line_token& t = tokens[0];
    const std::u32string key = normal_key(text_of(s, t));
    // (計画策定時), 以降 go with the cell before; a role word too (H29 ⏎ 実績) when a year
    // follows it, else it is the first row's label.
    const bool role_word = key == U"実績" || key == U"目標" || key == U"見込";
    const bool continues =
        !cells.empty() &&
        (starts_with(key, U"(") || key == U"以降" || key == U"以後" || key == U"末" ||
         (role_word && year_kind(kinds.back()) && next_is_header(lines, j, mentions, context)));
    if (continues) {
      cells.back().end = t.end;
      const bool was_year = year_kind(kinds.back());
      kinds.back() =
          classify_column({s.substr(cells.back().start, t.end - cells.back().start)}, context);
      years += year_kind(kinds.back()) && !was_year;
      continue;
    }
    const column_info info = classify_column({text_of(s, t)}, context);
    if (year_kind(info)) {
      ++years;
    } else if (t.number) {
      break;  // a value: the header is over (or never began)
    } else if (info.kind == column_kind::other) {
      break;  // not a header word: the first row's label
    } else if (years > 0 && info.kind == column_kind::label) {
      break;
    } else if ((info.kind == column_kind::target || info.kind == column_kind::actual) &&
               !next_is_header(lines, j, mentions, context)) {
      break;  // 事業目標 ⏎ 2か所: the first row's label, not a column
    }
    if (info.kind == column_kind::name && cells.size() == 1 &&
        kinds.front().kind == column_kind::name) {
      cells.clear();  // 成果指標 ⏎ 指標名: the first was the table's title
      kinds.clear();
    }
    cells.push_back(t);
    kinds.push_back(info);
  }
  if (cells.size() < 2) return false;
  header = {};
  header.first_line = i;
  header.last_line = j - 1;
  return finish_header(cells, kinds, header);
}

// A row as it is read: by position, or in order and placed once it is whole.
struct row_build {
  std::size_t label_start = npos;
  std::size_t label_end = npos;
  bool aligned = false;
  std::vector<std::pair<std::size_t, line_token>> placed;  // by position: column, cell
  std::vector<line_token> cells;                           // in order
  bool first_words = false;  // its first cell is the words right after its label
  std::size_t last_line = 0;
  std::size_t count() const { return aligned ? placed.size() : cells.size(); }
};

// Cells by position: each under the header column its centre falls in.
void place_by_position(const spaced_header& h, const std::vector<line_token>& tokens,
                       row_build& row) {
  const std::size_t columns = h.tokens.size();
  const std::size_t label_limit = h.tokens.front().x0;
  for (const line_token& t : tokens) {
    const std::size_t centre = (t.x0 + t.x1) / 2;
    if (centre < label_limit && row.placed.empty()) {
      if (row.label_start == npos) row.label_start = t.start;
      row.label_end = t.end;
      continue;
    }
    std::size_t column = columns - 1;
    for (std::size_t c = 0; c + 1 < columns; ++c)
      if (centre < (h.tokens[c].x1 + h.tokens[c + 1].x0) / 2) {
        column = c;
        break;
      }
    if (!row.placed.empty() && row.placed.back().first == column)
      row.placed.back().second.end = t.end;  // two tokens under one header: one cell
    else
      row.placed.emplace_back(column, t);
  }
}

// A row read in order, placed: a full row fills every column; a shorter one the years from
// the first, past a baseline, unless its first cell is the words after its label.
std::vector<std::pair<std::size_t, line_token>> place_in_order(sv s, const spaced_header& h,
                                                               const row_build& row) {
  const std::size_t columns = h.tokens.size();
  std::size_t column = 0;
  // A dash for the first cell (― under 現状) stands in its column, as words after the label do.
  const bool first_marked =
      !row.cells.empty() && empty_mark(normal_key(text_of(s, row.cells.front())));
  // Results are not yet there for an open year (2008年度以降): a row of actuals as long as
  // the columns before it fills them from the first, the baseline included.
  std::size_t open = 0;
  for (std::size_t c = columns; c-- > 0 && h.kinds[c].open_ended;)
    ++open;
  const bool actuals =
      row.label_start != npos &&
      read_row_label(s.substr(row.label_start, row.label_end - row.label_start)).role ==
          value_role::actual;
  const bool full =
      row.cells.size() >= columns || (actuals && open > 0 && row.cells.size() == columns - open);
  if (!row.first_words && !first_marked && !full && h.kinds.front().kind == column_kind::baseline)
    column = 1;
  std::vector<std::pair<std::size_t, line_token>> out;
  for (const line_token& t : row.cells) {
    if (column < columns)
      out.emplace_back(column++, t);
    else
      out.back().second.end = t.end;  // more cells than columns: the last takes the rest
  }
  return out;
}

class row_reader {
 public:
  row_reader(const report_lines& lines, const spaced_header& h,
             const std::vector<number_mention>& mentions, const fiscal_year_context& context)
      : lines_(lines), s_(lines.text()), h_(h), mentions_(mentions), context_(context) {}

  std::size_t run(std::vector<cell_grid>& grids) {
    std::size_t i = h_.last_line + 1;
    bool ended_by_header = false;
    for (; i < lines_.size(); ++i) {
      if (lines_.key(i).empty()) {
        if (!labelled_row_follows(i)) break;
        continue;
      }
      if (!row_like(lines_, i) || starts_with_field(lines_, i) || furniture_line(lines_, i)) break;
      spaced_header next;
      if (read_spaced_header(lines_, i, mentions_, context_, next)) {
        ended_by_header = true;
        break;
      }
      read_line(i);
    }
    std::size_t resume = rows_.empty() ? h_.last_line + 1 : rows_.back().last_line + 1;
    if (pending_start_ != npos) {
      if (ended_by_header || pending_line_ != resume || rows_.empty())
        resume = std::max(resume, pending_line_);  // the next table's title: left to it
      else if (starts_with(normal_key(s_.substr(pending_start_, pending_end_ - pending_start_)),
                           U"("))
        rows_.back().label_end = pending_end_;  // （累計）: the rest of the last row's label
    }
    if (rows_.empty()) return std::max(resume, h_.last_line + 1);
    emit(grids);
    return std::max(resume, h_.last_line + 1);
  }

 private:
  const report_lines& lines_;
  sv s_;
  const spaced_header& h_;
  const std::vector<number_mention>& mentions_;
  const fiscal_year_context& context_;
  std::vector<row_build> rows_;
  bool open_ = false;  // the last row may take more cells
  std::size_t pending_start_ = npos, pending_end_ = npos, pending_line_ = npos;

  bool labelled_row_follows(std::size_t i) const {
    const std::size_t next = lines_.next_nonblank(i);
    if (next >= lines_.size() || next > i + 1) return false;  // two blank lines end the table
    const std::vector<line_token> probe = line_tokens(lines_, next, mentions_);
    return !probe.empty() && read_row_label(text_of(s_, probe[0])).has_role;
  }

  bool pending_has_role() const {
    return pending_start_ != npos &&
           read_row_label(s_.substr(pending_start_, pending_end_ - pending_start_)).has_role;
  }

  void take_pending(row_build& row) {
    if (pending_start_ == npos) return;
    if (row.label_start == npos) row.label_end = pending_end_;
    row.label_start = pending_start_;
    pending_start_ = pending_end_ = pending_line_ = npos;
  }

  void add_pending(std::size_t start, std::size_t end, std::size_t line) {
    if (pending_start_ == npos) pending_start_ = start, pending_line_ = line;
    pending_end_ = end;
    open_ = false;
  }

  void start_row(row_build row, std::size_t line) {
    take_pending(row);
    row.last_line = line;
    rows_.push_back(std::move(row));
    open_ = true;
  }

  bool row_open() const {
    return open_ && !rows_.empty() && rows_.back().label_start != npos &&
           rows_.back().count() < h_.tokens.size();
  }

  void read_line(std::size_t i) {
    const std::vector<line_token> tokens = line_tokens(lines_, i, mentions_);
    if (tokens.empty()) return;
    if (h_.laid_out && laid_out(tokens)) {
      row_build row;
      row.aligned = true;
      place_by_position(h_, tokens, row);
      read_placed(std::move(row), i);
      return;
    }
    if (tokens.size() == 1 && !value_token(s_, tokens[0])) {
      read_words(tokens[0], i);
      return;
    }
    // Leading words are the label, as long as more tokens are left than columns.
    row_build row;
    std::size_t k = 0;
    while (k < tokens.size() && !value_token(s_, tokens[k]) &&
           (row.label_start == npos || tokens.size() - k > h_.tokens.size())) {
      if (row.label_start == npos) row.label_start = tokens[k].start;
      row.label_end = tokens[k].end;
      ++k;
    }
    row.cells.assign(tokens.begin() + static_cast<long>(k), tokens.end());
    if (row.label_start == npos && pending_start_ == npos && row_open() && !rows_.back().aligned &&
        rows_.back().cells.size() + row.cells.size() <= h_.tokens.size()) {
      // Values on the next line, one cell a line: the row goes on.
      rows_.back().cells.insert(rows_.back().cells.end(), row.cells.begin(), row.cells.end());
      rows_.back().last_line = i;
      return;
    }
    if (row.cells.empty()) {
      add_pending(row.label_start, row.label_end, i);
      return;
    }
    start_row(std::move(row), i);
  }

  // A line of one word: a row label, a cell of the open row, the first cell after a label,
  // or a label without values (the start of the next row's label).
  void read_words(const line_token& t, std::size_t i) {
    const sv words = text_of(s_, t);
    if (read_row_label(words).has_role ||
        (pending_start_ != npos &&
         starts_with(normal_key(words), U"("))) {  // 事業目標 ⏎ （拠点数）
      add_pending(t.start, t.end, i);
      return;
    }
    if (pending_start_ == npos && row_open() && !rows_.back().aligned && cell_words(words)) {
      rows_.back().cells.push_back(t);
      rows_.back().last_line = i;
      return;
    }
    column_info unit;
    const bool unit_cell = h_.kinds.front().kind == column_kind::unit &&
                           (unit_of_text(words, unit) || normal_key(words).size() <= 2);
    if (pending_has_role() || (pending_start_ != npos && unit_cell)) {
      // 事業目標 ⏎ 美化啓発, 特定健診の受診率 ⏎ ％: the row's first cell
      row_build row;
      row.cells.push_back(t);
      row.first_words = true;
      start_row(std::move(row), i);
      return;
    }
    add_pending(t.start, t.end, i);
  }

  void read_placed(row_build row, std::size_t i) {
    if (row.placed.empty()) {
      add_pending(row.label_start, row.label_end, i);
      return;
    }
    if (row.label_start == npos && pending_start_ == npos && row_open() && rows_.back().aligned) {
      row_build& last = rows_.back();
      const bool free = std::all_of(row.placed.begin(), row.placed.end(), [&](const auto& p) {
        return std::none_of(last.placed.begin(), last.placed.end(),
                            [&](const auto& q) { return q.first == p.first; });
      });
      if (free) {
        last.placed.insert(last.placed.end(), row.placed.begin(), row.placed.end());
        last.last_line = i;
        return;
      }
    }
    start_row(std::move(row), i);
  }

  void emit(std::vector<cell_grid>& grids) const {
    std::vector<grid_cell> cells;
    std::size_t header_rows = 1;
    if (h_.rows.empty()) {
      if (h_.label_token) cells.push_back({0, 0, 1, 1, h_.label.start, h_.label.end});
      for (std::size_t c = 0; c < h_.tokens.size(); ++c)
        cells.push_back({0, c + 1, 1, 1, h_.tokens[c].start, h_.tokens[c].end});
    } else {
      header_rows = h_.rows.size();
      for (std::size_t r = 0; r < header_rows; ++r) {
        std::size_t last_column = npos;
        for (const auto& [column, t] : h_.rows[r]) {
          if (column == last_column) {
            cells.back().end = t.end;  // two words under one column of one line: one cell
            continue;
          }
          cells.push_back({r, column, 1, 1, t.start, t.end});
          last_column = column;
        }
      }
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const row_build& row = rows_[r];
      const std::size_t at = header_rows + r;
      if (row.label_start != npos) cells.push_back({at, 0, 1, 1, row.label_start, row.label_end});
      for (const auto& [column, t] : row.aligned ? row.placed : place_in_order(s_, h_, row))
        cells.push_back({at, column + 1, 1, 1, t.start, t.end});
    }
    grids.emplace_back(rows_.size() + header_rows, h_.tokens.size() + 1, std::move(cells),
                       "spaces");
  }
};

}  // namespace

bool read_spaced_header(const report_lines& lines, std::size_t i,
                        const std::vector<number_mention>& mentions,
                        const fiscal_year_context& context, spaced_header& header) {
  return one_line_header(lines, i, mentions, context, header) ||
         column_header(lines, i, mentions, context, header);
}

std::size_t read_spaced_rows(const report_lines& lines, const spaced_header& header,
                             const std::vector<number_mention>& mentions,
                             const fiscal_year_context& context, std::vector<cell_grid>& grids) {
  return row_reader(lines, header, mentions, context).run(grids);
}

}  // namespace plan6
