#include <gtest/gtest.h>

#include "plan6/common/utf8.hpp"
#include "plan6/report/grade_scales.hpp"
#include "plan6/report/row_labels.hpp"

namespace {

using plan6::grade_family;
using plan6::read_grade_code;

TEST(GradeScales, EachFamilyAndItsOrder) {
  EXPECT_EQ(read_grade_code(U"３")->family, grade_family::digits);
  EXPECT_EQ(read_grade_code(U"３")->rank, 3);
  EXPECT_EQ(plan6::encode_utf8(read_grade_code(U"３")->code), "3");
  EXPECT_EQ(read_grade_code(U"Ｂ")->family, grade_family::letters);
  EXPECT_EQ(read_grade_code(U"b")->rank, 2);
  EXPECT_EQ(read_grade_code(U"S")->rank, 0);  // above A
  EXPECT_EQ(read_grade_code(U"◎")->rank, 1);
  EXPECT_EQ(read_grade_code(U"×")->rank, 4);
  EXPECT_EQ(read_grade_code(U"Ⅳ")->family, grade_family::roman);
  EXPECT_EQ(read_grade_code(U"IV")->rank, 4);  // Latin letters
  EXPECT_EQ(plan6::encode_utf8(read_grade_code(U"III")->code), "Ⅲ");
}

TEST(GradeScales, StarredAndNotCodes) {
  bool starred = false;
  ASSERT_TRUE(read_grade_code(U"3*", &starred));
  EXPECT_TRUE(starred);
  EXPECT_FALSE(read_grade_code(U"0"));
  EXPECT_FALSE(read_grade_code(U"12"));
  EXPECT_FALSE(read_grade_code(U"AB"));
  EXPECT_FALSE(read_grade_code(U"Z"));
  EXPECT_FALSE(read_grade_code(U"達成"));
  EXPECT_FALSE(read_grade_code(U""));
}

TEST(RowLabels, RolesFromTheLabelsWords) {
  using plan6::read_row_label;
  using plan6::value_role;
  EXPECT_EQ(read_row_label(U"事業目標").role, value_role::target);
  EXPECT_TRUE(read_row_label(U"事業目標").rest.empty());
  EXPECT_EQ(read_row_label(U"実績").role, value_role::actual);
  EXPECT_EQ(read_row_label(U"計画策定時と差異のある事業目標").role, value_role::changed_target);
  EXPECT_TRUE(read_row_label(U"計画策定時と差異のある事業目標").rest.empty());
  EXPECT_EQ(read_row_label(U"変更後の目標").role, value_role::changed_target);
  EXPECT_EQ(read_row_label(U"現状（計画策定時）").role, value_role::baseline);
  EXPECT_EQ(read_row_label(U"達成率").role, value_role::rate);
  const plan6::row_label with_measure = read_row_label(U"参加者数（目標）");
  EXPECT_EQ(with_measure.role, value_role::target);
  EXPECT_EQ(plan6::encode_utf8(with_measure.rest), "参加者数");
  EXPECT_FALSE(read_row_label(U"参加者数").has_role);
  EXPECT_FALSE(read_row_label(U"施策計画名").has_role);  // 計画 inside a compound noun
  EXPECT_EQ(read_row_label(U"年間計画").role, value_role::target);
  EXPECT_EQ(plan6::value_role_name(value_role::changed_target), "changed_target");
}

}  // namespace
