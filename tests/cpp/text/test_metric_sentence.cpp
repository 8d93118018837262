#include <gtest/gtest.h>

#include <string>

#include "plan6/text/metric_sentence.hpp"
#include "sentence_fixture.hpp"

// Made-up sentences in the style of evaluation reports; the expected sentences and positions
// are read off them by hand.

namespace {

using plan6::testing::sentence_of;

TEST(MetricSentence, WhiteSpaceIsRemovedAndTheNumberFound) {
  const sentence_of s("・参加\n者 120\n人となった。", "120\n人");
  EXPECT_EQ(s.chars(), "参加者120人となった。");  // the bullet at the line start opens it
  EXPECT_EQ(s->number_start(), s.at("120"));
  EXPECT_EQ(s->number_end(), s.end_of("120人"));
  EXPECT_TRUE(s->has_number());
  EXPECT_EQ(s->joined(), plan6::no_position);
}

TEST(MetricSentence, EndsAtFullStopsBracketsAndBulletedLines) {
  EXPECT_EQ(sentence_of("前の文です。「フェア」を５回開催した。次の文。", "５回").chars(),
            "「フェア」を５回開催した。");
  EXPECT_EQ(sentence_of("【実施結果】説明会を３回開催", "３回").chars(), "説明会を３回開催");
  // a line break goes on unless the next line opens with a bullet or 【
  EXPECT_EQ(sentence_of("・説明会を３回\n開催\n・見学会を２回", "３回").chars(),
            "説明会を３回開催");
  EXPECT_EQ(sentence_of("・見学会を２回\n【課題】", "２回").chars(), "見学会を２回");
}

// An aside in brackets after a full stop, or a continuation (この結果、また、), takes in the
// sentence before; any other opening starts a sentence of its own.
TEST(MetricSentence, AsidesAndContinuationsTakeInTheSentenceBefore) {
  struct joining {
    const char* text;
    const char* number;
    const char* sentence;
    bool joined;  // at the full stop of the sentence before
    bool aside;
    bool also;
  };
  const joining cases[] = {
      {"・農業体験教室を開催しました。（参加者 85人）", "85人",
       "農業体験教室を開催しました。（参加者85人）", true, true, false},
      {"・広報を行いました。この結果、来場者数は 2万人でした。", "2万人",
       "広報を行いました。この結果、来場者数は2万人でした。", true, false, false},
      {"・交流会は、好評でした。また、３回開催した。", "３回",
       "交流会は、好評でした。また、３回開催した。", true, false, true},
      {"・広報を行いました。来場者は 2万人でした。", "2万人", "来場者は2万人でした。", false, false,
       false},
  };
  for (const joining& c : cases) {
    const sentence_of s(c.text, c.number);
    EXPECT_EQ(s.chars(), c.sentence);
    EXPECT_EQ(s->joined(), c.joined ? s.at("。") : plan6::no_position) << c.text;
    EXPECT_EQ(s->aside(), c.aside) << c.text;
    EXPECT_EQ(s->also(), c.also) << c.text;
  }
}

TEST(MetricSentence, FloorAndCeilingBoundTheSentence) {
  const std::u32string text = plan6::decode_utf8("前節の文。本節、説明会を３回開催、次節");
  const auto mentions = plan6::scan_numbers(text);
  ASSERT_EQ(mentions.size(), 1u);
  const plan6::metric_sentence s(text, mentions, 0, text.find(U'説'), text.find(U'、', 9));
  EXPECT_EQ(plan6::encode_utf8(std::u32string(s.chars())), "説明会を３回開催");
}

TEST(MetricSentence, NumbersAndWordsOfTheSentence) {
  const sentence_of s("・一部の講座を３回、計２時間開催した。", "３回");
  // 一 of 一部 is part of a word, not a number
  EXPECT_TRUE(s->word_at(s.at("一部")));
  EXPECT_FALSE(s->number_at(s.at("一部")));
  EXPECT_TRUE(s->number_at(s.at("３")));
  EXPECT_TRUE(s->quantity_at(s.at("２時間")));  // a duration lists like a count
  EXPECT_FALSE(s->quantity_at(s.at("講座")));
  EXPECT_EQ(s->mention_begin(s.at("回")), s.at("３"));
  EXPECT_EQ(s->mention_end(s.at("３")), s.end_of("３回"));
  EXPECT_EQ(s->mention_at(s.at("講座")), nullptr);
  EXPECT_EQ(s->mention_id(s->size() + 5), -1);
  // quantity_in counts quantities alone, not durations
  EXPECT_TRUE(s->quantity_in(0, s.end_of("３回")));
  EXPECT_FALSE(s->quantity_in(s.at("計"), s->size()));
}

TEST(MetricSentence, EndsOfNounPhrasesAndBrackets) {
  const sentence_of s("・「交流会」を受入れ（２回）した。", "２回");
  EXPECT_TRUE(s->np_end_at(s.at("」")));
  EXPECT_TRUE(s->okurigana_end_at(s.at("れ")));  // 受入れ: okurigana after a kanji
  EXPECT_FALSE(s->okurigana_end_at(s.at("を")));
  EXPECT_FALSE(s->np_end_at(s.at("を")));
  EXPECT_EQ(s->open_of(s.at("」"), 0), s.at("「"));
  EXPECT_EQ(s->open_of(s.at("）"), 0), s.at("（"));
  EXPECT_EQ(s->open_of(s.at("）"), s.at("２")), plan6::no_position);
  EXPECT_TRUE(s->starts(s.at("受入れ"), U"受入"));
  EXPECT_TRUE(s->ends_at(s.at("を"), U"」"));
  EXPECT_EQ(s->ch(s->size()), U'\0');
}

}  // namespace
