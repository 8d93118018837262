#include "plan6/report/graded_items.hpp"

#include <algorithm>
#include <map>

#include "plan6/common/characters.hpp"
#include "plan6/report/field_labels.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/table_headers.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

// A code at the start of a value: "3", "A（順調）", "Ｂ：概ね達成".
std::optional<grade_code> code_of_value(sv key, std::size_t& length, bool& starred) {
  std::size_t n = 0;
  while (n < key.size() && key[n] != U'(' && key[n] != U'（' && key[n] != U'[' && key[n] != U'【')
    ++n;
  if (n == 0) return std::nullopt;
  auto code = read_grade_code(key.substr(0, n), &starred);
  if (!code) return std::nullopt;
  length = n;
  return code;
}

// The item name's dominant label: the item-name label that recurs most, the first on a tie.
std::u32string dominant_name_label(const std::vector<token_row>& rows) {
  std::map<std::u32string, std::pair<int, std::size_t>> seen;  // count, first position
  for (const token_row& row : rows)
    for (const row_token& t : row.tokens)
      if (field_label_kind(t.key) == field_kind::item_name) {
        auto [it, added] = seen.try_emplace(t.key, 0, t.start);
        ++it->second.first;
      }
  std::u32string best;
  std::pair<int, std::size_t> score{0, npos};
  for (const auto& [key, s] : seen)
    if (s.first > score.first || (s.first == score.first && s.second < score.second))
      best = key, score = s;
  return best;
}

class item_reader {
 public:
  item_reader(const std::vector<token_row>& rows, sv text, const fiscal_year_context& context,
              int document_year)
      : rows_(rows), text_(text), context_(context), year_(document_year) {}

  std::vector<graded_item> run() {
    name_label_ = dominant_name_label(rows_);
    if (name_label_.empty()) return {};
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      if (item_table_header(r)) {
        r = read_item_table(r);
        continue;
      }
      std::vector<std::u32string> labels;
      std::size_t first_cell = 0;
      if (column_labels(r, labels, first_cell)) {
        r = read_cells_a_line(labels, first_cell);
        continue;
      }
      read_row(r);
    }
    finish();
    return std::move(items_);
  }

 private:
  const std::vector<token_row>& rows_;
  sv text_;
  const fiscal_year_context& context_;
  int year_;
  std::u32string name_label_;
  std::vector<graded_item> items_;
  std::vector<bool> from_table_;  // items read from a table of items end at their row

  field_kind kind_of(const row_token& t) const {
    const field_kind k = field_label_kind(t.key);
    if (k == field_kind::item_name && t.key != name_label_) return field_kind::text;
    return k;
  }

  // The value after the label at tokens[k]: the tokens up to the next label, else (when the
  // label ends its row) the first token of the next row if that is no label.
  std::pair<std::size_t, std::size_t> value_after(std::size_t r, std::size_t k,
                                                  std::size_t& consumed_row) const {
    const std::vector<row_token>& tokens = rows_[r].tokens;
    consumed_row = npos;
    std::size_t j = k + 1;
    while (j < tokens.size() && kind_of(tokens[j]) == field_kind::none)
      ++j;
    if (j > k + 1) return {tokens[k + 1].start, tokens[j - 1].end};
    if (k + 1 == tokens.size() && r + 1 < rows_.size()) {
      const token_row& next = rows_[r + 1];
      if (!next.tokens.empty() && kind_of(next.tokens[0]) == field_kind::none &&
          (next.tokens.size() == 1 || read_grade_code(next.tokens[0].key))) {
        consumed_row = r + 1;
        return {next.tokens[0].start, next.tokens[0].end};
      }
    }
    return {npos, npos};
  }

  // A name is no column header (現状, 目標値), no label, no sentence.
  bool name_like(std::size_t a, std::size_t b) const {
    const std::u32string key = normal_key(text_.substr(a, b - a));
    if (key.empty() || key.size() > 60 || key.back() == U'。') return false;
    if (field_label_kind(key) != field_kind::none) return false;
    const column_kind kind = classify_column({key}, context_).kind;
    return kind == column_kind::other || kind == column_kind::label;
  }

  void start_item(std::size_t label_start, std::size_t a, std::size_t b, bool table) {
    graded_item item;
    item.label = name_label_;
    item.start = label_start;
    item.name_start = a;
    item.name_end = b;
    item.name = std::u32string(text_.substr(a, b - a));
    item.fiscal_year = year_;
    items_.push_back(std::move(item));
    from_table_.push_back(table);
  }

  bool add_grade(graded_item& item, const std::u32string& field, sv value_key, std::size_t at) {
    std::size_t length = 0;
    bool starred = false;
    const auto code = code_of_value(value_key, length, starred);
    if (!code) return false;
    item_grade g;
    g.field = field;
    g.code = *code;
    g.starred = starred;
    g.start = at;
    g.end = at + std::min(length + (starred ? 1 : 0), value_key.size());
    g.priority = headline_priority(field);
    item.grades.push_back(std::move(g));
    return true;
  }

  void read_row(std::size_t& r) {
    const std::vector<row_token>& tokens = rows_[r].tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const field_kind kind = kind_of(tokens[k]);
      if (kind == field_kind::none) continue;
      std::size_t consumed = npos;
      const auto [a, b] = value_after(r, k, consumed);
      if (kind == field_kind::item_name) {
        if (a == npos || !name_like(a, b)) continue;
        start_item(tokens[k].start, a, b, false);
      } else if (!items_.empty() && a != npos) {
        graded_item& item = items_.back();
        const std::u32string value_key = normal_key(text_.substr(a, b - a));
        if (kind == field_kind::grade) {
          if (!add_grade(item, tokens[k].key, value_key, a))
            item.fields.push_back({tokens[k].key, a, b});
        } else if (kind == field_kind::year) {
          if (const auto y = cell_fiscal_year(value_key, context_))
            item.fiscal_year = *y->fiscal_year;
        } else {
          item.fields.push_back({tokens[k].key, a, b});
        }
      }
      if (consumed != npos) {
        r = consumed;
        return;
      }
      // Skip the value's tokens.
      while (k + 1 < tokens.size() && tokens[k + 1].start < b && b != npos)
        ++k;
    }
  }

  // A table of items one cell a line: its labels, one a line (No. ⏎ 事務事業名 ⏎ 所管 ⏎ 課 ⏎
  // 達成度 ⏎ 妥当性…; a word of one or two kanji goes with the label before it), with the items'
  // name label and a grade label among them.
  bool column_labels(std::size_t r, std::vector<std::u32string>& labels,
                     std::size_t& first_cell) const {
    bool name = false, grade = false;
    std::size_t j = r;
    for (; j < rows_.size() && rows_[j].tokens.size() == 1 && rows_[j].grid == npos; ++j) {
      const row_token& t = rows_[j].tokens[0];
      const field_kind kind = kind_of(t);
      if (kind != field_kind::none) {
        labels.push_back(t.key);
        name = name || kind == field_kind::item_name;
        grade = grade || kind == field_kind::grade;
      } else if (!labels.empty() && t.key.size() <= 2 &&
                 std::all_of(t.key.begin(), t.key.end(), [](char32_t c) { return is_kanji(c); }) &&
                 field_label_kind(labels.back()) != field_kind::grade) {
        labels.back() += t.key;  // 所管 ⏎ 課
      } else {
        break;
      }
    }
    first_cell = j;
    return labels.size() >= 3 && name && grade;
  }

  // The items under such labels: their cells in the labels' order, one a line, as long as
  // each group's grade cells are grades. Returns the last row read.
  std::size_t read_cells_a_line(const std::vector<std::u32string>& labels, std::size_t first) {
    const std::size_t width = labels.size();
    std::size_t r = first;
    for (; r + width <= rows_.size(); r += width) {
      bool fits = true;
      for (std::size_t k = 0; k < width && fits; ++k) {
        const token_row& row = rows_[r + k];
        fits = row.tokens.size() == 1 && row.grid == npos;
        if (fits && field_label_kind(labels[k]) == field_kind::grade) {
          std::size_t length = 0;
          bool starred = false;
          fits = code_of_value(row.tokens[0].key, length, starred).has_value();
        }
      }
      if (!fits) break;
      bool started = false;
      for (std::size_t k = 0; k < width; ++k) {
        const row_token& v = rows_[r + k].tokens[0];
        const field_kind kind = field_label_kind(labels[k]);
        if ((kind == field_kind::item_name && labels[k] == name_label_) && !started) {
          if (!name_like(v.start, v.end)) break;
          start_item(v.start, v.start, v.end, true);
          started = true;
        }
      }
      if (!started) break;
      graded_item& item = items_.back();
      item.start = rows_[r].tokens[0].start;
      for (std::size_t k = 0; k < width; ++k) {
        const row_token& v = rows_[r + k].tokens[0];
        const field_kind kind = field_label_kind(labels[k]);
        if (kind == field_kind::grade)
          add_grade(item, labels[k], v.key, v.start);
        else if (kind == field_kind::year) {
          if (const auto y = cell_fiscal_year(v.key, context_)) item.fiscal_year = *y->fiscal_year;
        } else if (!(kind == field_kind::item_name && labels[k] == name_label_))
          item.fields.push_back({labels[k], v.start, v.end});
      }
      item.end = rows_[r + width - 1].tokens[0].end;
    }
    return r > first ? r - 1 : first;
  }

  // A row of labels only, with the item's name label and a grade label: a table of items.
  bool item_table_header(std::size_t r) const {
    const std::vector<row_token>& tokens = rows_[r].tokens;
    if (tokens.size() < 2 || r + 1 >= rows_.size()) return false;
    bool name = false, grade = false;
    std::size_t unknown = 0;  // short words the lexicon does not know (政策, 分野)
    for (const row_token& t : tokens) {
      const field_kind k = kind_of(t);
      if (k == field_kind::none) {
        if (t.key.size() > 8 || read_grade_code(t.key)) return false;
        ++unknown;
      }
      name = name || k == field_kind::item_name;
      grade = grade || k == field_kind::grade;
    }
    return name && grade && unknown * 2 <= tokens.size();
  }

  // The header of a table of items from row `h`, with a second header row under it (所管部評価
  // | 委員会評価 under 評価 spanning both) naming the columns its labels stand in.
  token_row item_table_labels(std::size_t h, std::size_t& first_row) const {
    token_row header = rows_[h];
    first_row = h + 1;
    if (h + 1 >= rows_.size() || header.grid == npos || rows_[h + 1].grid != header.grid)
      return header;
    const std::vector<row_token>& below = rows_[h + 1].tokens;
    bool grade = false;
    for (const row_token& t : below) {
      const field_kind k = kind_of(t);
      if (k == field_kind::none || k == field_kind::item_name || read_grade_code(t.key))
        return header;
      grade = grade || k == field_kind::grade;
    }
    if (!grade) return header;
    std::vector<row_token> tokens;
    for (const row_token& t : header.tokens)
      if (std::none_of(below.begin(), below.end(),
                       [&](const row_token& b) { return b.column == t.column; }))
        tokens.push_back(t);
    tokens.insert(tokens.end(), below.begin(), below.end());
    std::sort(tokens.begin(), tokens.end(),
              [](const row_token& a, const row_token& b) { return a.column < b.column; });
    header.tokens = std::move(tokens);
    first_row = h + 2;
    return header;
  }

  // The items of a table under the header in row `h`; returns the last row read.
  std::size_t read_item_table(std::size_t h) {
    std::size_t first_row = h + 1;
    const token_row header = item_table_labels(h, first_row);
    auto value_of = [&](const token_row& row, std::size_t k) -> const row_token* {
      if (header.grid != npos && row.grid == header.grid) {
        for (const row_token& t : row.tokens)
          if (t.column == header.tokens[k].column) return &t;
        return nullptr;
      }
      return row.tokens.size() == header.tokens.size() ? &row.tokens[k] : nullptr;
    };
    std::size_t r = first_row;
    for (; r < rows_.size(); ++r) {
      const token_row& row = rows_[r];
      const bool same_table =
          header.grid != npos ? row.grid == header.grid : row.tokens.size() == header.tokens.size();
      if (!same_table) break;
      bool started = false;
      for (std::size_t k = 0; k < header.tokens.size(); ++k) {
        const row_token* v = value_of(row, k);
        if (v == nullptr) continue;
        const field_kind kind = kind_of(header.tokens[k]);
        if (kind == field_kind::item_name && !started && name_like(v->start, v->end)) {
          start_item(v->start, v->start, v->end, true);
          started = true;
        }
      }
      if (!started) continue;
      graded_item& item = items_.back();
      for (std::size_t k = 0; k < header.tokens.size(); ++k) {
        const row_token* v = value_of(row, k);
        if (v == nullptr) continue;
        const field_kind kind = kind_of(header.tokens[k]);
        if (kind == field_kind::grade) {
          if (!add_grade(item, header.tokens[k].key, v->key, v->start))
            item.fields.push_back({header.tokens[k].key, v->start, v->end});
        } else if (kind == field_kind::year) {
          if (const auto y = cell_fiscal_year(v->key, context_)) item.fiscal_year = *y->fiscal_year;
        } else if (kind != field_kind::item_name) {
          item.fields.push_back({header.tokens[k].key, v->start, v->end});
        }
      }
      item.end = row.tokens.back().end;
    }
    return r - 1;
  }

  void finish() {
    for (std::size_t i = 0; i < items_.size(); ++i) {
      graded_item& item = items_[i];
      if (!from_table_[i]) item.end = i + 1 < items_.size() ? items_[i + 1].start : text_.size();
      int best = 100;
      for (std::size_t g = 0; g < item.grades.size(); ++g)
        if (item.grades[g].priority < best) {
          best = item.grades[g].priority;
          item.headline = static_cast<int>(g);
        }
      while (!item.name.empty() && is_space(item.name.back()))
        item.name.pop_back();
    }
  }
};

}  // namespace

std::vector<graded_item> read_graded_items(const std::vector<token_row>& rows, sv text,
                                           const fiscal_year_context& context, int document_year) {
  return item_reader(rows, text, context, document_year).run();
}

}  // namespace plan6
