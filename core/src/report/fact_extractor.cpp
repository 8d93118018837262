#include "plan6/report/fact_extractor.hpp"

#include <algorithm>
#include <cmath>

#include "plan6/common/line_breaks.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/layout_readers.hpp"
#include "plan6/text/metric_phrase.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

bool starts_with(std::u32string_view s, std::size_t pos, std::u32string_view w) {
  return pos + w.size() <= s.size() && s.substr(pos, w.size()) == w;
}

std::string_view fact_kind(const number_mention& m) {
  if (m.has(mention_flag::increase) || m.has(mention_flag::decrease)) return "change";
  if (m.kind == number_kind::duration) return "duration";
  if (m.unit == "yen") return "amount";
  if (m.unit == "percent" || m.unit == "percentage_points") return "ratio";
  if (m.unit.substr(0, 10) == "times_per_") return "frequency";
  return "count";
}

std::string kind_reason(number_kind kind) {
  switch (kind) {
    case number_kind::date:
      return "date";
    case number_kind::fiscal_year:
      return "fiscal year";
    case number_kind::year:
      return "year";
    case number_kind::time:
      return "time of day";
    case number_kind::duration:
      return "length of time";
    case number_kind::ordinal:
      return "ordinal";
    case number_kind::list_marker:
      return "list number";
    case number_kind::name:
      return "part of a name or code";
    case number_kind::word:
      return "kanji numeral inside a word";
    case number_kind::bare:
      return "number without a unit";
    case number_kind::quantity:
      return "quantity";
  }
  return "other";
}

std::string region_reason(line_role role) {
  switch (role) {
    case line_role::goal:
      return "goal cell (事業内容・目標)";
    case line_role::current_state:
      return "prose outside the results (現状)";
    case line_role::status:
      return "achievement category (達成状況区分)";
    case line_role::year_label:
      return "fiscal-year label";
    case line_role::header:
      return "table header";
    case line_role::furniture:
      return "page furniture";
    case line_role::programme_heading:
      return "programme heading";
    case line_role::plan_name:
      return "policy plan name";
    case line_role::summary:
    case line_role::result:
    case line_role::change_note:
    case line_role::changed_target:
      return "result text without a policy plan";
    case line_role::blank:
      return "outside any section";
  }
  return "outside any section";
}

class extractor {
 public:
  extractor(std::u32string_view text, std::vector<cell_grid> grids) : s_(text) {
    out_.grids = std::move(grids);
  }

  extraction run() {
    out_.mentions = scan_numbers(s_);
    out_.layout = segment_report(s_, out_.mentions);
    used_.assign(out_.mentions.size(), false);
    std::vector<std::string> reasons(out_.mentions.size());
    std::vector<bool> in_section(out_.mentions.size(), false);
    for (const report_section& sec : out_.layout.sections) {
      if (sec.plan < 0) continue;
      std::vector<std::size_t> ids;
      for (std::size_t k = first_at(sec.start);
           k < out_.mentions.size() && out_.mentions[k].start < sec.end; ++k)
        ids.push_back(k), in_section[k] = true;
      section_facts(sec, ids);
    }
    read_other_layouts(s_, out_, used_, reasons);
    for (std::size_t k = 0; k < out_.mentions.size(); ++k) {
      if (used_[k]) continue;
      const number_mention& m = out_.mentions[k];
      std::string reason;
      if (!reasons[k].empty())
        reason = std::move(reasons[k]);
      else if (in_section[k])
        reason = kind_reason(m.kind);
      else if (m.kind == number_kind::quantity || m.kind == number_kind::bare)
        reason = region_reason(out_.layout.role_at(m.start));
      else
        reason = region_reason(out_.layout.role_at(m.start)) + ": " + kind_reason(m.kind);
      out_.residue.push_back({k, reason});
    }
    std::sort(out_.facts.begin(), out_.facts.end(),
              [](const fact& a, const fact& b) { return a.start < b.start; });
    return std::move(out_);
  }

 private:
  std::u32string_view s_;
  extraction out_;
  std::vector<bool> used_;

  std::size_t first_at(std::size_t pos) const {
    const auto& ms = out_.mentions;
    return static_cast<std::size_t>(
        std::lower_bound(ms.begin(), ms.end(), pos,
                         [](const number_mention& m, std::size_t v) { return m.start < v; }) -
        ms.begin());
  }

  std::size_t skip(std::size_t p, std::size_t limit) const {
    while (p < limit && is_space(s_[p]))
      ++p;
    return p;
  }

  // `word` at `pos`, white space (a PDF line break) allowed between its characters; the
  // position after it, or npos.
  std::size_t match_word(std::size_t pos, std::u32string_view word, std::size_t end) const {
    std::size_t p = pos;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (i > 0) p = skip(p, end);
      if (p >= end || s_[p] != word[i]) return npos;
      ++p;
    }
    return p;
  }

  // Whether the sentence ends (。) between two positions.
  bool same_sentence(std::size_t a, std::size_t b) const {
    for (std::size_t p = a; p < b && p < s_.size(); ++p)
      if (s_[p] == U'。') return false;
    return true;
  }

  // "（前年度 752 人）" right after `m`: the index of the prior-year mention, or npos.
  std::size_t prior_of(const number_mention& m, const std::vector<std::size_t>& ids, std::size_t at,
                       std::size_t end) const {
    std::size_t p = skip(m.end, end);
    if (p >= end || (s_[p] != U'（' && s_[p] != U'(')) return npos;
    p = skip(p + 1, end);
    bool prior_word = false;
    for (std::u32string_view w : {std::u32string_view(U"前年度"), std::u32string_view(U"前年"),
                                  std::u32string_view(U"昨年度"), std::u32string_view(U"昨年")})
      if (const std::size_t after = match_word(p, w, end); after != npos) {
        p = after;
        prior_word = true;
        break;
      }
    if (!prior_word) return npos;
    if (at + 1 >= ids.size()) return npos;
    const number_mention& n = out_.mentions[ids[at + 1]];
    if (n.kind != number_kind::quantity || n.unit != m.unit || n.start - p > 6) return npos;
    const std::size_t q = skip(n.end, end);
    if (q >= end || (s_[q] != U'）' && s_[q] != U')')) return npos;
    return ids[at + 1];
  }

  // After the value: optional closing bracket, then を上回る/を超える/を下回る.
  bool followed_by_threshold(const number_mention& m, std::size_t end) const {
    std::size_t p = skip(m.end, end);
    if (p < end && (s_[p] == U'）' || s_[p] == U')')) p = skip(p + 1, end);
    for (std::u32string_view w : {std::u32string_view(U"を上回"), std::u32string_view(U"を超え"),
                                  std::u32string_view(U"を下回"), std::u32string_view(U"を超過")})
      if (starts_with(s_, p, w)) return true;
    return false;
  }

  // 計画 or 目標 shortly before the value, in the same clause: the value is a plan figure.
  bool after_plan_word(const number_mention& m, std::size_t section_start) const {
    const std::size_t from = m.start >= 12 ? std::max(section_start, m.start - 12) : section_start;
    for (std::size_t p = m.start; p-- > from;) {
      if (s_[p] == U'。' || s_[p] == U'、') return false;
      for (std::u32string_view w : {std::u32string_view(U"計画"), std::u32string_view(U"目標"),
                                    std::u32string_view(U"見込")})
        if (starts_with(s_, p, w)) return true;
    }
    return false;
  }

  // From the words after the number, else from what the metric name says is counted (its
  // measure, not its subject: 認証福祉製品 応募件数 counts applications).
  std::string_view role_of(const number_mention& m, const metric_name& metric) const {
    const std::u32string_view after = s_.substr(m.end, std::min<std::size_t>(8, s_.size() - m.end));
    auto has = [](std::u32string_view t, std::u32string_view w) { return t.find(w) != npos; };
    for (std::u32string_view t : {after, std::u32string_view(metric.measure)}) {
      if (has(t, U"応募") || has(t, U"申請")) return "applications";
      if (has(t, U"認証") || has(t, U"認定") || has(t, U"採択") || has(t, U"選定") ||
          has(t, U"選考") || has(t, U"交付") || has(t, U"決定"))
        return "approvals";
    }
    return "";
  }

  void section_facts(const report_section& sec, const std::vector<std::size_t>& ids) {
    std::vector<quoted_value> target(ids.size()), prior(ids.size()), from(ids.size());
    std::vector<bool> skip_value(ids.size(), false);
    auto quote = [&](std::size_t k) {
      const number_mention& n = out_.mentions[k];
      return quoted_value{n.value, n.start, n.end};
    };
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const number_mention& m = out_.mentions[ids[i]];
      if (m.kind != number_kind::quantity || skip_value[i]) continue;
      if (const std::size_t p = prior_of(m, ids, i, sec.end); p != npos) {
        prior[i] = quote(p);
        skip_value[i + 1] = true;
        used_[p] = true;
      }
      // A value that already holds a quoted value stays a fact (never a target or start).
      if (prior[i].present() || target[i].present() || from[i].present()) continue;
      // The next quantity of the same unit in the same sentence, not a change.
      std::size_t next = npos;
      for (std::size_t j = i + 1; j < ids.size(); ++j) {
        const number_mention& n = out_.mentions[ids[j]];
        if (!same_sentence(m.end, n.start)) break;
        if (n.kind == number_kind::quantity && n.unit == m.unit && !skip_value[j] &&
            !n.has(mention_flag::increase) && !n.has(mention_flag::decrease)) {
          next = j;
          break;
        }
      }
      const bool threshold = followed_by_threshold(m, sec.end);
      const bool plan_word = after_plan_word(m, sec.start);
      if ((threshold || plan_word) && next != npos &&
          (threshold ? out_.mentions[ids[next]].start - m.end <= 12 : true) &&
          !m.has(mention_flag::increase)) {
        target[next] = quote(ids[i]);
        skip_value[i] = true;
        used_[ids[i]] = true;
        continue;
      }
      if (plan_word && threshold) target[i] = quote(ids[i]);
      // "261機関から、272機関まで": the starting value.
      if (m.has(mention_flag::range_start) && i + 1 < ids.size()) {
        const number_mention& n = out_.mentions[ids[i + 1]];
        std::size_t p = skip(m.end, sec.end);
        if (n.kind == number_kind::quantity && n.unit == m.unit && starts_with(s_, p, U"から")) {
          from[i + 1] = quote(ids[i]);
          skip_value[i] = true;
          used_[ids[i]] = true;
          continue;
        }
      }
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const number_mention& m = out_.mentions[ids[i]];
      const bool fact_kind_ok = m.kind == number_kind::quantity || m.kind == number_kind::duration;
      if (!fact_kind_ok || skip_value[i]) continue;
      fact f;
      f.plan = sec.plan;
      f.fiscal_year = sec.fiscal_year;
      f.section = sec.kind;
      f.start = m.start;
      f.end = m.end;
      f.value = m.has(mention_flag::negative) ? m.value : std::fabs(m.value);
      f.unit = m.unit;
      f.unit_written = written_unit(s_, m);
      f.kind = fact_kind(m);
      f.approximate = m.has(mention_flag::approximate);
      f.lower_bound =
          m.has(mention_flag::lower_bound) || (target[i].present() && target[i].start == m.start);
      f.upper_bound = m.has(mention_flag::upper_bound);
      f.prior = prior[i];
      f.target = target[i];
      f.from = from[i];
      const metric_name name = name_metric(s_, out_.mentions, ids[i], sec.start, sec.end);
      f.metric = name.text();
      f.role = role_of(m, name);
      std::size_t a = m.start;
      while (a > sec.start && s_[a - 1] != U'。')
        --a;
      while (a < m.start && (is_space(s_[a]) || s_[a] == U'・' || s_[a] == U'\uff65'))
        ++a;
      std::size_t b = m.end;
      while (b < sec.end && s_[b] != U'。')
        ++b;
      if (b < sec.end) ++b;
      f.quote_start = a;
      f.quote_end = b;
      used_[ids[i]] = true;
      out_.facts.push_back(std::move(f));
    }
  }
};

}  // namespace

extraction extract_facts(std::u32string_view text, std::vector<cell_grid> grids) {
  std::u32string normalized;  // CR LF and CR as LF; same length, so spans hold for `text`
  if (normalize_line_breaks(text, normalized)) return extractor(normalized, std::move(grids)).run();
  return extractor(text, std::move(grids)).run();
}

}  // namespace plan6
