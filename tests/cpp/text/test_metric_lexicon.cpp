#include <gtest/gtest.h>

#include <set>
#include <string_view>

#include "plan6/common/utf8.hpp"
#include "plan6/text/metric_lexicon.hpp"

// The namer's word lists and lookups; expected answers are general Japanese, by hand.

namespace {

namespace lex = plan6::metric_lexicon;
using sv = std::u32string_view;

TEST(MetricLexicon, VerbalNounsMeasuresAndPeople) {
  EXPECT_TRUE(lex::is_verbal_noun(U"開催"));
  EXPECT_TRUE(lex::is_verbal_noun(U"出展支援"));           // a short compound
  EXPECT_FALSE(lex::is_verbal_noun(U"産学共同研究開発"));  // a name ending in one
  EXPECT_FALSE(lex::is_verbal_noun(U"講座"));
  EXPECT_TRUE(lex::is_light_verb(U"実施"));
  EXPECT_FALSE(lex::is_light_verb(U"開催"));
  for (sv w : {sv(U"入場者数"), sv(U"金額"), sv(U"達成率"), sv(U"満足度"), sv(U"割合")})
    EXPECT_TRUE(lex::is_measure_word(w)) << plan6::encode_utf8(std::u32string(w));
  for (sv w : {sv(U"制度"), sv(U"年度"), sv(U"講座")})
    EXPECT_FALSE(lex::is_measure_word(w)) << plan6::encode_utf8(std::u32string(w));
  EXPECT_TRUE(lex::is_person_word(U"登録者"));
  EXPECT_TRUE(lex::is_person_word(U"参加生徒"));
  EXPECT_FALSE(lex::is_person_word(U"企業"));
  EXPECT_TRUE(lex::is_particle(U'を'));
  EXPECT_FALSE(lex::is_particle(U'し'));
}

TEST(MetricLexicon, CounterMeaningsComeFromTheUnitVocabulary) {
  const plan6::unit_entry* persons = lex::counter_of("persons");
  ASSERT_NE(persons, nullptr);
  EXPECT_EQ(persons->measure, U"人数");
  EXPECT_EQ(persons->counted, U"者数");  // 参加 + 者数
  EXPECT_EQ(lex::counter_of("yen")->counted, U"額");
  EXPECT_EQ(lex::counter_of("times_per_month")->measure, U"頻度");
  EXPECT_EQ(lex::counter_of("hours"), nullptr);  // a duration counts nothing
  EXPECT_EQ(lex::counter_of("no such unit"), nullptr);
  EXPECT_TRUE(lex::same_kind(U"協力企業", "companies"));
  EXPECT_TRUE(lex::same_kind(U"活動拠点", "places"));
  EXPECT_FALSE(lex::same_kind(U"協力企業", "persons"));
  EXPECT_FALSE(lex::same_kind(U"協力企業", "hours"));
  EXPECT_TRUE(lex::generic_counter("cases"));
  EXPECT_TRUE(lex::generic_counter(""));
  EXPECT_FALSE(lex::generic_counter("companies"));
}

// Lists matched first-come: an entry that another entry starts (or ends) with must come after
// it, or the longer one would never be found.
template <std::size_t n>
void expect_longest_first(const std::array<sv, n>& list, bool by_end, const char* name) {
  std::set<sv> seen;
  for (std::size_t i = 0; i < n; ++i) {
    EXPECT_TRUE(seen.insert(list[i]).second) << name << ": duplicate at " << i;
    for (std::size_t j = i + 1; j < n; ++j) {
      const sv a = list[i];
      const sv b = list[j];
      const bool shadows =
          a.size() < b.size() && (by_end ? lex::ends_with(b, a) : b.substr(0, a.size()) == a);
      EXPECT_FALSE(shadows) << name << ": " << plan6::encode_utf8(std::u32string(a)) << " hides "
                            << plan6::encode_utf8(std::u32string(b));
    }
  }
}

TEST(MetricLexicon, FirstMatchListsAreLongestFirst) {
  expect_longest_first(lex::total_words, true, "total_words");
  expect_longest_first(lex::list_separators_before, true, "list_separators_before");
  expect_longest_first(lex::phrase_links, true, "phrase_links");
  expect_longest_first(lex::owner_links, true, "owner_links");
  expect_longest_first(lex::list_separators_after, false, "list_separators_after");
  expect_longest_first(lex::qualifiers, false, "qualifiers");
  expect_longest_first(lex::comparisons, false, "comparisons");
  expect_longest_first(lex::thresholds, false, "thresholds");
  expect_longest_first(lex::compound_particle_tails, false, "compound_particle_tails");
  std::array<sv, lex::topic_markers.size()> markers{};
  for (std::size_t i = 0; i < markers.size(); ++i)
    markers[i] = lex::topic_markers[i].text;
  expect_longest_first(markers, false, "topic_markers");
  std::array<sv, lex::native_verbs.size()> verbs{};
  for (std::size_t i = 0; i < verbs.size(); ++i)
    verbs[i] = lex::native_verbs[i].first;
  expect_longest_first(verbs, false, "native_verbs");
}

TEST(MetricLexicon, WordListsHaveNoDuplicates) {
  const auto unique = [](const auto& list) {
    return std::set<sv>(list.begin(), list.end()).size() == list.size();
  };
  EXPECT_TRUE(unique(lex::verbal_nouns));
  EXPECT_TRUE(unique(lex::not_a_label));
  EXPECT_TRUE(unique(lex::not_a_subject));
  EXPECT_TRUE(unique(lex::measure_endings));
  EXPECT_TRUE(unique(lex::person_endings));
  EXPECT_TRUE(unique(lex::measure_degrees));
  EXPECT_TRUE(unique(lex::continuations));
}

}  // namespace
