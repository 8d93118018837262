#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plan6 {

/**
 * Whether `c` may be letter-spaced in a PDF (均等割り付け): kanji, kana (not the middle dot ・,
 * a list marker) and digits, ASCII or full width.
 */
constexpr bool is_spaceable(char32_t c) noexcept {
  return (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FA) ||
         (c >= 0x30FC && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
         c == U'々' || c == U'〆';
}

/** Text between spaces on one line of a PDF page, with its box (y downwards) and the white
 * space before it in the page's text. Views into the page's text. */
struct spaced_piece {
  std::u32string_view text;
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  std::u32string_view separator;
};

/**
 * The pieces of one run as text: the spaces of the PDF between them, none inside a
 * letter-spaced run — two or more pieces of one or two spaceable characters (one of them a
 * single character) at one even gap of at most 1.1 em (spread at most 0.35 em), PDFium's
 * spaces standing for the gaps. A run takes in a longer spaceable neighbour at the same gap
 * (「平 成 28年度」 → 平成28年度: no gap inside 28年度). The em is the median piece height. A
 * separator holding ideographic spaces is kept as that many of them, any other as one space.
 */
std::u32string join_spaced_pieces(const std::vector<spaced_piece>& pieces);

}  // namespace plan6
