#include "plan6/report/year_evidence.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

#include <fmt/format.h>

#include "plan6/report/document_year.hpp"
#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);
using quantities = std::vector<std::pair<double, std::string_view>>;

int gregorian_of(const year_context& c, const number_mention& m) {
  return gregorian_fiscal_year(c.lines.text(), m, c.era_offset);
}

template <typename F>
void for_mentions(const year_context& c, const result_block& b, F f) {
  auto visit = [&](std::size_t q) {
    const paragraph& p = c.paragraphs[q];
    const std::size_t from = c.lines.start(p.first_line);
    const std::size_t to = c.lines.end(p.last_line);
    const auto lo =
        std::lower_bound(c.mentions.begin(), c.mentions.end(), from,
                         [](const number_mention& m, std::size_t v) { return m.start < v; });
    for (auto it = lo; it != c.mentions.end() && it->start < to; ++it)
      f(*it);
  };
  for (const std::size_t r : b.runs)
    visit(r);
  for (const std::size_t n : b.notes)
    visit(n);
}

// One block against another: the score of `x` being the later, and the evidence in words.
std::pair<double, std::string> compare(const year_context& c, const year_evidence& x,
                                       const year_evidence& z, int chain) {
  const std::vector<int>& fy = c.fiscal_years;
  const double text = 4.0 * (x.summary_text - z.summary_text);
  const double numbers = 4.0 * (x.summary_numbers - z.summary_numbers);
  double fiscal = 0;
  if (x.max_fiscal_year && z.max_fiscal_year)
    fiscal = x.max_fiscal_year > z.max_fiscal_year   ? 2
             : x.max_fiscal_year < z.max_fiscal_year ? -2
                                                     : 0;
  else if (x.max_fiscal_year)
    fiscal = x.max_fiscal_year >= fy.back() ? 2 : x.max_fiscal_year <= fy.front() ? -2 : 0;
  else if (z.max_fiscal_year)
    fiscal = z.max_fiscal_year >= fy.back() ? -2 : z.max_fiscal_year <= fy.front() ? 2 : 0;
  // A calendar year in a name (技術展2013) dates the block to that fiscal year or the one
  // before: a block naming a year after the earlier fiscal years is the latest.
  double names = 0;
  const int floor_x = x.max_name_year ? x.max_name_year - 1 : 0;
  const int floor_z = z.max_name_year ? z.max_name_year - 1 : 0;
  if (floor_x >= fy.back() && floor_z < fy.back())
    names = 2;
  else if (floor_z >= fy.back() && floor_x < fy.back())
    names = -2;
  else if (x.max_name_year && z.max_name_year)
    names = x.max_name_year > z.max_name_year ? 1 : x.max_name_year < z.max_name_year ? -1 : 0;
  else if (x.min_name_year && x.min_name_year < fy.back())
    names = -1;  // an event of calendar year Y falls in fiscal year Y or Y - 1
  else if (z.min_name_year && z.min_name_year < fy.back())
    names = 1;
  const double changed =
      1.5 * (static_cast<int>(x.changed_target) - static_cast<int>(z.changed_target));
  const double backward = 0.5 * ((x.backward > 0) - (z.backward > 0));
  const double first = -0.5 * ((x.first_time > 0) - (z.first_time > 0));
  const double score = text + numbers + 3.0 * chain + fiscal + names + changed + backward + first;
  std::string why;
  auto add = [&](const char* label, double v) {
    if (v != 0) why += fmt::format("{}{} {:+.2f}", why.empty() ? "" : "; ", label, v);
  };
  add("summary text", text);
  add("summary numbers", numbers);
  add("prior-year chain", 3.0 * chain);
  add("fiscal years mentioned", fiscal);
  add("years in names", names);
  add("changed target", changed);
  add("looks back on last year", backward);
  add("first-time events", first);
  return {score, why};
}

// Decides the years of one plan's blocks.
void decide_plan(const year_context& c, int plan, const std::vector<std::size_t>& members,
                 std::vector<result_block>& blocks, std::vector<plan_year_info>& plan_years) {
  const std::vector<int>& fy = c.fiscal_years;
  const std::u32string& key = c.plans.keys[static_cast<std::size_t>(plan)];
  const ngram_profile summary(c.summary.text_under(c.lines.text(), key), 4);
  quantities summary_quantities;
  for (const summary_item& item : c.summary.items)
    if (item.heading == key)
      for (const number_mention& m : c.mentions)
        if (m.start >= item.start && m.end <= item.end && m.kind == number_kind::quantity)
          summary_quantities.emplace_back(m.value, m.unit);
  if (members.size() > 4 * fy.size()) {
    // Far more blocks than years (a layout we do not understand): text order, no contest.
    for (std::size_t r = 0; r < members.size(); ++r)
      blocks[members[r]].year = fy[std::min(r * fy.size() / members.size(), fy.size() - 1)];
    return;
  }
  std::vector<year_evidence> ev;
  for (const std::size_t k : members)
    ev.push_back(evidence_of(c, blocks[k], summary, summary_quantities));
  // A lateness score per block, from comparisons with every other block of the plan.
  std::vector<std::string> notes(members.size());
  for (std::size_t a = 0; a < members.size(); ++a)
    for (std::size_t b = 0; b < members.size(); ++b) {
      if (a == b) continue;
      const int chain = prior_chain(c, blocks[members[a]], blocks[members[b]]) -
                        prior_chain(c, blocks[members[b]], blocks[members[a]]);
      auto [score, why] = compare(c, ev[a], ev[b], chain);
      blocks[members[a]].score += score;
      if (a == 0 || notes[a].empty()) notes[a] = std::move(why);
    }
  std::vector<std::size_t> order(members.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return blocks[members[a]].score < blocks[members[b]].score;
  });
  // The latest blocks take the latest years.
  const std::size_t n = order.size();
  for (std::size_t r = 0; r < n; ++r) {
    const std::size_t rank_from_end = n - 1 - r;
    const int year = rank_from_end < fy.size() ? fy[fy.size() - 1 - rank_from_end] : fy.front();
    result_block& b = blocks[members[order[r]]];
    b.year = year;
    plan_year_info info;
    info.plan = plan;
    info.fiscal_year = year;
    info.result_start = c.lines.start(c.paragraphs[b.runs.front()].first_line);
    info.result_end = c.lines.end(c.paragraphs[b.runs.back()].last_line);
    info.confidence = n > 1 ? std::fabs(b.score) : 0.0;
    info.evidence = n > 1 ? notes[order[r]] : "only block of the plan";
    plan_years.push_back(info);
  }
}

}  // namespace

year_evidence evidence_of(const year_context& c, const result_block& b,
                          const ngram_profile& summary, const quantities& summary_quantities) {
  year_evidence e;
  const std::u32string text = b.text(c.lines, c.paragraphs);
  e.summary_text = ngram_profile(text, 4).cosine(summary);
  quantities found_here;
  for_mentions(c, b, [&](const number_mention& m) {
    if (m.kind == number_kind::quantity) found_here.emplace_back(m.value, m.unit);
    if (m.kind == number_kind::fiscal_year)
      e.max_fiscal_year = std::max(e.max_fiscal_year, gregorian_of(c, m));
    if (m.kind == number_kind::name && m.value >= 1990 && m.value <= 2100) {
      const int year = static_cast<int>(m.value);
      e.max_name_year = std::max(e.max_name_year, year);
      e.min_name_year = e.min_name_year ? std::min(e.min_name_year, year) : year;
    }
    if (m.kind == number_kind::ordinal && m.value == 1) ++e.first_time;
  });
  if (!summary_quantities.empty()) {
    double found = 0;
    for (const auto& [value, unit] : summary_quantities) {
      double best = 0;
      for (const auto& [v, u] : found_here)
        if (v == value) best = std::max(best, u == unit ? 1.0 : 0.5);
      found += best;
    }
    e.summary_numbers = found / static_cast<double>(summary_quantities.size());
  }
  e.changed_target = b.changed_target;
  for (std::u32string_view word : {std::u32string_view(U"昨年"), std::u32string_view(U"前年")}) {
    std::size_t at = 0;
    while ((at = text.find(word, at)) != npos)
      ++e.backward, at += word.size();
  }
  return e;
}

int prior_chain(const year_context& c, const result_block& later, const result_block& earlier) {
  const std::u32string_view s = c.lines.text();
  quantities earlier_values;
  for_mentions(c, earlier, [&](const number_mention& m) {
    if (m.kind == number_kind::quantity) earlier_values.emplace_back(m.value, m.unit);
  });
  int links = 0;
  for_mentions(c, later, [&](const number_mention& m) {
    if (m.kind != number_kind::quantity || m.start < 4) return;
    const std::size_t back = std::min<std::size_t>(m.start, 8);
    const std::u32string_view before = s.substr(m.start - back, back);
    if (!contains(before, U"前年") && !contains(before, U"昨年")) return;
    for (const auto& [v, u] : earlier_values)
      if (v == m.value && u == m.unit) {
        ++links;
        break;
      }
  });
  return links;
}

void decide_years(const year_context& c, std::vector<result_block>& blocks,
                  std::vector<plan_year_info>& plan_years) {
  if (c.fiscal_years.empty()) {
    for (result_block& b : blocks)
      b.year = 0;
    return;
  }
  std::map<int, std::vector<std::size_t>> by_plan;
  for (std::size_t k = 0; k < blocks.size(); ++k)
    by_plan[blocks[k].plan].push_back(k);
  for (const auto& [plan, members] : by_plan)
    decide_plan(c, plan, members, blocks, plan_years);
  std::sort(plan_years.begin(), plan_years.end(), [](const auto& a, const auto& b) {
    return std::tie(a.plan, a.fiscal_year) < std::tie(b.plan, b.fiscal_year);
  });
}

}  // namespace plan6
