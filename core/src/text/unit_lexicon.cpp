#include "plan6/text/unit_lexicon.hpp"

#include <algorithm>

#include "plan6/calendar/date_lexer.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {
namespace {

using k = number_kind;
constexpr number_kind qty = number_kind::quantity;

// The one table of units. Canonical names follow the curated datasets (persons, cases, yen…);
// a row: unit, kind, display suffix, measure, measure after a verbal noun, nouns of the same
// kind, spellings.
const std::vector<unit_entry>& table() {
  static const std::vector<unit_entry> units = {
      // people and organisations
      {"persons", qty, U"人", U"人数", U"者数", {}, {U"人", U"名"}},
      {"organisations", qty, U"団体", U"団体数", U"団体数", {U"団体"}, {U"団体"}},
      {"companies", qty, U"社", U"企業数", U"企業数", {U"企業", U"社"}, {U"社", U"企業"}},
      {"institutions", qty, U"機関", U"機関数", U"機関数", {U"機関"}, {U"機関"}},
      {"households", qty, U"世帯", U"世帯数", U"世帯数", {U"世帯", U"戸"}, {U"世帯", U"戸"}},
      {"teams", qty, U"チーム", U"チーム数", U"チーム数", {U"チーム"}, {U"チーム"}},
      {"groups",
       qty,
       U"グループ",
       U"グループ数",
       U"グループ数",
       {U"グループ", U"組"},
       {U"グループ", U"組"}},
      // counts of things and events
      {"cases", qty, U"件", U"件数", U"件数", {U"案件"}, {U"件"}},
      {"times", qty, U"回", U"回数", U"回数", {}, {U"回"}},
      {"booths", qty, U"ブース", U"ブース数", U"ブース数", {U"ブース"}, {U"ブース"}},
      {"countries",
       qty,
       U"か国",
       U"国数",
       U"国数",
       {U"国"},
       {U"か国", U"カ国", U"ヶ国", U"ケ国", U"ヵ国", U"箇国"}},
      {"places",
       qty,
       U"か所",
       U"箇所数",
       U"箇所数",
       {U"所", U"エリア", U"地域", U"拠点"},
       {U"か所", U"カ所", U"ヶ所", U"ケ所", U"ヵ所", U"箇所"}},
      {"schools", qty, U"校", U"校数", U"校数", {U"校"}, {U"校"}},
      {"stores", qty, U"店舗", U"店舗数", U"店舗数", {U"店", U"店舗"}, {U"店舗", U"店"}},
      {"products",
       qty,
       U"品",
       U"製品数",
       U"製品数",
       {U"品", U"製品", U"商品"},
       {U"品", U"品目", U"製品", U"商品"}},
      {"districts", qty, U"地区", U"地区数", U"地区数", {U"地区", U"エリア", U"地域"}, {U"地区"}},
      {"departments", qty, U"学科", U"学科数", U"学科数", {U"学科"}, {U"学科"}},
      {"courses", qty, U"コース", U"コース数", U"コース数", {U"コース"}, {U"コース"}},
      {"lectures", qty, U"講座", U"講座数", U"講座数", {U"講座"}, {U"講座"}},
      {"shopping_streets", qty, U"商店街", U"商店街数", U"商店街数", {U"商店街"}, {U"商店街"}},
      {"cities", qty, U"都市", U"都市数", U"都市数", {U"都市"}, {U"都市"}},
      {"municipalities", qty, U"市町村", U"市町村数", U"市町村数", {U"市町村"}, {U"市町村"}},
      {"pages", qty, U"ページ", U"ページ数", U"ページ数", {U"ページ"}, {U"ページ", U"頁"}},
      {"wards", qty, U"区", U"区数", U"区数", {U"区", U"エリア"}, {U"区"}},
      {"categories", qty, U"区分", U"区分数", U"区分数", {U"区分"}, {U"区分"}},
      {"facilities", qty, U"施設", U"施設数", U"施設数", {U"施設"}, {U"施設"}},
      {"projects", qty, U"事業", U"事業数", U"事業数", {U"事業"}, {U"事業"}},
      {"units", qty, U"台", U"台数", U"台数", {U"台"}, {U"台"}},
      {"sheets", qty, U"枚", U"枚数", U"枚数", {U"枚"}, {U"枚"}},
      {"volumes", qty, U"冊", U"冊数", U"冊数", {U"冊"}, {U"冊"}},
      {"copies", qty, U"部", U"部数", U"部数", {U"部"}, {U"部"}},
      {"items", qty, U"個", U"数", U"数", {}, {U"個", U"つ", U"点", U"項目"}},
      {"kinds", qty, U"種類", U"種類数", U"種類数", {U"種類"}, {U"種類"}},
      {"buildings", qty, U"棟", U"棟数", U"棟数", {U"棟", U"軒"}, {U"棟", U"軒"}},
      {"installations", qty, U"基", U"基数", U"基数", {U"基"}, {U"基"}},
      {"pieces", qty, U"本", U"本数", U"本数", {U"木", U"樹"}, {U"本"}},
      {"routes", qty, U"路線", U"路線数", U"路線数", {U"路線"}, {U"路線"}},
      {"lines", qty, U"系統", U"系統数", U"系統数", {U"系統"}, {U"系統"}},
      {"services", qty, U"便", U"便数", U"便数", {U"便"}, {U"便"}},
      {"vessels", qty, U"隻", U"隻数", U"隻数", {U"船", U"艇"}, {U"隻"}},
      {"lots", qty, U"区画", U"区画数", U"区画数", {U"区画"}, {U"区画"}},
      {"rooms", qty, U"室", U"室数", U"室数", {U"室"}, {U"室"}},
      {"beds", qty, U"床", U"病床数", U"病床数", {U"床"}, {U"床"}},
      {"head", qty, U"頭", U"頭数", U"頭数", {U"牛", U"馬", U"豚"}, {U"頭"}},
      {"animals", qty, U"匹", U"匹数", U"匹数", {U"犬", U"猫", U"魚"}, {U"匹"}},
      {"garments", qty, U"着", U"着数", U"着数", {U"服", U"着"}, {U"着"}},
      {"plants", qty, U"株", U"株数", U"株数", {U"苗", U"株"}, {U"株"}},
      {"nurseries", qty, U"園", U"園数", U"園数", {U"園"}, {U"園"}},
      {"halls", qty, U"館", U"館数", U"館数", {U"館"}, {U"館"}},
      {"hospitals", qty, U"病院", U"病院数", U"病院数", {U"病院"}, {U"病院"}},
      // 30人日 is thirty person-days of work; 9,100人/日 is a daily count of people (a rate)
      {"person_days", qty, U"人日", U"延べ人数", U"延べ人数", {}, {U"人日", U"人・日"}},
      {"persons_per_day", qty, U"人/日", U"一日当たり人数", U"一日当たり人数", {}, {U"人/日"}},
      {"years_of_age", qty, U"歳", U"年齢", U"年齢", {}, {U"歳", U"才"}},
      {"multiples", qty, U"倍", U"倍率", U"倍率", {}, {U"倍"}},
      // money and ratios
      {"yen", qty, U"円", U"金額", U"額", {U"金", U"費"}, {U"円"}},
      {"percent", qty, U"％", U"割合", U"率", {}, {U"%", U"パーセント", {U"割", 10}}},
      {"percentage_points",
       qty,
       U"ポイント",
       U"増減幅",
       U"幅",
       {},
       {U"ポイント", U"%ポイント", U"%pt", U"pt"}},
      // measures
      {"hectares", qty, U"ha", U"面積", U"面積", {}, {U"ha", U"ヘクタール"}},
      {"square_metres", qty, U"㎡", U"面積", U"面積", {}, {U"㎡", U"平方メートル"}},
      {"kilometres", qty, U"km", U"距離", U"距離", {}, {U"km", U"㎞"}},
      {"kilograms", qty, U"kg", U"重量", U"量", {}, {U"kg", U"㎏"}},
      {"tonnes", qty, U"t", U"重量", U"量", {}, {U"トン"}},
      {"kilowatt_hours", qty, U"kWh", U"電力量", U"電力量", {}, {U"kWh"}},
      {"kilowatts", qty, U"kW", U"出力", U"出力", {}, {U"kW"}},
      // frequencies: 回 after a period word (月１回, 年３回), composed by the scanner
      {"times_per_month", qty, U"回/月", U"頻度", U"頻度", {}, {}, U"月"},
      {"times_per_year", qty, U"回/年", U"頻度", U"頻度", {}, {}, U"年"},
      {"times_per_week", qty, U"回/週", U"頻度", U"頻度", {}, {}, U"週"},
      {"times_per_day", qty, U"回/日", U"頻度", U"頻度", {}, {}, U"日"},
      // lengths of time: no counter of their own (3時間 is named 時間数)
      {"hours", k::duration, U"時間", {}, {}, {}, {U"時間"}},
      {"minutes", k::duration, U"分", {}, {}, {}, {U"分間"}},
      {"days", k::duration, U"日", {}, {}, {}, {U"日間"}},
      {"weeks", k::duration, U"週間", {}, {}, {}, {U"週間"}},
      {"months",
       k::duration,
       U"か月",
       {},
       {},
       {},
       {U"か月", U"カ月", U"ヶ月", U"ケ月", U"ヵ月", U"箇月", U"月間", U"か月間", U"カ月間",
        U"ヶ月間", U"ケ月間", U"ヵ月間"}},
      // 3ヵ年 (a three-year plan) as well as 5年間
      {"years",
       k::duration,
       U"年",
       {},
       {},
       {},
       {U"年間", U"か年", U"カ年", U"ヶ年", U"ケ年", U"ヵ年", U"箇年", U"か年間", U"カ年間",
        U"ヶ年間", U"ヵ年間"}},
      // calendar
      {"month", k::date, U"月", {}, {}, {}, {U"月"}},
      {"day", k::date, U"日", {}, {}, {}, {U"日"}},
      {"fiscal_year", k::fiscal_year, U"年度", {}, {}, {}, {U"年度"}},
      {"year", k::year, U"年", {}, {}, {}, {U"年"}},
      {"hour", k::time, U"時", {}, {}, {}, {U"時"}},
      {"minute", k::time, U"分", {}, {}, {}, {U"分"}},
      {"second", k::time, U"秒", {}, {}, {}, {U"秒"}},
      // ordinals and names
      {"grade", k::ordinal, U"年生", {}, {}, {}, {U"年生"}},
      {"ordinal", k::ordinal, U"番目", {}, {}, {}, {U"年目", U"回目", U"番目", U"次", U"期"}},
      {"rank", k::ordinal, U"位", {}, {}, {}, {U"位"}},
      {"anniversary", k::ordinal, U"周年", {}, {}, {}, {U"周年"}},
      {"address", k::name, U"丁目", {}, {}, {}, {U"丁目", U"番地"}},
      {"number", k::name, U"号", {}, {}, {}, {U"番", U"号", U"号館", U"号線"}},
  };
  return units;
}

// Every spelling as a word to match, pointing back to its unit.
const std::vector<unit_word>& words() {
  static const std::vector<unit_word> all = [] {
    std::vector<unit_word> out;
    for (const unit_entry& e : table())
      for (const unit_spelling& s : e.spellings)
        if (!s.text.empty()) out.push_back({s.text, e.unit, e.kind, s.scale, &e});
    return out;
  }();
  return all;
}

// The position after a line break at `p` with the spaces around it (PDF text keeps trailing
// spaces: "200ペー \nジ"), or `p` when there is no line break there.
std::size_t skip_line_break(std::u32string_view text, std::size_t p) {
  const std::size_t q = skip_inline_spaces(text, p);
  if (q >= text.size() || text[q] != U'\n') return p;
  return skip_inline_spaces(text, q + 1);
}

// Matches `word` at `pos`, letting one line break stand between two characters of the text.
std::size_t match_at(std::u32string_view text, std::size_t pos, std::u32string_view word) {
  std::size_t p = pos;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (i > 0) p = skip_line_break(text, p);
    if (p >= text.size() || fold_width(text[p]) != word[i]) return 0;
    ++p;
  }
  return p;
}

// The spellings by their first code point (stable: table order within one), so that a match
// looks only at the few that can start at a position.
struct first_index {
  std::vector<std::pair<char32_t, const unit_word*>> entries;
  first_index() {
    for (const unit_word& w : words())
      entries.emplace_back(w.written[0], &w);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  }
};

const first_index& by_first() {
  static const first_index index;
  return index;
}

}  // namespace

std::optional<unit_match> match_unit(std::u32string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  const char32_t first = fold_width(text[pos]);
  const auto& entries = by_first().entries;
  auto it = std::lower_bound(entries.begin(), entries.end(), first,
                             [](const auto& e, char32_t c) { return e.first < c; });
  const unit_word* best = nullptr;
  std::size_t best_end = 0;
  for (; it != entries.end() && it->first == first; ++it) {
    const unit_word& w = *it->second;
    if (best != nullptr && w.written.size() <= best->written.size()) continue;
    const std::size_t end = match_at(text, pos, w.written);
    if (end != 0) best = &w, best_end = end;
  }
  if (best == nullptr) return std::nullopt;
  return unit_match{best, best_end};
}

const std::vector<unit_entry>& unit_vocabulary() {
  return table();
}

const unit_entry* find_unit(std::string_view unit) noexcept {
  for (const unit_entry& e : table())
    if (e.unit == unit) return &e;
  return nullptr;
}

std::string_view frequency_unit(char32_t period) noexcept {
  for (const unit_entry& e : table())
    if (e.composed_of.size() == 1 && e.composed_of[0] == period) return e.unit;
  return {};
}

const std::vector<unit_word>& unit_words() {
  return words();
}

std::vector<std::string_view> quantity_units() {
  std::vector<std::string_view> out;
  for (const unit_word& w : words())
    if (w.kind == number_kind::quantity && std::find(out.begin(), out.end(), w.unit) == out.end())
      out.push_back(w.unit);
  return out;
}

}  // namespace plan6
