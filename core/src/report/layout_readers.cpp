#include "plan6/report/layout_readers.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "plan6/calendar/japanese_era.hpp"
#include "plan6/common/characters.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/document_year.hpp"
#include "plan6/report/field_labels.hpp"
#include "plan6/report/grade_legends.hpp"
#include "plan6/report/grade_scales.hpp"
#include "plan6/report/graded_items.hpp"
#include "plan6/report/indicator_tables.hpp"
#include "plan6/report/line_classifier.hpp"
#include "plan6/report/normal_key.hpp"
#include "plan6/report/rate_checks.hpp"
#include "plan6/report/report_lines.hpp"
#include "plan6/report/text_grids.hpp"
#include "plan6/report/token_rows.hpp"
#include "plan6/report/year_grids.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

bool overlaps(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
  return a0 < b1 && b0 < a1;
}

// The first mention starting at or after `pos` (mentions are in text order).
std::size_t first_mention(const std::vector<number_mention>& mentions, std::size_t pos) {
  return static_cast<std::size_t>(
      std::lower_bound(mentions.begin(), mentions.end(), pos,
                       [](const number_mention& m, std::size_t v) { return m.start < v; }) -
      mentions.begin());
}

// The line right above a table, when it reads as the table's title (■参加者数の推移).
std::u32string grid_title(const report_lines& lines, const cell_grid& grid) {
  if (grid.cells().empty()) return {};
  const std::size_t first = lines.line_of(grid.start());
  for (std::size_t back = 1; back <= 2 && back <= first; ++back) {
    const std::size_t i = first - back;
    const std::u32string& k = lines.key(i);
    if (k.empty()) continue;
    if (k.size() > 40 || k.back() == U'。') return {};
    // The value of a field whose label stands alone on the line above (所管課 ⏎ 環境局…).
    if (i > 0) {
      const std::size_t above = i - 1;
      const sv alone = lines.trimmed(above);
      const bool one_word =
          std::none_of(alone.begin(), alone.end(), [](char32_t c) { return is_space(c); });
      if (!alone.empty() && one_word && field_label_kind(lines.key(above)) != field_kind::none)
        return {};
    }
    // A labelled field (施策名：…) is no title; a leading 【tag】 (【成果指標】…) is looked past.
    sv untagged = k;
    if (starts_with(untagged, U"【") && untagged.find(U'】') != sv::npos)
      untagged.remove_prefix(untagged.find(U'】') + 1);
    const std::size_t colon = untagged.find_first_of(U":：");
    if (colon != sv::npos && field_label_kind(untagged.substr(0, colon)) != field_kind::none)
      return {};
    if (colon == sv::npos) {
      const sv trimmed = lines.trimmed(i);
      const std::u32string first_word =
          normal_key(trimmed.substr(0, trimmed.find_first_of(U" \t\u3000")));
      // 成果指標 参加者数: a word that says what kind of measure, then its name.
      if (first_word != k && contains(first_word, U"指標"))
        untagged.remove_prefix(std::min(untagged.size(), first_word.size()));
      else if (field_label_kind(first_word == k ? untagged : sv(first_word)) != field_kind::none)
        return {};
    }
    std::u32string title(untagged);
    while (!title.empty() && (title.front() == U'■' || title.front() == U'□' ||
                              title.front() == U'●' || title.front() == U'◆'))
      title.erase(title.begin());
    return title;
  }
  return {};
}

// Whether a grid's rows are labelled with grade codes of one scale in order (S A B C, 1–5):
// a distribution table, whatever its header.
bool rows_are_grades(const cell_grid& grid, const table_header& header, sv text) {
  std::vector<grade_code> codes;
  for (std::size_t r = header.rows; r < grid.rows(); ++r) {
    const auto code = read_grade_code(grid.text(text, r, 0));
    if (!code) continue;
    if (!codes.empty() && code->family != codes.back().family) return false;
    codes.push_back(*code);
  }
  if (codes.size() < 2) return false;
  for (std::size_t k = 1; k < codes.size(); ++k)
    if (std::abs(codes[k].rank - codes[k - 1].rank) != 1) return false;
  return codes.size() * 2 >= grid.rows() - header.rows;
}

// The era of era-less years (24年度) from the document's era offset.
const japanese_era* era_of_offset(int offset) {
  for (const japanese_era& era : japanese_eras())
    if (era.first_year - 1 == offset) return &era;
  return nullptr;
}

std::string_view kind_of(const number_mention& m) {
  if (m.has(mention_flag::increase) || m.has(mention_flag::decrease)) return "change";
  if (m.unit == "yen") return "amount";
  if (m.unit == "percent" || m.unit == "percentage_points") return "ratio";
  return "count";
}

// The span of each row of a grid, from its first cell to its last.
std::vector<std::pair<std::size_t, std::size_t>> row_spans(const cell_grid& grid) {
  std::vector<std::pair<std::size_t, std::size_t>> spans(grid.rows(), {npos, 0});
  for (const grid_cell& c : grid.cells()) {
    spans[c.row].first = std::min(spans[c.row].first, c.start);
    spans[c.row].second = std::max(spans[c.row].second, c.end);
  }
  return spans;
}

// The direction of each measure of a table, from its own numbers: targets below the baseline,
// or targets falling year by year, mean less is better.
std::map<std::pair<std::size_t, std::u32string>, std::string_view> directions_of(
    const std::vector<table_fact>& found) {
  struct numbers {
    double baseline = std::nan("");
    std::vector<std::pair<int, double>> targets;  // year, value
  };
  std::map<std::pair<std::size_t, std::u32string>, numbers> by_measure;
  for (const table_fact& f : found) {
    if (f.qualitative || std::isnan(f.value)) continue;
    numbers& n = by_measure[{f.grid, f.metric}];
    if (f.role == value_role::baseline && std::isnan(n.baseline)) n.baseline = f.value;
    if (f.role == value_role::target || f.role == value_role::changed_target)
      n.targets.emplace_back(f.fiscal_year, f.value);
  }
  std::map<std::pair<std::size_t, std::u32string>, std::string_view> out;
  for (auto& [key, n] : by_measure) {
    if (n.targets.empty()) continue;
    std::sort(n.targets.begin(), n.targets.end());
    int below = 0, above = 0;
    if (!std::isnan(n.baseline)) {
      for (const auto& t : n.targets)
        below += t.second<n.baseline, above += t.second> n.baseline;
    } else {
      for (std::size_t k = 1; k < n.targets.size(); ++k)
        if (n.targets[k].first != n.targets[k - 1].first)
          below += n.targets[k].second<n.targets[k - 1].second, above += n.targets[k].second>
                       n.targets[k - 1].second;
    }
    if (below > 0 && above == 0) out[key] = "lower";
    if (above > 0 && below == 0) out[key] = "higher";
  }
  return out;
}

// Table facts as facts: the row's span is the quote, targets and baselines of the same
// measure and year go with each actual.
void add_table_facts(sv text, const std::vector<cell_grid>& grids, std::vector<table_fact>& found,
                     extraction& ex, std::vector<bool>& used) {
  std::map<std::tuple<std::size_t, std::u32string, int>, const table_fact*> targets;
  std::map<std::pair<std::size_t, std::u32string>, const table_fact*> baselines;
  for (const table_fact& f : found) {
    if (f.qualitative || std::isnan(f.value)) continue;
    const auto key = std::make_tuple(f.grid, f.metric, f.fiscal_year);
    if (f.role == value_role::changed_target ||
        (f.role == value_role::target && targets.find(key) == targets.end()))
      targets[key] = &f;
    if (f.role == value_role::baseline && baselines.find({f.grid, f.metric}) == baselines.end())
      baselines[{f.grid, f.metric}] = &f;
  }
  // An indicator's target of no stated year is the target of its latest actual.
  std::map<std::pair<std::size_t, std::size_t>, int> latest_actual;  // grid, row → year
  for (const table_fact& f : found)
    if (f.layout == "indicator_table" && f.role == value_role::actual && !f.qualitative) {
      int& y = latest_actual[{f.grid, f.row}];
      y = std::max(y, f.fiscal_year);
    }
  std::map<std::pair<std::size_t, std::size_t>, const table_fact*> yearless_targets;
  for (const table_fact& f : found)
    if (f.layout == "indicator_table" && f.role == value_role::target && f.fiscal_year == 0 &&
        !std::isnan(f.value))
      yearless_targets[{f.grid, f.row}] = &f;
  const auto directions = directions_of(found);
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> spans(grids.size());
  for (const table_fact& t : found) {
    fact f;
    f.fiscal_year = t.fiscal_year;
    f.section = section_kind::result;
    f.start = t.start;
    f.end = t.end;
    f.value = t.value;
    f.unit = t.unit;
    f.unit_written = t.unit_written;
    f.approximate = t.approximate;
    f.metric = t.metric;
    f.layout = t.layout;
    f.role_of_value = t.role;
    f.grid = t.grid;
    f.row = t.row;
    f.column = t.column;
    f.qualitative = t.qualitative;
    f.open_ended = t.open_ended;
    f.label = t.label;
    f.grade = t.grade;
    if (const auto d = directions.find({t.grid, t.metric}); d != directions.end())
      f.direction = d->second;
    if (t.qualitative) {
      f.kind = "text";
    } else {
      const number_mention& m = ex.mentions[t.mention];
      f.kind = kind_of(m);
      f.lower_bound = m.has(mention_flag::lower_bound);
      f.upper_bound = m.has(mention_flag::upper_bound);
      used[t.mention] = true;
    }
    if (t.role == value_role::actual && !t.qualitative) {
      const auto target = targets.find(std::make_tuple(t.grid, t.metric, t.fiscal_year));
      const auto yearless = yearless_targets.find({t.grid, t.row});
      if (target != targets.end())
        f.target = {target->second->value, target->second->start, target->second->end};
      else if (yearless != yearless_targets.end() &&
               latest_actual[{t.grid, t.row}] == t.fiscal_year)
        f.target = {yearless->second->value, yearless->second->start, yearless->second->end};
      const auto base = baselines.find({t.grid, t.metric});
      if (base != baselines.end())
        f.baseline = {base->second->value, base->second->start, base->second->end};
    }
    // The quote: the whole row of the table.
    if (spans[t.grid].empty()) spans[t.grid] = row_spans(grids[t.grid]);
    const auto [row_start, row_end] = spans[t.grid][t.row];
    f.quote_start = std::min(t.start, row_start);
    f.quote_end = std::min(std::max(t.end, row_end), text.size());
    ex.facts.push_back(std::move(f));
  }
}

// Graded items as plans and plan-years, with their fields and grades.
void add_items(const std::vector<graded_item>& items, const std::vector<grade_legend>& legends,
               extraction& ex, std::vector<bool>& used, std::vector<std::string>& reasons) {
  for (const graded_item& item : items) {
    policy_plan_info plan;
    plan.name = item.name;
    plan.name_start = item.name_start;
    plan.layout = "graded_items";
    plan.name_label = item.label;
    for (const item_field& f : item.fields)
      plan.fields.push_back({f.label, f.start, f.end});
    const int index = static_cast<int>(ex.layout.plans.size());
    ex.layout.plans.push_back(std::move(plan));
    plan_year_info py;
    py.plan = index;
    py.fiscal_year = item.fiscal_year;
    py.result_start = item.start;
    py.result_end = item.end;
    py.evidence = "graded item";
    py.headline = item.headline;
    for (const item_grade& g : item.grades) {
      plan_grade out;
      out.field = g.field;
      out.code = g.code.code;
      out.family = grade_family_name(g.code.family);
      out.rank = g.code.rank;
      out.starred = g.starred;
      out.start = g.start;
      out.end = g.end;
      for (const grade_legend& legend : legends)
        if (legend.family == g.code.family)
          for (const legend_entry& e : legend.entries)
            if (e.code.code == g.code.code && out.label.empty()) out.label = e.label;
      py.grades.push_back(std::move(out));
      for (std::size_t k = first_mention(ex.mentions, g.start > 16 ? g.start - 16 : 0);
           k < ex.mentions.size() && ex.mentions[k].start < g.end; ++k)
        if (overlaps(ex.mentions[k].start, ex.mentions[k].end, g.start, g.end) && !used[k])
          reasons[k] = "grade (" + encode_utf8(g.field) + ")";
    }
    if (item.headline >= 0) {
      const item_grade& h = item.grades[static_cast<std::size_t>(item.headline)];
      py.status = h.code.rank;
      py.target_changed = h.starred;
    }
    ex.layout.plan_years.push_back(std::move(py));
  }
  // The facts of an item's tables belong to the item; a nameless measure is the item itself.
  for (fact& f : ex.facts) {
    if (f.layout == "narrative" || f.plan >= 0) continue;
    for (std::size_t i = 0; i < items.size(); ++i)
      if (f.start >= items[i].start && f.start < items[i].end) {
        f.plan = static_cast<int>(ex.layout.plans.size() - items.size() + i);
        if (f.fiscal_year == 0 && f.role_of_value != value_role::baseline)
          f.fiscal_year = items[i].fiscal_year;
        if (f.metric.empty()) f.metric = normal_key(items[i].name);
      }
  }
}

void mark_legends(const std::vector<grade_legend>& legends, extraction& ex,
                  std::vector<std::string>& reasons) {
  for (const grade_legend& legend : legends)
    for (std::size_t k = first_mention(ex.mentions, legend.start);
         k < ex.mentions.size() && ex.mentions[k].start < legend.end; ++k) {
      const number_mention& m = ex.mentions[k];
      if (!reasons[k].empty()) continue;
      bool code = false;
      for (const legend_entry& e : legend.entries)
        if (overlaps(m.start, m.end, e.code_start, e.code_end)) code = true;
      reasons[k] = code ? "grade legend code" : "grade count (distribution table)";
    }
}

}  // namespace

void read_other_layouts(sv text, extraction& ex, std::vector<bool>& used,
                        std::vector<std::string>& reasons) {
  const report_lines lines(text);
  const int era_offset = document_era_offset(text, ex.mentions);
  fiscal_year_context context;
  context.era = era_of_offset(era_offset);
  ex.document_year = document_fiscal_year(lines, ex.mentions, era_offset);
  // Era-less years (18年度) are read in the era nearest the document's year.
  if (ex.document_year != 0) context.fiscal_year = ex.document_year;

  // Where the narrative reader found its plans, the lines it gave a role (its table headers,
  // labels, category cells, result text) are its own: no other reader takes them.
  bool narrative = std::any_of(ex.facts.begin(), ex.facts.end(),
                               [](const fact& f) { return f.plan >= 0; });  // a summary alone
  for (const plan_year_info& py : ex.layout.plan_years)
    if (ex.layout.plans[static_cast<std::size_t>(py.plan)].layout == "narrative") narrative = true;
  auto narrative_line = [&](std::size_t pos) {
    if (!narrative) return false;
    const line_role role = ex.layout.role_at(pos);
    return role != line_role::blank && role != line_role::current_state;
  };

  // Tables in the text, unless the narrative reader read them or a given table covers them.
  const std::size_t given = ex.grids.size();
  for (cell_grid& g : find_text_grids(lines, ex.mentions, context)) {
    bool taken = narrative_line(g.start());
    for (const report_section& s : ex.layout.sections)
      if (s.plan >= 0 && overlaps(g.start(), g.end(), s.start, s.end)) taken = true;
    for (std::size_t k = 0; k < given; ++k)
      if (overlaps(g.start(), g.end(), ex.grids[k].start(), ex.grids[k].end())) taken = true;
    if (!taken) ex.grids.push_back(std::move(g));
  }

  std::vector<table_fact> found;
  std::vector<bool> tables_read(ex.grids.size(), false);
  bool year_grids = false, indicator_tables = false;
  for (std::size_t g = 0; g < ex.grids.size(); ++g) {
    const cell_grid& grid = ex.grids[g];
    const auto header = read_table_header(grid, text, context);
    if (!header) continue;
    const grid_view view{grid, g, text, ex.mentions, *header, grid_title(lines, grid)};
    std::vector<table_fact> facts;
    if (rows_are_grades(grid, *header, text)) {
      // S / A / B / C down the rows: a distribution of grades by year, for the legend reader.
    } else if (is_indicator_table(*header) && !(is_year_grid(*header) && rows_say_roles(view))) {
      facts = read_indicator_table(view, ex.document_year, ex.checks);
      indicator_tables = indicator_tables || !facts.empty();
    } else if (is_year_grid(*header)) {
      facts = read_year_grid(view);
      check_year_rates(text, facts, ex.checks);
      year_grids = year_grids || !facts.empty();
    }
    tables_read[g] = !facts.empty();
    for (table_fact& f : facts)
      if (f.mention == npos || !used[f.mention]) found.push_back(std::move(f));
    // Numbers in the header rows are labels of the table.
    for (const grid_cell& c : grid.cells())
      if (c.row < header->rows)
        for (std::size_t k = first_mention(ex.mentions, c.start);
             k < ex.mentions.size() && ex.mentions[k].start < c.end; ++k)
          if (ex.mentions[k].end <= c.end && reasons[k].empty()) reasons[k] = "table header";
  }
  add_table_facts(text, ex.grids, found, ex, used);

  // Tables read as year grids or indicator tables are not lists of labels and values.
  std::vector<token_row> rows = token_rows(lines, ex.grids, tables_read);
  rows.erase(
      std::remove_if(rows.begin(), rows.end(),
                     [&](const token_row& r) { return narrative_line(r.tokens.front().start); }),
      rows.end());
  std::vector<graded_item> items = read_graded_items(rows, text, context, ex.document_year);
  std::vector<grade_legend> legends;
  for (grade_legend& legend : read_grade_legends(rows, text)) {
    // A numbered list of the items themselves is no scale.
    const bool lists_items = std::any_of(items.begin(), items.end(), [&](const graded_item& i) {
      return overlaps(i.name_start, i.name_end, legend.start, legend.end);
    });
    if (!lists_items) legends.push_back(std::move(legend));
  }
  add_items(items, legends, ex, used, reasons);
  std::vector<grade_code> headlines;
  for (const graded_item& item : items)
    if (item.headline >= 0)
      headlines.push_back(item.grades[static_cast<std::size_t>(item.headline)].code);
  for (const grade_legend& legend : legends)
    check_grade_counts(legend, headlines, ex.checks);
  mark_legends(legends, ex, reasons);
  ex.legends = std::move(legends);

  if (narrative) ex.layouts.emplace_back("narrative");
  if (year_grids) ex.layouts.emplace_back("year_grid");
  if (!items.empty()) ex.layouts.emplace_back("graded_items");
  if (!ex.legends.empty()) ex.layouts.emplace_back("grade_legend");
  if (indicator_tables) ex.layouts.emplace_back("indicator_table");
}

}  // namespace plan6
