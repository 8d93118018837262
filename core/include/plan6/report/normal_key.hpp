#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plan6 {

/**
 * Comparison keys of report text. PDF extraction writes the same label in several ways
 * (widths, dashes and long vowels, middle dots, line breaks and spaces inside a cell), so
 * labels and names are compared by their key: white space dropped and those variants folded.
 * Keys are for comparing, never for reporting text.
 */

/** One code point folded: full width to ASCII, dashes to ー, ･ to ・. */
char32_t normal_char(char32_t c) noexcept;

/** The key of `s`: white space dropped, every other code point folded. */
std::u32string normal_key(std::u32string_view s);

/** The key of `text[from, to)` with, for each code point of the key, its position in `text`. */
struct normal_text {
  std::u32string text;
  std::vector<std::size_t> origin;
  normal_text(std::u32string_view text, std::size_t from, std::size_t to);
};

/** Whether `s` starts with / contains `p` (keys and lines alike). */
inline bool starts_with(std::u32string_view s, std::u32string_view p) noexcept {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
inline bool contains(std::u32string_view s, std::u32string_view p) noexcept {
  return s.find(p) != std::u32string_view::npos;
}

}  // namespace plan6
