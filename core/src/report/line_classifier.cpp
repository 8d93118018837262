#include "plan6/report/line_classifier.hpp"

#include <algorithm>
#include <unordered_map>

#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/result_labels.hpp"

namespace plan6 {
namespace {

bool numeric_key(std::u32string_view k) {
  return !k.empty() && std::all_of(k.begin(), k.end(), [](char32_t c) {
    return digit_value(c) >= 0 || c == U'*' || c == U'＊';
  });
}

int fiscal_years_on_line(const report_lines& lines, std::size_t i,
                         const std::vector<number_mention>& mentions) {
  int years = 0;
  const auto first =
      std::lower_bound(mentions.begin(), mentions.end(), lines.start(i),
                       [](const number_mention& m, std::size_t v) { return m.start < v; });
  for (auto it = first; it != mentions.end() && it->start < lines.end(i); ++it)
    if (it->kind == number_kind::fiscal_year) ++years;
  return years;
}

}  // namespace

std::vector<std::u32string> mark_furniture(report_lines& lines) {
  std::unordered_map<std::u32string, int> count;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::u32string& k = lines.key(i);
    if (!k.empty() && k.size() <= 20 && !numeric_key(k) && k.back() != U'。') ++count[k];
  }
  std::vector<std::u32string> furniture;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::u32string& k = lines.key(i);
    if (k.empty()) continue;
    lines.set_role(i, line_role::current_state);
    const auto it = count.find(k);
    const bool cell_start = k.front() == U'●' || k.front() == U'・' || k.front() == U'【';
    if (it != count.end() && it->second >= 3 && !cell_start) {
      lines.set_role(i, line_role::furniture);
      furniture.push_back(k);
    }
  }
  return furniture;
}

std::vector<int> classify_lines(report_lines& lines, const report_pages& pages,
                                const std::vector<number_mention>& mentions) {
  std::vector<int> fiscal_years;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::u32string_view k = lines.key(i);
    if (k.empty()) continue;
    if (starts_with(k, U"アクションプログラム：") || starts_with(k, U"アクションプログラム:")) {
      lines.set_role(i, line_role::programme_heading);
      continue;
    }
    if (i < pages.detail_first_line) continue;  // the summary is parsed on its own
    if (const int y = result_label_year(lines, i)) {
      lines.set_role(i, line_role::year_label);
      lines.set_year(i, y);
      const result_label label = split_result_label(k);
      if (!label.one_line)
        lines.set_role(lines.next_nonblank(i + 1), line_role::year_label);
      else if (!label.after.empty())
        lines.set_role(i, line_role::status);  // the category cell of this label's year
      if (std::find(fiscal_years.begin(), fiscal_years.end(), y) == fiscal_years.end())
        fiscal_years.push_back(y);
      continue;
    }
    if (category_cell_of(k)) {
      lines.set_role(i, line_role::status);
      continue;
    }
    if (k == U"事業内容・目標" || contains(k, U"施策計画名") || contains(k, U"施策計画施策計画") ||
        fiscal_years_on_line(lines, i, mentions) >= 2) {
      lines.set_role(i, line_role::header);
      continue;
    }
    if (starts_with(k, U"(参考)") || starts_with(k, U"に対する達成状況"))
      lines.set_role(i, line_role::furniture);
  }
  std::sort(fiscal_years.begin(), fiscal_years.end());
  return fiscal_years;
}

int document_era_offset(std::u32string_view text, const std::vector<number_mention>& mentions) {
  for (const number_mention& m : mentions)
    if (m.kind == number_kind::fiscal_year && m.value >= 1900 && m.end - m.number_end > 2) {
      int era_year = 0;
      for (std::size_t p = m.number_end; p < m.end; ++p)
        if (digit_value(text[p]) >= 0 && era_year < 1000)
          era_year = era_year * 10 + digit_value(text[p]);
      if (era_year > 0 && era_year < 100 && m.value < 10000)
        return static_cast<int>(m.value) - era_year;
      return 0;
    }
  return 0;
}

}  // namespace plan6
