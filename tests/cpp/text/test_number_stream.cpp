// number_stream against the whole-text scan (the independent reference: scan_numbers over the
// whole text at once), on made-up texts cut into chunks anywhere, also inside a number and
// inside a UTF-8 sequence, with pieces small enough that every text is spliced many times.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/text/number_scanner.hpp"
#include "plan6/text/number_stream.hpp"

namespace {

using plan6::number_mention;

// Made-up evaluation-sheet lines: counts, amounts, fiscal years, dates, ranges, grades, list
// numbers, letter spacing and plain kana, in a seeded random order.
std::u32string made_up_text(std::size_t lines, unsigned seed) {
  static const char* const parts[] = {
      "登録者354人（前年度333人）、",
      "予算額は391億7,319万円で",
      "平成23～25年度に",
      "2011(H23)〜2013(H25)年度の",
      "1月28日に報告会を開き、",
      "約13,500人が参加した。",
      "達成度 3",
      "① 事業の妥当性",
      "平 成 2 8 年 度",
      "月１回、計12回",
      "10時30分から",
      "３つの高校で",
      "ぷらんのすいしんにむけて",
      "第2回会議、",
      "91.5％、",
      "1-1-1 ",
      "\n",
      "\n\n",
      "   ",
  };
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(parts) - 1);
  std::string text;
  for (std::size_t line = 0; line < lines; ++line) {
    for (int k = 0; k < 6; ++k)
      text += parts[pick(rng)];
    text += '\n';
  }
  return plan6::decode_utf8(text);
}

struct collected {
  std::vector<number_mention> mentions;
  std::vector<std::u32string> expressions;
  std::vector<std::u32string> units;
};

plan6::mention_sink into(collected& out) {
  return [&out](const number_mention& m, std::u32string_view expression, std::u32string_view unit) {
    out.mentions.push_back(m);
    out.expressions.emplace_back(expression);
    out.units.emplace_back(unit);
  };
}

// Streams `text` in chunks of `chunk` code points through pieces of `piece`.
collected stream(std::u32string_view text, std::size_t chunk, std::size_t piece,
                 std::size_t margin) {
  collected out;
  plan6::number_stream s(piece, margin);
  const auto sink = into(out);
  for (std::size_t at = 0; at < text.size(); at += chunk)
    s.feed(text.substr(at, chunk), sink);
  s.finish(sink);
  return out;
}

void expect_same(const std::vector<number_mention>& whole, const collected& streamed,
                 std::u32string_view text) {
  ASSERT_EQ(streamed.mentions.size(), whole.size());
  for (std::size_t k = 0; k < whole.size(); ++k) {
    EXPECT_TRUE(plan6::same_mention(whole[k], streamed.mentions[k]))
        << "mention " << k << " at " << whole[k].start << ": "
        << plan6::encode_utf8(text.substr(whole[k].start, whole[k].end - whole[k].start));
    EXPECT_EQ(streamed.expressions[k], text.substr(whole[k].start, whole[k].end - whole[k].start));
    EXPECT_EQ(streamed.units[k], plan6::written_unit(text, whole[k]));
  }
}

TEST(NumberStream, SplicedPiecesFindWhatTheWholeTextScanFinds) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const std::u32string text = made_up_text(400, seed);  // ~40,000 code points
    const auto whole = plan6::scan_numbers(text);
    ASSERT_GT(whole.size(), 1000u);
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{1000}}) {
      SCOPED_TRACE(testing::Message() << "seed " << seed << ", chunk " << chunk);
      expect_same(whole, stream(text, chunk, 1024, 64), text);
    }
  }
}

TEST(NumberStream, ATextShorterThanAPieceIsScannedOnce) {
  const std::u32string text = made_up_text(20, 3);
  expect_same(plan6::scan_numbers(text), stream(text, 5, std::size_t{1} << 20, 4096), text);
}

TEST(NumberStream, ChunksCutInsideNumbersAndUtf8Sequences) {
  const std::u32string text = made_up_text(200, 9);
  const std::string utf8 = plan6::encode_utf8(text);
  const auto whole = plan6::scan_numbers(text);
  for (const std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{5}}) {
    collected out;
    plan6::number_stream s(512, 32);
    const auto sink = into(out);
    for (std::size_t at = 0; at < utf8.size(); at += chunk)  // 391億 cut after its 3rd byte…
      s.feed_utf8(std::string_view(utf8).substr(at, chunk), sink);
    s.finish(sink);
    expect_same(whole, out, text);
  }
}

TEST(NumberStream, MemoryIsBoundedByTheFewPiecesHeld) {
  const std::u32string block = made_up_text(100, 4);
  plan6::number_stream s(4096, 128);
  std::size_t found = 0;
  std::size_t most_kept = 0;
  const plan6::mention_sink count = [&found](const number_mention&, std::u32string_view,
                                             std::u32string_view) { ++found; };
  for (int k = 0; k < 50; ++k) {  // 50 blocks of ~10,000 code points
    s.feed(block, count);
    most_kept = std::max(most_kept, s.kept());
  }
  s.finish(count);
  EXPECT_EQ(s.size(), 50 * block.size());
  // a piece, the next one and the block being fed: far less than the 500,000 fed
  EXPECT_LE(most_kept, 2 * 4096 + block.size());
  EXPECT_GT(found, 50 * plan6::scan_numbers(block).size() * 9 / 10);
}

TEST(NumberStream, InvalidUtf8NamesTheByteOffsetInTheWholeStream) {
  plan6::number_stream s(64, 4);
  const plan6::mention_sink ignore = [](const number_mention&, std::u32string_view,
                                        std::u32string_view) {};
  s.feed_utf8("12人、", ignore);  // 2 + 3 + 3 bytes
  try {
    s.feed_utf8("ab\xff", ignore);
    FAIL() << "no error";
  } catch (const plan6::parse_error& error) {
    EXPECT_EQ(error.position(), 10u);
  }
  plan6::number_stream cut(64, 4);
  cut.feed_utf8("12\xe4\xba", ignore);  // 人 without its last byte
  EXPECT_THROW(cut.finish(ignore), plan6::parse_error);
}

}  // namespace
