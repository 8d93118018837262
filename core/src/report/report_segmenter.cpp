#include "plan6/report/report_segmenter.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <optional>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/calendar/japanese_era.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/text/text_similarity.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Folds what PDF extraction writes in several ways: widths, dashes and long vowels, middle
// dots; white space is dropped. Used to compare names and labels, never to report text.
char32_t normal_char(char32_t c) {
  c = fold_width(c);
  switch (c) {
    case U'-':
    case U'−':
    case U'‐':
    case U'―':
    case U'—':
    case U'ｰ':
      return U'ー';
    case U'\uff65':  // ･ half-width middle dot
      return U'・';
    default:
      return c;
  }
}

std::u32string normal_key(std::u32string_view s) {
  std::u32string out;
  for (const char32_t c : s)
    if (!is_space(c)) out.push_back(normal_char(c));
  return out;
}

bool starts_with(std::u32string_view s, std::u32string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
bool contains(std::u32string_view s, std::u32string_view p) {
  return s.find(p) != npos;
}

bool sentence_ended(std::u32string_view k) {
  return !k.empty() && (k.back() == U'。' || k.back() == U'）' || k.back() == U')');
}

bool is_bullet(char32_t c) {
  return c == U'・' || c == U'\uff65';
}

// The text with white space removed and an index back to the original code points.
struct normal_text {
  std::u32string text;
  std::vector<std::size_t> origin;
  normal_text(std::u32string_view s, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
      if (!is_space(s[i])) text.push_back(normal_char(s[i])), origin.push_back(i);
  }
};

struct paragraph {
  std::size_t first_line = 0;
  std::size_t last_line = 0;  // inclusive
  line_role role = line_role::current_state;
};

struct block {
  std::vector<std::size_t> runs;   // paragraph indices of result runs
  std::vector<std::size_t> notes;  // change notes and changed targets
  bool changed_target = false;
  int plan = -1;
  int year = 0;
  double score = 0;
};

struct summary_item {
  std::size_t start = 0, end = 0;
  std::u32string heading;  // normal key of the plan heading it is under
};

class segmenter {
 public:
  segmenter(std::u32string_view text, const std::vector<number_mention>& mentions)
      : s_(text), mentions_(mentions) {}

  report_layout run() {
    split_lines();
    find_furniture();
    find_pages();
    classify_lines();
    parse_summary();
    parse_detail_paragraphs();
    find_plans();
    find_programmes();
    assign_blocks();
    decide_years();
    assign_statuses();
    build_sections();
    return std::move(layout_);
  }

 private:
  std::u32string_view s_;
  const std::vector<number_mention>& mentions_;
  report_layout layout_;
  std::vector<std::size_t> line_end_;
  std::vector<std::u32string> key_;  // normal key of each line
  std::vector<int> line_year_;       // year label on this line, or 0
  std::vector<int> line_page_;
  std::vector<std::size_t> page_first_line_;
  std::size_t detail_first_line_ = 0;
  std::vector<paragraph> paragraphs_;
  std::vector<std::u32string> furniture_keys_;  // repeated labels (事業推進, ○)
  std::vector<summary_item> summary_;
  std::vector<std::pair<int, std::u32string>> summary_programmes_;  // number, key
  std::vector<std::size_t> summary_programme_pos_;
  std::vector<std::size_t> summary_heading_pos_;  // first line start of each heading
  std::vector<std::u32string> summary_headings_;  // keys, in order
  std::vector<std::u32string> plan_keys_;
  std::vector<std::size_t> plan_page_;
  std::vector<std::pair<std::size_t, std::u32string>> programme_headings_;  // pos, name
  std::vector<block> blocks_;
  int era_offset_ = 0;  // Gregorian minus era year, learned from "2011(平成23）年度"

  std::size_t lines() const { return layout_.line_starts.size(); }
  std::u32string_view line(std::size_t i) const {
    return s_.substr(layout_.line_starts[i], line_end_[i] - layout_.line_starts[i]);
  }
  std::u32string_view trimmed(std::size_t i) const {
    std::u32string_view l = line(i);
    while (!l.empty() && is_space(l.front()))
      l.remove_prefix(1);
    while (!l.empty() && is_space(l.back()))
      l.remove_suffix(1);
    return l;
  }
  line_role& role(std::size_t i) { return layout_.line_roles[i]; }
  std::size_t line_of(std::size_t pos) const {
    const auto& st = layout_.line_starts;
    return static_cast<std::size_t>(std::upper_bound(st.begin(), st.end(), pos) - st.begin()) - 1;
  }
  std::size_t next_nonblank(std::size_t i) const {
    while (i < lines() && key_[i].empty())
      ++i;
    return i;
  }

  void split_lines() {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s_.size(); ++i) {
      if (i == s_.size() || s_[i] == U'\n') {
        layout_.line_starts.push_back(start);
        line_end_.push_back(i);
        start = i + 1;
      }
    }
    layout_.line_roles.assign(lines(), line_role::blank);
    key_.resize(lines());
    line_year_.assign(lines(), 0);
    for (std::size_t i = 0; i < lines(); ++i)
      key_[i] = normal_key(line(i));
  }

  static bool numeric_key(std::u32string_view k) {
    return !k.empty() && std::all_of(k.begin(), k.end(), [](char32_t c) {
      return digit_value(c) >= 0 || c == U'*' || c == U'＊';
    });
  }

  // Short lines repeated on many pages are furniture or table labels, whatever they say.
  void find_furniture() {
    std::unordered_map<std::u32string, int> count;
    for (std::size_t i = 0; i < lines(); ++i)
      if (!key_[i].empty() && key_[i].size() <= 20 && !numeric_key(key_[i]) &&
          key_[i].back() != U'。')
        ++count[key_[i]];
    for (std::size_t i = 0; i < lines(); ++i) {
      if (key_[i].empty()) continue;
      role(i) = line_role::current_state;
      const auto it = count.find(key_[i]);
      const char32_t first = key_[i].front();
      const bool cell_start = first == U'●' || first == U'・' || first == U'【';
      if (it != count.end() && it->second >= 3 && !cell_start) {
        role(i) = line_role::furniture;
        furniture_keys_.push_back(key_[i]);
      }
    }
  }

  // Detail pages start at the goals-table header (事業内容・目標); before the first one are the
  // summary pages.
  void find_pages() {
    for (std::size_t i = 0; i < lines(); ++i)
      if (key_[i] == U"事業内容・目標") page_first_line_.push_back(i);
    detail_first_line_ = page_first_line_.empty() ? lines() : page_first_line_.front();
    line_page_.assign(lines(), -1);
    for (std::size_t p = 0; p < page_first_line_.size(); ++p) {
      const std::size_t end = p + 1 < page_first_line_.size() ? page_first_line_[p + 1] : lines();
      for (std::size_t i = page_first_line_[p]; i < end; ++i)
        line_page_[i] = static_cast<int>(p);
    }
  }

  // The fiscal year a whole key names ("2012年度", "平成24年度", "2012（平成24）年度"), or 0.
  static int fiscal_year_of_key(std::u32string_view k) {
    // Labels say 年度 (or FY2012); testing for it first keeps the reader off ordinary lines.
    if (k.empty() || (!contains(k, U"年度") && !starts_with(k, U"FY"))) return 0;
    const auto reading = read_fiscal_year(k, 0, fiscal_year_context{});
    if (!reading || reading->end != k.size() || !reading->problem.empty() ||
        !reading->fiscal_year || reading->is_range || reading->open_ended ||
        reading->relative != 0 || reading->style == fiscal_year_style::relative)
      return 0;
    return *reading->fiscal_year;
  }

  // A result label's parts: the year text, and on a one-line label ("2012年度 実施結果") what
  // follows 実施結果 on the line (the category cell of "2011年度 実施結果 3", or nothing).
  struct label_parts {
    std::u32string_view year_text;
    std::u32string_view after;
    bool one_line = false;
  };
  static label_parts split_label(std::u32string_view k) {
    if (starts_with(k, U"達成状況区分")) k.remove_prefix(6);
    constexpr std::u32string_view results = U"実施結果";
    const std::size_t at = k.find(results);
    if (at == 0 || at == npos) return {k, {}, false};
    return {k.substr(0, at), k.substr(at + results.size()), true};
  }

  // The year of a result label: "YYYY年度" followed by a 実施結果 line, or both on one line
  // ("2012年度 実施結果", "平成24年度実施結果"), maybe after 達成状況区分 and before the
  // category cell ("2011年度 実施結果 3"); 0 when the line is not one.
  int year_label(std::size_t i) const {
    const label_parts label = split_label(key_[i]);
    if (label.one_line && !label.after.empty() && !status_digit(label.after)) return 0;
    const int year = fiscal_year_of_key(label.year_text);
    if (year == 0 || label.one_line) return year;
    const std::size_t next = next_nonblank(i + 1);
    if (next >= lines() || !starts_with(key_[next], U"実施結果")) return 0;
    return year;
  }

  // The category cell glued to a one-line result label ("2011年度 実施結果 3"), if any.
  static std::optional<std::pair<int, bool>> glued_status(std::u32string_view k) {
    const label_parts label = split_label(k);
    if (!label.one_line || label.after.empty()) return std::nullopt;
    return status_digit(label.after);
  }

  // An achievement-category cell: a digit 1-5, maybe starred, alone or after a label.
  static std::optional<std::pair<int, bool>> status_digit(std::u32string_view k) {
    for (std::u32string_view label :
         {std::u32string_view(U"実施結果"), std::u32string_view(U"達成状況区分")})
      if (starts_with(k, label)) k.remove_prefix(label.size());
    if (k.empty() || k.size() > 2) return std::nullopt;
    const int d = digit_value(k[0]);
    if (d < 1 || d > 5) return std::nullopt;
    if (k.size() == 2 && k[1] != U'*') return std::nullopt;
    return std::make_pair(d, k.size() == 2);
  }

  void classify_lines() {
    for (std::size_t i = 0; i < lines(); ++i) {
      if (key_[i].empty()) continue;
      const std::u32string_view k = key_[i];
      if (starts_with(k, U"アクションプログラム：") || starts_with(k, U"アクションプログラム:")) {
        role(i) = line_role::programme_heading;
        continue;
      }
      if (i < detail_first_line_) continue;  // the summary is parsed on its own
      if (const int y = year_label(i)) {
        role(i) = line_role::year_label;
        line_year_[i] = y;
        const label_parts label = split_label(k);
        if (!label.one_line)
          role(next_nonblank(i + 1)) = line_role::year_label;
        else if (!label.after.empty())
          role(i) = line_role::status;  // the category cell of this label's year
        if (std::find(layout_.fiscal_years.begin(), layout_.fiscal_years.end(), y) ==
            layout_.fiscal_years.end())
          layout_.fiscal_years.push_back(y);
        continue;
      }
      if (status_digit(k)) {
        role(i) = line_role::status;
        continue;
      }
      if (k == U"事業内容・目標" || contains(k, U"施策計画名") ||
          contains(k, U"施策計画施策計画")) {
        role(i) = line_role::header;
        continue;
      }
      int years_on_line = 0;
      const auto first =
          std::lower_bound(mentions_.begin(), mentions_.end(), layout_.line_starts[i],
                           [](const number_mention& m, std::size_t v) { return m.start < v; });
      for (auto it = first; it != mentions_.end() && it->start < line_end_[i]; ++it)
        if (it->kind == number_kind::fiscal_year) ++years_on_line;
      if (years_on_line >= 2) {
        role(i) = line_role::header;
        continue;
      }
      if (starts_with(k, U"(参考)") || starts_with(k, U"に対する達成状況"))
        role(i) = line_role::furniture;
    }
    std::sort(layout_.fiscal_years.begin(), layout_.fiscal_years.end());
    // "2011(平成23）年度": the offset of the document's era, for "24年度" without an era.
    for (const number_mention& m : mentions_)
      if (m.kind == number_kind::fiscal_year && m.value >= 1900 && m.end - m.number_end > 2) {
        int era_year = 0;
        for (std::size_t p = m.number_end; p < m.end; ++p)
          if (digit_value(s_[p]) >= 0 && era_year < 1000)
            era_year = era_year * 10 + digit_value(s_[p]);
        if (era_year > 0 && era_year < 100 && m.value < 10000)
          era_offset_ = static_cast<int>(m.value) - era_year;
        break;
      }
  }

  void parse_summary() {
    bool in_results = false;
    std::u32string heading;
    bool open_sentence = false;  // the last bullet has not ended with 。
    summary_item* current = nullptr;
    for (std::size_t i = 0; i < detail_first_line_; ++i) {
      const std::u32string_view k = key_[i];
      if (k.empty()) continue;
      const std::u32string_view t = trimmed(i);
      if (starts_with(k, U"【主な実施結果】")) {
        in_results = true;
        role(i) = line_role::furniture;
        current = nullptr;
        open_sentence = false;
        continue;
      }
      if (role(i) == line_role::furniture || role(i) == line_role::programme_heading) continue;
      // "１ 国際的視点に基づく産業振興": a programme heading of the summary.
      if (!t.empty() && digit_value(t[0]) >= 0) {
        std::size_t p = 0;
        int number = 0;
        while (p < t.size() && digit_value(t[p]) >= 0)
          number = number < 1000 ? number * 10 + digit_value(t[p]) : number, ++p;
        if (p < t.size() && is_space(t[p]) && p <= 2) {
          role(i) = line_role::programme_heading;
          summary_programmes_.emplace_back(number, normal_key(t.substr(p)));
          summary_programme_pos_.push_back(layout_.line_starts[i]);
          continue;
        }
      }
      if (!in_results) {
        role(i) = line_role::header;
        continue;
      }
      if (!t.empty() && is_bullet(t[0])) {
        summary_.push_back({layout_.line_starts[i], line_end_[i], heading});
        current = &summary_.back();
        role(i) = line_role::summary;
        open_sentence = !sentence_ended(k);
        continue;
      }
      // A line that is not a bullet: the bullet's continuation, or a plan heading when the
      // bullet before has ended and the line is a short phrase without a full stop.
      const bool heading_like = k.back() != U'。' && k.size() <= 40 && !open_sentence &&
                                k.front() != U'(' && k.front() != U'（';
      if (heading_like || current == nullptr) {
        heading = std::u32string(k);
        if (std::find(summary_headings_.begin(), summary_headings_.end(), heading) ==
            summary_headings_.end())
          summary_headings_.push_back(heading),
              summary_heading_pos_.push_back(layout_.line_starts[i]);
        role(i) = line_role::plan_name;
        current = nullptr;
        open_sentence = false;
        continue;
      }
      current->end = line_end_[i];
      role(i) = line_role::summary;
      open_sentence = !sentence_ended(k);
    }
    // Trim trailing white space of each item.
    for (summary_item& item : summary_) {
      while (item.end > item.start && is_space(s_[item.end - 1]))
        --item.end;
      while (item.start < item.end && (is_space(s_[item.start])))
        ++item.start;
    }
  }

  void parse_detail_paragraphs() {
    std::size_t i = detail_first_line_;
    while (i < lines()) {
      if (key_[i].empty() || role(i) != line_role::current_state) {
        ++i;
        continue;
      }
      paragraph p;
      p.first_line = i;
      // Repeated short lines ("実施", "の推進") inside a cell are its last words, not furniture.
      while (i < lines() && !key_[i].empty() &&
             (role(i) == line_role::current_state || role(i) == line_role::furniture))
        ++i;
      p.last_line = i - 1;
      const std::u32string_view t = trimmed(p.first_line);
      const std::u32string_view k = key_[p.first_line];
      if (!t.empty() && is_bullet(t[0])) {
        p.role = line_role::result;
      } else if (starts_with(k, U"【") && contains(k, U"変更後")) {
        p.role = line_role::changed_target;
      } else if (starts_with(k, U"【") && (contains(k, U"変化") || contains(k, U"課題"))) {
        p.role = line_role::change_note;
      } else if (!t.empty() && (t[0] == U'●' || t[0] == U'○' || contains(k, U"●"))) {
        p.role = line_role::goal;
      } else {
        p.role = line_role::current_state;
      }
      for (std::size_t j = p.first_line; j <= p.last_line; ++j)
        role(j) = p.role;
      paragraphs_.push_back(p);
    }
  }

  // Plan names: the summary's plan headings where the plan pages also name them (outside the
  // result text), else short prose cells without a full stop.
  void find_plans() {
    const std::size_t from =
        detail_first_line_ < lines() ? layout_.line_starts[detail_first_line_] : s_.size();
    const normal_text detail(s_, from, s_.size());
    std::vector<std::pair<std::size_t, std::u32string>> found;  // position, key
    for (std::size_t h = 0; h < summary_headings_.size(); ++h) {
      const std::u32string& key = summary_headings_[h];
      const std::size_t before = found.size();
      std::size_t at = 0;
      int tries = 0;  // bounded: a heading repeated all over the result text is no name
      while (tries++ < 64 && (at = detail.text.find(key, at)) != npos) {
        const std::size_t pos = detail.origin[at];
        const line_role r = layout_.role_at(pos);
        if (r != line_role::result && r != line_role::change_note &&
            r != line_role::changed_target) {
          found.emplace_back(pos, key);
          const std::size_t last = detail.origin[at + key.size() - 1];
          for (std::size_t l = line_of(pos); l <= line_of(last); ++l)
            if (role(l) == line_role::current_state) role(l) = line_role::plan_name;
          break;
        }
        at += 1;
      }
      // A summary heading that no plan page names is still a plan (a summary-only report).
      if (found.size() == before) found.emplace_back(summary_heading_pos_[h], key);
    }
    if (found.empty() && detail_first_line_ < lines()) {
      // No summary to name the plans: take prose cells that read like a name.
      // A name may share its line with a goal cell ("経済の国際化への対応 ●川崎国際ビジ") or
      // follow a column label ("事業推進ものづくり産業の振興").
      for (const paragraph& p : paragraphs_) {
        const bool prose = p.role == line_role::current_state && p.last_line - p.first_line <= 1;
        const bool before_goal = p.role == line_role::goal;
        if (!prose && !before_goal) continue;
        std::u32string k;
        for (std::size_t l = p.first_line; l <= (prose ? p.last_line : p.first_line); ++l)
          k += key_[l];
        const std::size_t bullet = k.find(U'●');
        if (bullet != npos) k = k.substr(0, bullet);
        // Column labels glued to the name are repeated elsewhere as lines of their own.
        for (bool stripped = true; stripped && !k.empty();) {
          stripped = false;
          for (const std::u32string& label : furniture_keys_)
            if (!label.empty() && label.size() < k.size() && starts_with(k, label)) {
              k = k.substr(label.size());
              stripped = true;
            }
        }
        if (k.size() < 4 || k.size() > 40 || k.back() == U'。' || contains(k, U"、")) continue;
        if (std::find(furniture_keys_.begin(), furniture_keys_.end(), k) != furniture_keys_.end())
          continue;
        const std::size_t first = layout_.line_starts[p.first_line];
        const normal_text para(s_, first, line_end_[p.last_line]);
        const std::size_t at = para.text.find(k);
        if (at == npos) continue;
        found.emplace_back(para.origin[at], k);
        if (prose)
          for (std::size_t l = p.first_line; l <= p.last_line; ++l)
            role(l) = line_role::plan_name;
      }
    }
    // Plans in the summary's order when there is one, else in page order.
    std::vector<std::pair<std::size_t, std::u32string>> ordered = found;
    if (!summary_headings_.empty()) {
      std::stable_sort(ordered.begin(), ordered.end(), [&](const auto& a, const auto& b) {
        const auto ia = std::find(summary_headings_.begin(), summary_headings_.end(), a.second);
        const auto ib = std::find(summary_headings_.begin(), summary_headings_.end(), b.second);
        return ia < ib;
      });
    } else {
      std::sort(ordered.begin(), ordered.end());
    }
    for (const auto& [pos, key] : ordered) {
      policy_plan_info plan;
      plan.name_start = pos;
      plan.name = name_as_written(pos, key);
      layout_.plans.push_back(plan);
      plan_keys_.push_back(key);
      const int page = line_page_[line_of(pos)];
      plan_page_.push_back(page < 0 ? npos : static_cast<std::size_t>(page));
    }
  }

  // The plan name as the page writes it, line breaks removed, from `pos` over `key`.
  std::u32string name_as_written(std::size_t pos, const std::u32string& key) const {
    std::u32string out;
    std::size_t matched = 0;
    for (std::size_t p = pos; p < s_.size() && matched < key.size(); ++p) {
      if (is_space(s_[p])) continue;
      out.push_back(s_[p]);
      ++matched;
    }
    return out;
  }

  void find_programmes() {
    for (std::size_t i = 0; i < lines(); ++i) {
      if (role(i) != line_role::programme_heading || i < detail_first_line_) continue;
      std::u32string_view t = trimmed(i);
      const std::size_t colon = std::min(t.find(U'：'), t.find(U':'));
      if (colon == npos) continue;
      std::u32string name(t.substr(colon + 1));
      while (!name.empty() && is_space(name.back()))
        name.pop_back();
      programme_headings_.emplace_back(layout_.line_starts[i], name);
    }
    if (programme_headings_.empty()) {
      for (const auto& [number, key] : summary_programmes_)
        layout_.programmes.push_back({number, key});
    } else {
      int ordinal = 0;
      for (const auto& [pos, name] : programme_headings_) {
        ++ordinal;
        int number = ordinal;
        for (const auto& [n, key] : summary_programmes_)
          if (key == normal_key(name)) number = n;
        layout_.programmes.push_back({number, name});
      }
    }
    // A plan belongs to the last programme heading before the end of its name's page.
    for (std::size_t p = 0; p < layout_.plans.size(); ++p) {
      const std::size_t page = plan_page_[p];
      if (page == npos) {
        // Named only on the summary pages: the summary's programme heading before it.
        int programme = -1;
        for (std::size_t h = 0; h < summary_programme_pos_.size(); ++h)
          if (summary_programme_pos_[h] < layout_.plans[p].name_start)
            for (std::size_t q = 0; q < layout_.programmes.size(); ++q)
              if (layout_.programmes[q].number == summary_programmes_[h].first)
                programme = static_cast<int>(q);
        layout_.plans[p].programme = programme;
        continue;
      }
      const std::size_t page_end = page + 1 < page_first_line_.size()
                                       ? layout_.line_starts[page_first_line_[page + 1]]
                                       : s_.size();
      int programme = programme_headings_.empty() ? -1 : 0;
      for (std::size_t h = 0; h < programme_headings_.size(); ++h)
        if (programme_headings_[h].first < page_end) programme = static_cast<int>(h);
      layout_.plans[p].programme = programme;
    }
  }

  std::u32string_view paragraph_text(std::size_t index) const {
    const paragraph& p = paragraphs_[index];
    const std::size_t start = layout_.line_starts[p.first_line];
    return s_.substr(start, line_end_[p.last_line] - start);
  }

  std::u32string block_text(const block& b, bool with_notes = true) const {
    std::u32string out;
    for (const std::size_t r : b.runs)
      out += paragraph_text(r), out += U'\n';
    if (with_notes)
      for (const std::size_t n : b.notes)
        out += paragraph_text(n), out += U'\n';
    return out;
  }

  std::u32string summary_text(int plan) const {
    std::u32string out;
    for (const summary_item& item : summary_)
      if (item.heading == plan_keys_[static_cast<std::size_t>(plan)])
        out += s_.substr(item.start, item.end - item.start), out += U'\n';
    return out;
  }

  std::size_t years() const { return std::max<std::size_t>(1, layout_.fiscal_years.size()); }

  void assign_blocks() {
    const std::size_t page_count = page_first_line_.size();
    std::vector<int> open;  // plans named but still without result blocks
    std::vector<std::vector<std::size_t>> names_on_page(page_count);
    for (std::size_t p = 0; p < layout_.plans.size(); ++p)
      if (plan_page_[p] != npos) names_on_page[plan_page_[p]].push_back(p);
    for (auto& v : names_on_page)
      std::sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) {
        return layout_.plans[a].name_start < layout_.plans[b].name_start;
      });
    for (std::size_t page = 0; page < page_count; ++page) {
      // The page's result runs, each with the notes that follow it.
      std::vector<block> runs;
      std::vector<bool> joinable;  // run k may merge with run k+1 (only blank lines between)
      for (std::size_t q = 0; q < paragraphs_.size(); ++q) {
        const paragraph& par = paragraphs_[q];
        if (line_page_[par.first_line] != static_cast<int>(page)) continue;
        if (par.role == line_role::result) {
          bool adjacent = false;
          if (!runs.empty() && runs.back().notes.empty()) {
            const paragraph& prev = paragraphs_[runs.back().runs.back()];
            adjacent = true;
            for (std::size_t l = prev.last_line + 1; l < par.first_line; ++l)
              if (!key_[l].empty()) adjacent = false;
          }
          if (!runs.empty()) joinable.push_back(adjacent);
          block b;
          b.runs.push_back(q);
          runs.push_back(b);
        } else if ((par.role == line_role::change_note || par.role == line_role::changed_target) &&
                   !runs.empty()) {
          runs.back().notes.push_back(q);
          if (par.role == line_role::changed_target) runs.back().changed_target = true;
        }
      }
      std::vector<int> candidates = open;
      for (const std::size_t p : names_on_page[page])
        candidates.push_back(static_cast<int>(p));
      if (runs.empty()) {
        open = candidates;
        continue;
      }
      const std::size_t y = years();
      std::size_t served = static_cast<std::size_t>(
          std::lround(static_cast<double>(runs.size()) / static_cast<double>(y)));
      served = std::clamp<std::size_t>(served, 1, std::max<std::size_t>(1, candidates.size()));
      if (candidates.empty()) {
        continue;  // results with no plan to hold them: left to the residue
      }
      // Merge runs split by a blank line until there is one block per plan and year (only
      // a few merges: a page of hundreds of runs is not a layout we know).
      while (runs.size() > served * y && runs.size() <= served * y + 16) {
        std::size_t best = npos;
        for (std::size_t k = 0; k + 1 < runs.size(); ++k)
          if (joinable[k] && runs[k].notes.empty()) {
            best = k;
            break;
          }
        if (best == npos) break;
        block& a = runs[best];
        block& b = runs[best + 1];
        a.runs.insert(a.runs.end(), b.runs.begin(), b.runs.end());
        a.notes = b.notes;
        a.changed_target = b.changed_target;
        runs.erase(runs.begin() + static_cast<long>(best) + 1);
        joinable.erase(joinable.begin() + static_cast<long>(best));
      }
      std::vector<int> plans(candidates.begin(), candidates.begin() + static_cast<long>(served));
      open.assign(candidates.begin() + static_cast<long>(served), candidates.end());
      assign_runs_to_plans(runs, plans);
      for (block& b : runs)
        if (b.plan >= 0) blocks_.push_back(b);
    }
  }

  // With several plans on a page, each block goes to the plan whose name and summary it
  // resembles, and blocks of one plan resemble each other (the same activities, two years).
  void assign_runs_to_plans(std::vector<block>& runs, const std::vector<int>& plans) {
    if (plans.size() == 1) {
      for (block& b : runs)
        b.plan = plans[0];
      return;
    }
    std::vector<ngram_profile> profile;
    for (const int p : plans) {
      ngram_profile pr(layout_.plans[static_cast<std::size_t>(p)].name, 2);
      pr.add(summary_text(p));
      profile.push_back(pr);
    }
    std::vector<ngram_profile> text;
    for (const block& b : runs)
      text.emplace_back(block_text(b), 2);
    const std::size_t cap = years();
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
      const int c = best_choice.empty() ? static_cast<int>(std::min(k / cap, plans.size() - 1))
                                        : best_choice[k];
      runs[k].plan = c < 0 ? -1 : plans[static_cast<std::size_t>(c)];
    }
  }

  // Evidence about one block's year.
  struct year_evidence {
    double summary_text = 0;     // cosine with the summary (which describes the latest year)
    double summary_numbers = 0;  // share of the summary's quantities found in the block
    int max_fiscal_year = 0;     // the latest fiscal year the block mentions
    int max_name_year = 0;       // the latest calendar year inside a name (展2013)
    int min_name_year = 0;       // the earliest one (エキスポアジア2011)
    bool changed_target = false;
    int backward = 0;    // mentions of 昨年/前年度: the block looks back on a year
    int first_time = 0;  // 第１回 events
  };

  int gregorian_of(const number_mention& m) const {
    if (!(m.value >= 0 && m.value < 10000)) return 0;  // NaN, negative or not a year
    const int v = static_cast<int>(m.value);
    if (v >= 1900) return v;
    if (m.start < m.number_start) {
      const std::u32string_view prefix = s_.substr(m.start, m.number_start - m.start);
      for (const japanese_era& era : japanese_eras()) {
        const std::u32string name = decode_utf8(era.name);
        if (contains(prefix, name)) return era.first_year + v - 1;
      }
    }
    return era_offset_ != 0 ? v + era_offset_ : 0;
  }

  template <typename F>
  void for_mentions(const block& b, F f) const {
    auto visit = [&](std::size_t q) {
      const paragraph& p = paragraphs_[q];
      const std::size_t from = layout_.line_starts[p.first_line];
      const std::size_t to = line_end_[p.last_line];
      const auto lo =
          std::lower_bound(mentions_.begin(), mentions_.end(), from,
                           [](const number_mention& m, std::size_t v) { return m.start < v; });
      for (auto it = lo; it != mentions_.end() && it->start < to; ++it)
        f(*it);
    };
    for (const std::size_t r : b.runs)
      visit(r);
    for (const std::size_t n : b.notes)
      visit(n);
  }

  year_evidence evidence_of(
      const block& b, const ngram_profile& summary,
      const std::vector<std::pair<double, std::string_view>>& summary_quantities) const {
    year_evidence e;
    const std::u32string text = block_text(b);
    e.summary_text = ngram_profile(text, 4).cosine(summary);
    std::vector<std::pair<double, std::string_view>> quantities;
    for_mentions(b, [&](const number_mention& m) {
      if (m.kind == number_kind::quantity) quantities.emplace_back(m.value, m.unit);
      if (m.kind == number_kind::fiscal_year)
        e.max_fiscal_year = std::max(e.max_fiscal_year, gregorian_of(m));
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
        for (const auto& [v, u] : quantities)
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

  // "827人（前年度752人）" in one block and 752人 in the other: the other is the year before.
  int prior_chain(const block& later, const block& earlier) const {
    std::vector<std::pair<double, std::string_view>> earlier_values;
    for_mentions(earlier, [&](const number_mention& m) {
      if (m.kind == number_kind::quantity) earlier_values.emplace_back(m.value, m.unit);
    });
    int links = 0;
    for_mentions(later, [&](const number_mention& m) {
      if (m.kind != number_kind::quantity || m.start < 4) return;
      const std::u32string_view before =
          s_.substr(m.start - std::min<std::size_t>(m.start, 8), std::min<std::size_t>(m.start, 8));
      if (!contains(before, U"前年") && !contains(before, U"昨年")) return;
      for (const auto& [v, u] : earlier_values)
        if (v == m.value && u == m.unit) {
          ++links;
          break;
        }
    });
    return links;
  }

  void decide_years() {
    const std::vector<int>& fy = layout_.fiscal_years;
    if (fy.empty()) {
      for (block& b : blocks_)
        b.year = 0;
      return;
    }
    std::map<int, std::vector<std::size_t>> by_plan;
    for (std::size_t k = 0; k < blocks_.size(); ++k)
      by_plan[blocks_[k].plan].push_back(k);
    for (auto& entry : by_plan) {
      // Named, not structured bindings: lambdas below capture them (C++17).
      const int plan = entry.first;
      const std::vector<std::size_t>& members = entry.second;
      const ngram_profile summary(summary_text(plan), 4);
      std::vector<std::pair<double, std::string_view>> summary_quantities;
      for (const summary_item& item : summary_)
        if (item.heading == plan_keys_[static_cast<std::size_t>(plan)])
          for (const number_mention& m : mentions_)
            if (m.start >= item.start && m.end <= item.end && m.kind == number_kind::quantity)
              summary_quantities.emplace_back(m.value, m.unit);
      if (members.size() > 4 * fy.size()) {
        // Far more blocks than years (a layout we do not understand): text order, no contest.
        for (std::size_t r = 0; r < members.size(); ++r) {
          block& b = blocks_[members[r]];
          b.year = fy[std::min(r * fy.size() / members.size(), fy.size() - 1)];
        }
        continue;
      }
      std::vector<year_evidence> ev;
      for (const std::size_t k : members)
        ev.push_back(evidence_of(blocks_[k], summary, summary_quantities));
      // A lateness score per block, from comparisons with every other block of the plan.
      std::vector<std::string> notes(members.size());
      for (std::size_t a = 0; a < members.size(); ++a) {
        for (std::size_t b = 0; b < members.size(); ++b) {
          if (a == b) continue;
          const year_evidence& x = ev[a];
          const year_evidence& z = ev[b];
          double score = 0;
          std::string why;
          const double text = 4.0 * (x.summary_text - z.summary_text);
          const double numbers = 4.0 * (x.summary_numbers - z.summary_numbers);
          const int chain = prior_chain(blocks_[members[a]], blocks_[members[b]]) -
                            prior_chain(blocks_[members[b]], blocks_[members[a]]);
          double fiscal = 0;
          if (x.max_fiscal_year && z.max_fiscal_year)
            fiscal = x.max_fiscal_year > z.max_fiscal_year   ? 2
                     : x.max_fiscal_year < z.max_fiscal_year ? -2
                                                             : 0;
          else if (x.max_fiscal_year)
            fiscal = x.max_fiscal_year >= fy.back() ? 2 : x.max_fiscal_year <= fy.front() ? -2 : 0;
          else if (z.max_fiscal_year)
            fiscal = z.max_fiscal_year >= fy.back() ? -2 : z.max_fiscal_year <= fy.front() ? 2 : 0;
          // A calendar year in a name (技術展2013) dates the block to that fiscal year or the
          // one before: a block naming a year after the earlier fiscal years is the latest.
          double names = 0;
          const int floor_x = x.max_name_year ? x.max_name_year - 1 : 0;
          const int floor_z = z.max_name_year ? z.max_name_year - 1 : 0;
          if (floor_x >= fy.back() && floor_z < fy.back())
            names = 2;
          else if (floor_z >= fy.back() && floor_x < fy.back())
            names = -2;
          else if (x.max_name_year && z.max_name_year)
            names = x.max_name_year > z.max_name_year   ? 1
                    : x.max_name_year < z.max_name_year ? -1
                                                        : 0;
          else if (x.min_name_year && x.min_name_year < fy.back())
            names = -1;  // an event of calendar year Y falls in fiscal year Y or Y - 1
          else if (z.min_name_year && z.min_name_year < fy.back())
            names = 1;
          const double changed =
              1.5 * (static_cast<int>(x.changed_target) - static_cast<int>(z.changed_target));
          const double backward = 0.5 * ((x.backward > 0) - (z.backward > 0));
          const double first = -0.5 * ((x.first_time > 0) - (z.first_time > 0));
          score = text + numbers + 3.0 * chain + fiscal + names + changed + backward + first;
          blocks_[members[a]].score += score;
          if (a == 0 || notes[a].empty()) {
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
            notes[a] = why;
          }
        }
      }
      std::vector<std::size_t> order(members.size());
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return blocks_[members[a]].score < blocks_[members[b]].score;
      });
      // The latest blocks take the latest years.
      const std::size_t n = order.size();
      for (std::size_t r = 0; r < n; ++r) {
        const std::size_t rank_from_end = n - 1 - r;
        const int year = rank_from_end < fy.size() ? fy[fy.size() - 1 - rank_from_end] : fy.front();
        block& b = blocks_[members[order[r]]];
        b.year = year;
        plan_year_info info;
        info.plan = plan;
        info.fiscal_year = year;
        const paragraph& first = paragraphs_[b.runs.front()];
        const paragraph& last = paragraphs_[b.runs.back()];
        info.result_start = layout_.line_starts[first.first_line];
        info.result_end = line_end_[last.last_line];
        info.confidence = n > 1 ? std::fabs(b.score) : 0.0;
        info.evidence = n > 1 ? notes[order[r]] : "only block of the plan";
        layout_.plan_years.push_back(info);
      }
    }
    std::sort(layout_.plan_years.begin(), layout_.plan_years.end(),
              [](const auto& a, const auto& b) {
                return std::tie(a.plan, a.fiscal_year) < std::tie(b.plan, b.fiscal_year);
              });
  }

  plan_year_info* plan_year(int plan, int year) {
    for (plan_year_info& py : layout_.plan_years)
      if (py.plan == plan && py.fiscal_year == year) return &py;
    return nullptr;
  }

  // 達成状況区分 digits go to the plan-years whose blocks are on the same page.
  void assign_statuses() {
    for (std::size_t page = 0; page < page_first_line_.size(); ++page) {
      struct digit {
        std::size_t line;
        int value;
        bool star;
        bool reference;
        bool used = false;
      };
      std::vector<digit> digits;
      for (std::size_t l = page_first_line_[page];
           l < lines() && line_page_[l] == static_cast<int>(page); ++l) {
        if (role(l) != line_role::status) continue;
        auto d = status_digit(key_[l]);
        if (!d) d = glued_status(key_[l]);
        if (!d) continue;
        const std::size_t next = next_nonblank(l + 1);
        const bool reference = next < lines() && (starts_with(key_[next], U"(参考)"));
        digits.push_back({l, d->first, d->second, reference});
      }
      std::vector<plan_year_info*> targets;
      std::vector<const block*> target_blocks;
      for (const block& b : blocks_)
        if (line_page_[paragraphs_[b.runs.front()].first_line] == static_cast<int>(page))
          if (plan_year_info* py = plan_year(b.plan, b.year))
            targets.push_back(py), target_blocks.push_back(&b);
      if (digits.empty() || targets.empty()) continue;
      // The reference category (参考) belongs to the year whose target changed.
      std::vector<digit*> plain;
      for (digit& d : digits)
        if (!d.reference) plain.push_back(&d);
      std::vector<bool> done(targets.size(), false);
      for (digit* d : plain) {
        if (!d->star) continue;
        std::size_t pick = npos;
        for (std::size_t t = 0; t < targets.size(); ++t)
          if (!done[t] && target_blocks[t]->changed_target) pick = t;
        if (pick == npos)
          for (std::size_t t = 0; t < targets.size(); ++t)
            if (!done[t] && (pick == npos || targets[t]->fiscal_year > targets[pick]->fiscal_year))
              pick = t;
        if (pick == npos) continue;
        targets[pick]->status = d->value;
        targets[pick]->target_changed = true;
        for (digit& r : digits)
          if (r.reference && !r.used) {
            targets[pick]->reference_status = r.value;
            r.used = true;
            break;
          }
        d->used = true;
        done[pick] = true;
      }
      // A digit right after a "YYYY年度 / 実施結果 / 達成状況区分" label is that year's.
      for (digit* d : plain) {
        if (d->used) continue;
        std::size_t l = d->line;
        int year = line_year_[l];  // a cell glued to its one-line label
        while (year == 0 && l > page_first_line_[page]) {
          --l;
          if (key_[l].empty() || role(l) == line_role::furniture) continue;
          if (role(l) == line_role::year_label) {
            for (std::size_t m = l + 1; m-- > page_first_line_[page];)
              if (line_year_[m]) {
                year = line_year_[m];
                break;
              }
          }
          break;
        }
        if (year == 0) continue;
        for (std::size_t t = 0; t < targets.size(); ++t)
          if (!done[t] && targets[t]->fiscal_year == year) {
            bool single_plan = true;
            for (const auto* o : targets)
              if (o->plan != targets[t]->plan) single_plan = false;
            if (!single_plan) break;
            targets[t]->status = d->value;
            d->used = true;
            done[t] = true;
            break;
          }
      }
      // The rest in order of appearance, earliest plan-year first.
      std::vector<std::size_t> rest;
      for (std::size_t t = 0; t < targets.size(); ++t)
        if (!done[t]) rest.push_back(t);
      std::sort(rest.begin(), rest.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(targets[a]->plan, targets[a]->fiscal_year) <
               std::tie(targets[b]->plan, targets[b]->fiscal_year);
      });
      std::size_t r = 0;
      for (digit* d : plain)
        if (!d->used && r < rest.size()) targets[rest[r++]]->status = d->value, d->used = true;
    }
  }

  void build_sections() {
    const int latest = layout_.fiscal_years.empty() ? 0 : layout_.fiscal_years.back();
    for (const summary_item& item : summary_) {
      report_section sec;
      sec.kind = section_kind::summary;
      sec.start = item.start;
      sec.end = item.end;
      for (std::size_t p = 0; p < plan_keys_.size(); ++p)
        if (plan_keys_[p] == item.heading) sec.plan = static_cast<int>(p);
      sec.fiscal_year = latest;
      layout_.sections.push_back(sec);
    }
    for (const block& b : blocks_) {
      auto add = [&](std::size_t q, section_kind kind) {
        const paragraph& p = paragraphs_[q];
        report_section sec;
        sec.kind = kind;
        sec.start = layout_.line_starts[p.first_line];
        sec.end = line_end_[p.last_line];
        while (sec.end > sec.start && is_space(s_[sec.end - 1]))
          --sec.end;
        sec.plan = b.plan;
        sec.fiscal_year = b.year;
        layout_.sections.push_back(sec);
      };
      for (const std::size_t r : b.runs)
        add(r, section_kind::result);
      for (const std::size_t n : b.notes)
        add(n, section_kind::change_note);
    }
    std::sort(layout_.sections.begin(), layout_.sections.end(),
              [](const report_section& a, const report_section& b) { return a.start < b.start; });
  }
};

}  // namespace

std::string_view line_role_name(line_role role) noexcept {
  switch (role) {
    case line_role::blank:
      return "blank";
    case line_role::furniture:
      return "furniture";
    case line_role::header:
      return "header";
    case line_role::programme_heading:
      return "programme_heading";
    case line_role::plan_name:
      return "plan_name";
    case line_role::goal:
      return "goal";
    case line_role::current_state:
      return "current_state";
    case line_role::status:
      return "status";
    case line_role::year_label:
      return "year_label";
    case line_role::summary:
      return "summary";
    case line_role::result:
      return "result";
    case line_role::change_note:
      return "change_note";
    case line_role::changed_target:
      return "changed_target";
  }
  return "blank";
}

line_role report_layout::role_at(std::size_t pos) const {
  if (line_starts.empty()) return line_role::blank;
  const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), pos);
  const std::size_t line = static_cast<std::size_t>(it - line_starts.begin()) - 1;
  return line_roles[line];
}

report_layout segment_report(std::u32string_view text,
                             const std::vector<number_mention>& mentions) {
  return segmenter(text, mentions).run();
}

}  // namespace plan6
