#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace plan6 {

/**
 * UTF-8 text at the boundary, code points inside. Python hands plan6 UTF-8 `str` data and
 * counts positions in code points, so the text parts decode once to UTF-32 and report every
 * span in code points: `text[start:end]` in Python is the same slice.
 */

/**
 * Decodes UTF-8. Throws plan6::parse_error naming the byte offset of the first invalid
 * sequence (overlong forms, surrogates, code points above U+10FFFF and truncated sequences
 * are invalid).
 */
std::u32string decode_utf8(std::string_view text);

/** Encodes code points as UTF-8 (the input is trusted to hold valid code points). */
std::string encode_utf8(std::u32string_view text);

/** The value 0–9 of an ASCII or full-width digit (０–９), or -1. */
constexpr int digit_value(char32_t c) noexcept {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

/** Whether `c` is white space in PDF-extracted Japanese text (ASCII, ideographic, NBSP). */
constexpr bool is_space(char32_t c) noexcept {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
         c == U'\u3000' || c == U'\u00a0';
}

/**
 * Folds full-width ASCII variants (！–～, U+FF01–U+FF5E) to ASCII and the ideographic space
 * to a space; other code points are unchanged. A code-point-for-code-point map, so spans are
 * kept.
 */
constexpr char32_t fold_width(char32_t c) noexcept {
  if (c >= U'\uff01' && c <= U'\uff5e') return c - 0xfee0;
  if (c == U'\u3000') return U' ';
  return c;
}

}  // namespace plan6
