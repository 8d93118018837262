#pragma once

#include <cstdint>
#include <string_view>

namespace plan6 {

/**
 * What a number in running text is. Only quantities (and bare numbers, which lack a unit) can
 * become facts; the other kinds are classified so that no number goes unaccounted for.
 */
enum class number_kind : std::uint8_t {
  quantity,     ///< a count, amount, percentage or frequency with its unit: 426人, 91.5％
  bare,         ///< a number with no unit: the 3 of a 達成状況区分 cell
  date,         ///< a month and/or day, with its year if written: 1月28日, ４月, 2010年10月
  fiscal_year,  ///< 2012年度, 平成24年度, 24年度, 2011(平成23）年度
  year,         ///< a calendar or era year: 2011年, 平成24年
  time,         ///< a time of day: 10時, 30分
  duration,     ///< a length of time: 3か月, 2年間, 5日間
  ordinal,      ///< 第1回, １年生, 30周年, 1位
  list_marker,  ///< ①, (1), a number heading a line ("１ 国際的視点…")
  name,         ///< part of a name or code: ＣＯ2, 技術展2013, 殿町３丁目
  word,         ///< a kanji numeral inside a word: 一部, 統一, 千葉
};

/** The number of kinds, for tables indexed by kind. */
inline constexpr int number_kind_count = 11;

/** The kind's name in snake case ("fiscal_year"), as the Python layer shows it. */
std::string_view number_kind_name(number_kind kind) noexcept;

/** Flags of a number mention (a bit set). */
namespace mention_flag {
inline constexpr std::uint32_t approximate = 1u << 0;  ///< 約, およそ, 程度, 余り…
inline constexpr std::uint32_t lower_bound = 1u << 1;  ///< 以上, 超, 余り, を超える, を上回る
inline constexpr std::uint32_t upper_bound = 1u << 2;  ///< 以下, 未満, 弱, を下回る
inline constexpr std::uint32_t total = 1u << 3;        ///< 計, 合計, 全, 延べ, 累計
inline constexpr std::uint32_t each = 1u << 4;         ///< 各, ずつ
inline constexpr std::uint32_t increase = 1u << 5;     ///< 増, 増加, 追加 after the unit
inline constexpr std::uint32_t decrease = 1u << 6;     ///< 減, 減少 after the unit
inline constexpr std::uint32_t overflow = 1u << 7;     ///< beyond int64: value is NaN
inline constexpr std::uint32_t inexact = 1u << 8;      ///< beyond 2^53: nearest double
inline constexpr std::uint32_t distributed =
    1u << 9;  ///< unit taken from the next number (１、２年生)
inline constexpr std::uint32_t negative = 1u << 10;     ///< ▲, △, − before the number
inline constexpr std::uint32_t threshold = 1u << 11;    ///< followed by を上回る/を超える/を下回る
inline constexpr std::uint32_t range_start = 1u << 12;  ///< followed by ～ or から and a number
/** A grade, not a count: the 3 of "事業の妥当性 3" or "達成度\n3", the A of "評価：A", and the
 * codes of a scale written in a row ("4 やや劣る 5 優る"). The kind is bare, with no unit; the
 * value is the digit (a roman numeral's number), NaN for letters and marks (A, ◎). */
inline constexpr std::uint32_t grade = 1u << 13;
/** A scale written as a unit label: （千円）, (百万円), 単位：千人. The kind is word; the value
 * is the scale (1000) and the unit the canonical one (yen), so a reader can apply it to the
 * column or row it labels. */
inline constexpr std::uint32_t unit_label = 1u << 14;
}  // namespace mention_flag

}  // namespace plan6
