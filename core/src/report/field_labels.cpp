#include "plan6/report/field_labels.hpp"

#include <algorithm>
#include <initializer_list>

#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

bool has_any(sv key, std::initializer_list<sv> words) {
  return std::any_of(words.begin(), words.end(), [&](sv w) { return contains(key, w); });
}

bool ends_with(sv s, sv w) {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

// A label is a short run of words: kanji, kana, ・, digits and brackets (3か年の達成状況).
bool label_like(sv key) {
  if (key.empty() || key.size() > 16) return false;
  return std::all_of(key.begin(), key.end(), [](char32_t c) {
    return is_kanji(c) || is_katakana(c) || is_hiragana(c) || c == U'・' || c == U'(' ||
           c == U')' || c == U'等' || is_digit(c) || c == U'】' || c == U'【' || c == U'■' ||
           c == U'□' || c == U'◆' || c == U'〔' || c == U'〕';
  });
}

}  // namespace

field_kind field_label_kind(sv key) noexcept {
  // A row number column: No., №, 番号.
  if (key == U"No." || key == U"No" || key == U"NO." || key == U"№" || key == U"no.")
    return field_kind::text;
  if (!label_like(key)) return field_kind::none;
  if ((ends_with(key, U"名") || ends_with(key, U"名称")) &&
      has_any(key, {U"事業", U"施策", U"計画", U"取組", U"政策", U"事務", U"プログラム", U"項目",
                    U"業務"}))
    return field_kind::item_name;
  if (has_any(key, {U"理由", U"内容", U"説明", U"コメント", U"所見", U"意見", U"方向性", U"基準",
                    U"方法", U"視点"}))
    return has_any(key, {U"方向性"}) ? field_kind::text : field_kind::none;
  if (ends_with(key, U"年度") && has_any(key, {U"評価", U"対象", U"実施", U"実績"}))
    return field_kind::year;
  if (has_any(key, {U"達成度", U"達成状況", U"評価", U"妥当性", U"有効性", U"効率性", U"経済性",
                    U"必要性", U"公平性", U"緊急性", U"点検結果", U"進捗", U"判定", U"貢献度"}))
    return field_kind::grade;
  if (has_any(key, {U"所管", U"担当", U"概要", U"目的", U"事業内容", U"対象", U"手段", U"意図",
                    U"事業期間", U"事業費", U"根拠", U"コード", U"番号", U"区分", U"課題", U"改善",
                    U"成果", U"備考"}))
    return field_kind::text;
  return field_kind::none;
}

int headline_priority(sv key) noexcept {
  int period = has_any(key, {U"年間", U"前年", U"昨年", U"累計", U"中間", U"期間"}) ? 5 : 0;
  if (contains(key, U"達成度")) return period;
  if (contains(key, U"達成状況")) return 1 + period;
  if (contains(key, U"総合評価")) return 2 + period;
  if (ends_with(key, U"評価")) return 3 + period;
  return 9 + period;
}

}  // namespace plan6
