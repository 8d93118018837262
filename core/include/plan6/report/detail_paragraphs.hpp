#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "plan6/report/report_lines.hpp"

namespace plan6 {

/** A run of non-blank lines of a plan page that is one cell of the page. */
struct paragraph {
  std::size_t first_line = 0;
  std::size_t last_line = 0;  ///< inclusive
  line_role role = line_role::current_state;
};

/**
 * Groups the prose lines of the plan pages (from `first_line` on) into paragraphs and names
 * each from its first characters: a result bullet (・), a changed target (【…変更後…】), a change
 * note (【…変化…】, 【…課題…】), a goal cell (●, ○), else current-state prose.
 */
std::vector<paragraph> parse_detail_paragraphs(report_lines& lines, std::size_t first_line);

/** The text of a paragraph, its line breaks kept. */
std::u32string_view paragraph_text(const report_lines& lines, const paragraph& p);

}  // namespace plan6
