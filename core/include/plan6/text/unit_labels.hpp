#pragma once

#include <cstddef>
#include <string_view>

#include "plan6/text/japanese_number.hpp"

namespace plan6 {

/**
 * Whether the numeral `num`, with its unit ending at `unit_end`, is a unit label rather than a
 * number: a scale written with place kanji alone (千, 百万, 十億; no digit) before a unit,
 * inside a bracket that holds nothing else — 事業費（千円）, (百万円), （千人）, （千円・人）
 * — or after 単位 (単位：千円, （単位 千人）). Such a label says the numbers it heads are in
 * thousands of yen; it is never the amount 1,000 yen.
 */
bool is_unit_label(std::u32string_view text, const numeral& num, std::size_t unit_end);

}  // namespace plan6
