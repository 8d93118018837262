#pragma once

#include <cstdint>
#include <string_view>

namespace plan6 {

/** What a label of an evaluation sheet names. */
enum class field_kind : std::uint8_t {
  none,       ///< not a label
  item_name,  ///< 事務事業名, 事業名, 施策名, 取組名 …: the name of the thing evaluated
  grade,      ///< 達成度, 達成状況, 評価, 妥当性, 有効性, 効率性, 点検結果 …: a graded field
  year,       ///< 評価年度, 対象年度: the fiscal year evaluated
  text,       ///< 所管課, 概要, 事業目的, 今後の方向性 …: a field in words
};

/**
 * The kind of a label, from a comparison key that is the whole label (never a list of one
 * document's labels: the words say what a label is). An item's name label ends in 名 or 名称
 * and says what is named (事業, 施策, 計画, 取組, 政策, 事務, プログラム, 項目, 業務); a grade
 * label names a criterion (達成, 評価, 妥当, 有効, 効率, 経済, 必要, 公平, 緊急, 点検, 進捗, 判定)
 * and is no reason or comment on it (評価理由, 評価の内容).
 */
field_kind field_label_kind(std::u32string_view key) noexcept;

/**
 * How strongly a grade label marks the headline grade: 0 for 達成度, 1 for 達成状況区分 /
 * 達成状況, 2 for 総合評価, 3 for 評価, 9 for the other criteria; a period before the label
 * (3年間の達成状況, 前年度の評価) adds 5.
 */
int headline_priority(std::u32string_view key) noexcept;

}  // namespace plan6
