#include "plan6/text/metric_clause.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"
#include "plan6/text/metric_lexicon.hpp"
#include "plan6/text/noun_phrase.hpp"

namespace plan6 {

using namespace metric_lexicon;

namespace {

// The separator of `list` that ends right before `q` (or starts at it, `after`), or an empty
// view.
template <std::size_t n>
sv separator_at(const metric_sentence& s, std::size_t q, const std::array<sv, n>& list,
                bool after) {
  for (sv sep : list)
    if (after ? s.starts(q, sep) : s.ends_at(q, sep)) return sep;
  return {};
}

// What the object of a light verb leaves as the verb: 実施 alone, the object (モニター調査を実施
// → モニター調査), or nothing when the object is too long to be an activity.
std::u32string light_verb_object(const std::u32string& object, sv verb) {
  if (object.empty()) return std::u32string(verb);
  return object.size() <= 8 ? object : std::u32string();
}

}  // namespace

std::size_t strip_total(const metric_sentence& s, std::size_t p, sv& total) {
  for (sv w : total_words)
    if (s.ends_at(p, w)) {
      total = w;
      return p - w.size();
    }
  return p;
}

label_info label_before(const metric_sentence& s, std::size_t p) {
  label_info out;
  if (p == 0) return out;
  const char32_t c = s[p - 1];
  std::size_t end = p;
  if (c == U'に' && s.ends_at(p - 1, U"向け")) {
    out.particle = c;
    end = p - 1;
    const std::size_t a = np_start(s, p - 3);
    if (a < p - 3) out.np = {a, end};
    return out;
  }
  if (c == U'：' || c == U':' || c == U'は' || c == U'も' || c == U'が' || c == U'で') {
    if (p < 2 || !(s.word_at(p - 2) || is_close_quote(s[p - 2]) || s.okurigana_end_at(p - 2)))
      return out;
    out.particle = c;
    end = p - 1;
  } else if (!(s.word_at(p - 1) || is_close_quote(c)) || s.number_at(p - 1)) {
    return out;
  }
  const std::size_t a = np_start(s, end);
  if (a >= end) return out;
  const sv w = s.view(a, end);
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

std::size_t list_start(const metric_sentence& s, std::size_t p, bool labels,
                       std::vector<sentence_span>* member_labels) {
  std::size_t start = p;
  for (int guard = 0; guard < 8; ++guard) {
    std::size_t q = start;
    q -= separator_at(s, q, list_separators_before, false).size();
    const bool bracketed = q >= 2 && is_close_paren(s[q - 1]) && s.quantity_at(q - 2);
    if (bracketed) --q;
    if (q == 0 || !s.quantity_at(q - 1)) break;
    q = s.mention_begin(q - 1);
    // 企画部会（2回）、 is a member; an aside （参加者432名）、 is not
    if (bracketed && !(q > 0 && is_open_paren(s[q - 1]))) break;
    if (labels) {
      const label_info l = label_before(s, q);
      if (!l.np.empty()) q = l.np.a;
      if (member_labels != nullptr) member_labels->push_back(l.np);
    }
    start = q;
  }
  return start;
}

std::size_t skip_list_after(const metric_sentence& s, std::size_t q, bool& found, bool& listed) {
  for (int guard = 0; guard < 8; ++guard) {
    std::size_t r = q;
    if (r < s.size() && is_close_paren(s[r]) && r > 0 && s.quantity_at(r - 1)) ++r;
    const sv sep = separator_at(s, r, list_separators_after, true);
    r += sep.size();
    // the next member's label (駐車場整備等の整備事業), up to three hiragana after it
    // (が, で, 向けに)
    std::size_t w = word_end(s, r);
    // 12.5％増の8万6千人, ３名上回る20名: a change, not a member
    if (w > r && in(s.view(r, w), change_words)) break;
    if (w > r && s.starts(w, U"の") && s.word_at(w + 1)) w = word_end(s, w + 1);
    std::size_t h = w;  // particles only: 上回る20名 is a comparison, no member
    while (h < s.size() && h - w < 3 && label_particles.find(s[h]) != sv::npos)
      ++h;
    if (h > r && h < s.size() && s.quantity_at(h)) r = h;
    if (w > r && w < s.size() && (s[w] == U'：' || s[w] == U':' || is_open_paren(s[w]))) r = w + 1;
    if (r < s.size() && is_open_paren(s[r])) ++r;
    if (r >= s.size() || !s.quantity_at(r)) break;
    q = s.mention_end(r);
    if (q < s.size() && is_close_paren(s[q])) ++q;
    found = true;
    listed = listed || !sep.empty();
  }
  return q;
}

bool verbal_after(const metric_sentence& s, std::size_t e, sv word) {
  if (e >= s.size()) return is_verbal_noun(word);
  const char32_t c = s[e];
  if (c == U'し' || c == U'す' || c == U'さ' || c == U'せ') return true;
  if (s.starts(e, U"でき") || s.starts(e, U"があ") || s.starts(e, U"が行") ||
      s.starts(e, U"を行") || s.starts(e, U"を実施") || s.starts(e, U"に取"))
    return true;
  if (c == U'、' || c == U'。' || is_close_paren(c) || is_open_paren(c) || c == U'と')
    return is_verbal_noun(word);
  return false;
}

std::size_t native_verb(const metric_sentence& s, std::size_t i, std::u32string& noun) {
  for (const auto& [written, as_noun] : native_verbs)
    if (s.starts(i, written)) {
      noun = as_noun;
      return i + written.size();
    }
  return no_position;
}

std::size_t compound_particle(const metric_sentence& s, std::size_t i) {
  if (i >= s.size() || (s[i] != U'に' && s[i] != U'を')) return no_position;
  for (sv w : compound_particle_tails)
    if (s.starts(i + 1, w)) return i + 1 + w.size();
  return no_position;
}

std::u32string verb_after(const metric_sentence& s, std::size_t q) {
  std::size_t i = q;
  std::u32string object;
  bool adverbial = false;
  for (int steps = 0; i < s.size() && steps < 10; ++steps) {
    const char32_t c = s[i];
    if (c == U'、' && adverbial) {
      adverbial = false;
      ++i;
      continue;
    }
    if (c == U'、' || c == U'。' || is_open_paren(c) || is_close_paren(c) || s.number_at(i)) break;
    if (const std::size_t e = compound_particle(s, i); e != no_position) {
      adverbial = s.starts(e, U"、") || s.starts(e, U"は、");
      if (s.starts(e, U"は")) ++i;
      i = e;
      object.clear();
      continue;
    }
    std::u32string native;
    if (native_verb(s, i, native) != no_position)
      return is_light_verb(native) ? light_verb_object(object, U"実施") : native;
    if (s.word_at(i) || is_open_quote(c)) {
      const std::size_t e = word_end(s, i);
      if (e <= i) break;
      const sv w = s.view(i, e);
      if (!is_open_quote(c) && verbal_after(s, e, w)) {
        if (is_light_verb(w)) return light_verb_object(object, w);
        if (!object.empty() && object.size() <= 6 && !in(object, not_a_subject))
          return object + std::u32string(w);
        return std::u32string(w);
      }
      object = s.starts(e, U"を") ? clean(s, {i, e}) : std::u32string();
      i = e;
      continue;
    }
    if (c == U'で' && s.starts(i + 1, U"、")) adverbial = true;  // 市内８校で、
    if (is_hiragana(c)) {
      ++i;
      continue;
    }
    break;
  }
  return {};
}

}  // namespace plan6
