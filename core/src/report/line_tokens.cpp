#include "plan6/report/line_tokens.hpp"

#include <algorithm>

#include "plan6/common/characters.hpp"

namespace plan6 {

using sv = std::u32string_view;

std::vector<line_token> line_tokens(const report_lines& lines, std::size_t i,
                                    const std::vector<number_mention>& mentions) {
  const sv s = lines.text();
  std::vector<line_token> out;
  std::size_t x = 0;
  for (std::size_t p = lines.start(i); p < lines.end(i);) {
    if (is_space(s[p])) {
      x += display_width(s.substr(p, 1));
      ++p;
      continue;
    }
    line_token t;
    t.start = p;
    t.x0 = x;
    while (p < lines.end(i) && !is_space(s[p]))
      x += display_width(s.substr(p, 1)), ++p;
    t.end = p;
    t.x1 = x;
    out.push_back(t);
  }
  // A letter-spaced run (施 策 計 画 名, 現　　状, 平 成 2 6 年 度): single characters one or two
  // spaces apart, a kana or kanji among them, are one word (digits alone stay apart: 0 0).
  auto wordy = [](char32_t c) { return is_kanji(c) || is_hiragana(c) || is_katakana(c); };
  for (std::size_t k = 0; k + 1 < out.size();) {
    std::size_t last = k;
    bool kana = false;
    while (last + 1 < out.size() && out[last].end - out[last].start == 1 &&
           out[last + 1].end - out[last + 1].start == 1 && out[last + 1].start - out[last].end <= 2)
      kana = kana || wordy(s[out[last].start]), ++last;
    kana = kana || wordy(s[out[last].start]);
    const bool run = last > k && kana &&
                     (last - k >= 2 || (wordy(s[out[k].start]) && wordy(s[out[last].start])));
    if (!run) {
      ++k;
      continue;
    }
    out[k].end = out[last].end;
    out[k].x1 = out[last].x1;
    out[k].merged_letters = true;
    out.erase(out.begin() + static_cast<long>(k) + 1, out.begin() + static_cast<long>(last) + 1);
    ++k;
  }
  // A qualifier written apart from its number (約 1.5万人, ▲ 20) is part of the number's cell.
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    const sv word = s.substr(out[k].start, out[k].end - out[k].start);
    if ((word == U"約" || word == U"およそ" || word == U"概ね" || word == U"▲" || word == U"△" ||
         word == U"計" || word == U"延べ") &&
        digit_value(s[out[k + 1].start]) >= 0) {
      out[k].end = out[k + 1].end;
      out[k].x1 = out[k + 1].x1;
      out.erase(out.begin() + static_cast<long>(k) + 1);
    }
  }
  auto first = std::lower_bound(mentions.begin(), mentions.end(), lines.start(i),
                                [](const number_mention& m, std::size_t v) { return m.start < v; });
  for (auto m = first; m != mentions.end() && m->start < lines.end(i); ++m) {
    bool value = m->kind == number_kind::quantity || m->kind == number_kind::bare;
    // （千円）, (万人): a unit in brackets, written with a place kanji alone, labels a row.
    if (value && m->number_end == m->number_start + 1 && m->start > 0 && m->end < s.size() &&
        (s[m->start - 1] == U'（' || s[m->start - 1] == U'(') &&
        (s[m->end] == U'）' || s[m->end] == U')') && digit_value(s[m->number_start]) < 0 &&
        kanji_digit_value(s[m->number_start]) < 0)
      value = false;
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (out[k].end <= m->start || out[k].start >= m->end) continue;
      out[k].number = out[k].number || value;
      // The mention runs on into the next tokens: one cell.
      while (k + 1 < out.size() && out[k + 1].start < m->end) {
        out[k].end = out[k + 1].end;
        out[k].x1 = out[k + 1].x1;
        out.erase(out.begin() + static_cast<long>(k) + 1);
      }
      break;
    }
  }
  return out;
}

bool laid_out(const std::vector<line_token>& tokens) noexcept {
  for (std::size_t k = 1; k < tokens.size(); ++k)
    if (tokens[k].x0 >= tokens[k - 1].x1 + 2) return true;
  return false;
}

std::size_t display_width(sv text) noexcept {
  std::size_t w = 0;
  for (const char32_t c : text)
    w += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD)))
             ? 2
             : 1;
  return w;
}

}  // namespace plan6
