#include "plan6/report/summary_pages.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

bool sentence_ended(std::u32string_view k) {
  return !k.empty() && (k.back() == U'。' || k.back() == U'）' || k.back() == U')');
}

bool is_bullet(char32_t c) {
  return c == U'・' || c == U'\uff65';
}

// "１ 国際的視点に基づく産業振興": the programme number and where its name starts, or 0.
std::pair<int, std::size_t> programme_number(std::u32string_view t) {
  if (t.empty() || digit_value(t[0]) < 0) return {0, 0};
  std::size_t p = 0;
  int number = 0;
  while (p < t.size() && digit_value(t[p]) >= 0)
    number = number < 1000 ? number * 10 + digit_value(t[p]) : number, ++p;
  if (p < t.size() && is_space(t[p]) && p <= 2) return {number, p};
  return {0, 0};
}

}  // namespace

std::u32string summary_pages::text_under(std::u32string_view text,
                                         const std::u32string& heading) const {
  std::u32string out;
  for (const summary_item& item : items)
    if (item.heading == heading)
      out += text.substr(item.start, item.end - item.start), out += U'\n';
  return out;
}

summary_pages parse_summary(report_lines& lines, std::size_t end_line) {
  summary_pages summary;
  bool in_results = false;
  std::u32string heading;
  bool open_sentence = false;  // the last bullet has not ended with 。
  summary_item* current = nullptr;
  for (std::size_t i = 0; i < end_line; ++i) {
    const std::u32string_view k = lines.key(i);
    if (k.empty()) continue;
    const std::u32string_view t = lines.trimmed(i);
    if (starts_with(k, U"【主な実施結果】")) {
      in_results = true;
      lines.set_role(i, line_role::furniture);
      current = nullptr;
      open_sentence = false;
      continue;
    }
    if (lines.role(i) == line_role::furniture || lines.role(i) == line_role::programme_heading)
      continue;
    if (const auto [number, name_at] = programme_number(t); number > 0) {
      lines.set_role(i, line_role::programme_heading);
      summary.programmes.emplace_back(number, normal_key(t.substr(name_at)));
      summary.programme_pos.push_back(lines.start(i));
      continue;
    }
    if (!in_results) {
      lines.set_role(i, line_role::header);
      continue;
    }
    if (!t.empty() && is_bullet(t[0])) {
      summary.items.push_back({lines.start(i), lines.end(i), heading});
      current = &summary.items.back();
      lines.set_role(i, line_role::summary);
      open_sentence = !sentence_ended(k);
      continue;
    }
    // A line that is not a bullet: the bullet's continuation, or a plan heading when the
    // bullet before has ended and the line is a short phrase without a full stop.
    const bool heading_like = k.back() != U'。' && k.size() <= 40 && !open_sentence &&
                              k.front() != U'(' && k.front() != U'（';
    if (heading_like || current == nullptr) {
      heading = std::u32string(k);
      if (std::find(summary.headings.begin(), summary.headings.end(), heading) ==
          summary.headings.end())
        summary.headings.push_back(heading), summary.heading_pos.push_back(lines.start(i));
      lines.set_role(i, line_role::plan_name);
      current = nullptr;
      open_sentence = false;
      continue;
    }
    current->end = lines.end(i);
    lines.set_role(i, line_role::summary);
    open_sentence = !sentence_ended(k);
  }
  const std::u32string_view s = lines.text();
  for (summary_item& item : summary.items) {
    while (item.end > item.start && is_space(s[item.end - 1]))
      --item.end;
    while (item.start < item.end && is_space(s[item.start]))
      ++item.start;
  }
  return summary;
}

}  // namespace plan6
