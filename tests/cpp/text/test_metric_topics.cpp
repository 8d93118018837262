#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plan6/common/utf8.hpp"
#include "plan6/text/metric_topics.hpp"
#include "sentence_fixture.hpp"

// Made-up sentences; each expected topic or object is read off by hand.

namespace {

using plan6::testing::sentence_of;

// The topics before the number: "name[measure] strong/weak purpose", nearest last.
std::vector<std::string> topics_of(const std::string& text, const std::string& number) {
  const sentence_of s(text, number);
  std::vector<std::string> out;
  for (const plan6::candidate& c : plan6::topics_before(*s, s->number_start())) {
    std::string t = plan6::encode_utf8(c.name);
    if (!c.measure.empty()) t += "[" + plan6::encode_utf8(c.measure) + "]";
    t += c.strong ? " strong" : " weak";
    if (c.purpose) t += " purpose";
    out.push_back(t);
  }
  return out;
}

using list = std::vector<std::string>;

TEST(MetricTopics, TopicsFrameTheSentence) {
  EXPECT_EQ(topics_of("・「みどりの相談窓口」は、登録者 96人となりました。", "96人"),
            list{"みどりの相談窓口 strong"});
  // a short clause before the marker is the topic as a whole
  EXPECT_EQ(topics_of("・地元食材を活用した料理教室は、3回開催した。", "3回"),
            list{"地元食材を活用した料理教室 strong"});
  // an opening purpose phrase, without its verbal noun
  EXPECT_EQ(topics_of("・秋の商業祭開催に向け、広報を５回行った。", "５回"),
            list{"秋の商業祭 strong purpose"});
  // a topic that names a measure, and whose it is
  EXPECT_EQ(topics_of("・相談件数は前年度より増加し、1,250件でした。", "1,250件"),
            list{"[相談件数] strong"});
  EXPECT_EQ(topics_of("・市民講座の満足度は 92％でした。", "92％"),
            list{"市民講座[満足度] strong"});
  // two topics, the frame first
  EXPECT_EQ(topics_of("・交流事業では、視察団については３回受け入れた。", "３回"),
            list({"交流事業 strong", "視察団 strong"}));
}

TEST(MetricTopics, WeakMarkersGovernTheirClause) {
  // として opening the sentence frames it
  EXPECT_EQ(topics_of("・国際交流の一環として、視察団を３回受け入れた。", "３回"), list{});
  EXPECT_EQ(topics_of("・交流事業として、12か国 40名を受け入れました。", "12か国"),
            list{"交流事業 strong"});
  // a weak marker whose clause ends before the number governs nothing, unless it opens the
  // sentence
  EXPECT_EQ(topics_of("・今年度、展示会において好評を得て、５社が出展した。", "５社"), list{});
  EXPECT_EQ(topics_of("・展示会において好評を得て、５社が出展した。", "５社"),
            list{"展示会 strong"});
  // が marks a subject of its own clause, no topic
  EXPECT_EQ(topics_of("・企業が５社参加した。", "５社"), list{});
}

TEST(MetricTopics, ThemesAndAttributiveVerbs) {
  const sentence_of s("・環境調和型産業の振興では、地元食材を活用した料理教室を3回開催した。",
                      "3回");
  EXPECT_TRUE(plan6::theme_at(*s, s.at("では")));
  EXPECT_FALSE(plan6::theme_at(*s, s.at("を活用")));
  EXPECT_TRUE(plan6::attributive_after(*s, s.at("を活用")));
  EXPECT_FALSE(plan6::attributive_after(*s, s.at("を3回")));
}

TEST(MetricTopics, ObjectsBeforeTheNumber) {
  const auto object = [](const std::string& text, const std::string& number) {
    const sentence_of s(text, number);
    return plan6::encode_utf8(plan6::object_before(*s, s->number_start()).name);
  };
  EXPECT_EQ(object("・面接会を開催し、140名の求職者が参加しました。", "140名"), "面接会");
  // a counted thing is no subject of later numbers; a bare activity is none
  EXPECT_EQ(object("・実行委員会（2回）を開催し、参加者は 40名。", "40名"), "");
  EXPECT_EQ(object("・調査を行い、参加者は 40名。", "40名"), "");
  // an attributive object modifies the noun after it
  EXPECT_EQ(object("・地元食材を活用した料理教室に 40名。", "40名"), "");
  // objects of the sentence before count for an aside only
  EXPECT_EQ(object("・成果報告会を行いました。（参加者132人）", "132人"), "成果報告会");
  EXPECT_EQ(object("・成果報告会を行いました。この結果、参加者は132人", "132人"), "");
}

}  // namespace
