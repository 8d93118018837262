#include "plan6/report/result_blocks.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "plan6/text/text_similarity.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

struct page_runs {
  std::vector<result_block> runs;
  std::vector<bool> joinable;  // run k may merge with run k+1 (only blank lines between)
};

// The page's result runs, each with the notes that follow it.
page_runs runs_of_page(const block_context& c, std::size_t page) {
  page_runs out;
  for (std::size_t q = 0; q < c.paragraphs.size(); ++q) {
    const paragraph& par = c.paragraphs[q];
    if (c.pages.page_of_line[par.first_line] != static_cast<int>(page)) continue;
    if (par.role == line_role::result) {
      bool adjacent = false;
      if (!out.runs.empty() && out.runs.back().notes.empty()) {
        const paragraph& prev = c.paragraphs[out.runs.back().runs.back()];
        adjacent = true;
        for (std::size_t l = prev.last_line + 1; l < par.first_line; ++l)
          if (!c.lines.key(l).empty()) adjacent = false;
      }
      if (!out.runs.empty()) out.joinable.push_back(adjacent);
      result_block b;
      b.runs.push_back(q);
      out.runs.push_back(b);
    } else if ((par.role == line_role::change_note || par.role == line_role::changed_target) &&
               !out.runs.empty()) {
      out.runs.back().notes.push_back(q);
      if (par.role == line_role::changed_target) out.runs.back().changed_target = true;
    }
  }
  return out;
}

// Merges runs split by a blank line until there is one block per plan and year (only a few
// merges: a page of hundreds of runs is not a layout we know).
void merge_runs(page_runs& page, std::size_t wanted) {
  std::vector<result_block>& runs = page.runs;
  while (runs.size() > wanted && runs.size() <= wanted + 16) {
    std::size_t best = npos;
    for (std::size_t k = 0; k + 1 < runs.size(); ++k)
      if (page.joinable[k] && runs[k].notes.empty()) {
        best = k;
        break;
      }
    if (best == npos) break;
    result_block& a = runs[best];
    result_block& b = runs[best + 1];
    a.runs.insert(a.runs.end(), b.runs.begin(), b.runs.end());
    a.notes = b.notes;
    a.changed_target = b.changed_target;
    runs.erase(runs.begin() + static_cast<long>(best) + 1);
    page.joinable.erase(page.joinable.begin() + static_cast<long>(best));
  }
}

// With several plans on a page, each block goes to the plan whose name and summary it
// resembles, and blocks of one plan resemble each other (the same activities, two years).
void assign_runs_to_plans(const block_context& c, std::vector<result_block>& runs,
                          const std::vector<int>& plans) {
  if (plans.size() == 1) {
    for (result_block& b : runs)
      b.plan = plans[0];
    return;
  }
  std::vector<ngram_profile> profile;
  for (const int p : plans) {
    const auto plan = static_cast<std::size_t>(p);
    ngram_profile pr(c.plan_info[plan].name, 2);
    pr.add(c.summary.text_under(c.lines.text(), c.plans.keys[plan]));
    profile.push_back(pr);
  }
  std::vector<ngram_profile> text;
  for (const result_block& b : runs)
    text.emplace_back(b.text(c.lines, c.paragraphs), 2);
  const std::size_t cap = c.year_count;
  std::vector<int> choice(runs.size(), -1), best_choice;
  double best = -1e300;
  std::vector<std::size_t> load(plans.size(), 0);
  std::function<void(std::size_t, double)> search = [&](std::size_t k, double score) {
    if (k == runs.size()) {
      if (score > best) best = score, best_choice = choice;
      return;
    }
    for (std::size_t p = 0; p < plans.size(); ++p) {
      if (load[p] >= cap) continue;
      double gain = text[k].cosine(profile[p]);
      for (std::size_t j = 0; j < k; ++j)
        if (choice[j] == static_cast<int>(p)) gain += text[k].cosine(text[j]);
      choice[k] = static_cast<int>(p);
      ++load[p];
      search(k + 1, score + gain);
      --load[p];
      choice[k] = -1;
    }
  };
  if (runs.size() <= 8) search(0, 0.0);
  for (std::size_t k = 0; k < runs.size(); ++k) {
    const int pick = best_choice.empty() ? static_cast<int>(std::min(k / cap, plans.size() - 1))
                                         : best_choice[k];
    runs[k].plan = pick < 0 ? -1 : plans[static_cast<std::size_t>(pick)];
  }
}

}  // namespace

std::u32string result_block::text(const report_lines& lines,
                                  const std::vector<paragraph>& paragraphs, bool with_notes) const {
  std::u32string out;
  for (const std::size_t r : runs)
    out += paragraph_text(lines, paragraphs[r]), out += U'\n';
  if (with_notes)
    for (const std::size_t n : notes)
      out += paragraph_text(lines, paragraphs[n]), out += U'\n';
  return out;
}

std::vector<result_block> assign_blocks(const block_context& c) {
  std::vector<result_block> blocks;
  std::vector<int> open;  // plans named but still without result blocks
  std::vector<std::vector<std::size_t>> names_on_page(c.pages.size());
  for (std::size_t p = 0; p < c.plan_info.size(); ++p)
    if (c.plans.page[p] != plan_index::npos) names_on_page[c.plans.page[p]].push_back(p);
  for (auto& names : names_on_page)
    std::sort(names.begin(), names.end(), [&](std::size_t a, std::size_t b) {
      return c.plan_info[a].name_start < c.plan_info[b].name_start;
    });
  for (std::size_t page = 0; page < c.pages.size(); ++page) {
    page_runs runs = runs_of_page(c, page);
    std::vector<int> candidates = open;
    for (const std::size_t p : names_on_page[page])
      candidates.push_back(static_cast<int>(p));
    if (runs.runs.empty()) {
      open = candidates;
      continue;
    }
    if (candidates.empty()) continue;  // results with no plan to hold them: left to the residue
    const std::size_t y = c.year_count;
    std::size_t served = static_cast<std::size_t>(
        std::lround(static_cast<double>(runs.runs.size()) / static_cast<double>(y)));
    served = std::clamp<std::size_t>(served, 1, candidates.size());
    merge_runs(runs, served * y);
    const std::vector<int> plans(candidates.begin(),
                                 candidates.begin() + static_cast<long>(served));
    open.assign(candidates.begin() + static_cast<long>(served), candidates.end());
    assign_runs_to_plans(c, runs.runs, plans);
    for (result_block& b : runs.runs)
      if (b.plan >= 0) blocks.push_back(std::move(b));
  }
  return blocks;
}

}  // namespace plan6
