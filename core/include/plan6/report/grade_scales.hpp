#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plan6 {

/** The families of grade codes evaluation sheets use. */
enum class grade_family : std::uint8_t {
  digits,   ///< 1 2 3 4 5
  letters,  ///< A B C D (E…H), S A B C
  marks,    ///< ◎ ○ △ ×
  roman,    ///< Ⅰ Ⅱ Ⅲ Ⅳ Ⅴ, I II III IV V
};

/** The family's name ("letters"). */
std::string_view grade_family_name(grade_family family) noexcept;

/** A grade code as written, with its family and its rank within the family's natural order. */
struct grade_code {
  grade_family family = grade_family::digits;
  int rank = 0;         ///< 1 for 1, A (S is 0: above A), ◎, Ⅰ; then upwards
  std::u32string code;  ///< normalised: ASCII digits and letters, ◎○△×, Ⅰ–Ⅴ
};

/**
 * Reads a whole token as a grade code: one digit 1–9 (ASCII or full width), one Latin letter
 * A–H or S (any width; not a word), one of ◎ ○ △ × ✕ ● ▲, or a Roman numeral Ⅰ–Ⅹ (also
 * ⅰ–ⅹ and I, II, III, IV, V in Latin letters). A trailing * (3*: target changed) is allowed and
 * reported in `starred`. Anything else is nullopt.
 */
std::optional<grade_code> read_grade_code(std::u32string_view token, bool* starred = nullptr);

}  // namespace plan6
