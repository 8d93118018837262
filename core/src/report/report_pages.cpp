#include "plan6/report/report_pages.hpp"

namespace plan6 {

report_pages find_pages(const report_lines& lines) {
  report_pages pages;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines.key(i) == U"事業内容・目標") pages.first_line.push_back(i);
  pages.detail_first_line = pages.first_line.empty() ? lines.size() : pages.first_line.front();
  pages.page_of_line.assign(lines.size(), -1);
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (std::size_t i = pages.first_line[p]; i < pages.end_line(p, lines.size()); ++i)
      pages.page_of_line[i] = static_cast<int>(p);
  return pages;
}

}  // namespace plan6
