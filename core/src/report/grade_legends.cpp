#include "plan6/report/grade_legends.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <fmt/format.h>

#include "plan6/common/characters.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;
constexpr std::size_t npos = static_cast<std::size_t>(-1);
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// A count as a table writes it: digits with commas, maybe a counter word (件, 事業, 本).
bool read_count(sv key, double& value) {
  std::size_t p = 0;
  double v = 0;
  bool digits = false;
  for (; p < key.size(); ++p) {
    const int d = digit_value(key[p]);
    if (d >= 0) {
      v = v * 10 + d;
      digits = true;
    } else if (key[p] != U',' || !digits) {
      break;
    }
  }
  if (!digits) return false;
  const sv rest = key.substr(p);
  if (!rest.empty() && rest != U"件" && rest != U"事業" && rest != U"本" && rest != U"項目" &&
      rest != U"施策" && rest != U"指標" && rest != U"個")
    return false;
  value = v;
  return true;
}

// A label in words: has kana or kanji and is no number.
bool words(sv key) {
  double v;
  if (key.empty() || read_count(key, v)) return false;
  return std::any_of(key.begin(), key.end(),
                     [](char32_t c) { return is_kanji(c) || is_katakana(c) || is_hiragana(c); });
}

bool total_word(sv key) {
  while (!key.empty() && key.front() == U'*')
    key.remove_prefix(1);  // **合計** in markdown
  while (!key.empty() && key.back() == U'*')
    key.remove_suffix(1);
  return key == U"合計" || key == U"計" || key == U"総数" || key == U"全体" || key == U"総計";
}

// A row of counts alone (one a line, as PDF text writes a table's cells).
bool count_row(const token_row& row, std::vector<double>& counts,
               std::vector<std::size_t>& starts) {
  if (row.tokens.empty()) return false;
  std::vector<double> found;
  for (const row_token& t : row.tokens) {
    double v;
    if (!read_count(t.key, v)) return false;
    found.push_back(v);
  }
  counts.insert(counts.end(), found.begin(), found.end());
  for (const row_token& t : row.tokens)
    starts.push_back(t.start);
  return true;
}

struct legend_row {
  legend_entry entry;
  bool ok = false;
};

bool evaluative_words(sv key);

legend_row read_row(const token_row& row) {
  legend_row out;
  const std::vector<row_token>& t = row.tokens;
  if (t.empty()) return out;
  legend_entry& e = out.entry;
  std::size_t next = 1;
  if (auto code = read_grade_code(t[0].key)) {
    e.code = *code;
    e.code_start = t[0].start;
    e.code_end = t[0].end;
    if (t.size() < 2 || !words(t[1].key)) return out;
    e.label = t[1].key;
    e.label_start = t[1].start;
    e.label_end = t[1].end;
    next = 2;
  } else {
    // A（順調）: the label in brackets after the code.
    const sv k = t[0].key;
    const std::size_t open = k.find_first_of(U"(（");
    if (open == sv::npos || open == 0 || k.back() != U')') return out;
    auto bracketed = read_grade_code(k.substr(0, open));
    if (!bracketed || !words(k.substr(open + 1, k.size() - open - 2))) return out;
    e.code = *bracketed;
    e.code_start = t[0].start;
    e.code_end = t[0].start + open;
    e.label = std::u32string(k.substr(open + 1, k.size() - open - 2));
    e.label_start = t[0].start + open + 1;
    e.label_end = t[0].end - 1;
  }
  for (std::size_t k = next; k < t.size(); ++k) {
    double v;
    if (read_count(t[k].key, v)) {
      e.counts.push_back(v);
      e.count_starts.push_back(t[k].start);
    } else if (!e.counts.empty()) {
      break;  // words after the counts: no legend row
    } else if (row.grid != npos && t[k].column != t[next - 1].column &&
               !evaluative_words(e.label)) {
      return out;  // a table row of code, words and more words (No. | 氏名 | 所属…): no scale
    } else {
      e.label += t[k].key;  // a label in several words
      e.label_end = t[k].end;
    }
  }
  out.ok = true;
  return out;
}

// Words that say how well something went, in any city's wording of a scale.
bool evaluative_words(sv key) {
  static constexpr sv words[] = {
      U"達成",   U"目標",   U"順調", U"遅れ", U"概ね", U"おおむね", U"上回", U"下回",
      U"未達",   U"良好",   U"課題", U"十分", U"一部", U"進捗",     U"完了", U"継続",
      U"見直",   U"廃止",   U"拡充", U"縮小", U"改善", U"維持",     U"効果", U"成果",
      U"優",     U"良",     U"可",   U"不可", U"高い", U"低い",     U"やや", U"ほぼ",
      U"大きく", U"未着手", U"実施", U"妥当", U"適切", U"必要"};
  for (const sv w : words)
    if (contains(key, w)) return true;
  return false;
}

// A scale's labels say how well something went, or its rows carry counts, or its header says
// it is a scale (区分, 評価, 基準).
bool evaluative(const grade_legend& legend, const std::vector<token_row>& rows, std::size_t first) {
  std::size_t said = 0;
  bool counts = false;
  for (const legend_entry& e : legend.entries) {
    if (evaluative_words(e.label)) ++said;
    counts = counts || !e.counts.empty();
  }
  if (counts || said * 2 >= legend.entries.size()) return true;
  if (first == 0) return false;
  for (const row_token& t : rows[first - 1].tokens)
    if (contains(t.key, U"区分") || contains(t.key, U"評価") || contains(t.key, U"基準"))
      return true;
  return false;
}

}  // namespace

// Whether `rank` comes next after the entries' ranks: one up, or one down (５ ４ ３ …), the
// way the first two go.
bool next_rank(const std::vector<legend_entry>& entries, int rank) {
  const int last = entries.back().code.rank;
  if (entries.size() == 1) return rank == last + 1 || rank == last - 1;
  const int step = last - entries[entries.size() - 2].code.rank;
  return rank == last + step;
}

// A legend written on one line: A：目標達成 B：改善傾向 C：横ばい (codes in order, each
// followed by its label).
bool inline_legend(const token_row& row, grade_legend& legend) {
  const std::vector<row_token>& t = row.tokens;
  for (std::size_t k = 0; k + 3 < t.size(); ++k) {
    std::vector<legend_entry> entries;
    std::size_t j = k;
    while (j + 1 < t.size()) {
      // （Ｓ：…　Ａ：…）: a legend in brackets.
      sv code_key = t[j].key;
      if (j == k && !code_key.empty() && code_key.front() == U'(') code_key.remove_prefix(1);
      const auto code = read_grade_code(code_key);
      if (!code || !words(t[j + 1].key) || read_grade_code(t[j + 1].key)) break;
      if (!entries.empty() &&
          (code->family != entries.back().code.family || !next_rank(entries, code->rank)))
        break;
      legend_entry e;
      e.code = *code;
      e.code_start = t[j].start;
      e.code_end = t[j].end;
      e.label = t[j + 1].key;
      e.label_start = t[j + 1].start;
      e.label_end = t[j + 1].end;
      entries.push_back(std::move(e));
      j += 2;
    }
    const std::size_t needed =
        !entries.empty() && entries[0].code.family == grade_family::digits ? 3 : 2;
    if (entries.size() >= needed) {
      legend.family = entries[0].code.family;
      legend.entries = std::move(entries);
      legend.start = legend.entries.front().code_start;
      legend.end = legend.entries.back().label_end;
      return true;
    }
  }
  return false;
}

std::vector<grade_legend> read_grade_legends(const std::vector<token_row>& rows, sv text) {
  std::vector<grade_legend> legends;
  std::size_t r = 0;
  while (r < rows.size()) {
    legend_row first = read_row(rows[r]);
    if (!first.ok || rows[r].tokens.size() >= 6) {
      grade_legend one_line;
      if (inline_legend(rows[r], one_line) && evaluative(one_line, rows, r)) {
        legends.push_back(std::move(one_line));
        ++r;
        continue;
      }
    }
    if (!first.ok) {
      ++r;
      continue;
    }
    grade_legend legend;
    legend.family = first.entry.code.family;
    std::size_t end = r;
    for (std::size_t q = r; q < rows.size(); ++q) {
      if (!legend.entries.empty() &&
          count_row(rows[q], legend.entries.back().counts, legend.entries.back().count_starts)) {
        end = q + 1;  // the entry's counts on the lines after it
        continue;
      }
      legend_row row = read_row(rows[q]);
      if (!row.ok || row.entry.code.family != legend.family) break;
      const bool repeated =
          std::any_of(legend.entries.begin(), legend.entries.end(),
                      [&](const legend_entry& e) { return e.code.code == row.entry.code.code; });
      if (repeated) break;
      legend.entries.push_back(std::move(row.entry));
      end = q + 1;
    }
    const std::size_t needed = legend.family == grade_family::digits ? 3 : 2;
    // A scale's codes run in order, up or down (1 2 3…, A B C…, ◎ ○ △ ×, ５ ４ ３…).
    bool in_order = true;
    for (std::size_t k = 1; k < legend.entries.size(); ++k)
      if (!next_rank({legend.entries.begin(), legend.entries.begin() + static_cast<long>(k)},
                     legend.entries[k].code.rank))
        in_order = false;
    if (legend.entries.size() < needed || !in_order || !evaluative(legend, rows, r)) {
      r = std::max(end, r + 1);
      continue;
    }
    // The count columns: named by the header row above, if it is one.
    std::size_t columns = 0;
    for (const legend_entry& e : legend.entries)
      columns = std::max(columns, e.counts.size());
    if (columns > 0 && r > 0) {
      const token_row& header = rows[r - 1];
      std::vector<std::u32string> names;
      for (const row_token& t : header.tokens)
        if (words(t.key)) names.push_back(t.key);
      if (names.size() >= columns)
        legend.count_columns.assign(names.end() - static_cast<long>(columns), names.end());
    }
    for (std::size_t c = legend.count_columns.size(); c < columns; ++c)
      legend.count_columns.push_back(c == 0 ? std::u32string(U"件数")
                                            : decode_utf8(fmt::format("列{}", c + 1)));
    for (legend_entry& e : legend.entries) {
      e.counts.resize(columns, nan);
      e.count_starts.resize(columns, npos);
    }
    legend.start = legend.entries.front().code_start;
    legend.end = legend.entries.back().label_end;
    for (const legend_entry& e : legend.entries)
      for (std::size_t c = 0; c < columns; ++c)
        if (e.count_starts[c] != npos) legend.end = std::max(legend.end, e.count_starts[c] + 1);
    legend.totals.assign(columns, nan);
    legend.total_starts.assign(columns, npos);
    if (columns > 0 && end < rows.size() && !rows[end].tokens.empty() &&
        total_word(rows[end].tokens[0].key)) {
      std::size_t c = 0;
      auto take = [&](const std::vector<row_token>& t, std::size_t from) {
        for (std::size_t k = from; k < t.size() && c < columns; ++k) {
          double v;
          if (!read_count(t[k].key, v)) continue;
          legend.totals[c] = v;
          legend.total_starts[c] = t[k].start;
          ++c;
        }
        legend.end = t.back().end;
      };
      take(rows[end].tokens, 1);
      ++end;
      std::vector<double> more;
      std::vector<std::size_t> more_starts;
      while (c < columns && end < rows.size() && count_row(rows[end], more, more_starts))
        take(rows[end++].tokens, 0);  // the totals one a line
    }
    legends.push_back(std::move(legend));
    r = end;
  }
  // Labels as the document writes them (its widths kept), white space taken out.
  for (grade_legend& legend : legends)
    for (legend_entry& e : legend.entries) {
      std::u32string written;
      for (std::size_t p = e.label_start; p < e.label_end && p < text.size(); ++p)
        if (!is_space(text[p])) written.push_back(text[p]);
      // The closing bracket of a legend written in brackets is not the last label's.
      if (!written.empty() && (written.back() == U'）' || written.back() == U')') &&
          written.find_first_of(U"（(") == std::u32string::npos) {
        written.pop_back();
        e.label_end = e.label_start + written.size();
      }
      if (!written.empty()) e.label = std::move(written);
    }
  return legends;
}

void check_grade_counts(const grade_legend& legend, const std::vector<grade_code>& item_grades,
                        std::vector<table_check>& checks) {
  const std::size_t columns = legend.count_columns.size();
  for (std::size_t c = 0; c < columns; ++c) {
    if (std::isnan(legend.totals[c])) continue;
    double sum = 0;
    for (const legend_entry& e : legend.entries)
      if (!std::isnan(e.counts[c])) sum += e.counts[c];
    if (sum == legend.totals[c]) continue;
    table_check check;
    check.kind = "grade_total";
    check.start = legend.total_starts[c];
    check.end = check.start + 1;
    check.printed = legend.totals[c];
    check.computed = sum;
    check.message = fmt::format("{}: the total row says {} but the grades add up to {}",
                                encode_utf8(legend.count_columns[c]), legend.totals[c], sum);
    checks.push_back(std::move(check));
  }
  if (columns == 0) return;
  std::map<std::u32string, double> found;
  std::size_t in_family = 0;
  for (const grade_code& g : item_grades)
    if (g.family == legend.family) ++found[g.code], ++in_family;
  if (in_family == 0) return;
  // Counts per grade are comparable only when the table counts the items the document holds.
  double counted = 0;
  for (const legend_entry& e : legend.entries)
    if (!std::isnan(e.counts[0])) counted += e.counts[0];
  if (counted != static_cast<double>(in_family)) {
    table_check check;
    check.kind = "grade_count";
    check.start = legend.start;
    check.end = legend.end;
    check.printed = counted;
    check.computed = static_cast<double>(in_family);
    check.message =
        fmt::format("{}: the table counts {} graded items but the document grades {} in this scale",
                    encode_utf8(legend.count_columns[0]), counted, in_family);
    checks.push_back(std::move(check));
    return;
  }
  for (const legend_entry& e : legend.entries) {
    if (std::isnan(e.counts[0])) continue;
    const double items = found.count(e.code.code) ? found[e.code.code] : 0.0;
    if (items == e.counts[0]) continue;
    table_check check;
    check.kind = "grade_count";
    check.start = e.count_starts[0];
    check.end = check.start + 1;
    check.printed = e.counts[0];
    check.computed = items;
    check.message = fmt::format("grade {} ({}): the table counts {} but {} graded items have it",
                                encode_utf8(e.code.code), encode_utf8(e.label), e.counts[0], items);
    checks.push_back(std::move(check));
  }
}

}  // namespace plan6
