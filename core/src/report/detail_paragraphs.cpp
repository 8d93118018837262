#include "plan6/report/detail_paragraphs.hpp"

#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

bool is_bullet(char32_t c) {
  return c == U'・' || c == U'\uff65';
}

line_role paragraph_role(std::u32string_view t, std::u32string_view k) {
  if (!t.empty() && is_bullet(t[0])) return line_role::result;
  if (starts_with(k, U"【") && contains(k, U"変更後")) return line_role::changed_target;
  if (starts_with(k, U"【") && (contains(k, U"変化") || contains(k, U"課題")))
    return line_role::change_note;
  if (!t.empty() && (t[0] == U'●' || t[0] == U'○' || contains(k, U"●"))) return line_role::goal;
  return line_role::current_state;
}

}  // namespace

std::vector<paragraph> parse_detail_paragraphs(report_lines& lines, std::size_t first_line) {
  std::vector<paragraph> paragraphs;
  std::size_t i = first_line;
  while (i < lines.size()) {
    if (lines.key(i).empty() || lines.role(i) != line_role::current_state) {
      ++i;
      continue;
    }
    paragraph p;
    p.first_line = i;
    // Repeated short lines ("実施", "の推進") inside a cell are its last words, not furniture.
    while (i < lines.size() && !lines.key(i).empty() &&
           (lines.role(i) == line_role::current_state || lines.role(i) == line_role::furniture))
      ++i;
    p.last_line = i - 1;
    p.role = paragraph_role(lines.trimmed(p.first_line), lines.key(p.first_line));
    for (std::size_t j = p.first_line; j <= p.last_line; ++j)
      lines.set_role(j, p.role);
    paragraphs.push_back(p);
  }
  return paragraphs;
}

std::u32string_view paragraph_text(const report_lines& lines, const paragraph& p) {
  const std::size_t start = lines.start(p.first_line);
  return lines.text().substr(start, lines.end(p.last_line) - start);
}

}  // namespace plan6
