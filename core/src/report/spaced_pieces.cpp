#include "plan6/report/spaced_pieces.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace plan6 {
namespace {

// Widest gap between the pieces of a letter-spaced run, and their spread, in ems.
constexpr double spacing = 1.1;
constexpr double even = 0.35;

bool all_spaceable(std::u32string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_spaceable);
}

// A piece that may be one of a letter-spaced run: one or two spaceable characters.
bool short_spaceable(std::u32string_view text) {
  return text.size() <= 2 && all_spaceable(text);
}

double em_of(const spaced_piece& p) {
  return std::max(p.bottom - p.top, 1.0);
}

// The median, as Python's statistics.median takes it (the mean of the middle two).
double median_em(const std::vector<spaced_piece>& pieces) {
  std::vector<double> ems;
  ems.reserve(pieces.size());
  for (const spaced_piece& p : pieces)
    ems.push_back(em_of(p));
  std::sort(ems.begin(), ems.end());
  const std::size_t n = ems.size();
  return n % 2 == 1 ? ems[n / 2] : (ems[n / 2 - 1] + ems[n / 2]) / 2;
}

double gap_before(const std::vector<spaced_piece>& pieces, std::size_t i) {
  return pieces[i].x0 - pieces[i - 1].x1;
}

// The end of the letter-spaced run that starts at `start` (start + 1 for none).
std::size_t even_run(const std::vector<spaced_piece>& pieces, std::size_t start, double em) {
  std::size_t end = start + 1;
  if (!short_spaceable(pieces[start].text)) return end;
  bool have_first = false;
  double first_gap = 0;
  while (end < pieces.size() && short_spaceable(pieces[end].text)) {
    const double gap = gap_before(pieces, end);
    if (gap > spacing * em || (have_first && std::abs(gap - first_gap) > even * em)) break;
    if (!have_first) first_gap = gap, have_first = true;
    ++end;
  }
  const bool single = std::any_of(pieces.begin() + static_cast<std::ptrdiff_t>(start),
                                  pieces.begin() + static_cast<std::ptrdiff_t>(end),
                                  [](const spaced_piece& p) { return p.text.size() == 1; });
  return end - start >= 2 && single ? end : start + 1;
}

void append_separator(std::u32string& out, const spaced_piece& piece) {
  const auto ideographic = std::count(piece.separator.begin(), piece.separator.end(), U'\u3000');
  if (ideographic == 0)
    out += U' ';
  else
    out.append(static_cast<std::size_t>(ideographic), U'\u3000');
}

}  // namespace

std::u32string join_spaced_pieces(const std::vector<spaced_piece>& pieces) {
  std::u32string out;
  if (pieces.empty()) return out;
  const double em = median_em(pieces);
  std::size_t i = 0;
  while (i < pieces.size()) {
    std::size_t end = even_run(pieces, i, em);
    if (end - i < 2) {
      if (i > 0) append_separator(out, pieces[i]);
      out += pieces[i].text;
      i = end;
      continue;
    }
    double low = gap_before(pieces, i + 1), high = low;
    for (std::size_t k = i + 2; k < end; ++k) {
      low = std::min(low, gap_before(pieces, k));
      high = std::max(high, gap_before(pieces, k));
    }
    low -= even * em;
    high = std::min(high + even * em, spacing * em);
    const auto at_gap = [&](std::size_t k) {
      const double gap = gap_before(pieces, k);
      return all_spaceable(pieces[k].text) && low <= gap && gap <= high;
    };
    while (end < pieces.size() && at_gap(end))
      ++end;
    // The run goes on from the piece before it, if that one sits at the run's gap (no space).
    const bool continues = i > 0 && all_spaceable(pieces[i - 1].text) &&
                           low <= gap_before(pieces, i) && gap_before(pieces, i) <= high;
    if (i > 0 && !continues) append_separator(out, pieces[i]);
    for (std::size_t k = i; k < end; ++k)
      out += pieces[k].text;
    i = end;
  }
  return out;
}

}  // namespace plan6
