#include "plan6/text/unit_lexicon.hpp"

#include <algorithm>

#include "plan6/calendar/date_lexer.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {
namespace {

using k = number_kind;

// Canonical names follow the curated datasets (python/plan6/units.py): persons, cases, yen…
const std::vector<unit_word>& table() {
  static const std::vector<unit_word> words = {
      // people and organisations
      {U"人", "persons", k::quantity, 1},
      {U"名", "persons", k::quantity, 1},
      {U"団体", "organisations", k::quantity, 1},
      {U"社", "companies", k::quantity, 1},
      {U"企業", "companies", k::quantity, 1},
      {U"機関", "institutions", k::quantity, 1},
      {U"世帯", "households", k::quantity, 1},
      {U"戸", "households", k::quantity, 1},
      {U"チーム", "teams", k::quantity, 1},
      {U"グループ", "groups", k::quantity, 1},
      {U"組", "groups", k::quantity, 1},
      // counts of things and events
      {U"件", "cases", k::quantity, 1},
      {U"回", "times", k::quantity, 1},
      {U"ブース", "booths", k::quantity, 1},
      {U"か国", "countries", k::quantity, 1},
      {U"カ国", "countries", k::quantity, 1},
      {U"ヶ国", "countries", k::quantity, 1},
      {U"ケ国", "countries", k::quantity, 1},
      {U"ヵ国", "countries", k::quantity, 1},
      {U"箇国", "countries", k::quantity, 1},
      {U"か所", "places", k::quantity, 1},
      {U"カ所", "places", k::quantity, 1},
      {U"ヶ所", "places", k::quantity, 1},
      {U"ケ所", "places", k::quantity, 1},
      {U"ヵ所", "places", k::quantity, 1},
      {U"箇所", "places", k::quantity, 1},
      {U"校", "schools", k::quantity, 1},
      {U"店舗", "stores", k::quantity, 1},
      {U"店", "stores", k::quantity, 1},
      {U"品", "products", k::quantity, 1},
      {U"品目", "products", k::quantity, 1},
      {U"製品", "products", k::quantity, 1},
      {U"商品", "products", k::quantity, 1},
      {U"地区", "districts", k::quantity, 1},
      {U"学科", "departments", k::quantity, 1},
      {U"コース", "courses", k::quantity, 1},
      {U"講座", "lectures", k::quantity, 1},
      {U"商店街", "shopping_streets", k::quantity, 1},
      {U"都市", "cities", k::quantity, 1},
      {U"市町村", "municipalities", k::quantity, 1},
      {U"ページ", "pages", k::quantity, 1},
      {U"頁", "pages", k::quantity, 1},
      {U"区", "wards", k::quantity, 1},
      {U"区分", "categories", k::quantity, 1},
      {U"施設", "facilities", k::quantity, 1},
      {U"事業", "projects", k::quantity, 1},
      {U"台", "units", k::quantity, 1},
      {U"枚", "sheets", k::quantity, 1},
      {U"冊", "volumes", k::quantity, 1},
      {U"部", "copies", k::quantity, 1},
      {U"個", "items", k::quantity, 1},
      {U"つ", "items", k::quantity, 1},
      {U"点", "items", k::quantity, 1},
      {U"項目", "items", k::quantity, 1},
      {U"種類", "kinds", k::quantity, 1},
      {U"棟", "buildings", k::quantity, 1},
      {U"軒", "buildings", k::quantity, 1},
      {U"基", "installations", k::quantity, 1},
      {U"歳", "years_of_age", k::quantity, 1},
      {U"才", "years_of_age", k::quantity, 1},
      {U"倍", "multiples", k::quantity, 1},
      // money and ratios
      {U"円", "yen", k::quantity, 1},
      {U"%", "percent", k::quantity, 1},
      {U"パーセント", "percent", k::quantity, 1},
      {U"割", "percent", k::quantity, 10},
      {U"ポイント", "percentage_points", k::quantity, 1},
      // measures
      {U"ha", "hectares", k::quantity, 1},
      {U"ヘクタール", "hectares", k::quantity, 1},
      {U"㎡", "square_metres", k::quantity, 1},
      {U"平方メートル", "square_metres", k::quantity, 1},
      {U"km", "kilometres", k::quantity, 1},
      {U"㎞", "kilometres", k::quantity, 1},
      {U"kg", "kilograms", k::quantity, 1},
      {U"㎏", "kilograms", k::quantity, 1},
      {U"トン", "tonnes", k::quantity, 1},
      {U"kWh", "kilowatt_hours", k::quantity, 1},
      {U"kW", "kilowatts", k::quantity, 1},
      // lengths of time
      {U"時間", "hours", k::duration, 1},
      {U"分間", "minutes", k::duration, 1},
      {U"日間", "days", k::duration, 1},
      {U"週間", "weeks", k::duration, 1},
      {U"か月", "months", k::duration, 1},
      {U"カ月", "months", k::duration, 1},
      {U"ヶ月", "months", k::duration, 1},
      {U"ケ月", "months", k::duration, 1},
      {U"ヵ月", "months", k::duration, 1},
      {U"箇月", "months", k::duration, 1},
      {U"月間", "months", k::duration, 1},
      {U"年間", "years", k::duration, 1},
      // calendar
      {U"月", "month", k::date, 1},
      {U"日", "day", k::date, 1},
      {U"年度", "fiscal_year", k::fiscal_year, 1},
      {U"年", "year", k::year, 1},
      {U"時", "hour", k::time, 1},
      {U"分", "minute", k::time, 1},
      {U"秒", "second", k::time, 1},
      // ordinals and names
      {U"年生", "grade", k::ordinal, 1},
      {U"年目", "ordinal", k::ordinal, 1},
      {U"回目", "ordinal", k::ordinal, 1},
      {U"番目", "ordinal", k::ordinal, 1},
      {U"位", "rank", k::ordinal, 1},
      {U"次", "ordinal", k::ordinal, 1},
      {U"期", "ordinal", k::ordinal, 1},
      {U"周年", "anniversary", k::ordinal, 1},
      {U"丁目", "address", k::name, 1},
      {U"番地", "address", k::name, 1},
      {U"番", "number", k::name, 1},
      {U"号", "number", k::name, 1},
      {U"号館", "number", k::name, 1},
      {U"号線", "number", k::name, 1},
  };
  return words;
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

}  // namespace

std::optional<unit_match> match_unit(std::u32string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  const char32_t first = fold_width(text[pos]);
  const unit_word* best = nullptr;
  std::size_t best_end = 0;
  for (const unit_word& w : table()) {
    if (w.written[0] != first) continue;
    if (best != nullptr && w.written.size() <= best->written.size()) continue;
    const std::size_t end = match_at(text, pos, w.written);
    if (end != 0) best = &w, best_end = end;
  }
  if (best == nullptr) return std::nullopt;
  return unit_match{best, best_end};
}

const std::vector<unit_word>& unit_words() {
  return table();
}

std::vector<std::string_view> quantity_units() {
  std::vector<std::string_view> out;
  for (const unit_word& w : table())
    if (w.kind == number_kind::quantity && std::find(out.begin(), out.end(), w.unit) == out.end())
      out.push_back(w.unit);
  return out;
}

}  // namespace plan6
