#pragma once

#include <cstddef>
#include <string_view>

namespace plan6 {

/**
 * Grades among numbers. A number that grades (the 3 of "事業の妥当性 3") is no count of the word
 * after it and no list marker, whatever follows it; these tell the number scanner where one is.
 */

/**
 * Whether a grade field's label ends right before `pos`: a word ending in 達成度, 達成状況,
 * 達成状況区分, 評価, 評価結果, 妥当性, 有効性, 効率性, 経済性, 必要性, 公平性, 緊急性, 点検結果,
 * 進捗度, 進捗状況, 判定, 貢献度 or 評点, then (or right away) a colon and spaces with one line
 * break at most: "事業の妥当性 3", "達成度\n3", "評価：A", "達成度3". A blank line ends the field.
 */
bool after_grade_label(std::u32string_view text, std::size_t pos, bool line_break = true);

/**
 * The end of a grade written as a letter, a mark or a roman numeral at `pos` — A–H or S (ASCII
 * or full width), ◎ ○ △ × ✕, Ⅰ–Ⅹ — standing alone: followed by white space, punctuation, a
 * bracket, a * (A*: the target changed) or the end. 0 when there is none.
 */
std::size_t grade_symbol_end(std::u32string_view text, std::size_t pos);

/** Whether a grade symbol (grade_symbol_end) can start with `c`. */
bool may_start_grade_symbol(char32_t c) noexcept;

/** Whether `c` is one of the grade marks ◎ ○ △ × ✕, which also head bulleted lines. */
bool is_grade_mark(char32_t c) noexcept;

/**
 * Whether the digit at [start, end) is a code of a scale written in one row, as legends put
 * it: "1 劣る 2 やや劣る 3 普通 4 やや優る 5 優る". The digit (1–9, alone, at the line's start
 * or after a space) is followed by one space and its label (a word of up to 16 code points
 * without digits, not just a unit), and the pair before or after it on the line is the next
 * code (one more or one less) with its label. A count row ("1 目標を上回って達成 2 1") is no
 * scale: its numbers after the label have no labels of their own.
 */
bool is_scale_code(std::u32string_view text, std::size_t start, std::size_t end);

}  // namespace plan6
