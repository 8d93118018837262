#include "plan6/report/report_lines.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {

report_lines::report_lines(std::u32string_view text) : text_(text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == U'\n') {
      starts_.push_back(start);
      ends_.push_back(i);
      start = i + 1;
    }
  }
  roles_.assign(size(), line_role::blank);
  years_.assign(size(), 0);
  keys_.reserve(size());
  for (std::size_t i = 0; i < size(); ++i)
    keys_.push_back(normal_key(line(i)));
}

std::u32string_view report_lines::line(std::size_t i) const {
  return text_.substr(starts_[i], ends_[i] - starts_[i]);
}

std::u32string_view report_lines::trimmed(std::size_t i) const {
  std::u32string_view l = line(i);
  while (!l.empty() && is_space(l.front()))
    l.remove_prefix(1);
  while (!l.empty() && is_space(l.back()))
    l.remove_suffix(1);
  return l;
}

std::size_t report_lines::line_of(std::size_t pos) const {
  return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), pos) -
                                  starts_.begin()) -
         1;
}

std::size_t report_lines::next_nonblank(std::size_t i) const {
  while (i < size() && keys_[i].empty())
    ++i;
  return i;
}

void report_lines::move_into(report_layout& layout) {
  layout.line_starts = std::move(starts_);
  layout.line_roles = std::move(roles_);
}

}  // namespace plan6
