#include <gtest/gtest.h>

#include <string>

#include "plan6/common/utf8.hpp"
#include "plan6/text/noun_phrase.hpp"
#include "sentence_fixture.hpp"

// Made-up phrases; each expected phrase or name is read off by hand.

namespace {

using plan6::testing::sentence_of;

std::string u8(const std::u32string& s) {
  return plan6::encode_utf8(s);
}

std::u32string u32(const std::string& s) {
  return plan6::decode_utf8(s);
}

TEST(NounPhrase, StartOfAPhrase) {
  const sentence_of s("・「市民フェア」を香港での展示会と同時に５回開催した。", "５回");
  // a quoted name is one phrase
  EXPECT_EQ(s.view(plan6::np_start(*s, s.at("を")), s.at("を")), "「市民フェア」");
  // a phrase stops at a particle; with its links it goes on
  EXPECT_EQ(s.view(plan6::np_start(*s, s.at("と同時")), s.at("と同時")), "展示会");
  EXPECT_EQ(s.view(plan6::np_chain_start(*s, s.at("と同時")), s.at("と同時")), "香港での展示会");
  // nothing ends at a particle
  EXPECT_EQ(plan6::np_start(*s, s.end_of("を")), s.end_of("を"));
}

TEST(NounPhrase, OkuriganaConnectorsAndBrackets) {
  const sentence_of s("・空き店舗の研修生・視察者受入れは、事業（街路灯のLED化）で５件。", "５件");
  EXPECT_EQ(s.view(plan6::np_start(*s, s.at("の研")), s.at("の研")), "空き店舗");
  EXPECT_EQ(s.view(plan6::np_start(*s, s.at("は、")), s.at("は、")), "研修生・視察者受入れ");
  // a bracket right after words belongs to them
  EXPECT_EQ(s.view(plan6::np_start(*s, s.at("で５")), s.at("で５")), "事業（街路灯のLED化）");
  // a bare verbal noun before 及び ends another compound: the chain stops
  const sentence_of c("・出展（５社）支援及び商談会を行った。", "５社");
  EXPECT_EQ(c.view(plan6::np_chain_start(*c, c.at("を")), c.at("を")), "商談会");
}

TEST(NounPhrase, WordEnd) {
  const sentence_of s("・「起業応援事業」及び支援及び商談会を５回。", "５回");
  EXPECT_EQ(plan6::word_end(*s, s.at("「")), s.end_of("」"));
  // 及び ends a word run that it does not start
  EXPECT_EQ(plan6::word_end(*s, s.at("支援")), s.end_of("支援"));
  EXPECT_EQ(plan6::word_end(*s, s.at("を")), s.at("を"));
}

TEST(NounPhrase, TrimmedNames) {
  struct trim_case {
    const char* phrase;
    const char* name;
  };
  const trim_case cases[] = {
      {"の市民講座は", "市民講座"},      // dangling particles
      {"・研修生、", "研修生"},          // connectors and punctuation
      {"同協議会", "協議会"},            // an anaphoric 同
      {"「環境フェア」", "環境フェア"},  // one quoted name unwrapped
      {"「A」及び「B」", "「A」及び「B」"},
      {"環境フェア」", "環境フェア"},  // a bracket left by a cut
      {"がんばろう", "がんばろう"},    // hiragana words keep their particles
      {"", ""},
  };
  for (const trim_case& c : cases)
    EXPECT_EQ(u8(plan6::trim_name(u32(c.phrase))), c.name) << c.phrase;
  EXPECT_EQ(u8(plan6::strip_link(u32("空き家バンクへの"))), "空き家バンク");
  EXPECT_EQ(u8(plan6::strip_link(u32("瀋陽市における"))), "瀋陽市");
  EXPECT_EQ(u8(plan6::without_digits(u32("ナ１号2"))), "ナ号");
  EXPECT_TRUE(plan6::is_nameable(U"ナ"));
  EXPECT_TRUE(plan6::is_nameable(U"LED"));
  EXPECT_FALSE(plan6::is_nameable(U"のうち"));
  EXPECT_FALSE(plan6::is_nameable(U"123"));
}

TEST(NounPhrase, CleanDropsAsidesAndNumbers) {
  const sentence_of s("・出張相談会（8回）及び個別相談会（15回）を開催した。", "8回");
  EXPECT_EQ(u8(plan6::clean(*s, {s.at("出張"), s.at("を")})), "出張相談会及び個別相談会");
}

TEST(NounPhrase, SubjectNames) {
  const sentence_of s("・「起業家表彰」の募集と環境産業の振興と震災に伴う取組と計画を１回。",
                      "１回");
  const auto name = [&](const std::string& phrase, bool topic = false) {
    std::u32string activity;
    const std::string n =
        u8(plan6::subject_name(*s, {s.at(phrase), s.end_of(phrase)}, topic, &activity));
    return n + (activity.empty() ? "" : " / " + u8(activity));
  };
  EXPECT_EQ(name("「起業家表彰」の募集"), "起業家表彰 / 募集");  // 「X」のY → X
  EXPECT_EQ(name("環境産業の振興"), "環境産業 / 振興");          // X の <verbal noun> → X
  EXPECT_EQ(name("環境産業の振興", true), "環境産業 / 振興");    // a topic of a policy aim
  EXPECT_EQ(name("震災に伴う取組"), "");                         // a framing phrase
  EXPECT_EQ(name("計画"), "");                                   // a plan figure
}

TEST(NounPhrase, AsTopicAProgrammeKeepsItsActivity) {
  const sentence_of s("・商店街の一部補助は、５件。", "５件");
  const plan6::sentence_span topic{s.at("商店街"), s.at("は")};
  EXPECT_EQ(u8(plan6::subject_name(*s, topic, true)), "商店街の一部補助");
  EXPECT_EQ(u8(plan6::subject_name(*s, topic, false)), "商店街");
}

TEST(NounPhrase, ShortNamesAreExpanded) {
  const sentence_of s("・子育てネットワーク協議会を設立し、協議会を４回開催した。", "４回");
  EXPECT_EQ(u8(plan6::expand(*s, U"協議会", s.at("を４回"))), "子育てネットワーク協議会");
  // a long name is kept as it is
  EXPECT_EQ(u8(plan6::expand(*s, U"子育てネットワーク", s.at("を４回"))), "子育てネットワーク");
}

}  // namespace
