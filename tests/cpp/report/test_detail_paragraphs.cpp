#include <gtest/gtest.h>

#include "narrative_steps.hpp"

namespace {

using plan6::line_role;
using plan6::testing::narrative_steps;

TEST(DetailParagraphs, RolesFromTheFirstCharacters) {
  const char* text =
      " 事業内容・目標\n"
      "●公園の再整備\n"
      "\n"
      "・公園を３か所整備しました。\n"
      "【環境等の変化・課題等】\n"
      "資材が高騰しました。\n"
      "\n"
      "【変更後の目標】\n"
      "２か所とします。\n"
      "\n"
      "市民が憩える公園をめざします。\n";
  const narrative_steps s(text);
  ASSERT_EQ(s.paragraphs.size(), 4u);
  EXPECT_EQ(s.paragraphs[0].role, line_role::goal);
  // A note right after the results, without a blank line, belongs to the same paragraph.
  EXPECT_EQ(s.paragraphs[1].role, line_role::result);
  EXPECT_EQ(s.paragraphs[1].last_line, 5u);
  EXPECT_EQ(s.paragraphs[2].role, line_role::changed_target);
  EXPECT_EQ(s.paragraphs[3].role, line_role::current_state);
  EXPECT_EQ(s.utf8(plan6::paragraph_text(s.lines, s.paragraphs[2])),
            "【変更後の目標】\n２か所とします。");
}

TEST(DetailParagraphs, AChangeNoteOnItsOwn) {
  const narrative_steps s(" 事業内容・目標\n【課題】\n人手が足りません。\n");
  ASSERT_EQ(s.paragraphs.size(), 1u);
  EXPECT_EQ(s.paragraphs[0].role, line_role::change_note);
}

}  // namespace
