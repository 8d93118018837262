#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace plan6 {

/** The box of one character of a PDF page, in points, y growing downwards. */
struct char_box {
  double left = 0, top = 0, right = 0, bottom = 0;
};

/** A run of text on one line of a PDF page, with its box (y downwards). */
struct page_segment {
  std::u32string text;
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
};

/** The box of character `i` of the page's text (PDFium's FPDFText_GetLooseCharBox). */
using char_box_function = std::function<char_box(std::size_t)>;

/**
 * The runs of text of a PDF page with their boxes, in the text's order, from the page's text
 * (code points, character i at index i) and the boxes of some of its characters.
 *
 * PDFium's line breaks are not to be trusted: it breaks inside a line where a font changes
 * and runs two lines together without a break. So each of its lines (the text between
 * control characters, without the white space around it) is measured by the boxes of its
 * first and last characters; where they disagree — not on one line (tops more than half an
 * em apart), going backwards (more than 0.2 em), or wider than its characters can be without
 * a gap of an em (0.62 em a character for ASCII text, an em otherwise, plus one) — the line is
 * cut at its white space, each piece bisected only where it is itself not one run, and pieces
 * side by side (tops within half an em, a gap of -0.2 em to an em) joined again. A run that
 * holds the start of a letter-spaced stretch (pieces of one or two spaceable characters one
 * space or ideographic space apart, bounded by white space) is measured piece by piece and
 * joined by join_spaced_pieces. A run that continues the one before it on the same line (a
 * gap of -0.2 to 1.2 em, tops within half an em: PDFium broke the line at a font change)
 * is joined to it, with a space where the text had one between them or the gap is 0.3 em or
 * more. White space is Unicode's (Python's str.isspace). A page costs a few box calls a line,
 * not one a character.
 */
std::vector<page_segment> page_segments(std::u32string_view text, const char_box_function& box);

}  // namespace plan6
