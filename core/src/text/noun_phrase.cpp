#include "plan6/text/noun_phrase.hpp"

#include <algorithm>
#include <utility>

#include "plan6/common/characters.hpp"
#include "plan6/text/metric_lexicon.hpp"

namespace plan6 {

using namespace metric_lexicon;

namespace {

// Whether a hiragana word may open a name at j (かわさきマイスター after a bullet or year).
bool opens_name(const metric_sentence& s, std::size_t j, std::size_t lo) {
  if (j == lo) return true;
  const char32_t p = s[j - 1];
  return p == U'、' || p == U'。' || is_open_quote(p) || is_open_paren(p) || is_line_bullet(p) ||
         s.number_at(j - 1);
}

// The start of the 「…」 that closes right before i, or `fallback`.
std::size_t quote_start(const metric_sentence& s, std::size_t i, std::size_t lo,
                        std::size_t fallback) {
  const std::size_t o = s.open_of(i - 1, lo);
  return o == no_position ? fallback : o;
}

// Walks back over the words of a phrase ending at `end`: word characters, okurigana inside a
// noun (空き店舗, 子育てネットワーク) and connectors between words (研修生・視察者).
std::size_t words_start(const metric_sentence& s, std::size_t end, std::size_t lo) {
  std::size_t i = end;
  while (i > lo) {
    if (s.word_at(i - 1)) {
      --i;
      continue;
    }
    if (i < end && i - 1 > lo && (is_kanji(s[i]) || is_katakana(s[i])) && is_kanji(s[i - 2]) &&
        noun_inner_okurigana.find(s[i - 1]) != sv::npos) {
      --i;
      continue;
    }
    if (is_name_connector(s[i - 1]) && i - 1 > lo && i < end && s.word_at(i - 2)) {
      --i;
      continue;
    }
    break;
  }
  return i;
}

// One link before the phrase starting at i (…の, …における, 「A」及び): the start of the phrase
// before it, or i when no link joins one.
std::size_t linked_start(const metric_sentence& s, std::size_t i, std::size_t lo) {
  const bool quoted = is_open_quote(s[i]);
  for (sv link : phrase_links) {
    if (i < lo + link.size() + 1 || !s.ends_at(i, link)) continue;
    const std::size_t k = i - link.size();
    const bool coordinate = link == U"及び" || link == U"並びに" || link == U"と";
    // a 「…」 name is whole: no modifiers before it (…における「安全安心事業」), and a bare と
    // joins only two such names (保証協会と「…委員会」: と is "with")
    if (quoted && !coordinate) continue;
    if (link == U"と" && !(quoted && is_close_quote(s[k - 1]))) continue;
    if (link == U"向けの") {  // 大卒向けの面接会: 向け belongs to the word before
      const std::size_t j = np_start(s, k, lo);
      return j < k ? j : i;
    }
    if (!s.np_end_at(k - 1) || is_close_paren(s[k - 1])) continue;
    const std::size_t j = np_start(s, k, lo);
    // 出展（５社）支援及び商談会: a bare verbal noun ends another compound
    if (coordinate && j < k && k - j <= 3 && is_verbal_noun(s.view(j, k))) return i;
    return j < k ? j : i;
  }
  return i;
}

// Drops one dangling particle, punctuation mark or anaphoric 同 from either end; false when
// there is none.
bool trim_once(std::u32string& s) {
  const char32_t f = s.front();
  const char32_t l = s.back();
  const bool lone_particle = s.size() >= 2 && is_particle(f) && !is_hiragana(s[1]);
  if (is_name_connector(f) || lone_particle || f == U'、' || f == U'：' || f == U':' || f == U' ') {
    s.erase(s.begin());
  } else if (is_name_connector(l) || l == U'、' || l == U'：' || l == U':' || l == U' ' ||
             (is_particle(l) && s.size() >= 2 && !is_hiragana(s[s.size() - 2]))) {
    s.pop_back();
  } else if (s.size() > 2 && f == U'同' && (is_kanji(s[1]) || is_katakana(s[1]))) {
    s.erase(s.begin());
  } else {
    return false;
  }
  return true;
}

}  // namespace

std::size_t np_start(const metric_sentence& s, std::size_t p, std::size_t lo) {
  std::size_t i = p;
  if (i > lo && is_close_quote(s[i - 1])) return quote_start(s, i, lo, p);
  if (i > lo && is_close_paren(s[i - 1])) {
    const std::size_t o = s.open_of(i - 1, lo);
    if (o == no_position || o == lo || !(s.word_at(o - 1) || is_close_quote(s[o - 1]))) return p;
    i = o;
    if (is_close_quote(s[i - 1])) return quote_start(s, i, lo, p);
  }
  if (i > lo + 1 && s.okurigana_end_at(i - 1)) --i;  // 視察受入れ
  const std::size_t end = i;
  i = words_start(s, end, lo);
  if (i == end) return p;
  if (i > lo && is_close_quote(s[i - 1])) {  // 「かわさき基準」認証製品
    const std::size_t o = s.open_of(i - 1, lo);
    if (o != no_position) return o;
  }
  if (i > lo && is_hiragana(s[i - 1])) {
    std::size_t j = i;
    while (j > lo && is_hiragana(s[j - 1]))
      --j;
    if (i - j >= 3 && opens_name(s, j, lo) && !is_particle(s[i - 1])) i = j;  // not ごみの資源化率
  }
  return i;
}

std::size_t np_chain_start(const metric_sentence& s, std::size_t p, std::size_t lo) {
  std::size_t i = np_start(s, p, lo);
  if (i == p) return p;
  for (int hop = 0; hop < 2; ++hop) {
    const std::size_t j = linked_start(s, i, lo);
    if (j == i) break;
    i = j;
  }
  return i;
}

std::size_t word_end(const metric_sentence& s, std::size_t q) {
  if (q < s.size() && is_open_quote(s[q])) {
    for (std::size_t i = q + 1; i < s.size(); ++i)
      if (is_close_quote(s[i])) return i + 1;
    return q;
  }
  std::size_t i = q;
  while (i < s.size()) {
    if ((s.starts(i, U"及び") || s.starts(i, U"並びに")) && i > q) break;  // 支援及び商談会
    if (s.word_at(i)) {
      ++i;
      continue;
    }
    if (is_name_connector(s[i]) && i > q && s.word_at(i + 1)) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

std::u32string trim_name(std::u32string s) {
  while (!s.empty() && trim_once(s)) {
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

std::u32string strip_link(std::u32string s) {
  for (sv link : owner_links)
    if (ends_with(s, link)) {
      s.resize(s.size() - link.size());
      break;
    }
  return trim_name(std::move(s));
}

std::u32string without_digits(std::u32string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char32_t c) { return digit_value(c) >= 0; }),
          s.end());
  return s;
}

bool is_nameable(sv s) noexcept {
  return std::any_of(s.begin(), s.end(), [](char32_t c) { return is_word_char(c); });
}

std::u32string clean(const metric_sentence& s, sentence_span span) {
  std::u32string out;
  int depth = 0;
  for (std::size_t i = span.a; i < span.b && i < s.size(); ++i) {
    const char32_t c = s[i];
    if (is_open_paren(c)) {
      ++depth;
      continue;
    }
    if (is_close_paren(c)) {
      if (depth > 0) --depth;
      continue;
    }
    if (depth > 0 || digit_value(c) >= 0 || s.number_at(i) || c == U'。') continue;
    out.push_back(c);
  }
  return trim_name(std::move(out));
}

std::u32string subject_name(const metric_sentence& s, sentence_span span, bool topic,
                            std::u32string* activity) {
  std::u32string name = clean(s, span);
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
      name = trim_name(std::u32string(head));
    }
  }
  if (!is_nameable(name) || in(name, not_a_subject) || in(name, not_a_label)) return {};
  return name;
}

std::u32string expand(const metric_sentence& s, std::u32string name, std::size_t before) {
  if (name.empty() || name.size() > 4) return name;
  const sv all = s.chars();
  for (std::size_t k = all.rfind(name, before); k != sv::npos;
       k = k == 0 ? sv::npos : all.rfind(name, k - 1)) {
    const std::size_t e = k + name.size();
    if (e > before || !(is_particle(s.ch(e)) || s.ch(e) == U'、')) continue;
    const std::size_t a = np_start(s, e);
    if (a < k) {
      std::u32string longer = clean(s, {a, e});
      if (longer.size() > name.size() && is_nameable(longer)) return longer;
    }
  }
  return name;
}

}  // namespace plan6
