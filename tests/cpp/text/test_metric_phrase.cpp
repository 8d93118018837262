#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>

#include "plan6/common/utf8.hpp"
#include "plan6/text/metric_phrase.hpp"
#include "plan6/text/number_scanner.hpp"

// Sentences made up for these tests in the style of municipal evaluation reports (none is
// copied from the reference report). Each expected name is what an analyst would write for
// the column, worked out by hand from the sentence.

namespace {

struct named {
  std::string subject;
  std::string measure;
  std::string text;
};

// The metric name of the number written as `number` in `sentence` (its first occurrence).
named name_of(const std::string& sentence, const std::string& number) {
  const std::u32string text = plan6::decode_utf8(sentence);
  const std::u32string wanted = plan6::decode_utf8(number);
  const auto mentions = plan6::scan_numbers(text);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const auto& m = mentions[i];
    if (text.compare(m.start, m.end - m.start, wanted) != 0) continue;
    const plan6::metric_name n = plan6::name_metric(text, mentions, i);
    return {plan6::encode_utf8(n.subject), plan6::encode_utf8(n.measure),
            plan6::encode_utf8(n.text())};
  }
  ADD_FAILURE() << "no mention " << number << " in " << sentence;
  return {};
}

// One sentence, the number in it, and the name an analyst gives it (worked out by hand).
struct name_case {
  const char* sentence;
  const char* number;
  const char* subject;
  const char* measure;
};

void expect_names(std::initializer_list<name_case> cases) {
  for (const name_case& c : cases) {
    const named n = name_of(c.sentence, c.number);
    EXPECT_EQ(n.subject, c.subject) << c.sentence << " / " << c.number;
    EXPECT_EQ(n.measure, c.measure) << c.sentence << " / " << c.number;
  }
}

}  // namespace

// --- the measure ---------------------------------------------------------------------------

TEST(MetricPhrase, VerbalNounAfterTheNumberWithItsCounter) {
  // N件の申請があり、そのうち M件を採択: 申請件数 / 採択件数, one subject for both
  const char* s = "・創業支援補助金では、52件の申請があり、そのうち 30件を採択しました。";
  expect_names({
      // 「X」を N回開催: X is the subject, 開催 + 回 → 開催回数
      {"・「市民健康フォーラム」を５回開催しました。", "５回", "市民健康フォーラム", "開催回数"},
      {s, "52件", "創業支援補助金", "申請件数"},
      {s, "30件", "創業支援補助金", "採択件数"},
      // a frequency: 開催 + 頻度
      {"・相談会を月１回開催した。", "月１回", "相談会", "開催頻度"},
  });
}

TEST(MetricPhrase, LabelBeforeTheNumberIsTheMeasure) {
  const char* s = "・貸付制度については、前年比が件数：105％、金額：98％でした。";
  expect_names({
      // a label touching the number, with a prior-year aside after it
      {"・相談者数 312人（前年度 280人）となりました。", "312人", "", "相談者数"},
      // a label for people gets 数: 登録者 → 登録者数
      {"・「みどりの相談窓口」は、登録者 96人となりました。", "96人", "みどりの相談窓口",
       "登録者数"},
      // も and は between the label and the number
      {"・来館者数も 8,400 名となった。", "8,400 名", "", "来館者数"},
      // a colon label with the が-noun it belongs to
      {s, "105％", "貸付制度", "前年比件数"},
      {s, "98％", "貸付制度", "前年比金額"},
      // a verbal noun as the label, and whose it is
      {"・空き家バンクへの登録は 25件でした。", "25件", "空き家バンク", "登録件数"},
      // a measure labelling a bracket of counts, each with its unit
      {"・出展者数（145団体、242ブース）となった。", "145団体", "", "出展者数（団体）"},
  });
}

TEST(MetricPhrase, NounAfterTheNumber) {
  // a counter of countries with the people it qualifies, under the programme that frames the
  // sentence: 交流事業 留学生 受入れ国数 / 交流事業 受入れ留学生数
  const char* s = "・交流事業として、12か国 40名の留学生を受け入れました。";
  expect_names({
      // people: the verb and the noun (参加求職者数); a generic noun for people gives 参加者数
      {"・面接会を開催し、140名の求職者が参加しました。", "140名", "面接会", "参加求職者数"},
      {"・料理講座を開き、それぞれ18名、20名の市民が参加しました。", "20名", "料理講座",
       "参加者数"},
      {s, "12か国", "交流事業 留学生", "受入れ国数"},
      {s, "40名", "交流事業", "受入れ留学生数"},
      // N件の X が <verb>: X, <verb>件数
      {"・相談会を通じて、６件の業務提携が締結されました。", "６件", "業務提携", "締結件数"},
  });
}

TEST(MetricPhrase, ListsAndTotals) {
  const char* s = "・説明会３回、見学会２回、計５回実施しました。";
  const char* b = "・出張相談会（8回）及び個別相談会（15回）を開催した。";
  expect_names({
      // members with their own labels share the verb at the end; the total is named by its
      // parts
      {s, "３回", "説明会", "実施回数"},
      {s, "２回", "見学会", "実施回数"},
      {s, "５回", "説明会・見学会", "実施回数（計）"},
      {"・セミナー3回、交流会2回、合計で5回開催した。", "5回", "セミナー・交流会",
       "開催回数（合計）"},
      // bracketed counts after each name
      {b, "8回", "出張相談会", "開催回数"},
      {b, "15回", "個別相談会", "開催回数"},
      // one label for a range: 登録団体数は N から M まで
      {"・登録団体数は 40団体から、52団体まで増えました。", "52団体", "", "登録団体数"},
      // adjacent counts share the noun after them
      {"・その結果、30団体 55ブースの出展がありました。", "55ブース", "", "出展ブース数"},
  });
}

TEST(MetricPhrase, AudienceOfAnEvent) {
  const char* s = "・就職説明会を学生向けに２回、社会人向けに１回開催した。";
  expect_names({
      {s, "２回", "就職説明会 学生向け", "開催回数"},
      {s, "１回", "就職説明会 社会人向け", "開催回数"},
  });
}

TEST(MetricPhrase, ThresholdsComparisonsAndChanges) {
  const char* c = "・「起業家表彰」は、昨年度を５件上回る 48件の応募があった。";
  expect_names({
      // the noun after 目標…を上回る is what is counted; the object of the clause is the
      // subject
      {"・「環境フェア」を開催し目標1,000人を上回る来場者を得た。", "1,000人", "環境フェア",
       "来場者数"},
      // 昨年度を N件上回る M件: the increase of M's measure over the year before
      {c, "48件", "起業家表彰", "応募件数"},
      {c, "５件", "起業家表彰", "応募件数の前年比増"},
      {"・前年度を 3.5％上回る 92％となった。", "3.5％", "", "割合の前年比増"},
      // X を N に拡大: the new size of X; X を N 拡大: its increase
      {"・対象地域を８地区に拡大しました。", "８地区", "", "対象地域数"},
      {"・定員を 1,200人拡大した。", "1,200人", "", "定員の増加数"},
      // N 増加 / 減少 after a label: the change
      {"・登録企業数は 12社増加した。", "12社", "", "登録企業数の増加数"},
      {"・利用率は 4％減少した。", "4％", "", "利用率の減少率"},
  });
}

// --- the subject ---------------------------------------------------------------------------

TEST(MetricPhrase, TopicsFrameTheSentence) {
  expect_names({
      // a relative clause that opens the sentence is the topic as a whole
      {"・地元食材を活用した料理教室は、3回開催した。", "3回", "地元食材を活用した料理教室",
       "開催回数"},
      // two quoted names joined by 及び stay together, with their brackets
      {"・「起業応援事業」及び「事業承継支援事業」は、２回募集を行った。", "２回",
       "「起業応援事業」及び「事業承継支援事業」", "募集回数"},
      // a topic naming a measure: 相談件数は…N件
      {"・相談件数は前年度より増加し、1,250件となりました。", "1,250件", "", "相談件数"},
      // whose the measure is: X の満足度は
      {"・市民講座の満足度は 92％でした。", "92％", "市民講座", "満足度"},
      // okurigana inside a noun (空き店舗率)
      {"・商店街の空き店舗率は 6.5％となった。", "6.5％", "商店街", "空き店舗率"},
      // a programme that opens the sentence with として frames its numbers
      {"・国際交流の一環として、視察団を３回受け入れた。", "３回", "視察団", "受入れ回数"},
  });
}

TEST(MetricPhrase, SubjectsFromTheSentenceAround) {
  expect_names({
      // an aside after the full stop belongs to the sentence before it
      {"・農業体験教室を開催しました。（参加者 85人）", "85人", "農業体験教室", "参加者数"},
      // この結果 continues the sentence before: its opening purpose phrase is the subject
      {"・秋の商業祭開催に向け、各種媒体で広報を行いました。この結果、来場者数は "
       "2万人となりました。",
       "2万人", "秋の商業祭", "来場者数"},
      // a short name written out in full earlier in the sentence
      {"・子育てネットワーク協議会を設立し、協議会を４回開催した。", "４回",
       "子育てネットワーク協議会", "開催回数"},
      // a fiscal year before the topic is no part of it
      {"・令和３年度かわさき職人塾は、受講者 24名となった。", "24名", "かわさき職人塾", "受講者数"},
  });
}

TEST(MetricPhrase, PdfLineBreaksInsideWords) {
  expect_names({
      {"・参加\n者 120\n人となった。", "120\n人", "", "参加者数"},
      {"・「まちなか美術展」を\n４回開\n催した。", "４回", "まちなか美術展", "開催回数"},
  });
}

// --- invariants ------------------------------------------------------------------------------

TEST(MetricPhrase, NeverEmptyFromTheUnitAlone) {
  expect_names({
      {"320人", "320人", "", "人数"},
      {"・計 15 件。", "15 件", "", "件数"},
      {"約 3億円", "約 3億円", "", "金額"},
      {"・３時間", "３時間", "", "時間数"},  // a duration has no counter: its word and 数
  });
  EXPECT_EQ(plan6::encode_utf8(plan6::counter_measure("cases")), "件数");
  EXPECT_EQ(plan6::encode_utf8(plan6::counter_measure("percent")), "割合");
  EXPECT_EQ(plan6::encode_utf8(plan6::counter_measure("no such unit")), "数");
}

TEST(MetricPhrase, IndexBeyondTheMentionsThrows) {
  const std::u32string text = plan6::decode_utf8("参加者 12人");
  const auto mentions = plan6::scan_numbers(text);
  EXPECT_THROW(plan6::name_metric(text, mentions, mentions.size()), std::out_of_range);
}

namespace {

bool has_digit(const std::u32string& s) {
  for (char32_t c : s)
    if (plan6::digit_value(c) >= 0) return true;
  return false;
}

bool dangling(const std::u32string& s) {
  const std::u32string particles = U"はがをにでのもとへや";
  auto hiragana = [](char32_t c) { return c >= 0x3041 && c <= 0x309F; };
  if (s.size() < 2) return s.size() == 1 && particles.find(s[0]) != std::u32string::npos;
  return (particles.find(s.front()) != std::u32string::npos && !hiragana(s[1])) ||
         (particles.find(s.back()) != std::u32string::npos && !hiragana(s[s.size() - 2]));
}

}  // namespace

// Random text from the characters of report sentences: every quantity gets a name with no
// digit and no dangling particle, and nothing reads outside the text (ASan in the sanitizer
// build).
TEST(MetricPhrase, RandomTextGivesCleanNames) {
  const std::u32string alphabet =
      U"・、。（）「」：は が を に で の も と し た 回件人名団体社か国ヶ所円％"
      U"開催参加応募事業協議会セミナーフェア計合全前年度上回る増のうち1234567890１２３\n";
  std::uint64_t state = 0x9e3779b97f4a7c15ULL;
  auto next = [&state]() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  int named_count = 0;
  for (int round = 0; round < 400; ++round) {
    std::u32string text;
    const std::size_t length = 20 + next() % 120;
    for (std::size_t i = 0; i < length; ++i)
      text.push_back(alphabet[next() % alphabet.size()]);
    const auto mentions = plan6::scan_numbers(text);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      if (mentions[i].kind != plan6::number_kind::quantity) continue;
      const plan6::metric_name n = plan6::name_metric(text, mentions, i, 0, text.size());
      const std::u32string t = n.text();
      ASSERT_FALSE(n.measure.empty()) << plan6::encode_utf8(text);
      EXPECT_FALSE(has_digit(t)) << plan6::encode_utf8(text) << " → " << plan6::encode_utf8(t);
      EXPECT_FALSE(dangling(n.subject))
          << plan6::encode_utf8(text) << " → " << plan6::encode_utf8(t);
      EXPECT_FALSE(dangling(n.measure))
          << plan6::encode_utf8(text) << " → " << plan6::encode_utf8(t);
      ++named_count;
    }
  }
  EXPECT_GT(named_count, 100);
}
