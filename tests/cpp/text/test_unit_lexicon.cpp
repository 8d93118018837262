#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "plan6/common/utf8.hpp"
#include "plan6/text/unit_lexicon.hpp"

// The unit vocabulary: expected entries are how Japanese reports write these units (by hand),
// and the invariants that let one table serve the scanner, the namer and the Python layer.

namespace {

using sv = std::u32string_view;

std::string u8(sv s) {
  return plan6::encode_utf8(std::u32string(s));
}

TEST(UnitLexicon, EntriesOfTheVocabulary) {
  struct expected {
    const char* unit;
    plan6::number_kind kind;
    sv suffix;
    sv measure;
    sv counted;
  };
  using k = plan6::number_kind;
  const expected cases[] = {
      {"persons", k::quantity, U"人", U"人数", U"者数"},
      {"cases", k::quantity, U"件", U"件数", U"件数"},
      {"times", k::quantity, U"回", U"回数", U"回数"},
      {"organisations", k::quantity, U"団体", U"団体数", U"団体数"},
      {"yen", k::quantity, U"円", U"金額", U"額"},
      {"percent", k::quantity, U"％", U"割合", U"率"},
      {"countries", k::quantity, U"か国", U"国数", U"国数"},
      {"tonnes", k::quantity, U"t", U"重量", U"量"},
      {"times_per_month", k::quantity, U"回/月", U"頻度", U"頻度"},
      {"months", k::duration, U"か月", U"", U""},
      {"years", k::duration, U"年", U"", U""},
      {"pieces", k::quantity, U"本", U"本数", U"本数"},
      {"person_days", k::quantity, U"人日", U"延べ人数", U"延べ人数"},
      {"persons_per_day", k::quantity, U"人/日", U"一日当たり人数", U"一日当たり人数"},
      {"fiscal_year", k::fiscal_year, U"年度", U"", U""},
  };
  for (const expected& e : cases) {
    const plan6::unit_entry* entry = plan6::find_unit(e.unit);
    ASSERT_NE(entry, nullptr) << e.unit;
    EXPECT_EQ(entry->unit, e.unit);
    EXPECT_EQ(entry->kind, e.kind) << e.unit;
    EXPECT_EQ(u8(entry->suffix), u8(e.suffix)) << e.unit;
    EXPECT_EQ(u8(entry->measure), u8(e.measure)) << e.unit;
    EXPECT_EQ(u8(entry->counted), u8(e.counted)) << e.unit;
  }
  EXPECT_EQ(plan6::find_unit("no such unit"), nullptr);
  EXPECT_EQ(plan6::find_unit(""), nullptr);
}

TEST(UnitLexicon, SpellingsAndScales) {
  const plan6::unit_entry* percent = plan6::find_unit("percent");
  ASSERT_NE(percent, nullptr);
  EXPECT_EQ(percent->spellings[0].text, U"%");  // width-folded: ％ matches it
  EXPECT_EQ(percent->spellings[2].text, U"割");
  EXPECT_EQ(percent->spellings[2].scale, 10);  // 3割 = 30 percent
  const auto match = plan6::match_unit(U"3割", 1);
  ASSERT_TRUE(match);
  EXPECT_EQ(match->word->unit, "percent");
  EXPECT_EQ(match->word->scale, 10);
  EXPECT_EQ(match->word->entry, percent);
  // the longest spelling wins, and a line break may stand inside one
  EXPECT_EQ(plan6::match_unit(U"2年度", 1)->word->unit, "fiscal_year");
  EXPECT_EQ(plan6::match_unit(U"200ペー\nジ", 3)->end, 7u);
  EXPECT_EQ(plan6::match_unit(U"5ヶ所", 1)->word->unit, "places");
  EXPECT_EQ(plan6::match_unit(U"3ヵ年", 1)->word->unit, "years");
  EXPECT_EQ(plan6::match_unit(U"6ヶ月間", 1)->end, 4u);           // 間 belongs to the length
  EXPECT_EQ(plan6::match_unit(U"5区画", 1)->word->unit, "lots");  // not 5 wards (区)
  EXPECT_EQ(plan6::match_unit(U"2.5％ポイント", 3)->word->unit, "percentage_points");
  EXPECT_FALSE(plan6::match_unit(U"5xyz", 1));
}

TEST(UnitLexicon, OneEntryPerUnitAndOneUnitPerSpelling) {
  std::set<std::string_view> units;
  std::set<sv> spellings;
  for (const plan6::unit_entry& e : plan6::unit_vocabulary()) {
    EXPECT_TRUE(units.insert(e.unit).second) << e.unit;
    EXPECT_FALSE(e.suffix.empty()) << e.unit;
    const bool composed = !e.composed_of.empty();
    EXPECT_NE(composed, !e.spellings[0].text.empty()) << e.unit << ": spelled or composed";
    for (const plan6::unit_spelling& s : e.spellings) {
      if (!s.text.empty()) {
        EXPECT_TRUE(spellings.insert(s.text).second) << u8(s.text);
      }
    }
    // every quantity counts something, so that a metric is never named by its unit alone
    if (e.kind == plan6::number_kind::quantity) {
      EXPECT_FALSE(e.measure.empty()) << e.unit;
      EXPECT_FALSE(e.counted.empty()) << e.unit;
    }
  }
  EXPECT_EQ(spellings.size(), plan6::unit_words().size());
}

TEST(UnitLexicon, WordsPointBackToTheirEntry) {
  for (const plan6::unit_word& w : plan6::unit_words()) {
    ASSERT_NE(w.entry, nullptr);
    EXPECT_EQ(w.entry->unit, w.unit);
    EXPECT_EQ(w.entry->kind, w.kind);
    const auto match = plan6::match_unit(w.written, 0);
    ASSERT_TRUE(match) << u8(w.written);
    EXPECT_EQ(match->word, &w) << u8(w.written);
  }
}

TEST(UnitLexicon, QuantityUnitsAreTheSpelledOnes) {
  const auto units = plan6::quantity_units();
  EXPECT_EQ(units.front(), "persons");  // table order
  EXPECT_NE(std::find(units.begin(), units.end(), "yen"), units.end());
  // composed frequencies are units of the vocabulary but no unit written after a number
  EXPECT_EQ(std::find(units.begin(), units.end(), "times_per_month"), units.end());
  EXPECT_EQ(std::find(units.begin(), units.end(), "months"), units.end());  // a duration
  std::set<std::string_view> distinct(units.begin(), units.end());
  EXPECT_EQ(distinct.size(), units.size());
}

TEST(UnitLexicon, FrequenciesByPeriod) {
  EXPECT_EQ(plan6::frequency_unit(U'月'), "times_per_month");
  EXPECT_EQ(plan6::frequency_unit(U'年'), "times_per_year");
  EXPECT_EQ(plan6::frequency_unit(U'週'), "times_per_week");
  EXPECT_EQ(plan6::frequency_unit(U'日'), "times_per_day");
  EXPECT_EQ(plan6::frequency_unit(U'回'), "");
  EXPECT_EQ(plan6::frequency_unit(U'\0'), "");
}

}  // namespace
