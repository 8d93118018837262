#include "plan6/text/metric_topics.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/text/metric_lexicon.hpp"
#include "plan6/text/noun_phrase.hpp"

namespace plan6 {

using namespace metric_lexicon;

namespace {

// How long a clause before a topic marker may be to stand as the topic as a whole.
constexpr std::size_t short_clause = 24;

// The start of the clause holding i, after a continuation (この結果、) or a conjunction (また).
std::size_t clause_start(const metric_sentence& s, std::size_t i) {
  std::size_t clause = i;
  while (clause > 0 && s[clause - 1] != U'、' && s[clause - 1] != U'。')
    --clause;
  for (sv w : continuations)
    if (s.starts(clause, w) && s.starts(clause + w.size(), U"、")) clause += w.size() + 1;
  for (sv w : clause_openers)
    if (s.starts(clause, w)) clause += w.size();
  return clause;
}

// The topic [a, i) as a candidate: its name and, for 市民向け講座の参加者数は…, the measure it
// names and whose it is.
candidate topic_candidate(const metric_sentence& s, std::size_t a, std::size_t i, bool purpose) {
  std::u32string name = subject_name(s, {a, i}, true);
  if (purpose) {
    // 川崎国際環境技術展開催に向け → 川崎国際環境技術展
    for (sv v : verbal_nouns)
      if (ends_with(name, v) && name.size() > v.size() + 2) {
        name = trim_name(name.substr(0, name.size() - v.size()));
        break;
      }
  }
  std::u32string measure;
  if (is_measure_word(name)) {
    const std::size_t no = name.rfind(U'の');
    measure = no == std::u32string::npos ? name : name.substr(no + 1);
    name = no == std::u32string::npos ? std::u32string() : strip_link(name.substr(0, no));
  }
  candidate out;
  out.name = std::move(name);
  out.at = i;
  out.purpose = purpose;
  out.measure = std::move(measure);
  return out;
}

// The topic marked by `mk` at i, added to `out`; false when the marker marks no topic here.
bool read_topic(const metric_sentence& s, std::size_t i, const topic_marker& mk, std::size_t p,
                std::vector<candidate>& out) {
  const std::size_t after = i + mk.text.size();
  const bool comma = s.ch(after) == U'、';
  const bool purpose = mk.text.substr(0, 2) == U"に向";
  if (is_hiragana(s.ch(after)) && !purpose && mk.text != U"として" && mk.text != U"において")
    return false;
  const std::size_t clause = clause_start(s, i);
  std::size_t a = np_chain_start(s, i);
  // only an opening "Xに向け" frames the sentence
  if (purpose && (a != clause || (clause > 0 && s[clause - 1] != U'。'))) return false;
  if (clause < a && i - clause <= short_clause && !s.quantity_in(clause, i)) a = clause;
  // a weak marker governs only its own clause (no comma until the number), unless it opens
  // the sentence (技術協力による国際貢献として…、17か国)
  if (!mk.strong && !comma && !purpose && a != 0 && s.view(after, p).find(U'、') != sv::npos)
    return false;
  if (a < i) {
    candidate c = topic_candidate(s, a, i, purpose);
    c.strong = mk.strong || comma || purpose || a == 0;
    if (!c.name.empty() || !c.measure.empty()) out.push_back(std::move(c));
  }
  return true;
}

}  // namespace

std::vector<candidate> topics_before(const metric_sentence& s, std::size_t p) {
  std::vector<candidate> out;
  for (std::size_t i = 1; i < p; ++i) {
    const char32_t c = s[i];  // every marker opens with one of these
    if ((c != U'は' && c != U'に' && c != U'で' && c != U'と' && c != U'が' && c != U'の') ||
        !s.np_end_at(i - 1))
      continue;
    for (const topic_marker& mk : topic_markers) {
      if (!s.starts(i, mk.text) || i + mk.text.size() > p) continue;
      // after また only the sentence before's true topics (Xは、) carry on
      if (s.also() && s.joined() != no_position && i < s.joined() && !mk.strong) continue;
      // が marks a subject of its own clause, no topic: skip past it
      if (mk.text == U"が" || read_topic(s, i, mk, p, out)) i += mk.text.size() - 1;
      break;
    }
  }
  return out;
}

bool theme_at(const metric_sentence& s, std::size_t at) {
  const std::size_t a = np_chain_start(s, at);
  const sv w = s.view(a, at);
  const std::size_t no = w.rfind(U'の');
  return no != sv::npos && no + 1 < w.size() && in(w.substr(no + 1), policy_verbs);
}

bool attributive_after(const metric_sentence& s, std::size_t wo) {
  const std::size_t e = word_end(s, wo + 1);
  if (e == wo + 1) return false;
  for (sv w : attributive_endings)
    if (s.starts(e, w) && (s.word_at(e + w.size()) || s.quantity_at(e + w.size()))) return true;
  return false;
}

candidate object_before(const metric_sentence& s, std::size_t p) {
  const std::size_t lo = s.joined() != no_position && !s.aside() ? s.joined() + 1 : 1;
  for (std::size_t i = std::min(p, s.size()); i-- > lo;) {
    if (s[i] != U'を' || !s.np_end_at(i - 1) || attributive_after(s, i)) continue;
    const std::size_t a = np_chain_start(s, i);
    if (a >= i) continue;
    // 実行委員会（2回）を開催: a thing counted itself, not the subject of later numbers
    bool counted = false;
    for (std::size_t k = a; k < i && !counted; ++k)
      counted = s.quantity_at(k);
    if (counted) continue;
    std::u32string name = subject_name(s, {a, i});
    const bool activity = name.size() <= 2 && std::all_of(name.begin(), name.end(), is_kanji);
    if (name.size() < 2 || activity || (is_verbal_noun(name) && name.size() <= 3)) continue;
    candidate out;
    out.name = std::move(name);
    out.at = i;
    return out;
  }
  return {};
}

}  // namespace plan6
