#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plan6/common/utf8.hpp"
#include "plan6/text/metric_clause.hpp"
#include "sentence_fixture.hpp"

// Made-up sentences; each expected label, list or verb is read off by hand.

namespace {

using plan6::testing::sentence_of;

// The label before the number of a sentence: "label particle", or "skipped: word".
std::string label_of(const std::string& text, const std::string& number) {
  const sentence_of s(text, number);
  const plan6::label_info l = plan6::label_before(*s, s->number_start());
  if (l.skipped != plan6::no_position) return "skipped: " + s.view(l.skipped, s->number_start());
  std::string out = s.view(l.np);
  if (l.particle != 0) out += " " + plan6::encode_utf8(std::u32string(1, l.particle));
  return out;
}

TEST(MetricClause, LabelsBeforeTheNumber) {
  EXPECT_EQ(label_of("・相談者数 312人となりました。", "312人"), "相談者数");
  EXPECT_EQ(label_of("・来館者数も 8,400 名となった。", "8,400 名"), "来館者数 も");
  EXPECT_EQ(label_of("・件数：2,950件", "2,950件"), "件数 ：");
  EXPECT_EQ(label_of("・件数で161件", "161件"), "件数 で");
  EXPECT_EQ(label_of("・学生向けに２回開催した。", "２回"), "学生向け に");
  // で on a place is no label; a time or place word is skipped
  EXPECT_EQ(label_of("・市内で5件", "5件"), "");
  EXPECT_EQ(label_of("・視察受入れは年間38件", "38件"), "skipped: 年間");
  // a number right before is no label
  EXPECT_EQ(label_of("・参加者 3回 5人", "5人"), "");
}

TEST(MetricClause, TotalsAndListsBeforeTheNumber) {
  const sentence_of s("・説明会３回、見学会２回、計５回実施しました。", "５回");
  std::u32string_view total;
  const std::size_t p = plan6::strip_total(*s, s->number_start(), total);
  EXPECT_EQ(total, U"計");
  EXPECT_EQ(p, s.at("計"));
  std::vector<plan6::sentence_span> labels;
  EXPECT_EQ(plan6::list_start(*s, p, true, &labels), s.at("説明会"));
  ASSERT_EQ(labels.size(), 2u);  // nearest first
  EXPECT_EQ(s.view(labels[0]), "見学会");
  EXPECT_EQ(s.view(labels[1]), "説明会");
  // without labels a member's label ends the list
  EXPECT_EQ(plan6::list_start(*s, p, false), s.at("２回"));
  // a range is a list of two
  const sentence_of r("・登録団体数は 40団体から、52団体まで増えました。", "52団体");
  EXPECT_EQ(plan6::list_start(*r, r->number_start(), false), r.at("40団体"));
  // an aside in brackets is no member
  const sentence_of a("・開催し（参加者432名）、２回", "２回");
  EXPECT_EQ(plan6::list_start(*a, a->number_start(), false), a->number_start());
}

TEST(MetricClause, ListsAfterTheNumber) {
  const sentence_of s("・その結果、30団体 55ブースの出展がありました。", "30団体");
  bool found = false;
  bool listed = false;
  EXPECT_EQ(plan6::skip_list_after(*s, s->number_end(), found, listed), s.end_of("55ブース"));
  EXPECT_TRUE(found);
  EXPECT_FALSE(listed);  // no separator: the noun after belongs to both
  const sentence_of c("・160企業、512名の求職者が参加した。", "160企業");
  found = listed = false;
  EXPECT_EQ(plan6::skip_list_after(*c, c->number_end(), found, listed), c.end_of("512名"));
  EXPECT_TRUE(listed);
  // a change after the number is no member
  const sentence_of d("・12.5％増の8万6千人", "12.5％");
  found = listed = false;
  EXPECT_EQ(plan6::skip_list_after(*d, d->number_end(), found, listed), d->number_end());
  EXPECT_FALSE(found);
}

TEST(MetricClause, VerbsAfterTheNumber) {
  const auto verb = [](const std::string& text, const std::string& number) {
    const sentence_of s(text, number);
    return plan6::encode_utf8(plan6::verb_after(*s, s->number_end()));
  };
  EXPECT_EQ(verb("・説明会を２回開催しました。", "２回"), "開催");
  EXPECT_EQ(verb("・39件の応募があり", "39件"), "応募");
  EXPECT_EQ(verb("・５社に補助金を交付した。", "５社"), "補助金交付");  // a short object joins
  EXPECT_EQ(verb("・３回モニター調査を実施した。", "３回"), "モニター調査");  // a light verb yields
  EXPECT_EQ(verb("・３回実施した。", "３回"), "実施");
  EXPECT_EQ(verb("・12か国から受け入れた。", "12か国"), "受入れ");  // a native verb as its noun
  EXPECT_EQ(verb("・８校において、実施した。", "８校"), "実施");    // the adverbial goes on
  EXPECT_EQ(verb("・８校、開催した。", "８校"), "");                // a comma ends the clause
}

TEST(MetricClause, VerbalEndingsParticlesAndNativeVerbs) {
  const sentence_of s("・研修を行い、市民に対して3回受け入れた。開催し", "3回");
  EXPECT_TRUE(plan6::verbal_after(*s, s.end_of("研修"), U"研修"));  // を行い
  EXPECT_FALSE(plan6::verbal_after(*s, s.end_of("市民"), U"市民"));
  EXPECT_TRUE(plan6::verbal_after(*s, s->size(), U"開催"));  // at the end: a verbal noun
  EXPECT_EQ(plan6::compound_particle(*s, s.at("に対して")), s.end_of("に対して"));
  EXPECT_EQ(plan6::compound_particle(*s, s.at("を行い")), plan6::no_position);
  std::u32string noun;
  EXPECT_EQ(plan6::native_verb(*s, s.at("受け入れ"), noun), s.end_of("受け入れ"));
  EXPECT_EQ(noun, U"受入れ");
  EXPECT_EQ(plan6::native_verb(*s, s.at("行い"), noun), s.end_of("行い"));
  EXPECT_EQ(noun, U"行");
  EXPECT_EQ(plan6::native_verb(*s, s.at("市民"), noun), plan6::no_position);
}

}  // namespace
