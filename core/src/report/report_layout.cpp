#include "plan6/report/report_layout.hpp"

#include <algorithm>

namespace plan6 {

std::string_view line_role_name(line_role role) noexcept {
  switch (role) {
    case line_role::blank:
      return "blank";
    case line_role::furniture:
      return "furniture";
    case line_role::header:
      return "header";
    case line_role::programme_heading:
      return "programme_heading";
    case line_role::plan_name:
      return "plan_name";
    case line_role::goal:
      return "goal";
    case line_role::current_state:
      return "current_state";
    case line_role::status:
      return "status";
    case line_role::year_label:
      return "year_label";
    case line_role::summary:
      return "summary";
    case line_role::result:
      return "result";
    case line_role::change_note:
      return "change_note";
    case line_role::changed_target:
      return "changed_target";
  }
  return "blank";
}

line_role report_layout::role_at(std::size_t pos) const {
  if (line_starts.empty()) return line_role::blank;
  const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), pos);
  const std::size_t line = static_cast<std::size_t>(it - line_starts.begin()) - 1;
  return line_roles[line];
}

}  // namespace plan6
