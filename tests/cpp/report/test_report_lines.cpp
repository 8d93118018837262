#include <gtest/gtest.h>

#include "plan6/common/utf8.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/report_lines.hpp"

namespace {

using plan6::decode_utf8;
using plan6::encode_utf8;

TEST(NormalKey, FoldsWidthsDashesAndDropsSpaces) {
  EXPECT_EQ(encode_utf8(plan6::normal_key(U"ＪＯＢ－Ｌ かわさき")), "JOBーLかわさき");
  EXPECT_EQ(encode_utf8(plan6::normal_key(U"施　策　計　画　名")), "施策計画名");
  EXPECT_EQ(encode_utf8(plan6::normal_key(U"情報･発信")), "情報・発信");
  EXPECT_TRUE(plan6::normal_key(U" \t\u3000").empty());
}

TEST(NormalKey, NormalTextMapsEveryKeyCharacterBack) {
  const std::u32string text = U"ab c\nd";
  const plan6::normal_text n(text, 1, text.size());
  EXPECT_EQ(encode_utf8(n.text), "bcd");
  ASSERT_EQ(n.origin.size(), 3u);
  EXPECT_EQ(n.origin[0], 1u);
  EXPECT_EQ(n.origin[1], 3u);
  EXPECT_EQ(n.origin[2], 5u);
}

TEST(ReportLines, SplitsKeepingPositionsAndFindsLines) {
  const std::u32string text = decode_utf8("一行目\n\n  三 行 目  \n");
  plan6::report_lines lines(text);
  ASSERT_EQ(lines.size(), 4u);  // the text ends with a line break: an empty last line
  EXPECT_EQ(lines.start(2), 5u);
  EXPECT_EQ(encode_utf8(lines.trimmed(2)), "三 行 目");
  EXPECT_EQ(encode_utf8(lines.key(2)), "三行目");
  EXPECT_TRUE(lines.key(1).empty());
  EXPECT_EQ(lines.next_nonblank(1), 2u);
  EXPECT_EQ(lines.line_of(0), 0u);
  EXPECT_EQ(lines.line_of(4), 1u);
  EXPECT_EQ(lines.line_of(7), 2u);
  lines.set_role(2, plan6::line_role::result);
  EXPECT_EQ(lines.role_at(8), plan6::line_role::result);
  EXPECT_EQ(lines.role_at(0), plan6::line_role::blank);

  plan6::report_layout layout;
  lines.move_into(layout);
  ASSERT_EQ(layout.line_starts.size(), 4u);
  EXPECT_EQ(layout.role_at(8), plan6::line_role::result);
}

TEST(ReportLines, EmptyTextIsOneBlankLine) {
  const plan6::report_lines lines(U"");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines.next_nonblank(0), 1u);
}

}  // namespace
