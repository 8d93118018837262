#include "plan6/report/document_year.hpp"

#include <cmath>

#include "plan6/calendar/japanese_era.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {

int gregorian_fiscal_year(std::u32string_view text, const number_mention& m, int era_offset) {
  if (!(m.value >= 0 && m.value < 10000)) return 0;  // NaN, negative or not a year
  const int v = static_cast<int>(m.value);
  if (v >= 1900) return v;
  if (m.start < m.number_start) {
    const std::u32string_view prefix = text.substr(m.start, m.number_start - m.start);
    for (const japanese_era& era : japanese_eras()) {
      const std::u32string name = decode_utf8(era.name);
      if (contains(prefix, name)) return era.first_year + v - 1;
    }
  }
  return era_offset != 0 ? v + era_offset : 0;
}

int document_fiscal_year(const report_lines& lines, const std::vector<number_mention>& mentions,
                         int era_offset) {
  std::size_t end_line = 0;
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < 15; ++i, end_line = i)
    if (!lines.key(i).empty()) ++seen;
  const std::size_t limit = end_line < lines.size() ? lines.start(end_line) : lines.text().size();
  const std::u32string_view s = lines.text();
  int first = 0;
  for (const number_mention& m : mentions) {
    if (m.start >= limit) break;
    if (m.kind != number_kind::fiscal_year) continue;
    const int year = gregorian_fiscal_year(s, m, era_offset);
    if (year == 0) continue;
    const std::u32string after =
        normal_key(s.substr(m.end, std::min<std::size_t>(6, s.size() - m.end)));
    for (const std::u32string_view word :
         {std::u32string_view(U"実績"), std::u32string_view(U"実施"), std::u32string_view(U"決算"),
          std::u32string_view(U"分"), std::u32string_view(U"事業分")})
      if (starts_with(after, word)) return year;
    if (first == 0) first = year;
  }
  return first;
}

}  // namespace plan6
