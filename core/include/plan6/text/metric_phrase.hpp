#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/text/number_scanner.hpp"

namespace plan6 {

/**
 * The name of what a number in running text measures, the way an analyst names a column:
 * the subject (the programme, event or thing the number is about) and the measure (what is
 * counted). "「科学技術サロン」を３回開催しました" → 科学技術サロン / 開催回数.
 */
struct metric_name {
  std::u32string subject;  ///< 科学技術サロン, かわさきマイスター; empty when the text names none
  std::u32string measure;  ///< 開催回数, 応募件数, 参加者数, 金額; never empty

  /** "subject measure", or the measure alone. */
  std::u32string text() const;
};

/**
 * Names the metric of `mentions[index]` (a quantity) from the sentence around it, by
 * Japanese sentence patterns, not by a list of names:
 *
 * - the measure: a label right before the number (求職登録者 827人, 件数：2,950件,
 *   入場者数も 15,200名, （参加者132人）), else the verbal noun after it (２回開催し,
 *   39件の応募があり, 23件を認証し, 95人が参加) joined to what the counter counts (回 → 回数,
 *   人 → 者数, 団体 → 団体数), else the counter's meaning alone (件数, 人数, 金額);
 * - the subject: a 「…」 name or noun phrase that is the object (…を２回開催), the label
 *   (企画部会2回), the noun before a bracketed count (展示会出展支援（6社）), or the topic of the
 *   clause (…は、 …では、 …については、 …として), else the nearest object earlier in the sentence.
 *
 * Names never hold a digit, another number, a dangling particle or a fiscal year; an
 * anaphoric 同 is dropped and the totals of a list are marked （計）. `floor` and `ceiling`
 * bound the text that may be read (a report section); `mentions` is scan_numbers(text).
 */
metric_name name_metric(std::u32string_view text, const std::vector<number_mention>& mentions,
                        std::size_t index, std::size_t floor = 0,
                        std::size_t ceiling = static_cast<std::size_t>(-1));

/**
 * What a canonical unit counts, as the end of a column name: "cases" → 件数, "times" → 回数,
 * "persons" → 人数, "yen" → 金額, "percent" → 割合; an unknown unit gives 数.
 */
std::u32string_view counter_measure(std::string_view unit) noexcept;

}  // namespace plan6
