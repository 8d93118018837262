#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/report/grade_scales.hpp"
#include "plan6/report/token_rows.hpp"

namespace plan6 {

/** A labelled grade of an item: 達成度 3, 妥当性 A, 点検結果 C. */
struct item_grade {
  std::u32string field;  ///< the label, as a key
  grade_code code;
  bool starred = false;   ///< 3*: the target was changed
  std::size_t start = 0;  ///< the code as written
  std::size_t end = 0;
  int priority = 9;  ///< headline_priority() of the label
};

/** A field in words: 所管課 環境局環境政策課. */
struct item_field {
  std::u32string label;   ///< as a key
  std::size_t start = 0;  ///< the value as written
  std::size_t end = 0;
};

/** An item of a graded list (layout C): a project, a measure, a plan. */
struct graded_item {
  std::u32string name;   ///< as written, white space trimmed
  std::u32string label;  ///< its name label, as a key (事務事業名)
  std::size_t name_start = 0;
  std::size_t name_end = 0;
  std::size_t start = 0;  ///< the item's extent: from its name label to the next item's
  std::size_t end = 0;
  int fiscal_year = 0;  ///< the year evaluated (評価年度, else the document's), 0 if unknown
  std::vector<item_grade> grades;
  int headline = -1;  ///< index into grades of the headline grade, -1 when none
  std::vector<item_field> fields;
};

/**
 * Reads graded items from label–value pairs, wherever the document writes them: on one line
 * (事務事業名：… / 達成度 3 / 妥当性 A 有効性 B), the value on the next line after a label
 * alone, as table rows (a two-column sheet of labels and values), or as a table of items with a
 * header of labels (事業名 | 所管課 | 達成度 | 妥当性) and one item per row. The name label that
 * recurs most starts each item; grades are read in the scale family their codes show
 * (grade_scales.hpp); the headline grade is the one whose label says achievement most plainly
 * (field_labels.hpp). Items without a grade are kept (their grids still belong to them).
 */
std::vector<graded_item> read_graded_items(const std::vector<token_row>& rows,
                                           std::u32string_view text,
                                           const fiscal_year_context& context, int document_year);

}  // namespace plan6
