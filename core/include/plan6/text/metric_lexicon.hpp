#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "plan6/text/unit_lexicon.hpp"

/**
 * The lexicon of the metric namer (metric_phrase.hpp): small word lists of general Japanese —
 * verbal nouns, particles, words of change, topic markers — that the naming rules look up.
 * Never names from a report: what a report calls its programmes is read from its sentences.
 * The counters' meanings (回 → 回数, 人 → 者数 after a verbal noun) are the unit vocabulary's
 * (unit_lexicon.hpp).
 */
namespace plan6::metric_lexicon {

using sv = std::u32string_view;

/** Verbal nouns (サ変名詞) that name what is done to or by what a number counts. */
inline constexpr std::array<sv, 86> verbal_nouns = {
    U"開催", U"実施",   U"参加", U"応募", U"申請", U"認定", U"認証",   U"選定", U"選考",   U"採択",
    U"交付", U"決定",   U"支援", U"出展", U"来場", U"入場", U"表彰",   U"登録", U"雇用",   U"創出",
    U"就職", U"派遣",   U"訪問", U"設置", U"整備", U"開業", U"開設",   U"完成", U"募集",   U"公募",
    U"締結", U"融資",   U"補助", U"助成", U"相談", U"利用", U"販売",   U"出荷", U"導入",   U"研修",
    U"受講", U"修了",   U"視察", U"発行", U"製作", U"作成", U"策定",   U"確保", U"拡大",   U"拡充",
    U"増加", U"追加",   U"実現", U"運営", U"提供", U"配布", U"回答",   U"受賞", U"採用",   U"発表",
    U"審査", U"推進",   U"普及", U"促進", U"開発", U"調査", U"商品化", U"試作", U"製品化", U"振興",
    U"受入", U"受入れ", U"開講", U"出席", U"掲載", U"承認", U"許可",   U"指定", U"契約",   U"購入",
    U"貸付", U"活用",   U"協力", U"動員", U"継続", U"広報"};

/** Verbs that only say something was done: the object names the activity (調査を実施 → 調査). */
inline constexpr std::array<sv, 4> light_verbs = {U"実施", U"行", U"取組", U"実行"};

/**
 * Nouns before a number that are not what it measures: plan figures, the year compared with,
 * places, anaphora.
 */
inline constexpr std::array<sv, 28> not_a_label = {
    U"計画",     U"目標",     U"見込",     U"見込み", U"当初", U"年間計画", U"当初計画",
    U"昨年",     U"前年",     U"前年度",   U"昨年度", U"例年", U"市内",     U"市外",
    U"県内",     U"区内",     U"国内",     U"全国",   U"各区", U"管内",     U"うち",
    U"そのうち", U"このうち", U"それぞれ", U"年間",   U"月間", U"毎月",     U"毎年"};

/** Nouns that as an object or topic name no subject: times, comparisons, bare activities. */
inline constexpr std::array<sv, 19> not_a_subject = {
    U"昨年", U"前年", U"前年度", U"昨年度",   U"例年",    U"計画", U"目標",
    U"場",   U"機能", U"取組",   U"結果",     U"実績",    U"事業", U"ため",
    U"最大", U"最高", U"最多",   U"過去最大", U"過去最高"};

/** The years a number is compared with (昨年を３名上回る): a change over the year before. */
inline constexpr std::array<sv, 4> prior_years = {U"昨年", U"前年", U"前年度", U"昨年度"};

/** Verbal nouns of policy aims: "X の振興" is a theme of the sentence, not what is counted. */
inline constexpr std::array<sv, 10> policy_verbs = {U"振興", U"推進", U"促進", U"強化", U"活性化",
                                                    U"充実", U"向上", U"普及", U"育成", U"高度化"};

/** Verbs of change: "モデルエリアを６区に拡大" gives the new size of the object. */
inline constexpr std::array<sv, 8> change_verbs = {U"拡大", U"拡充", U"増加", U"減少",
                                                   U"縮小", U"到達", U"達成", U"増員"};

/** Verbs of change that make the number a decrease (定員を10人縮小). */
inline constexpr std::array<sv, 2> decrease_verbs = {U"減少", U"縮小"};

/** Words of change after a number (12.5％増の…, ３名上回る…). */
inline constexpr std::array<sv, 8> change_words = {U"増",   U"減",   U"増加", U"減少",
                                                   U"上回", U"下回", U"超",   U"追加"};

/** Heads of phrases that frame a sentence rather than name a subject (震災に伴う取組, …の結果). */
inline constexpr std::array<sv, 11> frame_heads = {U"取組", U"取り組み", U"結果", U"ため",
                                                   U"一環", U"影響",     U"状況", U"場合",
                                                   U"際",   U"関係者",   U"日程"};

/** Generic nouns for people: "25名の市民が参加" counts participants (参加者数). */
inline constexpr std::array<sv, 5> generic_people = {U"市民", U"住民", U"人々", U"方", U"方々"};

/**
 * Words that open a sentence continuing the one before it (この結果、145団体…; また、…: the
 * topic of the sentence before still holds).
 */
inline constexpr std::array<sv, 8> continuations = {
    U"この結果", U"その結果", U"これにより", U"そのうち", U"このうち", U"うち", U"なお", U"また"};

/** Conjunctions that open a clause and are no part of its topic (また、さらに…). */
inline constexpr std::array<sv, 4> clause_openers = {U"また", U"さらに", U"なお", U"一方"};

/** Endings of a label that already is a measure: 入場者数, 金額, 達成率. */
inline constexpr std::array<sv, 10> measure_endings = {U"数", U"額",   U"率",   U"量", U"比",
                                                       U"費", U"割合", U"総額", U"高", U"件数"};

/** Degrees that measure (満足度, 認知度), unlike 制度 or 年度. */
inline constexpr std::array<sv, 14> measure_degrees = {
    U"満足度", U"認知度", U"達成度", U"理解度", U"浸透度", U"充足度", U"頻度",
    U"進捗度", U"貢献度", U"重要度", U"利用度", U"普及度", U"精度",   U"密度"};

/** Endings of a noun for people: a label 登録者, 参加生徒 before 人/名 is what is counted. */
inline constexpr std::array<sv, 15> person_endings = {U"者", U"員", U"生", U"徒", U"人",
                                                      U"客", U"児", U"家", U"手", U"士",
                                                      U"師", U"民", U"職", U"層", U"世帯"};

/**
 * Links inside a noun phrase, longest first: 福祉製品のアイデア, 香港での展示会, 「A」及び「B」.
 * The last three (及び, 並びに, と) join equals rather than an owner to what it owns.
 */
inline constexpr std::array<sv, 10> phrase_links = {
    U"における", U"からの", U"向けの", U"への", U"での", U"との", U"及び", U"並びに", U"の", U"と"};

/** Links left at the end of an owner phrase cut from what it owns (空き家バンクへの). */
inline constexpr std::array<sv, 6> owner_links = {U"における", U"からの", U"への",
                                                  U"での",     U"との",   U"の"};

/** Totals written before a number (計, 合計で, 全), longest first. */
inline constexpr std::array<sv, 7> total_words = {U"合計で", U"合計", U"累計", U"延べ",
                                                  U"計",     U"全",   U"総"};

/** Separators before a member of a list (セミナー３回、マッチング１回 / 261機関から、272機関). */
inline constexpr std::array<sv, 10> list_separators_before = {
    U"から、", U"から", U"～", U"〜", U"、", U"・", U"及び", U"と", U"や", U"の"};

/** Separators after a member of a list (226ブース、…). */
inline constexpr std::array<sv, 6> list_separators_after = {U"、", U"・", U"及び",
                                                            U"と", U"や", U"の"};

/** Qualifiers right after a number and its unit (120名余り, 5件以上, 各2回ずつ). */
inline constexpr std::array<sv, 7> qualifiers = {U"余り", U"以上", U"程度", U"ずつ",
                                                 U"超",   U"強",   U"弱"};

/**
 * Comparisons after a number that make it the change of the number that follows
 * (昨年を３名上回る20名, 268人増の829人). Those with 下 or 減 are decreases.
 */
inline constexpr std::array<sv, 8> comparisons = {U"を上回る", U"上回る", U"を下回る", U"下回る",
                                                  U"増の",     U"減の",   U"増加の",   U"減少の"};

/** Thresholds after a number that the noun after them is counted against
 * (目標3100人を上回る来場者). */
inline constexpr std::array<sv, 5> thresholds = {U"を上回る", U"を超える", U"を下回る", U"以上の",
                                                 U"超の"};

/** Endings of a verb that modifies the noun after it (…を活用した広報). */
inline constexpr std::array<sv, 3> attributive_endings = {U"した", U"する", U"している"};

/** Native verbs written with kanji and okurigana, and their noun (受け入れ → 受入れ). */
inline constexpr std::array<std::pair<sv, sv>, 10> native_verbs = {{{U"受け入れ", U"受入れ"},
                                                                    {U"受入れ", U"受入れ"},
                                                                    {U"受入", U"受入れ"},
                                                                    {U"取り組", U"取組"},
                                                                    {U"取組", U"取組"},
                                                                    {U"行な", U"行"},
                                                                    {U"行い", U"行"},
                                                                    {U"行う", U"行"},
                                                                    {U"行っ", U"行"},
                                                                    {U"行わ", U"行"}}};

/**
 * What follows に or を in a particle written with a kanji (に対し, に向け, を通じ): no verb.
 * (向けた is read as 向け and the た skipped as a hiragana.)
 */
inline constexpr std::array<sv, 21> compound_particle_tails = {
    U"対して", U"対し",   U"関して", U"関し",   U"向けて", U"向け",   U"基づき",
    U"基づく", U"伴い",   U"伴う",   U"際し",   U"通じ",   U"通して", U"応じ",
    U"おいて", U"ついて", U"対する", U"関する", U"係る",   U"関わる", U"おける"};

/** A topic marker after a noun phrase, and whether it governs the whole sentence. */
struct topic_marker {
  sv text;
  bool strong;  ///< Xは、 Xでは Xについては: the sentence; else the rest of the clause
};

/**
 * Topic markers, longest first where one opens another. が and のうち are listed so that a
 * subject of its own clause is skipped, not taken as a topic.
 */
inline constexpr std::array<topic_marker, 17> topic_markers = {{{U"については", true},
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

/** Okurigana that ends a noun after its kanji: 受入れ, 取り組み, 売上げ. */
inline constexpr sv noun_final_okurigana = U"れみきりげえち";

/** Okurigana inside a noun, between kanji and kanji or katakana: 空き店舗, 子育てネットワーク. */
inline constexpr sv noun_inner_okurigana = U"きりみげえちせぎじて";

/** Hiragana that may stand between a list member's label and its number (が, で, 向けに). */
inline constexpr sv label_particles = U"がはでにもとのけ";

/** Whether `c` is a case or binding particle that may dangle at the end of a cut phrase. */
constexpr bool is_particle(char32_t c) noexcept {
  return c == U'は' || c == U'が' || c == U'を' || c == U'に' || c == U'で' || c == U'の' ||
         c == U'も' || c == U'と' || c == U'へ' || c == U'や';
}

/** Whether `s` ends with `w`. */
constexpr bool ends_with(sv s, sv w) noexcept {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

/** Whether `w` is one of `list`. */
template <std::size_t n>
bool in(sv w, const std::array<sv, n>& list) noexcept {
  return std::find(list.begin(), list.end(), w) != list.end();
}

/** Whether `w` ends with one of `list`. */
template <std::size_t n>
bool ends_with_any(sv w, const std::array<sv, n>& list) noexcept {
  return std::any_of(list.begin(), list.end(), [w](sv e) { return ends_with(w, e); });
}

/** A word that names a measure: 入場者数, 金額, 達成率, 満足度 (not 制度, 年度). */
bool is_measure_word(sv w) noexcept;

/** A verbal noun, or a short compound ending in one: 開催, 出展支援 (not 産学共同研究開発). */
bool is_verbal_noun(sv w) noexcept;

/** A verb that only says something was done: 実施, 行, 取組, 実行. */
bool is_light_verb(sv w) noexcept;

/** A word for people, as the label or noun of a count of persons: 登録者, 参加生徒. */
bool is_person_word(sv w) noexcept;

/**
 * The vocabulary entry of `unit` when its counter counts something (件 → 件数), or nullptr
 * (durations, dates, unknown units).
 */
const unit_entry* counter_of(std::string_view unit) noexcept;

/**
 * Whether `unit`'s counter counts events or cases, not kinds of thing (件, 回, つ): a noun after
 * "N件の" is then the thing counted. An empty unit (a bare number) counts too.
 */
bool generic_counter(std::string_view unit) noexcept;

/** Whether `w` ends with a noun of the kind that `unit` counts (協力企業 for 社, 拠点 for か所). */
bool same_kind(sv w, std::string_view unit) noexcept;

}  // namespace plan6::metric_lexicon
