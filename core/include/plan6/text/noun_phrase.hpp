#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "plan6/text/metric_sentence.hpp"

/**
 * Noun phrases of a metric_sentence, and phrases as names: where a phrase that ends at a
 * position starts (words, ・ between them, 「…」 names, links such as の and における), and
 * how a phrase is cleaned into a name (no digits, no dangling particle, no anaphoric 同).
 */
namespace plan6 {

/**
 * The start of the noun phrase that ends at `p`, no earlier than `lo`: word characters, ・
 * between them, a 「…」 name (which ends the walk), a bracket right after words
 * (事業（商店街街路灯のＬＥＤ化）) and a hiragana word that opens the clause (かわさきマイスター).
 * `p` when no phrase ends there.
 */
std::size_t np_start(const metric_sentence& s, std::size_t p, std::size_t lo = 0);

/**
 * The start of a noun phrase with up to two links that ends at `p`: 福祉製品のアイデア,
 * 香港での展示会, 「A」及び「B」, 瀋陽市における展示会出展支援.
 */
std::size_t np_chain_start(const metric_sentence& s, std::size_t p, std::size_t lo = 0);

/** The end of the word run starting at `q` (a 「…」 name counts as one word). */
std::size_t word_end(const metric_sentence& s, std::size_t q);

/**
 * A phrase trimmed: dangling particles and punctuation at the ends, a single 「…」 unwrapped,
 * an anaphoric 同 dropped (同大賞 → 大賞), brackets left unbalanced by a cut removed.
 */
std::u32string trim_name(std::u32string s);

/** An owner phrase without the link to what it owns (空き家バンクへの → 空き家バンク), trimmed. */
std::u32string strip_link(std::u32string s);

/** The phrase without digits: digits never stand in a name (ナ１ is read as part of a word). */
std::u32string without_digits(std::u32string s);

/** Whether a phrase can be a name: it has at least one kanji, katakana or Latin letter. */
bool is_nameable(std::u32string_view s) noexcept;

/** The phrase at `span` as a name: bracketed asides, numbers and digits removed, trimmed. */
std::u32string clean(const metric_sentence& s, sentence_span span);

/**
 * A subject candidate as a name: 「X」のY → X; X の <verbal noun> → X (の公募, の支援); as a
 * `topic`, only X の <policy aim> → X (の振興). Empty for framing phrases (震災に伴う取組) and
 * bare times or plans. The verbal noun cut off is stored in `activity` when given.
 */
std::u32string subject_name(const metric_sentence& s, sentence_span span, bool topic = false,
                            std::u32string* activity = nullptr);

/**
 * A short name (協議会) written out in full earlier in the sentence, before `before`
 * (…ネットワーク協議会を…、協議会を４回), or `name` itself.
 */
std::u32string expand(const metric_sentence& s, std::u32string name, std::size_t before);

}  // namespace plan6
