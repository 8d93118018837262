#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "plan6/text/number_kind.hpp"

namespace plan6 {

/** One way a unit is written after a number, and its factor to the canonical unit. */
struct unit_spelling {
  std::u32string_view text;  ///< width-folded (％ is stored as %); empty: no spelling
  double scale = 1;          ///< value × scale = value in the canonical unit (割 = 10 percent)

  constexpr unit_spelling() noexcept = default;
  // Implicit, so that a table row lists its spellings as plain literals.
  constexpr unit_spelling(const char32_t* t, double s = 1) noexcept : text(t), scale(s) {}
};

/**
 * A canonical unit of the vocabulary: how it is written after a number, how a value in it is
 * displayed, and what its counter counts when a metric is named. The one table of units:
 * the number scanner matches its spellings, the metric namer reads its counter meanings,
 * and the Python layer takes its display suffixes (plan6.units).
 */
struct unit_entry {
  std::string_view unit;        ///< canonical name, as the datasets write it: "persons", "yen"
  number_kind kind;             ///< what a number in this unit is: quantity, duration, date…
  std::u32string_view suffix;   ///< written after a value in `unit` when displayed: 人, ％, か国
  std::u32string_view measure;  ///< what it counts, as a column name's end: 人数, 件数, 金額;
                                ///< empty for units that name no count (dates, durations)
  std::u32string_view counted;  ///< the same after a verbal noun: 参加 + 者数, 交付 + 額
  std::array<std::u32string_view, 4> kin;   ///< noun endings counted by it: 企業 for 社
  std::array<unit_spelling, 12> spellings;  ///< as written after a number: 人, 名
  std::u32string_view composed_of = {};  ///< for a frequency (回 after a period word), the period:
                                         ///< 月 for times_per_month; empty otherwise
};

/**
 * The unit vocabulary, one entry per canonical unit: every quantity, duration, calendar,
 * ordinal and name unit the scanner knows, and the frequencies it composes (月１回 →
 * times_per_month). Spellings are unique across the table.
 */
const std::vector<unit_entry>& unit_vocabulary();

/** The entry of a canonical unit ("persons"), or nullptr when there is none. */
const unit_entry* find_unit(std::string_view unit) noexcept;

/**
 * The frequency unit of a period word before 回 (月 → "times_per_month", 年, 週, 日), or an
 * empty view when `period` is no period word.
 */
std::string_view frequency_unit(char32_t period) noexcept;

/**
 * One spelling of a unit written after a number (人, 名, 件, 団体, ヶ所, ％, 年度, 月…),
 * with the canonical unit it is normalised to, the kind of number it makes, and the factor
 * to the canonical unit (割 = 10 percent).
 */
struct unit_word {
  std::u32string_view written;  ///< as matched, width-folded (％ is stored as %)
  std::string_view unit;        ///< canonical name: "persons", "yen", "month"…
  number_kind kind;             ///< quantity, date, fiscal_year, ordinal…
  double scale;                 ///< value × scale = value in `unit`
  const unit_entry* entry;      ///< the vocabulary entry of `unit`
};

/** The result of matching a unit word at a position. */
struct unit_match {
  const unit_word* word = nullptr;
  std::size_t end = 0;  ///< one past the last code point of the unit in the text
};

/**
 * The longest unit word that starts at `pos`. Width variants fold (％ = %, ｶ所 is not
 * folded), and a single line break may stand between any two characters of the word, as PDF
 * extraction leaves it ("200ペー\nジ").
 */
std::optional<unit_match> match_unit(std::u32string_view text, std::size_t pos);

/** Every spelling of the vocabulary, in table order, for matching, documentation and tests. */
const std::vector<unit_word>& unit_words();

/** The canonical names of all quantity units written after a number, in table order. */
std::vector<std::string_view> quantity_units();

}  // namespace plan6
