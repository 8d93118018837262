#include "plan6/report/normal_key.hpp"

#include "plan6/common/characters.hpp"

namespace plan6 {

char32_t normal_char(char32_t c) noexcept {
  c = fold_width(c);
  switch (c) {
    case U'-':
    case U'−':
    case U'‐':
    case U'―':
    case U'—':
    case U'ｰ':
      return U'ー';
    case U'\uff65':  // ･ half-width middle dot
      return U'・';
    default:
      return c;
  }
}

std::u32string normal_key(std::u32string_view s) {
  std::u32string out;
  for (const char32_t c : s)
    if (!is_space(c)) out.push_back(normal_char(c));
  return out;
}

normal_text::normal_text(std::u32string_view s, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (!is_space(s[i])) text.push_back(normal_char(s[i])), origin.push_back(i);
}

}  // namespace plan6
