#include "plan6/report/grade_cells.hpp"

#include <algorithm>
#include <tuple>

#include "plan6/report/normal_key.hpp"
#include "plan6/report/result_labels.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

struct grade_cell {
  std::size_t line = 0;
  category_cell cell;
  bool reference = false;  // the （参考） category against the original target
  bool used = false;
};

// The plan-years of one page, with their blocks.
struct page_targets {
  std::vector<plan_year_info*> years;
  std::vector<const result_block*> blocks;
  std::vector<bool> done;
};

std::vector<grade_cell> cells_of_page(const report_lines& lines, const report_pages& pages,
                                      std::size_t page) {
  std::vector<grade_cell> cells;
  for (std::size_t l = pages.first_line[page];
       l < lines.size() && pages.page_of_line[l] == static_cast<int>(page); ++l) {
    if (lines.role(l) != line_role::status) continue;
    auto cell = category_cell_of(lines.key(l));
    if (!cell) cell = glued_category_cell(lines.key(l));
    if (!cell) continue;
    const std::size_t next = lines.next_nonblank(l + 1);
    const bool reference = next < lines.size() && starts_with(lines.key(next), U"(参考)");
    cells.push_back({l, *cell, reference});
  }
  return cells;
}

// A starred cell goes to the year whose target changed, else to the latest year.
void assign_starred(std::vector<grade_cell>& cells, page_targets& t) {
  for (grade_cell& d : cells) {
    if (d.reference || !d.cell.starred) continue;
    std::size_t pick = npos;
    for (std::size_t k = 0; k < t.years.size(); ++k)
      if (!t.done[k] && t.blocks[k]->changed_target) pick = k;
    if (pick == npos)
      for (std::size_t k = 0; k < t.years.size(); ++k)
        if (!t.done[k] && (pick == npos || t.years[k]->fiscal_year > t.years[pick]->fiscal_year))
          pick = k;
    if (pick == npos) continue;
    t.years[pick]->status = d.cell.value;
    t.years[pick]->target_changed = true;
    for (grade_cell& r : cells)
      if (r.reference && !r.used) {
        t.years[pick]->reference_status = r.cell.value;
        r.used = true;
        break;
      }
    d.used = true;
    t.done[pick] = true;
  }
}

// The year of the result label a cell follows (or is glued to), or 0.
int label_year_before(const report_lines& lines, std::size_t first_line, std::size_t line) {
  int year = lines.year(line);  // a cell glued to its one-line label
  std::size_t l = line;
  while (year == 0 && l > first_line) {
    --l;
    if (lines.key(l).empty() || lines.role(l) == line_role::furniture) continue;
    if (lines.role(l) == line_role::year_label)
      for (std::size_t m = l + 1; m-- > first_line;)
        if (lines.year(m)) {
          year = lines.year(m);
          break;
        }
    break;
  }
  return year;
}

// A cell right after a "YYYY年度 / 実施結果 / 達成状況区分" label is that year's (on a page of
// one plan).
void assign_labelled(const report_lines& lines, std::size_t first_line,
                     std::vector<grade_cell>& cells, page_targets& t) {
  for (grade_cell& d : cells) {
    if (d.reference || d.used) continue;
    const int year = label_year_before(lines, first_line, d.line);
    if (year == 0) continue;
    for (std::size_t k = 0; k < t.years.size(); ++k)
      if (!t.done[k] && t.years[k]->fiscal_year == year) {
        const bool single_plan = std::all_of(t.years.begin(), t.years.end(), [&](const auto* o) {
          return o->plan == t.years[k]->plan;
        });
        if (!single_plan) break;
        t.years[k]->status = d.cell.value;
        d.used = true;
        t.done[k] = true;
        break;
      }
  }
}

// The rest in order of appearance, earliest plan-year first.
void assign_in_order(std::vector<grade_cell>& cells, page_targets& t) {
  std::vector<std::size_t> rest;
  for (std::size_t k = 0; k < t.years.size(); ++k)
    if (!t.done[k]) rest.push_back(k);
  std::sort(rest.begin(), rest.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(t.years[a]->plan, t.years[a]->fiscal_year) <
           std::tie(t.years[b]->plan, t.years[b]->fiscal_year);
  });
  std::size_t r = 0;
  for (grade_cell& d : cells)
    if (!d.reference && !d.used && r < rest.size())
      t.years[rest[r++]]->status = d.cell.value, d.used = true;
}

plan_year_info* find_plan_year(std::vector<plan_year_info>& plan_years, int plan, int year) {
  for (plan_year_info& py : plan_years)
    if (py.plan == plan && py.fiscal_year == year) return &py;
  return nullptr;
}

}  // namespace

void assign_grades(const report_lines& lines, const report_pages& pages,
                   const std::vector<paragraph>& paragraphs,
                   const std::vector<result_block>& blocks,
                   std::vector<plan_year_info>& plan_years) {
  for (std::size_t page = 0; page < pages.size(); ++page) {
    std::vector<grade_cell> cells = cells_of_page(lines, pages, page);
    page_targets targets;
    for (const result_block& b : blocks)
      if (pages.page_of_line[paragraphs[b.runs.front()].first_line] == static_cast<int>(page))
        if (plan_year_info* py = find_plan_year(plan_years, b.plan, b.year))
          targets.years.push_back(py), targets.blocks.push_back(&b);
    if (cells.empty() || targets.years.empty()) continue;
    targets.done.assign(targets.years.size(), false);
    assign_starred(cells, targets);
    assign_labelled(lines, pages.first_line[page], cells, targets);
    assign_in_order(cells, targets);
  }
}

}  // namespace plan6
