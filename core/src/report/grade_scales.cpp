#include "plan6/report/grade_scales.hpp"

#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

std::optional<grade_code> roman_in_latin(sv t) {
  static constexpr sv numerals[] = {U"I", U"II", U"III", U"IV", U"V"};
  static constexpr sv written[] = {U"Ⅰ", U"Ⅱ", U"Ⅲ", U"Ⅳ", U"Ⅴ"};
  for (int i = 0; i < 5; ++i)
    if (t == numerals[i]) return grade_code{grade_family::roman, i + 1, std::u32string(written[i])};
  return std::nullopt;
}

}  // namespace

std::string_view grade_family_name(grade_family family) noexcept {
  switch (family) {
    case grade_family::digits:
      return "digits";
    case grade_family::letters:
      return "letters";
    case grade_family::marks:
      return "marks";
    case grade_family::roman:
      return "roman";
  }
  return "digits";
}

std::optional<grade_code> read_grade_code(sv token, bool* starred) {
  std::u32string t;
  for (const char32_t c : token)
    if (!is_space(c)) t.push_back(fold_width(c));
  if (starred) *starred = false;
  if (t.size() >= 2 && (t.back() == U'*' || t.back() == U'＊')) {
    t.pop_back();
    if (starred) *starred = true;
  }
  if (t.empty()) return std::nullopt;
  if (t.size() == 1) {
    const char32_t c = t[0];
    if (const int d = digit_value(c); d >= 1)
      return grade_code{grade_family::digits, d,
                        std::u32string(1, static_cast<char32_t>(U'0' + d))};
    if (c == U'S') return grade_code{grade_family::letters, 0, U"S"};
    if (c >= U'A' && c <= U'H')
      return grade_code{grade_family::letters, static_cast<int>(c - U'A') + 1, t};
    if (c >= U'a' && c <= U'h')  // as written: a document may grade a, b, c beside A, B, C
      return grade_code{grade_family::letters, static_cast<int>(c - U'a') + 1, t};
    switch (c) {
      case U'◎':
        return grade_code{grade_family::marks, 1, U"◎"};
      case U'○':
      case U'〇':
      case U'●':
        return grade_code{grade_family::marks, 2, U"○"};
      case U'△':
      case U'▲':
        return grade_code{grade_family::marks, 3, U"△"};
      case U'×':
      case U'✕':
      case U'☓':
        return grade_code{grade_family::marks, 4, U"×"};
      default:
        break;
    }
    if (c >= U'Ⅰ' && c <= U'Ⅹ')
      return grade_code{grade_family::roman, static_cast<int>(c - U'Ⅰ') + 1, t};
    if (c >= U'ⅰ' && c <= U'ⅹ')
      return grade_code{grade_family::roman, static_cast<int>(c - U'ⅰ') + 1,
                        std::u32string(1, static_cast<char32_t>(c - U'ⅰ' + U'Ⅰ'))};
    if (c == U'I' || c == U'V') return roman_in_latin(t);
    return std::nullopt;
  }
  return roman_in_latin(t);
}

}  // namespace plan6
