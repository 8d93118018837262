#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/report/report_layout.hpp"

namespace plan6 {

/**
 * The lines of a report: where each starts and ends, its comparison key (normal_key.hpp), the
 * role the readers give it, and the fiscal year of a result label on it. Every reader of a
 * layout works on these; positions are code points of the text, which must outlive this.
 */
class report_lines {
 public:
  explicit report_lines(std::u32string_view text);

  std::size_t size() const noexcept { return starts_.size(); }
  std::u32string_view text() const noexcept { return text_; }
  std::size_t start(std::size_t line) const { return starts_[line]; }
  std::size_t end(std::size_t line) const { return ends_[line]; }
  /** The line without its line break. */
  std::u32string_view line(std::size_t i) const;
  /** The line without leading and trailing white space. */
  std::u32string_view trimmed(std::size_t i) const;
  /** The comparison key of the line (empty for a blank line). */
  const std::u32string& key(std::size_t i) const { return keys_[i]; }

  line_role role(std::size_t i) const { return roles_[i]; }
  void set_role(std::size_t i, line_role role) { roles_[i] = role; }
  /** The role of the line holding code point `pos`. */
  line_role role_at(std::size_t pos) const { return roles_[line_of(pos)]; }

  /** The fiscal year of the result label on the line, or 0. */
  int year(std::size_t i) const { return years_[i]; }
  void set_year(std::size_t i, int year) { years_[i] = year; }

  /** The line holding code point `pos`. */
  std::size_t line_of(std::size_t pos) const;
  /** The first line from `i` on that is not blank (size() when none). */
  std::size_t next_nonblank(std::size_t i) const;

  /** Moves the line starts and roles into a layout (the lines are spent). */
  void move_into(report_layout& layout);

 private:
  std::u32string_view text_;
  std::vector<std::size_t> starts_;
  std::vector<std::size_t> ends_;
  std::vector<std::u32string> keys_;
  std::vector<line_role> roles_;
  std::vector<int> years_;
};

}  // namespace plan6
