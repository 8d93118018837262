#include "plan6/text/metric_phrase.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <utility>

#include "plan6/common/characters.hpp"
#include "plan6/text/metric_clause.hpp"
#include "plan6/text/metric_lexicon.hpp"
#include "plan6/text/metric_sentence.hpp"
#include "plan6/text/metric_topics.hpp"
#include "plan6/text/noun_phrase.hpp"

// The rules of the metric namer: the sentence (metric_sentence), its noun phrases
// (noun_phrase), the clause around the number (metric_clause) and the topics and objects of
// the sentence (metric_topics) are read by their own units; here they are put together, in
// named steps, into a measure and a subject. The words looked up are the lexicon's
// (metric_lexicon, unit_lexicon).

namespace plan6 {

std::u32string metric_name::text() const {
  if (subject.empty()) return measure;
  if (measure.empty()) return subject;
  return subject + U' ' + measure;
}

namespace {

using namespace metric_lexicon;

// The end of a measure that is a change: 増加数, 減少数, or 増加率, 減少率 for a percentage.
sv change_suffix(bool down, bool rate) {
  if (rate) return down ? U"の減少率" : U"の増加率";
  return down ? U"の減少数" : U"の増加数";
}

// Two subjects that may be joined into one (neither holds the other, and not too long).
bool fits(const std::u32string& a, const std::u32string& b) {
  return a.find(b) == std::u32string::npos && b.find(a) == std::u32string::npos &&
         a.size() + b.size() <= 30;
}

class namer {
 public:
  namer(sv text, const std::vector<number_mention>& mentions, std::size_t index, std::size_t floor,
        std::size_t ceiling, int depth)
      : s_(text, mentions, index, floor, ceiling), m_(mentions[index]), depth_(depth) {
    const unit_entry* counter = counter_of(m_.unit);
    plain_measure_ = counter != nullptr ? std::u32string(counter->measure)
                                        : written_unit(text, m_) + std::u32string(U"数");
  }

  metric_name run();

 private:
  // the steps, in order
  void read_left();
  void read_label();
  void read_owner();
  void read_total();
  void read_right();
  std::optional<metric_name> read_comparison() const;
  void read_counted();
  void compose_measure();
  void measure_from_thing();
  void subject_from_left();
  void subject_from_object();
  void subject_from_bracket();
  void read_topics();
  std::u32string choose_subject() const;
  metric_name finish(std::u32string subject) const;

  std::u32string measure_of_verb(const std::u32string& verb) const;
  bool same_kind(sv w) const { return metric_lexicon::same_kind(w, m_.unit); }
  bool counted_label(sv w) const;
  std::u32string previous_subject() const;
  metric_name name_other(std::size_t sentence_position) const;

  metric_sentence s_;
  const number_mention& m_;
  int depth_;
  std::u32string plain_measure_;  // what the counter alone says: 件数, 人数, 金額

  // left of the number: a total word, the list the number ends, its label
  sv total_;
  std::size_t p_ = 0;  // the number's start without the total word
  std::vector<sentence_span> member_labels_;
  std::size_t members_a_ = 0;
  bool earlier_members_ = false;
  label_info label_;
  std::size_t group_ = 0;  // where the number with its list and labels starts

  // what the label says
  std::u32string measure_;
  std::u32string specific_;  // the subject nearest the number
  std::u32string audience_;  // 高卒予定者向けに2回 → 高卒予定者向け
  std::u32string owner_;     // 市民向け講座の参加者数は… → 市民向け講座
  bool label_verb_ = false;
  bool label_counts_ = false;  // 製品4品を商品化: the label is the counted thing
  bool sums_parts_ = false;    // セミナー３回、マッチング１回、計４回

  // right of the number: later members, the noun or verbal noun it counts
  std::size_t q_ = 0;
  bool later_members_ = false;
  bool listed_ = false;
  bool in_brackets_ = false;
  std::u32string verb_;
  std::u32string thing_;  // the noun after "N件の"
  bool thing_is_verb_ = false;
  std::u32string compound_tail_;  // 出展（５社）支援 → 支援
  bool change_ = false;           // モデルエリアを６区に拡大: the new size of the object
  bool change_by_ = false;        // 定員を1,200人拡大: the change of the object
  bool down_ = false;

  // the sentence's topics and objects
  std::vector<candidate> topics_;
  const candidate* frame_ = nullptr;    // the topic that governs the number
  const candidate* local_ = nullptr;    // the topic nearest the number
  const candidate* opening_ = nullptr;  // the first of several topics
  candidate object_;
  bool object_in_clause_ = false;
};

metric_name namer::run() {
  if (!s_.has_number()) return {{}, plain_measure_};
  read_left();
  read_label();
  read_owner();
  read_total();
  read_right();
  if (std::optional<metric_name> change = read_comparison()) return *change;
  read_counted();
  compose_measure();
  subject_from_left();
  read_topics();
  return finish(choose_subject());
}

// A total word, the earlier members of the list, and the label before the number.
void namer::read_left() {
  p_ = strip_total(s_, s_.number_start(), total_);
  members_a_ = list_start(s_, p_, !total_.empty(), &member_labels_);
  earlier_members_ = members_a_ < p_;
  label_ = label_before(s_, p_);
  // 261機関から、272機関 / 受入れは12か国、45名: the first member's label is the others' too
  if (label_.np.empty() && total_.empty() && earlier_members_)
    label_ = label_before(s_, list_start(s_, p_, false));
  group_ = label_.np.empty() ? p_ : label_.np.a;
  if (label_.skipped != no_position) {
    // 視察受入れは年間38件: the label before a time or place word
    const label_info before = label_before(s_, label_.skipped);
    if (!before.np.empty() && before.particle != U'に') {
      label_ = before;
      group_ = label_.np.a;
    } else {
      group_ = label_.skipped;
    }
  }
  group_ = total_.empty() ? std::min(group_, list_start(s_, group_, true))
                          : std::min(group_, members_a_);
}

// The label as the measure (求職登録者 → 求職登録者数), the audience (学生向けに) or the
// subject nearest the number.
void namer::read_label() {
  if (label_.np.empty()) return;
  const sv w = s_.view(label_.np.a, label_.np.b);
  if (label_.particle == U'に') {
    audience_ = clean(s_, label_.np);
  } else if (counted_label(w)) {
    measure_ = clean(s_, label_.np);
    if (!is_measure_word(w)) measure_ += U"数";
    label_counts_ = !is_measure_word(w) && same_kind(w);
    if (label_.particle == U'：' || label_.particle == U':') {
      // 前年度対比が件数：100％ → 前年度対比件数; 実績が件数：2,950件 → 実績件数
      const std::size_t k = list_start(s_, label_.np.a, true);
      if (k >= 2 && s_[k - 1] == U'が' && s_.word_at(k - 2)) {
        const std::u32string q = clean(s_, {np_start(s_, k - 1), k - 1});
        if (is_nameable(q) && !in(q, not_a_subject)) measure_ = q + measure_;
      }
    }
  } else {
    specific_ = clean(s_, label_.np);
    label_verb_ = is_verbal_noun(w);
  }
}

// 市民向け講座の参加者数は…, 空き家バンクへの登録は…: whose measure it is.
void namer::read_owner() {
  if (label_.np.empty() || label_.particle == U'に' || !(specific_.empty() || label_verb_)) return;
  const std::size_t a = np_chain_start(s_, label_.np.b);
  if (a >= label_.np.a) return;
  owner_ = strip_link(clean(s_, {a, label_.np.a}));
  if (!is_nameable(owner_) || owner_.size() < 2 || in(owner_, not_a_subject)) owner_.clear();
}

// A total of listed parts (セミナー３回、マッチング１回、計４回): named by its parts.
void namer::read_total() {
  if (total_.empty() || total_ == U"全" || total_ == U"総") return;
  for (std::size_t i = 0; i < s_.number_start() && !sums_parts_; ++i)
    sums_parts_ = s_.quantity_at(i) && s_.mention_at(i)->unit == m_.unit;
  if (!earlier_members_ || !specific_.empty() || member_labels_.empty() ||
      std::any_of(member_labels_.begin(), member_labels_.end(),
                  [](const sentence_span& l) { return l.empty(); }))
    return;
  std::u32string parts;
  for (auto it = member_labels_.rbegin(); it != member_labels_.rend(); ++it)
    parts += (parts.empty() ? U"" : U"・") + clean(s_, *it);
  specific_ = parts;
}

// Past the later members of the list, a qualifier (余り, 以上) and a closing bracket.
void namer::read_right() {
  q_ = skip_list_after(s_, s_.number_end(), later_members_, listed_);
  for (sv w : qualifiers)
    if (s_.starts(q_, w)) {
      q_ += w.size();
      break;
    }
  in_brackets_ = q_ < s_.size() && is_close_paren(s_[q_]);
  if (in_brackets_) ++q_;
}

// 昨年を３名上回る20名, 268人増の829人: the change of the number that follows, named after it.
std::optional<metric_name> namer::read_comparison() const {
  if (depth_ > 0) return std::nullopt;
  for (sv w : comparisons) {
    if (!s_.starts(q_, w)) continue;
    const std::size_t r = q_ + w.size();
    if (r >= s_.size() || !s_.quantity_at(r)) return std::nullopt;
    const metric_name base = name_other(r);
    const bool yearly = p_ >= 2 && s_[p_ - 1] == U'を' &&
                        std::any_of(prior_years.begin(), prior_years.end(),
                                    [this](sv y) { return s_.ends_at(p_ - 1, y); });
    const bool down = w.find(U'下') != sv::npos || w.find(U'減') != sv::npos;
    const sv suffix =
        yearly ? (down ? U"の前年比減" : U"の前年比増") : change_suffix(down, m_.unit == "percent");
    return metric_name{base.subject, base.measure + std::u32string(suffix)};
  }
  return std::nullopt;
}

// The noun after "N件の" or a threshold (目標3100人を上回る来場者), the verbal noun of the
// clause, a compound the bracketed number sits in, and whether the verb is one of change.
void namer::read_counted() {
  bool threshold = false;
  for (sv w : thresholds)
    if (s_.starts(q_, w)) {
      q_ += w.size();
      threshold = true;
      break;
    }
  const std::size_t b = q_ + (threshold ? 0 : 1);
  const bool noun_follows =
      (s_.ch(q_) == U'の' || threshold) && (s_.word_at(b) || is_open_quote(s_.ch(b)));
  if (noun_follows) {
    const std::size_t e = word_end(s_, b);
    const sv w = s_.view(b, e);
    thing_ = clean(s_, {b, e});
    if (is_verbal_noun(w) || verbal_after(s_, e, w)) {
      thing_is_verb_ = true;
      verb_ = thing_;
      // 雇用を創出, 就職が決定: the verb that follows completes it
      if ((s_.ch(e) == U'を' || s_.ch(e) == U'が') && s_.word_at(e + 1)) {
        const std::size_t e2 = word_end(s_, e + 1);
        const sv w2 = s_.view(e + 1, e2);
        if (verbal_after(s_, e2, w2) && !is_light_verb(w2)) verb_ += std::u32string(w2);
      }
    } else {
      verb_ = verb_after(s_, e);
    }
  } else if (q_ < s_.size() && s_.ch(q_) != U'。') {
    verb_ = verb_after(s_, q_);
  }
  if (!verb_.empty() && !is_nameable(verb_)) verb_.clear();
  if (label_verb_ && verb_.empty()) {
    // 申請が9件あり → 申請件数; 継続が５地区 → 継続地区数
    verb_ = specific_;
    specific_.clear();
  }
  // 出展（５社）支援: a bracketed count inside a compound noun
  const std::size_t tail_end = word_end(s_, q_);
  if (in_brackets_ && s_.word_at(q_) && !verbal_after(s_, tail_end, s_.view(q_, tail_end)))
    compound_tail_ = clean(s_, {q_, tail_end});
  change_ = s_.ch(s_.number_end()) == U'に' && in(verb_, change_verbs);
  change_by_ = s_.word_at(s_.number_end()) && in(verb_, change_verbs);
  down_ = in(verb_, decrease_verbs);
}

// The measure from the verb and the noun counted, the change flags and the total.
void namer::compose_measure() {
  if (label_counts_ && !verb_.empty() && !is_light_verb(verb_)) measure_ = verb_ + measure_;
  if (measure_.empty()) measure_from_thing();
  if (measure_.empty()) measure_ = plain_measure_;
  // 就職者数が45人増加: the number is the increase
  const bool increase = m_.has(mention_flag::increase);
  if ((increase || m_.has(mention_flag::decrease)) &&
      measure_.find(U'増') == std::u32string::npos &&
      measure_.find(U'減') == std::u32string::npos &&
      measure_.find(U"追加") == std::u32string::npos)
    measure_ += change_suffix(!increase, m_.unit == "percent");
  if (sums_parts_) measure_ += total_.substr(0, 2) == U"合計" ? U"（合計）" : U"（計）";
}

// A measure from what follows the number when no label gave one.
void namer::measure_from_thing() {
  const bool noun = !thing_.empty() && !thing_is_verb_;
  if (noun && m_.unit == "persons" && is_person_word(thing_)) {
    // 512名の求職者が参加 → 参加求職者数; 20名の応募者から → 応募者数; 25名の市民が参加 →
    // 参加者数
    const bool acted = !verb_.empty() && !is_light_verb(verb_);
    if (acted && in(thing_, generic_people))
      measure_ = verb_ + U"者数";
    else
      measure_ = (acted ? verb_ : std::u32string()) + thing_ + U"数";
  } else if (noun && generic_counter(m_.unit)) {
    // ４件のライセンス契約が締結 → ライセンス契約 締結件数; 全７回の講座を実施 → 講座回数
    if (!verb_.empty() && verb_ != thing_ && !is_light_verb(verb_)) {
      if (!listed_) specific_ = specific_.empty() ? thing_ : specific_ + U' ' + thing_;
      measure_ = measure_of_verb(verb_);
    } else {
      measure_ = thing_ + plain_measure_;
    }
  } else if (noun && same_kind(thing_)) {
    // 市内３つの高校において、インターンシップを行いました → インターンシップ高校数
    measure_ = (verb_ == U"実施" ? std::u32string() : verb_) + thing_ + U"数";
  } else if (noun) {
    // 17か国113名の研修生・視察者を受け入れ → 研修生・視察者 受入れ国数
    if (specific_.empty() && !listed_ && thing_.size() >= 3 && !in(thing_, not_a_subject))
      specific_ = thing_;
    measure_ = verb_.empty() ? plain_measure_ : measure_of_verb(verb_);
  } else if (!verb_.empty()) {
    measure_ = measure_of_verb(verb_);
  }
}

// The subject right before the number and its list: an object (…を２回開催) or the noun before
// a bracketed count (展示会出展支援（6社）).
void namer::subject_from_left() {
  if (specific_.empty() && group_ >= 2) {
    const char32_t before = s_[group_ - 1];
    if (before == U'を')
      subject_from_object();
    else if (is_open_paren(before))
      subject_from_bracket();
  }
  if (!specific_.empty()) specific_ = expand(s_, specific_, group_);
}

void namer::subject_from_object() {
  const std::size_t a = np_chain_start(s_, group_ - 1);
  std::u32string activity;  // 設置補助を215件行い: the object's activity is counted
  if (a < group_ - 1) specific_ = subject_name(s_, {a, group_ - 1}, false, &activity);
  if ((change_ || change_by_) && !specific_.empty() && label_.np.empty()) {
    measure_ = specific_ + std::u32string(change_ ? sv(U"数") : change_suffix(down_, false));
    specific_.clear();
  } else if (!activity.empty() && label_.np.empty() && (verb_.empty() || is_light_verb(verb_)) &&
             thing_.empty()) {
    measure_ = measure_of_verb(activity);
  }
}

void namer::subject_from_bracket() {
  const std::size_t end = group_ - 1;
  const std::size_t a1 = np_start(s_, end);
  const sv w = s_.view(a1, end);
  if (a1 < end && !compound_tail_.empty()) {
    // 市内企業の展示会への出展（５社）支援: the compound keeps its verbal noun
    specific_ = clean(s_, {np_chain_start(s_, end), end});
  } else if (a1 < end && is_measure_word(w) && label_.np.empty()) {
    // 出展者数（145団体、242ブース）: the bracket's label is the measure
    measure_ = clean(s_, {a1, end});
    if (earlier_members_ || later_members_) measure_ += U"（" + written_unit(s_.text(), m_) + U"）";
  } else if ((a1 < end && is_verbal_noun(w) && w.size() <= 3) ||
             (a1 == end && is_hiragana(s_.ch(group_ - 2)))) {
    // ２回開催（参加者432名）, …を開催し（参加者432名）: the subject is what was held
    std::size_t k = a1;
    while (k > 0 && is_hiragana(s_[k - 1]) && a1 - k < 3)
      --k;
    if (k < a1) k = np_start(s_, k);
    if (k > 0 && s_.quantity_at(k - 1)) k = s_.mention_begin(k - 1);
    if (k >= 2 && s_[k - 1] == U'を') {
      const std::size_t a = np_chain_start(s_, k - 1);
      if (a < k - 1) specific_ = subject_name(s_, {a, k - 1});
    }
  } else if (a1 < end) {
    specific_ = subject_name(s_, {np_chain_start(s_, end), end});
    if (!specific_.empty() && same_kind(w) && label_.np.empty()) {
      // 市内中学校（８校）→ 市内中学校数
      measure_ = specific_ + U"数";
      specific_.clear();
    }
  }
  if (!specific_.empty() && !compound_tail_.empty()) specific_ += compound_tail_;
}

// The topics before the number (the frame, the nearest, the opening one) and the nearest
// object; a topic naming a measure names this one (相談件数は前年度より増加し、1,250件).
void namer::read_topics() {
  topics_ = topics_before(s_, group_);
  local_ = topics_.empty() ? nullptr : &topics_.back();
  for (const candidate& t : topics_)
    if (t.strong) frame_ = &t;
  opening_ = topics_.size() > 1 ? &topics_.front() : nullptr;
  // a topic in the number's own clause (…事業として消費者向け製品4品) is nearer than the frame
  if (local_ != nullptr && s_.view(local_->at, group_).find(U'、') == sv::npos) frame_ = local_;
  if (s_.aside() || specific_.empty()) object_ = object_before(s_, group_);
  object_in_clause_ = !object_.name.empty() && s_.view(object_.at, group_).find(U'、') == sv::npos;
  const candidate* governing = frame_ != nullptr ? frame_ : local_;
  if (governing != nullptr && !governing->measure.empty() && measure_ == plain_measure_ &&
      label_.np.empty())
    measure_ = governing->measure;
  if (governing != nullptr && governing->name.empty()) frame_ = local_ = nullptr;
}

// The subject, by the sentence's structure: what stands right before the number; else an
// object in the number's own clause (技能フェスティバルを開催し目標3100人を上回る…); else the
// topic that frames the sentence (Xは、 Xについては、 an opening Xにおいて); else a topic of
// the number's clause; else the nearest object; else, after そのうち, the subject of the
// number before.
std::u32string namer::choose_subject() const {
  std::u32string subject;
  const candidate* t = frame_ != nullptr ? frame_ : local_;
  if (!specific_.empty()) {
    subject = specific_;
    if (t != nullptr && !theme_at(s_, t->at)) {  // 産学共同研究開発プロジェクト補助金では…
      if (t->name.find(specific_) != std::u32string::npos)
        subject = t->name;  // 産学共同研究開発プロジェクト補助金では…共同研究開発５件
      else if (specific_.size() <= 6 && fits(t->name, specific_))
        subject = t->name + U' ' + specific_;
    }
  } else if (!owner_.empty()) {
    subject = owner_;
  } else if ((s_.aside() || object_in_clause_) && !object_.name.empty()) {
    subject = object_.name;  // 成果報告会を行いました。（参加者132人）
  } else if (t != nullptr && !(t->purpose && !object_.name.empty())) {
    subject = t->name;
    if (opening_ != nullptr && opening_ != t && opening_->strong && !theme_at(s_, opening_->at) &&
        t->name.size() <= 6 && fits(opening_->name, subject))
      subject = opening_->name + U' ' + subject;
  } else if (!object_.name.empty()) {
    subject = object_.name;
  }
  if (subject.empty() && (s_.ends_at(group_, U"うち") || s_.ends_at(group_, U"それぞれ")))
    subject = previous_subject();  // 39件の応募があり、そのうち23件を認証
  if (!audience_.empty()) subject += (subject.empty() ? U"" : U" ") + audience_;
  return subject;
}

// The name cleaned: a long subject cut to its head, no digits, no dangling particle, and no
// subject that the measure already says (来場者 / 来場者数).
metric_name namer::finish(std::u32string subject) const {
  if (subject.size() > 32) {
    // keep the head of a long phrase: the words after a particle near its end
    std::size_t cut = 0;
    for (std::size_t i = subject.size() - 24; i-- > 0;)
      if (is_hiragana(subject[i]) || subject[i] == U' ') {
        cut = i + 1;
        break;
      }
    subject = trim_name(subject.substr(cut));
  }
  metric_name out;
  out.measure = trim_name(without_digits(measure_));
  if (out.measure.empty() || !is_nameable(out.measure)) out.measure = plain_measure_;
  out.subject = trim_name(without_digits(subject));
  if (!is_nameable(out.subject)) out.subject.clear();
  if (!out.subject.empty() &&
      (out.measure.find(out.subject) == 0 || ends_with(out.subject, out.measure)))
    out.subject.clear();
  return out;
}

std::u32string namer::measure_of_verb(const std::u32string& verb) const {
  const unit_entry* e = counter_of(m_.unit);
  return verb + (e == nullptr ? std::u32string(U"数") : std::u32string(e->counted));
}

// Whether the label names what is counted (登録者 for 人, 協力企業 for 社, 入場者数).
bool namer::counted_label(sv w) const {
  return is_measure_word(w) || (m_.unit == "persons" && is_person_word(w)) || same_kind(w);
}

// The subject of the quantity before this one in the sentence (そのうち23件 → its whole).
std::u32string namer::previous_subject() const {
  if (depth_ > 0) return {};
  for (std::size_t i = s_.number_start(); i-- > 0;)
    if (s_.quantity_at(i)) return name_other(i).subject;
  return {};
}

// The name of the number at a position of the sentence, read as this one is.
metric_name namer::name_other(std::size_t sentence_position) const {
  const auto id = static_cast<std::size_t>(s_.mention_id(sentence_position));
  return namer(s_.text(), s_.mentions(), id, s_.floor(), s_.ceiling(), depth_ + 1).run();
}

}  // namespace

std::u32string_view counter_measure(std::string_view unit) noexcept {
  const unit_entry* e = counter_of(unit);
  return e != nullptr ? e->measure : sv(U"数");
}

metric_name name_metric(std::u32string_view text, const std::vector<number_mention>& mentions,
                        std::size_t index, std::size_t floor, std::size_t ceiling) {
  if (index >= mentions.size())
    throw std::out_of_range("name_metric: index is beyond the mentions");
  return namer(text, mentions, index, floor, ceiling, 0).run();
}

}  // namespace plan6
