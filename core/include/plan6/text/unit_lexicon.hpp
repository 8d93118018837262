#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "plan6/text/number_kind.hpp"

namespace plan6 {

/**
 * A unit or counter word written after a number (人, 名, 件, 団体, ヶ所, ％, 年度, 月…), with
 * the canonical unit it is normalised to (persons, cases, organisations, places, percent…),
 * the kind of number it makes, and the factor to the base unit (割 = 10 percent).
 */
struct unit_word {
  std::u32string_view written;  ///< as matched, width-folded (％ is stored as %)
  std::string_view unit;        ///< canonical name: "persons", "yen", "month"…
  number_kind kind;             ///< quantity, date, fiscal_year, ordinal…
  double scale;                 ///< value × scale = value in `unit`
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

/** Every unit word known, for documentation and tests. */
const std::vector<unit_word>& unit_words();

/** The canonical names of all quantity units, without duplicates, in table order. */
std::vector<std::string_view> quantity_units();

}  // namespace plan6
