// The segments of a PDF page from its text and made-up character boxes (a fake of PDFium's
// FPDFText_GetLooseCharBox); every expected text and box is worked out by hand from the
// boxes given.

#include <gtest/gtest.h>

#include <map>

#include "plan6/common/utf8.hpp"
#include "plan6/report/page_segments.hpp"
#include "plan6/report/spaced_pieces.hpp"

namespace {

using plan6::char_box;
using plan6::page_segment;

// A page of made-up boxes: character i at boxes[i], 10 pt high unless given; counts calls.
struct fake_page {
  std::u32string text;
  std::map<std::size_t, char_box> boxes;
  mutable std::size_t calls = 0;

  explicit fake_page(const char* utf8) : text(plan6::decode_utf8(utf8)) {}

  // Characters from..to-1 at `x`, each `width` wide and `step` apart, top at `top`.
  fake_page& place(std::size_t from, std::size_t to, double x, double top, double width = 10,
                   double step = 10) {
    for (std::size_t i = from; i < to; ++i, x += step)
      boxes[i] = {x, top, x + width, top + 10};
    return *this;
  }

  std::vector<page_segment> segments() const {
    return plan6::page_segments(text, [this](std::size_t i) {
      ++calls;
      const auto found = boxes.find(i);
      return found == boxes.end() ? char_box{} : found->second;
    });
  }
};

std::string text_of(const page_segment& s) {
  return plan6::encode_utf8(s.text);
}

TEST(PageSegments, ALineWhoseEndsAgreeIsOneSegmentForTwoBoxCalls) {
  fake_page page("指標の実績は目標を上回る三百二十件であった\r\n");
  page.place(0, 21, 40, 100);
  const auto found = page.segments();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text_of(found[0]), "指標の実績は目標を上回る三百二十件であった");
  EXPECT_DOUBLE_EQ(found[0].x0, 40);
  EXPECT_DOUBLE_EQ(found[0].x1, 250);  // the last character: 40 + 20 * 10, 10 wide
  EXPECT_DOUBLE_EQ(found[0].top, 100);
  EXPECT_DOUBLE_EQ(found[0].bottom, 110);
  EXPECT_EQ(page.calls, 2u);  // the first and the last character only
}

TEST(PageSegments, TwoColumnsInOneLineAreCutAtTheSpace) {
  // PDFium ran the left and the right column together: 左の段 at x 40–70, 右の段 at 300–330.
  fake_page page("左の段 右の段");
  page.place(0, 3, 40, 100).place(4, 7, 300, 100);
  const auto found = page.segments();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text_of(found[0]), "左の段");
  EXPECT_DOUBLE_EQ(found[0].x1, 70);
  EXPECT_EQ(text_of(found[1]), "右の段");
  EXPECT_DOUBLE_EQ(found[1].x0, 300);
}

TEST(PageSegments, PiecesSideBySideAreJoinedAgain) {
  // A word space of 4 pt (under an em) inside a line that is too wide for its characters:
  // cut at both spaces, the first two pieces sit side by side (320: digits 6 pt wide), the
  // third is far off.
  fake_page page("目標 320 実績");
  page.place(0, 2, 0, 0).place(3, 6, 24, 0, 6, 6).place(7, 9, 400, 0);
  const auto found = page.segments();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text_of(found[0]), "目標 320");
  EXPECT_DOUBLE_EQ(found[0].x1, 42);
  EXPECT_EQ(text_of(found[1]), "実績");
}

TEST(PageSegments, TwoLinesRunTogetherWithoutASpaceAreBisected) {
  // 上の行 on one line, 下の行 the line below it, with no break between them in the text.
  fake_page page("上の行下の行");
  page.place(0, 3, 40, 100).place(3, 6, 40, 114);
  const auto found = page.segments();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text_of(found[0]), "上の行");
  EXPECT_DOUBLE_EQ(found[0].top, 100);
  EXPECT_EQ(text_of(found[1]), "下の行");
  EXPECT_DOUBLE_EQ(found[1].top, 114);
  EXPECT_DOUBLE_EQ(found[1].x0, 40);
}

TEST(PageSegments, ALineBrokenAtAFontChangeIsJoined) {
  // PDFium broke the line after 平成; 28年度 goes on at no gap, then 実績 after a 4 pt gap.
  fake_page page("平成\r\n28年度\r\n実績");
  page.place(0, 2, 0, 0).place(4, 8, 20, 0).place(10, 12, 64, 0);
  const auto found = page.segments();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text_of(found[0]), "平成28年度 実績");  // 4 pt is 0.3 em or more: a space
  EXPECT_DOUBLE_EQ(found[0].x0, 0);
  EXPECT_DOUBLE_EQ(found[0].x1, 84);
}

TEST(PageSegments, ALineOnAnotherHeightIsASegmentOfItsOwn) {
  fake_page page("見出し\n本文");
  page.place(0, 3, 0, 0).place(4, 6, 0, 20);
  const auto found = page.segments();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text_of(found[1]), "本文");
}

TEST(PageSegments, LetterSpacedTextIsMeasuredPieceByPiece) {
  // 均等割り付け: each character 10 wide, 15 apart, PDFium's spaces standing for the gaps.
  fake_page page("平 成 2 8 年 度");
  for (std::size_t i = 0; i < 6; ++i)
    page.place(2 * i, 2 * i + 1, 15.0 * static_cast<double>(i), 0);
  const auto found = page.segments();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text_of(found[0]), "平成28年度");
  EXPECT_DOUBLE_EQ(found[0].x1, 85);
}

TEST(PageSegments, WhiteSpaceAndControlCharactersAreNotText) {
  fake_page page(" \t\u3000\n\r\n");
  EXPECT_TRUE(page.segments().empty());
  EXPECT_EQ(page.calls, 0u);
}

TEST(PageSegments, ACharacterWithoutABoxCountsAsTheOrigin) {
  // No box for either character (PDFium returned false): both at 0, one segment.
  fake_page page("無箱");
  const auto found = page.segments();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text_of(found[0]), "無箱");
  EXPECT_DOUBLE_EQ(found[0].x1, 0);
}

// A piece 10 pt high; the views are of string literals, which live as long as the test.
plan6::spaced_piece piece(std::u32string_view text, double x0, double x1,
                          std::u32string_view separator = U" ") {
  return {text, x0, x1, 0, 10, separator};
}

TEST(SpacedPieces, AnEvenRunTakesInALongerNeighbourAtTheSameGap) {
  EXPECT_EQ(plan6::join_spaced_pieces(
                {piece(U"平", 0, 10), piece(U"成", 15, 25), piece(U"28年度", 30, 70)}),
            U"平成28年度");
}

TEST(SpacedPieces, DigitsSpreadOutAreJoinedButNotTheWordFarOff) {
  EXPECT_EQ(
      plan6::join_spaced_pieces({piece(U"1", 0, 5), piece(U"0", 9, 14), piece(U"人", 40, 50)}),
      U"10 人");
}

TEST(SpacedPieces, PiecesOfTwoCharactersAloneAreWords) {
  // No piece of one character: 目標 and 実績 are words a space apart, not letter spacing.
  EXPECT_EQ(plan6::join_spaced_pieces({piece(U"目標", 0, 20), piece(U"実績", 25, 45)}),
            U"目標 実績");
}

TEST(SpacedPieces, AnUnevenGapEndsTheRunAndIdeographicSpacesAreKept) {
  // Gaps of 5 then 9 (a spread of 4, over 0.35 em): 1 2 is a run, 3 is not in it; the
  // separator before 3 was two ideographic spaces and stays so.
  EXPECT_EQ(plan6::join_spaced_pieces(
                {piece(U"1", 0, 5), piece(U"2", 10, 15), piece(U"3", 24, 29, U"\u3000\u3000")}),
            U"12\u3000\u30003");
  EXPECT_EQ(plan6::join_spaced_pieces({}), U"");
}

}  // namespace
