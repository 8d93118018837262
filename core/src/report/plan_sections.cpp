#include "plan6/report/plan_sections.hpp"

#include <algorithm>
#include <utility>

#include "plan6/common/characters.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);
using found_names = std::vector<std::pair<std::size_t, std::u32string>>;  // position, key

// The summary's plan headings, where a plan page names them outside the result text.
found_names headings_named_on_pages(report_lines& lines, const report_pages& pages,
                                    const summary_pages& summary) {
  const std::u32string_view s = lines.text();
  const std::size_t from =
      pages.detail_first_line < lines.size() ? lines.start(pages.detail_first_line) : s.size();
  const normal_text detail(s, from, s.size());
  found_names found;
  for (std::size_t h = 0; h < summary.headings.size(); ++h) {
    const std::u32string& key = summary.headings[h];
    const std::size_t before = found.size();
    std::size_t at = 0;
    int tries = 0;  // bounded: a heading repeated all over the result text is no name
    while (tries++ < 64 && (at = detail.text.find(key, at)) != npos) {
      const std::size_t pos = detail.origin[at];
      const line_role r = lines.role_at(pos);
      if (r != line_role::result && r != line_role::change_note && r != line_role::changed_target) {
        found.emplace_back(pos, key);
        const std::size_t last = detail.origin[at + key.size() - 1];
        for (std::size_t l = lines.line_of(pos); l <= lines.line_of(last); ++l)
          if (lines.role(l) == line_role::current_state) lines.set_role(l, line_role::plan_name);
        break;
      }
      at += 1;
    }
    // A summary heading that no plan page names is still a plan (a summary-only report).
    if (found.size() == before) found.emplace_back(summary.heading_pos[h], key);
  }
  return found;
}

// Strips column labels glued to a name ("事業推進ものづくり産業の振興"): they are repeated
// elsewhere as lines of their own.
void strip_glued_labels(std::u32string& k, const std::vector<std::u32string>& furniture) {
  for (bool stripped = true; stripped && !k.empty();) {
    stripped = false;
    for (const std::u32string& label : furniture)
      if (!label.empty() && label.size() < k.size() && starts_with(k, label)) {
        k = k.substr(label.size());
        stripped = true;
      }
  }
}

// No summary to name the plans: prose cells that read like a name. A name may share its
// line with a goal cell ("経済の国際化への対応 ●川崎国際ビジ").
found_names name_cells(report_lines& lines, const std::vector<paragraph>& paragraphs,
                       const std::vector<std::u32string>& furniture) {
  found_names found;
  for (const paragraph& p : paragraphs) {
    const bool prose = p.role == line_role::current_state && p.last_line - p.first_line <= 1;
    const bool before_goal = p.role == line_role::goal;
    if (!prose && !before_goal) continue;
    std::u32string k;
    for (std::size_t l = p.first_line; l <= (prose ? p.last_line : p.first_line); ++l)
      k += lines.key(l);
    const std::size_t bullet = k.find(U'●');
    if (bullet != npos) k = k.substr(0, bullet);
    strip_glued_labels(k, furniture);
    if (k.size() < 4 || k.size() > 40 || k.back() == U'。' || contains(k, U"、")) continue;
    if (std::find(furniture.begin(), furniture.end(), k) != furniture.end()) continue;
    const normal_text para(lines.text(), lines.start(p.first_line), lines.end(p.last_line));
    const std::size_t at = para.text.find(k);
    if (at == npos) continue;
    found.emplace_back(para.origin[at], k);
    if (prose)
      for (std::size_t l = p.first_line; l <= p.last_line; ++l)
        lines.set_role(l, line_role::plan_name);
  }
  return found;
}

// The plan name as the page writes it, line breaks removed, from `pos` over `key`.
std::u32string name_as_written(std::u32string_view s, std::size_t pos, const std::u32string& key) {
  std::u32string out;
  std::size_t matched = 0;
  for (std::size_t p = pos; p < s.size() && matched < key.size(); ++p) {
    if (is_space(s[p])) continue;
    out.push_back(s[p]);
    ++matched;
  }
  return out;
}

}  // namespace

plan_index find_plans(report_lines& lines, const report_pages& pages, const summary_pages& summary,
                      const std::vector<paragraph>& paragraphs,
                      const std::vector<std::u32string>& furniture,
                      std::vector<policy_plan_info>& plans) {
  found_names found = headings_named_on_pages(lines, pages, summary);
  if (found.empty() && pages.detail_first_line < lines.size())
    found = name_cells(lines, paragraphs, furniture);
  if (!summary.headings.empty()) {
    const auto& headings = summary.headings;
    std::stable_sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
      return std::find(headings.begin(), headings.end(), a.second) <
             std::find(headings.begin(), headings.end(), b.second);
    });
  } else {
    std::sort(found.begin(), found.end());
  }
  plan_index index;
  for (const auto& [pos, key] : found) {
    policy_plan_info plan;
    plan.name_start = pos;
    plan.name = name_as_written(lines.text(), pos, key);
    plans.push_back(plan);
    index.keys.push_back(key);
    const int page = pages.page_of_line[lines.line_of(pos)];
    index.page.push_back(page < 0 ? npos : static_cast<std::size_t>(page));
  }
  return index;
}

void find_programmes(const report_lines& lines, const report_pages& pages,
                     const summary_pages& summary, const plan_index& index, report_layout& layout) {
  std::vector<std::pair<std::size_t, std::u32string>> headings;  // position, name
  for (std::size_t i = pages.detail_first_line; i < lines.size(); ++i) {
    if (lines.role(i) != line_role::programme_heading) continue;
    const std::u32string_view t = lines.trimmed(i);
    const std::size_t colon = std::min(t.find(U'：'), t.find(U':'));
    if (colon == npos) continue;
    std::u32string name(t.substr(colon + 1));
    while (!name.empty() && is_space(name.back()))
      name.pop_back();
    headings.emplace_back(lines.start(i), name);
  }
  if (headings.empty()) {
    for (const auto& [number, key] : summary.programmes)
      layout.programmes.push_back({number, key});
  } else {
    int ordinal = 0;
    for (const auto& heading : headings) {
      int number = ++ordinal;
      for (const auto& [n, key] : summary.programmes)
        if (key == normal_key(heading.second)) number = n;
      layout.programmes.push_back({number, heading.second});
    }
  }
  for (std::size_t p = 0; p < layout.plans.size(); ++p) {
    policy_plan_info& plan = layout.plans[p];
    const std::size_t page = index.page[p];
    if (page == npos) {
      // Named only on the summary pages: the summary's programme heading before it.
      for (std::size_t h = 0; h < summary.programme_pos.size(); ++h)
        if (summary.programme_pos[h] < plan.name_start)
          for (std::size_t q = 0; q < layout.programmes.size(); ++q)
            if (layout.programmes[q].number == summary.programmes[h].first)
              plan.programme = static_cast<int>(q);
      continue;
    }
    const std::size_t page_end =
        page + 1 < pages.size() ? lines.start(pages.first_line[page + 1]) : lines.text().size();
    int programme = headings.empty() ? -1 : 0;
    for (std::size_t h = 0; h < headings.size(); ++h)
      if (headings[h].first < page_end) programme = static_cast<int>(h);
    plan.programme = programme;
  }
}

}  // namespace plan6
