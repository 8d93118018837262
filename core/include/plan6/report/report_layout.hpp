#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plan6 {

/** What a line of an evaluation report is, as far as the readers can tell. */
enum class line_role : std::uint8_t {
  blank,
  furniture,          ///< repeated page furniture and table labels (プラン６, 達成状況区分)
  header,             ///< the goals table header (事業内容・目標, the fiscal-year row)
  programme_heading,  ///< アクションプログラム：…, "１ 国際的視点に基づく産業振興"
  plan_name,          ///< the cell naming a policy plan (施策計画名)
  goal,               ///< a goal cell (●…) of 事業内容・目標
  current_state,      ///< the 現状 paragraph or other prose outside results
  status,             ///< an achievement-category digit (達成状況区分: 3, 3*)
  year_label,         ///< "2012年度 / 実施結果"
  summary,            ///< a bullet of the 【主な実施結果】 pages
  result,             ///< a bullet of a fiscal-year result block
  change_note,        ///< 【環境等の変化・課題等】 and its text
  changed_target,     ///< 【変更後の目標】 and its text
};

/** The name of a line role ("current_state"). */
std::string_view line_role_name(line_role role) noexcept;

/** Kinds of text sections that carry facts. */
enum class section_kind : std::uint8_t { summary, result, change_note };

/** A span of text that belongs to one policy plan and fiscal year. */
struct report_section {
  section_kind kind = section_kind::result;
  std::size_t start = 0;  ///< code points
  std::size_t end = 0;
  int plan = -1;  ///< index into report_layout::plans
  int fiscal_year = 0;
};

/** An action programme (アクションプログラム). */
struct programme_info {
  int number = 0;
  std::u32string name;
};

/** A field of a plan or item in words (所管課 環境局), its value a span of the text. */
struct plan_field {
  std::u32string label;  ///< as a comparison key
  std::size_t start = 0;
  std::size_t end = 0;
};

/** A policy plan (施策計画), or an item of a graded list (事務事業). */
struct policy_plan_info {
  std::u32string name;  ///< as the plan page writes it, line breaks removed
  int programme = -1;   ///< index into report_layout::programmes
  std::size_t name_start = 0;
  std::string_view layout = "narrative";  ///< the reader that found it: "graded_items" too
  std::u32string name_label;              ///< the label of an item's name (事務事業名)
  std::vector<plan_field> fields;         ///< an item's fields in words
};

/** A labelled grade of a plan-year: 達成度 3, 妥当性 A. */
struct plan_grade {
  std::u32string field;     ///< the label, as a key
  std::u32string code;      ///< normalised (3, A, ◎, Ⅱ)
  std::string_view family;  ///< "digits", "letters", "marks", "roman"
  int rank = 0;             ///< within the family's order (1 for 1, A, ◎, Ⅰ; S is 0)
  bool starred = false;     ///< 3*: the target was changed
  std::u32string label;     ///< the grade's wording from the document's legend, if any
  std::size_t start = 0;
  std::size_t end = 0;
};

/** One policy plan in one fiscal year: its achievement category and how its year was found. */
struct plan_year_info {
  int plan = -1;
  int fiscal_year = 0;
  int status = 0;               ///< 達成状況区分 1–5, 0 when not found
  bool target_changed = false;  ///< "3*": the target was changed during the term
  int reference_status = 0;     ///< against the original target ((参考)当初目標…), 0 if none
  std::size_t result_start = 0;
  std::size_t result_end = 0;
  double confidence = 0;  ///< |evidence score| of the year decision (0: no contest)
  std::string evidence;   ///< the evidence that decided the year, in words
  std::vector<plan_grade>
      grades;         ///< every labelled grade (graded items); status is the headline's rank
  int headline = -1;  ///< index into grades of the headline grade
};

/** The structure of an evaluation report. */
struct report_layout {
  std::vector<int> fiscal_years;  ///< the years with results, ascending
  std::vector<programme_info> programmes;
  std::vector<policy_plan_info> plans;
  std::vector<plan_year_info> plan_years;
  std::vector<report_section> sections;
  std::vector<std::size_t> line_starts;  ///< code point of each line's start
  std::vector<line_role> line_roles;

  /** The role of the line holding code point `pos`. */
  line_role role_at(std::size_t pos) const;
};

}  // namespace plan6
