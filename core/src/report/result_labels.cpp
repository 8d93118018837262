#include "plan6/report/result_labels.hpp"

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {

int fiscal_year_of_key(std::u32string_view k) {
  // Labels say 年度 (or FY2012); testing for it first keeps the reader off ordinary lines.
  if (k.empty() || (!contains(k, U"年度") && !starts_with(k, U"FY"))) return 0;
  const auto reading = read_fiscal_year(k, 0, fiscal_year_context{});
  if (!reading || reading->end != k.size() || !reading->problem.empty() || !reading->fiscal_year ||
      reading->is_range || reading->open_ended || reading->relative != 0 ||
      reading->style == fiscal_year_style::relative)
    return 0;
  return *reading->fiscal_year;
}

result_label split_result_label(std::u32string_view k) {
  if (starts_with(k, U"達成状況区分")) k.remove_prefix(6);
  constexpr std::u32string_view results = U"実施結果";
  const std::size_t at = k.find(results);
  if (at == 0 || at == std::u32string_view::npos) return {k, {}, false};
  return {k.substr(0, at), k.substr(at + results.size()), true};
}

std::optional<category_cell> category_cell_of(std::u32string_view k) {
  for (std::u32string_view label :
       {std::u32string_view(U"実施結果"), std::u32string_view(U"達成状況区分")})
    if (starts_with(k, label)) k.remove_prefix(label.size());
  if (k.empty() || k.size() > 2) return std::nullopt;
  const int d = digit_value(k[0]);
  if (d < 1 || d > 5) return std::nullopt;
  if (k.size() == 2 && k[1] != U'*') return std::nullopt;
  return category_cell{d, k.size() == 2};
}

std::optional<category_cell> glued_category_cell(std::u32string_view k) {
  const result_label label = split_result_label(k);
  if (!label.one_line || label.after.empty()) return std::nullopt;
  return category_cell_of(label.after);
}

int result_label_year(const report_lines& lines, std::size_t i) {
  const result_label label = split_result_label(lines.key(i));
  if (label.one_line && !label.after.empty() && !category_cell_of(label.after)) return 0;
  const int year = fiscal_year_of_key(label.year_text);
  if (year == 0 || label.one_line) return year;
  const std::size_t next = lines.next_nonblank(i + 1);
  if (next >= lines.size() || !starts_with(lines.key(next), U"実施結果")) return 0;
  return year;
}

}  // namespace plan6
