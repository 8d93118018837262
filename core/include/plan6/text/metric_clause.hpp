#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/text/metric_sentence.hpp"

/**
 * The clause around a number in a metric_sentence: what stands right before it (a label, the
 * list it is a member of, a total word) and after it (later members of the list, the verbal
 * noun it counts). The building blocks of the metric namer's left and right readings.
 */
namespace plan6 {

/** A label right before a number. */
struct label_info {
  sentence_span np;                   ///< the label's noun phrase; empty when there is none
  char32_t particle = 0;              ///< は, も, が, で, ：, に (向けに), or 0 when it touches
  std::size_t skipped = no_position;  ///< start of a word before the number that is no label
                                      ///< (市内, 年間)
};

/**
 * A total word right before `p` (計, 合計で, 全): stored in `total`, and the position before
 * it returned; else `p`.
 */
std::size_t strip_total(const metric_sentence& s, std::size_t p, std::u32string_view& total);

/**
 * The label right before `p`: 求職登録者827人, 件数：2,950件, 入場者数も15,200名,
 * 動員数は10万人, 高卒予定者向けに2回. A place or time word (市内, 年間) is skipped, not a label;
 * で marks a label only on a measure (件数で161件).
 */
label_info label_before(const metric_sentence& s, std::size_t p);

/**
 * The start of the list whose last member ends right before `p` (セミナー３回、マッチング１回、 /
 * 136団体 / 261機関から、), or `p`. With `labels`, members' own labels (directly before them)
 * are part of the list and stored in `member_labels` when given, nearest first.
 */
std::size_t list_start(const metric_sentence& s, std::size_t p, bool labels,
                       std::vector<sentence_span>* member_labels = nullptr);

/**
 * Skips the later members of the list after `q` ("、マッチング１回、計４回", "226ブース"):
 * `found` is set when there was one, `listed` when a separator (、 と 及び) stood between, so
 * that a noun after the list belongs to its last member alone (160企業、512名の求職者).
 */
std::size_t skip_list_after(const metric_sentence& s, std::size_t q, bool& found, bool& listed);

/** Whether a verb follows `word`, which ends at `e`: する/した/し/され/させ/でき, があり, を行い.
 */
bool verbal_after(const metric_sentence& s, std::size_t e, std::u32string_view word);

/**
 * A native verb written with kanji and okurigana at `i`, as its noun in `noun` (受け入れ →
 * 受入れ, 行い → 行); the position after it, or no_position.
 */
std::size_t native_verb(const metric_sentence& s, std::size_t i, std::u32string& noun);

/** A particle written with a kanji at `i` (に対し, に向け, に基づき, を通じ): its end, or
 * no_position. */
std::size_t compound_particle(const metric_sentence& s, std::size_t i);

/**
 * The verbal noun of the clause from `q` on (２回開催し, を認証し, が参加, において実施,
 * に補助金を交付): particles are skipped; the walk stops at 、。（ and at numbers, except after
 * an adverbial "…において、" or "…について、", whose clause goes on. A light verb (実施, 行う)
 * gives way to its object (モニター調査を実施 → モニター調査); a short object joins the verb
 * (補助金を交付 → 補助金交付). Empty when there is none.
 */
std::u32string verb_after(const metric_sentence& s, std::size_t q);

}  // namespace plan6
