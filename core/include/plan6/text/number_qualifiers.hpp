#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace plan6 {

/**
 * The words that qualify a number without being part of its value: 約 and 合計 before it, 余り,
 * 以上, を上回る, 程度, 増 and ずつ after it. They set mention_flag bits (number_kind.hpp).
 */

/**
 * The flags of the qualifier written at `pos`, right after a number's expression: the first
 * (longest) of 余り, あまり, 余 (approximate, lower bound), を超える, を上回る (lower bound,
 * threshold), を下回る (upper bound, threshold), 上回, 下回 (increase, decrease), 超, 以上 (lower
 * bound), 以下, 未満 (upper bound), 強, 弱, 程度, 前後, ほど (approximate), 増, 追加, 減, ずつ
 * (each); 0 when none is written there.
 */
std::uint32_t suffix_word_flags(std::u32string_view text, std::size_t pos) noexcept;

/** The qualifiers written right before a number. */
struct prefix_words {
  std::uint32_t flags = 0;  ///< approximate, total, each
  std::size_t start = 0;    ///< where an approximate word starts (約, およそ): the span's start
};

/**
 * The qualifiers ending at `before` (the numeral's start, spaces stepped over): 約, およそ,
 * おおむね, 概ね, ほぼ, 凡そ (approximate: part of the expression's span); 合計, 総計, 累計, 延べ,
 * 計, 全 (total); 各 or 各 and one kanji (each).
 */
prefix_words read_prefix_words(std::u32string_view text, std::size_t before) noexcept;

}  // namespace plan6
