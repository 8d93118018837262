#include "plan6/text/metric_phrase.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

#include "plan6/common/characters.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {

std::u32string metric_name::text() const {
  if (subject.empty()) return measure;
  if (measure.empty()) return subject;
  return subject + U' ' + measure;
}

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);
using sv = std::u32string_view;

// ---- characters -------------------------------------------------------------------------

// Joins two words into one name: 研修生・視察者, JOB-L, サイエンス＆テクノロジー.
bool is_connector(char32_t c) noexcept {
  return c == U'・' || c == U'\uff65' || c == U'&' || c == U'＆' || c == U'-' || c == U'－' ||
         c == U'‐';
}

bool is_open_quote(char32_t c) noexcept {
  return c == U'「' || c == U'『' || c == U'\uff62';
}
bool is_close_quote(char32_t c) noexcept {
  return c == U'」' || c == U'』' || c == U'\uff63';
}
bool is_open_paren(char32_t c) noexcept {
  return c == U'（' || c == U'(';
}
bool is_close_paren(char32_t c) noexcept {
  return c == U'）' || c == U')';
}

// A character that starts a list item at the beginning of a line.
bool is_bullet(char32_t c) noexcept {
  return c == U'・' || c == U'\uff65' || c == U'●' || c == U'○' || c == U'◆' || c == U'◇' ||
         c == U'■' || c == U'□' || c == U'◎' || c == U'※';
}

bool ends_with(sv s, sv w) noexcept {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

// ---- small lexicons of general Japanese (never names from a report) ----------------------

// Verbal nouns (サ変名詞) that name what is done to or by what a number counts.
constexpr std::array<sv, 86> verbal_nouns = {
    U"開催", U"実施",   U"参加", U"応募", U"申請", U"認定", U"認証",   U"選定", U"選考",   U"採択",
    U"交付", U"決定",   U"支援", U"出展", U"来場", U"入場", U"表彰",   U"登録", U"雇用",   U"創出",
    U"就職", U"派遣",   U"訪問", U"設置", U"整備", U"開業", U"開設",   U"完成", U"募集",   U"公募",
    U"締結", U"融資",   U"補助", U"助成", U"相談", U"利用", U"販売",   U"出荷", U"導入",   U"研修",
    U"受講", U"修了",   U"視察", U"発行", U"製作", U"作成", U"策定",   U"確保", U"拡大",   U"拡充",
    U"増加", U"追加",   U"実現", U"運営", U"提供", U"配布", U"回答",   U"受賞", U"採用",   U"発表",
    U"審査", U"推進",   U"普及", U"促進", U"開発", U"調査", U"商品化", U"試作", U"製品化", U"振興",
    U"受入", U"受入れ", U"開講", U"出席", U"掲載", U"承認", U"許可",   U"指定", U"契約",   U"購入",
    U"貸付", U"活用",   U"協力", U"動員", U"継続", U"広報"};

// Verbs that only say something was done: the object names the activity (調査を実施 → 調査).
constexpr std::array<sv, 4> light_verbs = {U"実施", U"行", U"取組", U"実行"};

// Nouns before a number that are not what it measures: plan figures, the year compared with,
// places, anaphora.
constexpr std::array<sv, 28> not_a_label = {
    U"計画",     U"目標",     U"見込",     U"見込み", U"当初", U"年間計画", U"当初計画",
    U"昨年",     U"前年",     U"前年度",   U"昨年度", U"例年", U"市内",     U"市外",
    U"県内",     U"区内",     U"国内",     U"全国",   U"各区", U"管内",     U"うち",
    U"そのうち", U"このうち", U"それぞれ", U"年間",   U"月間", U"毎月",     U"毎年"};

// Nouns that as an object or topic name no subject: times, comparisons, bare activities.
constexpr std::array<sv, 19> not_a_subject = {U"昨年", U"前年", U"前年度",   U"昨年度",  U"例年",
                                              U"計画", U"目標", U"場",       U"機能",    U"取組",
                                              U"結果", U"実績", U"事業",     U"ため",    U"最大",
                                              U"最高", U"最多", U"過去最大", U"過去最高"};

// Verbal nouns of policy aims: "X の振興" is a theme of the sentence, not what is counted.
constexpr std::array<sv, 10> policy_verbs = {U"振興", U"推進", U"促進", U"強化", U"活性化",
                                             U"充実", U"向上", U"普及", U"育成", U"高度化"};

// Verbs of change: "モデルエリアを６区に拡大" gives the new size of the object.
constexpr std::array<sv, 8> change_verbs = {U"拡大", U"拡充", U"増加", U"減少",
                                            U"縮小", U"到達", U"達成", U"増員"};

// Words of change after a number (12.5％増の…, ３名上回る…).
constexpr std::array<sv, 8> change_words = {U"増",   U"減",   U"増加", U"減少",
                                            U"上回", U"下回", U"超",   U"追加"};

// Heads of phrases that frame a sentence rather than name a subject (震災に伴う取組, …の結果).
constexpr std::array<sv, 11> frame_heads = {U"取組", U"取り組み", U"結果", U"ため",
                                            U"一環", U"影響",     U"状況", U"場合",
                                            U"際",   U"関係者",   U"日程"};

// Generic nouns for people: "25名の市民が参加" counts participants (参加者数).
constexpr std::array<sv, 5> generic_people = {U"市民", U"住民", U"人々", U"方", U"方々"};

// Words that open a sentence continuing the one before it (この結果、145団体…; また、…: the
// topic of the sentence before still holds).
constexpr std::array<sv, 8> continuations = {U"この結果", U"その結果", U"これにより", U"そのうち",
                                             U"このうち", U"うち",     U"なお",       U"また"};

// Endings of a label that already is a measure: 入場者数, 金額, 達成率.
constexpr std::array<sv, 10> measure_endings = {U"数", U"額",   U"率",   U"量", U"比",
                                                U"費", U"割合", U"総額", U"高", U"件数"};

// Endings of a noun for people: a label 登録者, 参加生徒 before 人/名 is what is counted.
constexpr std::array<sv, 15> person_endings = {U"者", U"員", U"生", U"徒", U"人",
                                               U"客", U"児", U"家", U"手", U"士",
                                               U"師", U"民", U"職", U"層", U"世帯"};

bool in(sv w, const sv* first, const sv* last) {
  return std::find(first, last, w) != last;
}

template <std::size_t n>
bool in(sv w, const std::array<sv, n>& list) {
  return in(w, list.data(), list.data() + n);
}

template <std::size_t n>
bool ends_with_any(sv w, const std::array<sv, n>& list) {
  for (sv e : list)
    if (ends_with(w, e)) return true;
  return false;
}

// A word that names a measure: 入場者数, 金額, 達成率, 満足度 (not 制度, 年度).
bool is_measure_word(sv w) {
  for (sv e : measure_endings)
    if (ends_with(w, e)) return true;
  // degrees that measure (満足度, 認知度), not 制度 or 年度
  static constexpr std::array<sv, 14> degrees = {
      U"満足度", U"認知度", U"達成度", U"理解度", U"浸透度", U"充足度", U"頻度",
      U"進捗度", U"貢献度", U"重要度", U"利用度", U"普及度", U"精度",   U"密度"};
  return ends_with_any(w, degrees);
}

bool is_verbal_noun(sv w) {
  for (sv v : verbal_nouns)
    if (ends_with(w, v) && w.size() - v.size() <= 4) return true;
  return false;
}

bool is_light_verb(sv w) {
  return in(w, light_verbs);
}

// The counted kind of a unit and the noun endings that name the same kind (協力企業 for 社).
struct counter_entry {
  std::string_view unit;
  sv measure;  ///< what the counter counts, as a column-name ending
  sv noun;     ///< the counter's own noun (before 数) when a verbal noun precedes it
  std::array<sv, 4> same_kind;
};

constexpr std::array<counter_entry, 47> counters = {{
    {"cases", U"件数", U"件数", {U"案件"}},
    {"times", U"回数", U"回数", {}},
    {"persons", U"人数", U"者数", {}},
    {"organisations", U"団体数", U"団体数", {U"団体"}},
    {"companies", U"企業数", U"企業数", {U"企業", U"社"}},
    {"institutions", U"機関数", U"機関数", {U"機関"}},
    {"booths", U"ブース数", U"ブース数", {U"ブース"}},
    {"countries", U"国数", U"国数", {U"国"}},
    {"places", U"箇所数", U"箇所数", {U"所", U"エリア", U"地域", U"拠点"}},
    {"schools", U"校数", U"校数", {U"校"}},
    {"stores", U"店舗数", U"店舗数", {U"店", U"店舗"}},
    {"products", U"製品数", U"製品数", {U"品", U"製品", U"商品"}},
    {"districts", U"地区数", U"地区数", {U"地区", U"エリア", U"地域"}},
    {"departments", U"学科数", U"学科数", {U"学科"}},
    {"courses", U"コース数", U"コース数", {U"コース"}},
    {"lectures", U"講座数", U"講座数", {U"講座"}},
    {"shopping_streets", U"商店街数", U"商店街数", {U"商店街"}},
    {"cities", U"都市数", U"都市数", {U"都市"}},
    {"municipalities", U"市町村数", U"市町村数", {U"市町村"}},
    {"pages", U"ページ数", U"ページ数", {U"ページ"}},
    {"wards", U"区数", U"区数", {U"区", U"エリア"}},
    {"facilities", U"施設数", U"施設数", {U"施設"}},
    {"projects", U"事業数", U"事業数", {U"事業"}},
    {"households", U"世帯数", U"世帯数", {U"世帯", U"戸"}},
    {"teams", U"チーム数", U"チーム数", {U"チーム"}},
    {"groups", U"グループ数", U"グループ数", {U"グループ", U"組"}},
    {"units", U"台数", U"台数", {U"台"}},
    {"sheets", U"枚数", U"枚数", {U"枚"}},
    {"volumes", U"冊数", U"冊数", {U"冊"}},
    {"copies", U"部数", U"部数", {U"部"}},
    {"items", U"数", U"数", {}},
    {"kinds", U"種類数", U"種類数", {U"種類"}},
    {"buildings", U"棟数", U"棟数", {U"棟", U"軒"}},
    {"installations", U"基数", U"基数", {U"基"}},
    {"yen", U"金額", U"額", {U"金", U"費"}},
    {"percent", U"割合", U"率", {}},
    {"percentage_points", U"増減幅", U"幅", {}},
    {"multiples", U"倍率", U"倍率", {}},
    {"hectares", U"面積", U"面積", {}},
    {"square_metres", U"面積", U"面積", {}},
    {"kilometres", U"距離", U"距離", {}},
    {"kilograms", U"重量", U"量", {}},
    {"tonnes", U"重量", U"量", {}},
    {"kilowatt_hours", U"電力量", U"電力量", {}},
    {"kilowatts", U"出力", U"出力", {}},
    {"years_of_age", U"年齢", U"年齢", {}},
    {"categories", U"区分数", U"区分数", {U"区分"}},
}};

const counter_entry* counter_of(std::string_view unit) noexcept {
  static constexpr counter_entry frequency = {"", U"頻度", U"頻度", {}};
  for (const counter_entry& e : counters)
    if (e.unit == unit) return &e;
  if (unit.substr(0, 10) == "times_per_") return &frequency;  // 月１回
  return nullptr;
}

// Counters that count events or cases, not kinds of thing: a noun after "N件の" is the thing.
bool generic_counter(std::string_view unit) {
  return unit == "cases" || unit == "times" || unit == "items" || unit.empty();
}

// ---- the sentence -------------------------------------------------------------------------

struct span {
  std::size_t a = 0;
  std::size_t b = 0;
  bool empty() const noexcept { return b <= a; }
};

// A phrase that may name the subject, and where it ends in the sentence.
struct candidate {
  std::u32string name;
  std::size_t at = 0;
  bool strong = false;     // a は-topic: it governs the whole sentence
  bool purpose = false;    // Xに向け: it yields to a real object
  std::u32string measure;  // a topic that names a measure (相談件数は…1,250件)
};

class namer {
 public:
  namer(sv text, const std::vector<number_mention>& mentions, std::size_t index, std::size_t floor,
        std::size_t ceiling, int depth)
      : text_(text), ms_(mentions), index_(index), m_(mentions[index]), depth_(depth) {
    floor_ = std::min(floor, m_.start);
    ceiling_ = std::max(std::min(ceiling, text.size()), m_.end);
    build(sentence_start(floor_), sentence_end(ceiling_));
  }

  metric_name run();

 private:
  sv text_;
  const std::vector<number_mention>& ms_;
  std::size_t index_;
  const number_mention& m_;
  int depth_;
  std::size_t floor_ = 0;
  std::size_t ceiling_ = 0;
  bool aside_ = false;         // the number sits in "（…）" after a full stop: 。（参加者132人）
  bool also_ = false;          // the sentence opens with また: only the topics before it carry on
  std::size_t joined_ = none;  // where the sentence before ends in c_, when it was taken in
  std::u32string c_;           // the sentence, white space removed (PDF line breaks)
  std::vector<int> at_;        // the mention at each character, -1 for none
  std::size_t ns_ = 0;         // the number in c_
  std::size_t ne_ = 0;

  // --- building ---------------------------------------------------------------------------

  bool at_line_start(std::size_t i, std::size_t lo) const {
    while (i > lo) {
      const char32_t ch = text_[i - 1];
      if (ch == U'\n') return true;
      if (!is_space(ch)) return false;
      --i;
    }
    return true;
  }

  // Whether the text from p on (white space skipped) opens with `w`.
  bool opens_with(std::size_t p, std::size_t limit, sv w) const {
    while (p < limit && is_space(text_[p]))
      ++p;
    for (std::size_t i = 0; i < w.size(); ++i, ++p) {
      while (i > 0 && p < limit && is_space(text_[p]))
        ++p;
      if (p >= limit || text_[p] != w[i]) return false;
    }
    return true;
  }

  // The sentence's first character: after 。, 】 or a bullet at a line start (not after a blank
  // line: PDF text breaks bullets with blank lines). A bracketed aside or a continuation
  // (この結果、…) also takes in the sentence before it.
  std::size_t sentence_start(std::size_t floor) {
    const std::size_t from = m_.start;
    const std::size_t limit = std::max(floor, from > 320 ? from - 320 : std::size_t{0});
    std::size_t a = from;
    bool extended = false;
    while (a > limit) {
      const char32_t ch = text_[a - 1];
      if (ch == U'。' || ch == U'】') {
        if (ch == U'。' && !extended) {
          std::size_t p = a;
          while (p < from && is_space(text_[p]))
            ++p;
          const bool aside = p < from && is_open_paren(text_[p]);
          const bool continued = std::any_of(continuations.begin(), continuations.end(),
                                             [&](sv w) { return opens_with(a, from, w); });
          if (aside || continued) {
            aside_ = aside_ || aside;
            also_ = !aside && opens_with(a, from, U"また");
            joined_ = a - 1;  // a text position until build() maps it
            extended = true;
            --a;
            continue;
          }
        }
        break;
      }
      if (is_bullet(ch) && at_line_start(a - 1, limit)) break;
      --a;
    }
    return a;
  }

  std::size_t sentence_end(std::size_t ceiling) const {
    const std::size_t limit = std::min(ceiling, m_.end + 320);
    for (std::size_t b = m_.end; b < limit; ++b) {
      const char32_t ch = text_[b];
      if (ch == U'。') return b + 1;
      if (ch == U'\n') {
        std::size_t p = b + 1;
        while (p < limit && is_space(text_[p]))
          ++p;
        if (p >= limit || is_bullet(text_[p]) || text_[p] == U'【') return b;
      }
    }
    return limit;
  }

  void build(std::size_t a, std::size_t b) {
    const std::size_t joined_text = joined_;
    joined_ = none;
    std::size_t j = static_cast<std::size_t>(
        std::lower_bound(ms_.begin(), ms_.end(), a,
                         [](const number_mention& m, std::size_t v) { return m.end <= v; }) -
        ms_.begin());
    c_.reserve(b - a);
    at_.reserve(b - a);
    bool seen = false;
    for (std::size_t p = a; p < b; ++p) {
      if (is_space(text_[p])) continue;
      while (j < ms_.size() && ms_[j].end <= p)
        ++j;
      const int id = (j < ms_.size() && ms_[j].start <= p) ? static_cast<int>(j) : -1;
      if (p == joined_text) joined_ = c_.size();
      if (id == static_cast<int>(index_)) {
        if (!seen) ns_ = c_.size();
        seen = true;
        ne_ = c_.size() + 1;
      }
      c_.push_back(text_[p]);
      at_.push_back(id);
    }
  }

  // --- characters of the sentence ---------------------------------------------------------

  std::size_t size() const noexcept { return c_.size(); }
  char32_t ch(std::size_t i) const noexcept { return i < c_.size() ? c_[i] : U'\0'; }
  sv view(std::size_t a, std::size_t b) const { return sv(c_).substr(a, b - a); }

  const number_mention* mention_at(std::size_t i) const {
    return i < at_.size() && at_[i] >= 0 ? &ms_[static_cast<std::size_t>(at_[i])] : nullptr;
  }

  // A number that is not part of a word (digits in 技術展2013 and kanji in 一部 are words).
  bool number_at(std::size_t i) const {
    const number_mention* m = mention_at(i);
    return m != nullptr && m->kind != number_kind::name && m->kind != number_kind::word;
  }

  bool quantity_at(std::size_t i) const {
    const number_mention* m = mention_at(i);
    return m != nullptr && (m->kind == number_kind::quantity || m->kind == number_kind::duration);
  }

  bool word_at(std::size_t i) const {
    if (i >= c_.size()) return false;
    if (const number_mention* m = mention_at(i))
      return m->kind == number_kind::name || m->kind == number_kind::word;
    return is_kanji(c_[i]) || is_katakana(c_[i]) || is_latin(c_[i]);
  }

  // Okurigana that ends a noun after its kanji: 受入れ, 取り組み, 売上げ.
  bool okurigana_end_at(std::size_t i) const {
    return i > 0 && i < size() && is_kanji(c_[i - 1]) &&
           sv(U"れみきりげえち").find(c_[i]) != sv::npos;
  }

  // The end of a noun phrase: a word character, a closing 」 or ）, okurigana after a kanji.
  bool np_end_at(std::size_t i) const {
    return i < size() &&
           (word_at(i) || is_close_quote(c_[i]) || is_close_paren(c_[i]) || okurigana_end_at(i));
  }

  bool starts(std::size_t i, sv w) const {
    return i + w.size() <= c_.size() && sv(c_).substr(i, w.size()) == w;
  }
  bool ends_at(std::size_t i, sv w) const { return i >= w.size() && starts(i - w.size(), w); }

  std::size_t mention_begin(std::size_t i) const {
    while (i > 0 && at_[i - 1] == at_[i])
      --i;
    return i;
  }
  std::size_t mention_end(std::size_t i) const {
    const int id = at_[i];
    while (i < at_.size() && at_[i] == id)
      ++i;
    return i;
  }

  std::size_t open_of(std::size_t close, std::size_t lo) const {
    const bool quote = is_close_quote(c_[close]);
    for (std::size_t i = close; i-- > lo;)
      if (quote ? is_open_quote(c_[i]) : is_open_paren(c_[i])) return i;
    return none;
  }

  // --- noun phrases -----------------------------------------------------------------------

  // Whether a hiragana word may open a name here (かわさきマイスター after a bullet or year).
  bool opens_name(std::size_t j, std::size_t lo) const {
    if (j == lo) return true;
    const char32_t p = c_[j - 1];
    return p == U'、' || p == U'。' || is_open_quote(p) || is_open_paren(p) || is_bullet(p) ||
           number_at(j - 1);
  }

  // Start of the noun phrase that ends at p: word characters, ・ between them, a 「…」 name
  // (which ends the walk), a bracket right after words (事業（商店街街路灯のＬＥＤ化）) and a
  // hiragana word that opens the clause (かわさきマイスター).
  std::size_t np_start(std::size_t p, std::size_t lo = 0) const {
    std::size_t i = p;
    if (i > lo && is_close_quote(c_[i - 1])) {
      const std::size_t o = open_of(i - 1, lo);
      return o == none ? p : o;
    }
    if (i > lo && is_close_paren(c_[i - 1])) {
      const std::size_t o = open_of(i - 1, lo);
      if (o == none || o == lo || !(word_at(o - 1) || is_close_quote(c_[o - 1]))) return p;
      i = o;
      if (is_close_quote(c_[i - 1])) {
        const std::size_t q = open_of(i - 1, lo);
        return q == none ? p : q;
      }
    }
    if (i > lo + 1 && okurigana_end_at(i - 1)) --i;  // 視察受入れ
    const std::size_t end = i;
    while (i > lo) {
      if (word_at(i - 1)) {
        --i;
        continue;
      }
      // okurigana inside a noun: 空き店舗, 子育てネットワーク
      if (i < end && i - 1 > lo && (is_kanji(c_[i]) || is_katakana(c_[i])) && is_kanji(c_[i - 2]) &&
          sv(U"きりみげえちせぎじて").find(c_[i - 1]) != sv::npos) {
        --i;
        continue;
      }
      if (is_connector(c_[i - 1]) && i - 1 > lo && i < end && word_at(i - 2)) {
        --i;
        continue;
      }
      break;
    }
    if (i == end) return p;
    if (i > lo && is_close_quote(c_[i - 1])) {  // 「かわさき基準」認証製品
      const std::size_t o = open_of(i - 1, lo);
      if (o != none) return o;
    }
    if (i > lo && is_hiragana(c_[i - 1])) {
      std::size_t j = i;
      while (j > lo && is_hiragana(c_[j - 1]))
        --j;
      if (i - j >= 3 && opens_name(j, lo) && !particle(c_[i - 1])) i = j;  // not ごみの資源化率
    }
    return i;
  }

  // A noun phrase with up to two links: 福祉製品のアイデア, 香港での展示会, XとYとの意見交換,
  // 「A」及び「B」, 瀋陽市における展示会出展支援.
  std::size_t np_chain_start(std::size_t p, std::size_t lo = 0) const {
    static constexpr std::array<sv, 10> links = {U"における", U"からの", U"向けの", U"への",
                                                 U"での",     U"との",   U"及び",   U"並びに",
                                                 U"の",       U"と"};
    std::size_t i = np_start(p, lo);
    if (i == p) return p;
    for (int hop = 0; hop < 2; ++hop) {
      bool linked = false;
      const bool quoted = is_open_quote(c_[i]);
      for (sv link : links) {
        if (i < lo + link.size() + 1 || !ends_at(i, link)) continue;
        std::size_t k = i - link.size();
        const bool coordinate = link == U"及び" || link == U"並びに" || link == U"と";
        // a 「…」 name is whole: no modifiers before it (…における「安全安心事業」), and a
        // bare と joins only two such names (保証協会と「…委員会」: と is "with")
        if (quoted && !coordinate) continue;
        if (link == U"と" && !(quoted && is_close_quote(c_[k - 1]))) continue;
        if (link == U"向けの") {  // 大卒向けの面接会: 向け belongs to the word before
          const std::size_t j = np_start(k, lo);
          if (j < k) i = j, linked = true;
          break;
        }
        if (!np_end_at(k - 1) || is_close_paren(c_[k - 1])) continue;
        const std::size_t j = np_start(k, lo);
        // 出展（５社）支援及び商談会: a bare verbal noun ends another compound
        if (coordinate && j < k && k - j <= 3 && is_verbal_noun(view(j, k))) break;
        if (j < k) i = j, linked = true;
        break;
      }
      if (!linked) break;
    }
    return i;
  }

  // The word run starting at q (a 「…」 name counts as one word), its end.
  std::size_t word_end(std::size_t q) const {
    if (q < size() && is_open_quote(c_[q])) {
      for (std::size_t i = q + 1; i < size(); ++i)
        if (is_close_quote(c_[i])) return i + 1;
      return q;
    }
    std::size_t i = q;
    while (i < size()) {
      if ((starts(i, U"及び") || starts(i, U"並びに")) && i > q) break;  // 支援及び商談会
      if (word_at(i)) {
        ++i;
        continue;
      }
      if (is_connector(c_[i]) && i > q && word_at(i + 1)) {
        ++i;
        continue;
      }
      break;
    }
    return i;
  }

  static bool particle(char32_t c) {
    return c == U'は' || c == U'が' || c == U'を' || c == U'に' || c == U'で' || c == U'の' ||
           c == U'も' || c == U'と' || c == U'へ' || c == U'や';
  }

  // Dangling particles and punctuation at the ends, a single 「…」 unwrapped, an anaphoric 同
  // dropped (同大賞 → 大賞).
  static std::u32string trim(std::u32string s) {
    bool changed = true;
    while (changed && !s.empty()) {
      changed = false;
      const char32_t f = s.front();
      const char32_t l = s.back();
      const bool lone_particle = s.size() >= 2 && particle(f) && !is_hiragana(s[1]);
      if (is_connector(f) || lone_particle || f == U'、' || f == U'：' || f == U':' || f == U' ') {
        s.erase(s.begin());
        changed = true;
      } else if (is_connector(l) || l == U'、' || l == U'：' || l == U':' || l == U' ' ||
                 (particle(l) && s.size() >= 2 && !is_hiragana(s[s.size() - 2]))) {
        s.pop_back();
        changed = true;
      } else if (s.size() > 2 && f == U'同' && (is_kanji(s[1]) || is_katakana(s[1]))) {
        s.erase(s.begin());
        changed = true;
      }
    }
    if (s.size() >= 2 && is_open_quote(s.front()) && is_close_quote(s.back())) {
      const auto inner = sv(s).substr(1, s.size() - 2);
      if (std::none_of(inner.begin(), inner.end(), [](char32_t c) { return is_open_quote(c); }))
        s = std::u32string(inner);
    }
    // brackets left unbalanced by a cut
    if (!s.empty() && is_open_quote(s.front()) &&
        std::none_of(s.begin(), s.end(), [](char32_t c) { return is_close_quote(c); }))
      s.erase(s.begin());
    if (!s.empty() && is_close_quote(s.back()) &&
        std::none_of(s.begin(), s.end(), [](char32_t c) { return is_open_quote(c); }))
      s.pop_back();
    return s;
  }

  // An owner phrase without the link to what it owns (空き家バンクへの → 空き家バンク).
  static std::u32string strip_link(std::u32string s) {
    for (sv link :
         {sv(U"における"), sv(U"からの"), sv(U"への"), sv(U"での"), sv(U"との"), sv(U"の")})
      if (ends_with(s, link)) {
        s.resize(s.size() - link.size());
        break;
      }
    return trim(std::move(s));
  }

  // Digits never stand in a name (a numeral glued to a word, ナ１, is read as part of it).
  static std::u32string without_digits(std::u32string s) {
    s.erase(std::remove_if(s.begin(), s.end(), [](char32_t c) { return digit_value(c) >= 0; }),
            s.end());
    return s;
  }

  // A phrase as a name: bracketed asides, numbers and digits removed, then trimmed.
  std::u32string clean(span s) const {
    std::u32string out;
    int depth = 0;
    for (std::size_t i = s.a; i < s.b && i < size(); ++i) {
      const char32_t c = c_[i];
      if (is_open_paren(c)) {
        ++depth;
        continue;
      }
      if (is_close_paren(c)) {
        if (depth > 0) --depth;
        continue;
      }
      if (depth > 0 || digit_value(c) >= 0 || number_at(i) || c == U'。') continue;
      out.push_back(c);
    }
    return trim(std::move(out));
  }

  // A name has at least one kanji, katakana or Latin letter.
  static bool nameable(sv s) {
    return std::any_of(s.begin(), s.end(),
                       [](char32_t c) { return is_kanji(c) || is_katakana(c) || is_latin(c); });
  }

  // A subject candidate as a name: 「X」のY → X; X の <verbal noun> → X (の公募, の支援);
  // nothing for framing phrases (震災に伴う取組) and bare times or plans.
  std::u32string subject_name(span s, bool topic = false,
                              std::u32string* activity = nullptr) const {
    std::u32string name = clean(s);
    if (name.empty() || ends_with_any(name, frame_heads)) return {};
    const std::size_t no = name.rfind(U'の');
    if (no != std::u32string::npos && no > 0 && no + 1 < name.size()) {
      const sv head = sv(name).substr(0, no);
      const sv tail = sv(name).substr(no + 1);
      // an object "X の公募" names X; a topic "X の一部補助" is the programme itself, only
      // "X の振興" (a policy aim) is a theme
      const bool done_to = topic ? in(tail, policy_verbs) : is_verbal_noun(tail);
      if (is_close_quote(head.back()) || done_to || in(tail, not_a_subject)) {
        if (activity != nullptr && is_verbal_noun(tail)) *activity = std::u32string(tail);
        name = trim(std::u32string(head));
      }
    }
    if (!nameable(name) || in(name, not_a_subject) || in(name, not_a_label)) return {};
    return name;
  }

  // --- left of the number -----------------------------------------------------------------

  struct label_info {
    span np;
    char32_t particle = 0;       // は, も, が, で, ：, に (向けに), or 0 when it touches the number
    std::size_t skipped = none;  // start of a word before the number that is no label (市内)
  };

  // Totals written before the number (計, 合計で, 全).
  std::size_t strip_total(std::size_t p, sv& total) const {
    for (sv w :
         {sv(U"合計で"), sv(U"合計"), sv(U"累計"), sv(U"延べ"), sv(U"計"), sv(U"全"), sv(U"総")})
      if (ends_at(p, w)) {
        total = w;
        return p - w.size();
      }
    return p;
  }

  // A label right before p: 求職登録者827人, 件数：2,950件, 入場者数も15,200名, 動員数は10万人,
  // 高卒予定者向けに2回.
  label_info label_before(std::size_t p) const {
    label_info out;
    if (p == 0) return out;
    const char32_t c = c_[p - 1];
    std::size_t end = p;
    if (c == U'に' && ends_at(p - 1, U"向け")) {
      out.particle = c;
      end = p - 1;
      const std::size_t a = np_start(p - 3);
      if (a < p - 3) out.np = {a, end};
      return out;
    }
    if (c == U'：' || c == U':' || c == U'は' || c == U'も' || c == U'が' || c == U'で') {
      if (p < 2 || !(word_at(p - 2) || is_close_quote(c_[p - 2]) || okurigana_end_at(p - 2)))
        return out;
      out.particle = c;
      end = p - 1;
    } else if (!(word_at(p - 1) || is_close_quote(c)) || number_at(p - 1)) {
      return out;
    }
    const std::size_t a = np_start(end);
    if (a >= end) return out;
    const sv w = view(a, end);
    // で marks a label only on a measure (件数で161件), not a place (市内で).
    if (out.particle == U'で' && !is_measure_word(w)) return {};
    if (in(w, not_a_label)) {
      label_info skipped;
      skipped.skipped = a;
      return skipped;
    }
    out.np = {a, end};
    return out;
  }

  // Earlier members of a list that ends right before p (セミナー３回、マッチング１回、 /
  // 136団体 / 261機関から、): the list's start, or p. With `labels`, members' own labels
  // (directly before them) are part of the list; `range` says a から or ～ joined them.
  std::size_t list_start(std::size_t p, bool labels, bool* range = nullptr,
                         std::vector<span>* member_labels = nullptr) const {
    std::size_t start = p;
    for (int guard = 0; guard < 8; ++guard) {
      std::size_t q = start;
      for (sv sep : {sv(U"から、"), sv(U"から"), sv(U"～"), sv(U"〜"), sv(U"、"), sv(U"・"),
                     sv(U"及び"), sv(U"と"), sv(U"や"), sv(U"の")}) {
        if (!ends_at(q, sep)) continue;
        if (range != nullptr && (sep[0] == U'か' || sep[0] == U'～' || sep[0] == U'〜'))
          *range = true;
        q -= sep.size();
        break;
      }
      const bool bracketed = q >= 2 && is_close_paren(c_[q - 1]) && quantity_at(q - 2);
      if (bracketed) --q;
      if (q == 0 || !quantity_at(q - 1)) break;
      q = mention_begin(q - 1);
      // 企画部会（2回）、 is a member; an aside （参加者432名）、 is not
      if (bracketed && !(q > 0 && is_open_paren(c_[q - 1]))) break;
      if (labels) {
        const label_info l = label_before(q);
        if (!l.np.empty()) q = l.np.a;
        if (member_labels != nullptr) member_labels->push_back(l.np);
      }
      start = q;
    }
    return start;
  }

  // --- right of the number ----------------------------------------------------------------

  // Later members of the list after q ("、マッチング１回、計４回", "226ブース"), skipped.
  // `listed` says a separator (、 と 及び) stood between, so that a noun after the list
  // belongs to its last member alone (160企業、512名の求職者 / 17か国113名の研修生).
  std::size_t skip_list_after(std::size_t q, bool& found, bool& listed) const {
    for (int guard = 0; guard < 8; ++guard) {
      std::size_t r = q;
      if (r < size() && is_close_paren(c_[r]) && r > 0 && quantity_at(r - 1)) ++r;
      bool separated = false;
      for (sv sep : {sv(U"、"), sv(U"・"), sv(U"及び"), sv(U"と"), sv(U"や"), sv(U"の")})
        if (starts(r, sep)) {
          r += sep.size();
          separated = true;
          break;
        }
      // the next member's label (駐車場整備等の整備事業), up to three hiragana after it
      // (が, で, 向けに)
      std::size_t w = word_end(r);
      // 12.5％増の8万6千人, ３名上回る20名: a change, not a member
      if (w > r && std::any_of(change_words.begin(), change_words.end(),
                               [&](sv c) { return view(r, w) == c; }))
        break;
      if (w > r && starts(w, U"の") && word_at(w + 1)) w = word_end(w + 1);
      std::size_t h = w;  // particles only: 上回る20名 is a comparison, no member
      while (h < size() && h - w < 3 && sv(U"がはでにもとのけ").find(c_[h]) != sv::npos)
        ++h;
      if (h > r && h < size() && quantity_at(h)) r = h;
      if (w > r && w < size() && (c_[w] == U'：' || c_[w] == U':' || is_open_paren(c_[w])))
        r = w + 1;
      if (r < size() && is_open_paren(c_[r])) ++r;
      if (r >= size() || !quantity_at(r)) break;
      q = mention_end(r);
      if (q < size() && is_close_paren(c_[q])) ++q;
      found = true;
      listed = listed || separated;
    }
    return q;
  }

  // Whether a verb follows the word that ends at e: する/した/し/され/させ/でき, があり, を行い.
  bool verbal_after(std::size_t e, sv word) const {
    if (e >= size()) return is_verbal_noun(word);
    const char32_t c = c_[e];
    if (c == U'し' || c == U'す' || c == U'さ' || c == U'せ') return true;
    if (starts(e, U"でき") || starts(e, U"があ") || starts(e, U"が行") || starts(e, U"を行") ||
        starts(e, U"を実施") || starts(e, U"に取"))
      return true;
    if (c == U'、' || c == U'。' || is_close_paren(c) || is_open_paren(c) || c == U'と')
      return is_verbal_noun(word);
    return false;
  }

  // A native verb written with kanji and okurigana, as its noun (受け入れ → 受入れ).
  std::size_t native_verb(std::size_t i, std::u32string& noun) const {
    static constexpr std::array<std::pair<sv, sv>, 10> verbs = {{{U"受け入れ", U"受入れ"},
                                                                 {U"受入れ", U"受入れ"},
                                                                 {U"受入", U"受入れ"},
                                                                 {U"取り組", U"取組"},
                                                                 {U"取組", U"取組"},
                                                                 {U"行な", U"行"},
                                                                 {U"行い", U"行"},
                                                                 {U"行う", U"行"},
                                                                 {U"行っ", U"行"},
                                                                 {U"行わ", U"行"}}};
    for (const auto& [written, as_noun] : verbs)
      if (starts(i, written)) {
        noun = as_noun;
        return i + written.size();
      }
    return none;
  }

  // Particles written with a kanji (に対し, に向け, に基づき, を通じ): not verbs.
  std::size_t compound_particle(std::size_t i) const {
    if (i >= size() || (c_[i] != U'に' && c_[i] != U'を')) return none;
    for (sv w :
         {sv(U"対して"), sv(U"対し"),   sv(U"関して"), sv(U"関し"),   sv(U"向けて"), sv(U"向け"),
          sv(U"基づき"), sv(U"基づく"), sv(U"伴い"),   sv(U"伴う"),   sv(U"際し"),   sv(U"通じ"),
          sv(U"通して"), sv(U"応じ"),   sv(U"おいて"), sv(U"ついて"), sv(U"対する"), sv(U"関する"),
          sv(U"向けた"), sv(U"係る"),   sv(U"関わる"), sv(U"おける")})
      if (starts(i + 1, w)) return i + 1 + w.size();
    return none;
  }

  // The verbal noun of the clause from q on (２回開催し, を認証し, が参加, において実施,
  // に補助金を交付): particles are skipped; the walk stops at 、。（ and at numbers, except
  // after an adverbial "…において、" or "…について、", whose clause goes on. A light verb (実施,
  // 行う) gives way to its object (モニター調査を実施 → モニター調査); a short object joins
  // the verb (補助金を交付 → 補助金交付).
  std::u32string verb_after(std::size_t q) const {
    std::size_t i = q;
    std::u32string object;
    bool adverbial = false;
    for (int steps = 0; i < size() && steps < 10; ++steps) {
      const char32_t c = c_[i];
      if (c == U'、' && adverbial) {
        adverbial = false;
        ++i;
        continue;
      }
      if (c == U'、' || c == U'。' || is_open_paren(c) || is_close_paren(c) || number_at(i)) break;
      if (const std::size_t e = compound_particle(i); e != none) {
        adverbial = starts(e, U"、") || starts(e, U"は、");
        if (starts(e, U"は")) ++i;
        i = e;
        object.clear();
        continue;
      }
      std::u32string native;
      if (native_verb(i, native) != none) {
        if (is_light_verb(native))
          return object.empty()       ? std::u32string(U"実施")
                 : object.size() <= 8 ? object
                                      : std::u32string();
        return native;
      }
      if (word_at(i) || is_open_quote(c)) {
        const std::size_t e = word_end(i);
        if (e <= i) break;
        const sv w = view(i, e);
        if (!is_open_quote(c) && verbal_after(e, w)) {
          if (is_light_verb(w))
            return object.empty()       ? std::u32string(w)
                   : object.size() <= 8 ? object
                                        : std::u32string();
          if (!object.empty() && object.size() <= 6 && !in(object, not_a_subject))
            return object + std::u32string(w);
          return std::u32string(w);
        }
        object = starts(e, U"を") ? clean({i, e}) : std::u32string();
        i = e;
        continue;
      }
      if (c == U'で' && starts(i + 1, U"、")) adverbial = true;  // 市内８校で、
      if (is_hiragana(c)) {
        ++i;
        continue;
      }
      break;
    }
    return {};
  }

  // --- what the sentence says around the number ---------------------------------------------

  // Topic phrases before p, nearest last: Xは、 Xでは Xについては (strong: they govern the
  // sentence), Xとして Xにおいて Xについて Xに向け (weak: they govern the rest of their clause,
  // or the sentence when a comma follows).
  std::vector<candidate> topics_before(std::size_t p) const {
    struct marker {
      sv text;
      bool strong;
    };
    static constexpr std::array<marker, 17> markers = {{{U"については", true},
                                                        {U"に関しては", true},
                                                        {U"においては", true},
                                                        {U"においても", true},
                                                        {U"としては", true},
                                                        {U"について", false},
                                                        {U"に関して", false},
                                                        {U"において", false},
                                                        {U"に向けて", false},
                                                        {U"に向け", false},
                                                        {U"として", false},
                                                        {U"では", true},
                                                        {U"には", true},
                                                        {U"にて", false},
                                                        {U"が", false},
                                                        {U"のうち", false},
                                                        {U"は", true}}};
    std::vector<candidate> out;
    for (std::size_t i = 1; i < p; ++i) {
      const char32_t c = c_[i];  // every marker opens with one of these
      if ((c != U'は' && c != U'に' && c != U'で' && c != U'と' && c != U'が' && c != U'の') ||
          !np_end_at(i - 1))
        continue;
      for (const marker& mk : markers) {
        if (!starts(i, mk.text) || i + mk.text.size() > p) continue;
        const std::size_t after = i + mk.text.size();
        const bool comma = ch(after) == U'、';
        const bool purpose = mk.text.substr(0, 2) == U"に向";
        // after また only the sentence before's true topics (Xは、) carry on
        if (also_ && joined_ != none && i < joined_ && !mk.strong) continue;
        if (mk.text == U"が") {
          i = after - 1;
          break;  // a subject of its own clause, no topic; skip past it
        }
        if (is_hiragana(ch(after)) && !purpose && mk.text != U"として" && mk.text != U"において")
          break;
        // the whole clause before the marker when it is short (空き店舗を活用した事業は)
        std::size_t clause = i;
        while (clause > 0 && c_[clause - 1] != U'、' && c_[clause - 1] != U'。')
          --clause;
        for (sv w : continuations)
          if (starts(clause, w) && starts(clause + w.size(), U"、")) clause += w.size() + 1;
        for (sv w : {sv(U"また"), sv(U"さらに"), sv(U"なお"), sv(U"一方")})
          if (starts(clause, w)) clause += w.size();
        std::size_t a = np_chain_start(i);
        // only an opening "Xに向け" frames the sentence
        if (purpose && (a != clause || (clause > 0 && c_[clause - 1] != U'。'))) break;
        if (clause < a && i - clause <= 24 &&
            std::none_of(
                at_.begin() + static_cast<long>(clause), at_.begin() + static_cast<long>(i),
                [this](int id) {
                  return id >= 0 && ms_[static_cast<std::size_t>(id)].kind == number_kind::quantity;
                }))
          a = clause;
        // a weak marker governs only its own clause (no comma until the number), unless it
        // opens the sentence (技術協力による国際貢献として…、17か国)
        if (!mk.strong && !comma && !purpose && a != 0 && view(after, p).find(U'、') != sv::npos)
          break;
        if (a < i) {
          std::u32string name = subject_name({a, i}, true);
          if (purpose) {
            // 川崎国際環境技術展開催に向け → 川崎国際環境技術展
            for (sv v : verbal_nouns)
              if (ends_with(name, v) && name.size() > v.size() + 2) {
                name = trim(name.substr(0, name.size() - v.size()));
                break;
              }
          }
          // 市民向け講座の参加者数は…: a measure, and whose it is
          std::u32string measure;
          if (is_measure_word(name)) {
            const std::size_t no = name.rfind(U'の');
            measure = no == std::u32string::npos ? name : name.substr(no + 1);
            name = no == std::u32string::npos ? std::u32string() : strip_link(name.substr(0, no));
          }
          if (!name.empty() || !measure.empty())
            out.push_back({name, i, mk.strong || comma || purpose || a == 0, purpose, measure});
        }
        i = after - 1;
        break;
      }
    }
    return out;
  }

  // Whether the topic phrase ending at `at` is "X の <activity>" (環境調和型産業の振興).
  bool theme_at(std::size_t at) const {
    const std::size_t a = np_chain_start(at);
    const sv w = view(a, at);
    const std::size_t no = w.rfind(U'の');
    return no != sv::npos && no + 1 < w.size() && in(w.substr(no + 1), policy_verbs);
  }

  // Whether the verb after an object at `wo` (を) modifies a noun (…を活用した広報).
  bool attributive_after(std::size_t wo) const {
    const std::size_t e = word_end(wo + 1);
    if (e == wo + 1) return false;
    for (sv w : {sv(U"した"), sv(U"する"), sv(U"している")})
      if (starts(e, w) && (word_at(e + w.size()) || quantity_at(e + w.size()))) return true;
    return false;
  }

  // The nearest object (…を) before p that names something.
  // Objects of the sentence before count only for an aside after it (…を行いました。（参加者…）).
  candidate object_before(std::size_t p) const {
    const std::size_t lo = joined_ != none && !aside_ ? joined_ + 1 : 1;
    for (std::size_t i = std::min(p, size()); i-- > lo;) {
      if (c_[i] != U'を' || !np_end_at(i - 1) || attributive_after(i)) continue;
      const std::size_t a = np_chain_start(i);
      if (a >= i) continue;
      // 実行委員会（2回）を開催: a thing counted itself, not the subject of later numbers
      bool counted = false;
      for (std::size_t k = a; k < i && !counted; ++k)
        counted = quantity_at(k);
      if (counted) continue;
      std::u32string name = subject_name({a, i});
      const bool activity = name.size() <= 2 && std::all_of(name.begin(), name.end(), is_kanji);
      if (name.size() < 2 || activity || (is_verbal_noun(name) && name.size() <= 3)) continue;
      return {name, i, false, false, {}};
    }
    return {};
  }

  // A short subject (協議会) written out in full earlier in the sentence (…ネットワーク協議会を).
  std::u32string expand(std::u32string name, std::size_t before) const {
    if (name.empty() || name.size() > 4) return name;
    const sv all(c_);
    for (std::size_t k = all.rfind(name, before); k != sv::npos;
         k = k == 0 ? sv::npos : all.rfind(name, k - 1)) {
      const std::size_t e = k + name.size();
      if (e > before || !(particle(ch(e)) || ch(e) == U'、')) continue;
      const std::size_t a = np_start(e);
      if (a < k) {
        std::u32string longer = clean({a, e});
        if (longer.size() > name.size() && nameable(longer)) return longer;
      }
    }
    return name;
  }

  std::u32string measure_of_verb(const std::u32string& verb) const {
    const counter_entry* e = counter_of(m_.unit);
    return verb + (e == nullptr ? std::u32string(U"数") : std::u32string(e->noun));
  }

  bool same_kind(sv w) const {
    const counter_entry* e = counter_of(m_.unit);
    return e != nullptr && std::any_of(e->same_kind.begin(), e->same_kind.end(),
                                       [&](sv k) { return !k.empty() && ends_with(w, k); });
  }

  // Whether the label names what is counted (登録者 for 人, 協力企業 for 社, 入場者数).
  bool counted_label(sv w) const {
    return is_measure_word(w) || (m_.unit == "persons" && ends_with_any(w, person_endings)) ||
           same_kind(w);
  }

  // The subject of the quantity before this one in the sentence (そのうち23件 → its whole).
  std::u32string previous_subject() const {
    if (depth_ > 0) return {};
    for (std::size_t i = ns_; i-- > 0;)
      if (quantity_at(i)) {
        const std::size_t id = static_cast<std::size_t>(at_[i]);
        return namer(text_, ms_, id, floor_, ceiling_, depth_ + 1).run().subject;
      }
    return {};
  }
};

metric_name namer::run() {
  metric_name out;
  const counter_entry* counter = counter_of(m_.unit);
  const std::u32string plain_measure = counter != nullptr
                                           ? std::u32string(counter->measure)
                                           : written_unit(text_, m_) + std::u32string(U"数");
  out.measure = plain_measure;
  if (ne_ <= ns_) return out;

  // --- left of the number: a label, the list it belongs to, totals ---
  sv total;
  const std::size_t p = strip_total(ns_, total);
  bool range = false;
  std::vector<span> member_labels;
  const std::size_t members_a = list_start(p, !total.empty(), &range, &member_labels);
  const bool earlier_members = members_a < p;
  label_info label = label_before(p);
  // 261機関から、272機関 / 受入れは12か国、45名: the first member's label is the others' too
  if (label.np.empty() && total.empty() && earlier_members)
    label = label_before(list_start(p, false));
  std::size_t group = label.np.empty() ? p : label.np.a;
  if (label.skipped != none) {
    // 視察受入れは年間38件: the label before a time or place word
    const label_info before = label_before(label.skipped);
    if (!before.np.empty() && before.particle != U'に') {
      label = before;
      group = label.np.a;
    } else {
      group = label.skipped;
    }
  }
  group = total.empty() ? std::min(group, list_start(group, true)) : std::min(group, members_a);

  std::u32string measure;
  std::u32string specific;  // the subject nearest the number
  std::u32string audience;  // 高卒予定者向けに2回 → 高卒予定者向け
  bool label_verb = false;
  bool label_counts = false;  // 製品4品を商品化: the label is the counted thing
  if (!label.np.empty()) {
    const sv w = view(label.np.a, label.np.b);
    if (label.particle == U'に') {
      audience = clean(label.np);
    } else if (counted_label(w)) {
      measure = clean(label.np);
      if (!is_measure_word(w)) measure += U"数";
      label_counts = !is_measure_word(w) && same_kind(w);
      if (label.particle == U'：' || label.particle == U':') {
        // 前年度対比が件数：100％ → 前年度対比件数; 実績が件数：2,950件 → 実績件数
        const std::size_t k = list_start(label.np.a, true);
        if (k >= 2 && c_[k - 1] == U'が' && word_at(k - 2)) {
          const std::u32string q = clean({np_start(k - 1), k - 1});
          if (nameable(q) && !in(q, not_a_subject)) measure = q + measure;
        }
      }
    } else {
      specific = clean(label.np);
      label_verb = is_verbal_noun(w);
    }
  }
  // 市民向け講座の参加者数は…, 空き家バンクへの登録は…: whose measure it is
  std::u32string owner;
  if (!label.np.empty() && label.particle != U'に' && (specific.empty() || label_verb)) {
    const std::size_t a = np_chain_start(label.np.b);
    if (a < label.np.a) {
      owner = strip_link(clean({a, label.np.a}));
      if (!nameable(owner) || owner.size() < 2 || in(owner, not_a_subject)) owner.clear();
    }
  }
  // A total of listed parts (セミナー３回、マッチング１回、計４回): named by its parts.
  bool sums_parts = false;
  if (!total.empty() && total != U"全" && total != U"総") {
    for (std::size_t i = 0; i < ns_ && !sums_parts; ++i)
      sums_parts = quantity_at(i) && mention_at(i)->unit == m_.unit;
    if (earlier_members && specific.empty() && !member_labels.empty() &&
        std::none_of(member_labels.begin(), member_labels.end(),
                     [](const span& s) { return s.empty(); })) {
      std::u32string parts;
      for (auto it = member_labels.rbegin(); it != member_labels.rend(); ++it)
        parts += (parts.empty() ? U"" : U"・") + clean(*it);
      specific = parts;
    }
  }

  // --- right of the number: the noun or verbal noun it counts ---
  std::size_t q = ne_;
  bool later_members = false;
  bool listed = false;
  q = skip_list_after(q, later_members, listed);
  for (sv w : {sv(U"余り"), sv(U"以上"), sv(U"程度"), sv(U"ずつ"), sv(U"超"), sv(U"強"), sv(U"弱")})
    if (starts(q, w)) {
      q += w.size();
      break;
    }
  const bool in_brackets = q < size() && is_close_paren(c_[q]);
  if (in_brackets) ++q;

  // 昨年を３名上回る20名, 268人増の829人: the change of the number that follows.
  for (sv w : {sv(U"を上回る"), sv(U"上回る"), sv(U"を下回る"), sv(U"下回る"), sv(U"増の"),
               sv(U"減の"), sv(U"増加の"), sv(U"減少の")}) {
    if (!starts(q, w) || depth_ > 0) continue;
    const std::size_t r = q + w.size();
    if (r >= size() || !quantity_at(r)) break;
    const metric_name base =
        namer(text_, ms_, static_cast<std::size_t>(at_[r]), floor_, ceiling_, depth_ + 1).run();
    const bool yearly = p >= 2 && c_[p - 1] == U'を' &&
                        (ends_at(p - 1, U"昨年") || ends_at(p - 1, U"前年") ||
                         ends_at(p - 1, U"前年度") || ends_at(p - 1, U"昨年度"));
    const bool down = w.find(U'下') != sv::npos || w.find(U'減') != sv::npos;
    out.subject = base.subject;
    const bool rate = m_.unit == "percent";
    out.measure = base.measure + (yearly ? (down ? U"の前年比減" : U"の前年比増")
                                  : rate ? (down ? U"の減少率" : U"の増加率")
                                         : (down ? U"の減少数" : U"の増加数"));
    return out;
  }
  // 目標3100人を上回る来場者: the noun after the threshold is what is counted.
  bool threshold = false;
  for (sv w : {sv(U"を上回る"), sv(U"を超える"), sv(U"を下回る"), sv(U"以上の"), sv(U"超の")})
    if (starts(q, w)) {
      q += w.size();
      threshold = true;
      break;
    }

  std::u32string verb;
  std::u32string thing;  // the noun after "N件の"
  bool thing_is_verb = false;
  const bool noun_follows =
      (ch(q) == U'の' || threshold) &&
      (word_at(q + (threshold ? 0 : 1)) || is_open_quote(ch(q + (threshold ? 0 : 1))));
  if (noun_follows) {
    const std::size_t b = q + (threshold ? 0 : 1);
    const std::size_t e = word_end(b);
    const sv w = view(b, e);
    thing = clean({b, e});
    if (is_verbal_noun(w) || verbal_after(e, w)) {
      thing_is_verb = true;
      verb = thing;
      // 雇用を創出, 就職が決定: the verb that follows completes it
      if ((ch(e) == U'を' || ch(e) == U'が') && word_at(e + 1)) {
        const std::size_t e2 = word_end(e + 1);
        const sv w2 = view(e + 1, e2);
        if (verbal_after(e2, w2) && !is_light_verb(w2)) verb += std::u32string(w2);
      }
    } else {
      verb = verb_after(e);
    }
  } else if (q < size() && ch(q) != U'。') {
    verb = verb_after(q);
  }
  if (!verb.empty() && !nameable(verb)) verb.clear();
  if (label_verb && verb.empty()) {
    // 申請が9件あり → 申請件数; 継続が５地区 → 継続地区数
    verb = specific;
    specific.clear();
  }
  // 出展（５社）支援: a bracketed count inside a compound noun
  std::u32string compound_tail;
  if (in_brackets && word_at(q) && !verbal_after(word_end(q), view(q, word_end(q))))
    compound_tail = clean({q, word_end(q)});
  // モデルエリアを６区に拡大: the number is the new size of the object
  const bool change = ch(ne_) == U'に' && in(verb, change_verbs);
  // 定員を1,200人拡大: the number is the change of the object
  const bool change_by = word_at(ne_) && in(verb, change_verbs);
  const bool down = verb == U"減少" || verb == U"縮小";

  if (label_counts && !verb.empty() && !is_light_verb(verb)) measure = verb + measure;
  if (measure.empty()) {
    const bool person_thing = m_.unit == "persons" && ends_with_any(thing, person_endings);
    if (!thing.empty() && !thing_is_verb && person_thing) {
      // 512名の求職者が参加 → 参加求職者数; 20名の応募者から → 応募者数; 25名の市民が参加 →
      // 参加者数
      const bool acted = !verb.empty() && !is_light_verb(verb);
      if (acted && in(thing, generic_people))
        measure = verb + U"者数";
      else
        measure = (acted ? verb : std::u32string()) + thing + U"数";
    } else if (!thing.empty() && !thing_is_verb && generic_counter(m_.unit)) {
      // ４件のライセンス契約が締結 → ライセンス契約 締結件数; 全７回の講座を実施 → 講座回数
      if (!verb.empty() && verb != thing && !is_light_verb(verb)) {
        if (!listed) specific = specific.empty() ? thing : specific + U' ' + thing;
        measure = measure_of_verb(verb);
      } else {
        measure = thing + plain_measure;
      }
    } else if (!thing.empty() && !thing_is_verb && same_kind(thing)) {
      // 市内３つの高校において、インターンシップを行いました → インターンシップ高校数
      measure = (verb == U"実施" ? std::u32string() : verb) + thing + U"数";
    } else if (!thing.empty() && !thing_is_verb) {
      // 17か国113名の研修生・視察者を受け入れ → 研修生・視察者 受入れ国数
      if (specific.empty() && !listed && thing.size() >= 3 && !in(thing, not_a_subject))
        specific = thing;
      measure = verb.empty() ? plain_measure : measure_of_verb(verb);
    } else if (!verb.empty()) {
      measure = measure_of_verb(verb);
    }
  }
  if (measure.empty()) measure = plain_measure;
  // 就職者数が45人増加: the number is the increase
  if ((m_.has(mention_flag::increase) || m_.has(mention_flag::decrease)) &&
      measure.find(U'増') == std::u32string::npos && measure.find(U'減') == std::u32string::npos &&
      measure.find(U"追加") == std::u32string::npos)
    measure += m_.unit == "percent" ? (m_.has(mention_flag::increase) ? U"の増加率" : U"の減少率")
                                    : (m_.has(mention_flag::increase) ? U"の増加数" : U"の減少数");
  if (sums_parts) measure += total.substr(0, 2) == U"合計" ? U"（合計）" : U"（計）";

  // --- the subject ---
  bool from_left = !specific.empty();
  if (specific.empty() && group > 0) {
    const char32_t before = c_[group - 1];
    if (before == U'を' && group >= 2) {
      const std::size_t a = np_chain_start(group - 1);
      std::u32string activity;  // 設置補助を215件行い: the object's activity is counted
      if (a < group - 1) specific = subject_name({a, group - 1}, false, &activity);
      if (change && !specific.empty() && label.np.empty()) {
        measure = specific + U"数";
        specific.clear();
      } else if (change_by && !specific.empty() && label.np.empty()) {
        measure = specific + (down ? U"の減少数" : U"の増加数");
        specific.clear();
      } else if (!activity.empty() && label.np.empty() && (verb.empty() || is_light_verb(verb)) &&
                 thing.empty()) {
        measure = measure_of_verb(activity);
      }
    } else if (is_open_paren(before) && group >= 2) {
      const std::size_t a1 = np_start(group - 1);
      const sv w = view(a1, group - 1);
      if (a1 < group - 1 && !compound_tail.empty()) {
        // 市内企業の展示会への出展（５社）支援: the compound keeps its verbal noun
        specific = clean({np_chain_start(group - 1), group - 1});
      } else if (a1 < group - 1 && is_measure_word(w) && label.np.empty()) {
        // 出展者数（145団体、242ブース）: the bracket's label is the measure
        measure = clean({a1, group - 1});
        if (earlier_members || later_members) measure += U"（" + written_unit(text_, m_) + U"）";
      } else if ((a1 < group - 1 && is_verbal_noun(w) && w.size() <= 3) ||
                 (a1 == group - 1 && is_hiragana(ch(group - 2)))) {
        // ２回開催（参加者432名）, …を開催し（参加者432名）: the subject is what was held
        std::size_t k = a1;
        while (k > 0 && is_hiragana(c_[k - 1]) && a1 - k < 3)
          --k;
        if (k < a1) k = np_start(k);
        if (k > 0 && quantity_at(k - 1)) k = mention_begin(k - 1);
        if (k >= 2 && c_[k - 1] == U'を') {
          const std::size_t a = np_chain_start(k - 1);
          if (a < k - 1) specific = subject_name({a, k - 1});
        }
      } else if (a1 < group - 1) {
        const std::size_t a = np_chain_start(group - 1);
        specific = subject_name({a, group - 1});
        if (!specific.empty() && same_kind(w) && label.np.empty()) {
          // 市内中学校（８校）→ 市内中学校数
          measure = specific + U"数";
          specific.clear();
        }
      }
      if (!specific.empty() && !compound_tail.empty()) specific += compound_tail;
    }
    from_left = !specific.empty();
  }
  if (from_left) specific = expand(specific, group);

  // The subject, by the sentence's structure: what stands right before the number (above);
  // else an object in the number's own clause (技能フェスティバルを開催し目標3100人を上回る…);
  // else the topic that frames the sentence (Xは、 Xについては、 an opening Xにおいて); else
  // a topic of the number's clause; else the nearest object; else, after そのうち, the
  // subject of the number before.
  const std::vector<candidate> topics = topics_before(group);
  const candidate* local = topics.empty() ? nullptr : &topics.back();
  const candidate* frame = nullptr;
  for (const candidate& t : topics)
    if (t.strong) frame = &t;
  const candidate* opening = topics.size() > 1 ? &topics.front() : nullptr;
  // a topic in the number's own clause (…事業として消費者向け製品4品) is nearer than the frame
  if (local != nullptr && view(local->at, group).find(U'、') == sv::npos) frame = local;
  candidate object;
  if (aside_ || specific.empty()) object = object_before(group);
  const bool object_in_clause =
      !object.name.empty() && view(object.at, group).find(U'、') == sv::npos;

  // 相談件数は前年度より増加し、1,250件: the topic names the measure
  const candidate* governing = frame != nullptr ? frame : local;
  if (governing != nullptr && !governing->measure.empty() && measure == plain_measure &&
      label.np.empty())
    measure = governing->measure;
  if (governing != nullptr && governing->name.empty()) {
    governing = nullptr;
    frame = nullptr;
    local = nullptr;
  }

  std::u32string subject;
  auto fits = [](const std::u32string& a, const std::u32string& b) {
    return a.find(b) == std::u32string::npos && b.find(a) == std::u32string::npos &&
           a.size() + b.size() <= 30;
  };
  if (!specific.empty()) {
    subject = specific;
    const candidate* t = frame != nullptr ? frame : local;
    if (t != nullptr && !theme_at(t->at)) {  // 産学共同研究開発プロジェクト補助金では…
      if (t->name.find(specific) != std::u32string::npos)
        subject = t->name;  // 産学共同研究開発プロジェクト補助金では…共同研究開発５件
      else if (specific.size() <= 6 && fits(t->name, specific))
        subject = t->name + U' ' + specific;
    }
  } else if (!owner.empty()) {
    subject = owner;
  } else if ((aside_ || object_in_clause) && !object.name.empty()) {
    subject = object.name;  // 成果報告会を行いました。（参加者132人）
  } else if ((frame != nullptr || local != nullptr) &&
             !((frame != nullptr ? frame : local)->purpose && !object.name.empty())) {
    const candidate* t = frame != nullptr ? frame : local;
    subject = t->name;
    if (opening != nullptr && opening != t && opening->strong && !theme_at(opening->at) &&
        t->name.size() <= 6 && fits(opening->name, subject))
      subject = opening->name + U' ' + subject;
  } else if (!object.name.empty()) {
    subject = object.name;
  }
  if (subject.empty() && (ends_at(group, U"うち") || ends_at(group, U"それぞれ")))
    subject = previous_subject();  // 39件の応募があり、そのうち23件を認証
  if (!audience.empty()) subject += (subject.empty() ? U"" : U" ") + audience;
  if (subject.size() > 32) {
    // keep the head of a long phrase: the words after a particle near its end
    std::size_t cut = 0;
    for (std::size_t i = subject.size() - 24; i-- > 0;)
      if (is_hiragana(subject[i]) || subject[i] == U' ') {
        cut = i + 1;
        break;
      }
    subject = trim(subject.substr(cut));
  }

  out.measure = trim(without_digits(measure));
  if (out.measure.empty() || !nameable(out.measure)) out.measure = plain_measure;
  out.subject = trim(without_digits(subject));
  if (!nameable(out.subject)) out.subject.clear();
  // 来場者 / 来場者数: a subject that the measure already says
  if (!out.subject.empty() &&
      (out.measure.find(out.subject) == 0 || ends_with(out.subject, out.measure)))
    out.subject.clear();
  return out;
}

}  // namespace

std::u32string_view counter_measure(std::string_view unit) noexcept {
  const counter_entry* e = counter_of(unit);
  return e != nullptr ? e->measure : sv(U"数");
}

metric_name name_metric(std::u32string_view text, const std::vector<number_mention>& mentions,
                        std::size_t index, std::size_t floor, std::size_t ceiling) {
  if (index >= mentions.size())
    throw std::out_of_range("name_metric: index is beyond the mentions");
  return namer(text, mentions, index, floor, ceiling, 0).run();
}

}  // namespace plan6
