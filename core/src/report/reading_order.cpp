#include "plan6/report/reading_order.hpp"

#include <algorithm>
#include <limits>
#include <set>

namespace plan6 {
namespace {

// Narrowest free strip between columns, and narrowest column of prose, in ems.
constexpr double gutter_width = 1.2;
constexpr double prose_width = 10.0;

using indices = std::vector<std::size_t>;
using gutter_list = std::vector<std::pair<double, double>>;

// A row found, with the band it is (rows that are bands of this page may be taken back into
// a region below them), or none.
struct found_row {
  layout_row row;
  std::size_t band;
};
constexpr std::size_t no_band = static_cast<std::size_t>(-1);

class reading_order {
 public:
  explicit reading_order(const std::vector<layout_block>& blocks) : blocks_(blocks) {}

  std::vector<layout_row> order(const indices& blocks) const {
    std::vector<layout_row> rows;
    if (blocks.empty()) return rows;
    indices ordered = blocks;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](std::size_t a, std::size_t b) { return at(a).top < at(b).top; });
    if (stacked(ordered)) {
      for (std::size_t b : ordered)
        rows.push_back({{b}, {}, {}});
      return rows;
    }
    const double em = median_em(blocks);
    const std::vector<indices> bands = make_bands(blocks);
    std::vector<found_row> found;
    std::size_t i = 0;
    while (i < bands.size()) {
      gutter_list gutters = free_strips(bands[i], em);
      if (gutters.empty()) {
        found.push_back({{bands[i], {}, {}}, i});
        ++i;
        continue;
      }
      std::size_t j = i + 1;  // the region runs down while bands keep a gutter in common
      for (; j < bands.size(); ++j) {
        const gutter_list own = free_strips(bands[j], em);
        gutter_list common =
            own.empty() ? one_side(bands[j], gutters) : intersect(gutters, own, em);
        if (common.empty()) break;
        gutters = std::move(common);
      }
      std::size_t k = i;  // ... and up over single blocks on one side of it
      while (k > 0 && !found.empty() && found.back().band == k - 1 &&
             found.back().row.blocks.size() == 1) {
        if (one_side(found.back().row.blocks, gutters).empty()) break;
        found.pop_back();
        --k;
      }
      add_region(bands, k, j, gutters, em, found);
      i = j;
    }
    for (found_row& f : found)
      rows.push_back(std::move(f.row));
    return rows;
  }

 private:
  const layout_block& at(std::size_t i) const { return blocks_[i]; }
  double em_of(std::size_t i) const { return std::max(at(i).bottom - at(i).top, 1.0); }
  double centre(std::size_t i) const { return (at(i).x0 + at(i).x1) / 2; }

  // As Python's statistics.median: the mean of the middle two of an even count.
  double median_em(const indices& blocks) const {
    std::vector<double> ems;
    ems.reserve(blocks.size());
    for (std::size_t b : blocks)
      ems.push_back(em_of(b));
    std::sort(ems.begin(), ems.end());
    const std::size_t n = ems.size();
    return n % 2 == 1 ? ems[n / 2] : (ems[n / 2 - 1] + ems[n / 2]) / 2;
  }

  // Whether every block lies below the one before it (a page of single lines).
  bool stacked(const indices& ordered) const {
    for (std::size_t k = 1; k < ordered.size(); ++k) {
      const layout_block& a = at(ordered[k - 1]);
      const layout_block& b = at(ordered[k]);
      if (!(b.top >= a.bottom - 0.3 * (b.bottom - b.top))) return false;
    }
    return true;
  }

  // Blocks grouped into horizontal bands whose vertical extents overlap, each left to right.
  std::vector<indices> make_bands(const indices& blocks) const {
    indices sorted = blocks;
    std::stable_sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) {
      return at(a).top < at(b).top || (at(a).top == at(b).top && at(a).x0 < at(b).x0);
    });
    std::vector<indices> bands;
    double bottom = -std::numeric_limits<double>::infinity();
    for (std::size_t i : sorted) {
      const layout_block& b = at(i);
      if (!bands.empty() && std::min(b.bottom, bottom) - b.top > 0.3 * (b.bottom - b.top)) {
        bands.back().push_back(i);
        bottom = std::max(bottom, b.bottom);
      } else {
        bands.push_back({i});
        bottom = b.bottom;
      }
    }
    for (indices& band : bands)
      std::stable_sort(band.begin(), band.end(),
                       [&](std::size_t a, std::size_t b) { return at(a).x0 < at(b).x0; });
    return bands;
  }

  // Free x-intervals inside a band (text on both sides), at least a gutter wide.
  gutter_list free_strips(const indices& band, double em) const {
    gutter_list strips;
    double reach = at(band[0]).x1;
    for (std::size_t k = 1; k < band.size(); ++k) {
      const layout_block& b = at(band[k]);
      if (b.x0 - reach >= gutter_width * em) strips.emplace_back(reach, b.x0);
      reach = std::max(reach, b.x1);
    }
    return strips;
  }

  static gutter_list intersect(const gutter_list& gutters, const gutter_list& other, double em) {
    gutter_list found;
    for (const auto& [a0, a1] : gutters)
      for (const auto& [b0, b1] : other) {
        const double lo = std::max(a0, b0), hi = std::min(a1, b1);
        if (hi - lo >= 0.5 * gutter_width * em) found.emplace_back(lo, hi);
      }
    return found;
  }

  // The gutters a band leaves free (none of its blocks crosses them).
  gutter_list one_side(const indices& band, const gutter_list& gutters) const {
    gutter_list found;
    for (const auto& g : gutters)
      if (std::all_of(band.begin(), band.end(), [&](std::size_t i) {
            return at(i).x1 <= g.first + 1 || at(i).x0 >= g.second - 1;
          }))
        found.push_back(g);
    return found;
  }

  // Columns of prose, not the columns of a table: each side wide, with several lines.
  bool is_prose(const indices& left, const indices& right, double em) const {
    for (const indices* side : {&left, &right}) {
      if (side->size() < 2) return false;
      double x0 = at(side->front()).x0, x1 = at(side->front()).x1;
      for (std::size_t i : *side)
        x0 = std::min(x0, at(i).x0), x1 = std::max(x1, at(i).x1);
      if (x1 - x0 < prose_width * em) return false;
    }
    return true;
  }

  // Bands side by side make a table when two or more of them have text in two columns.
  bool is_table(const std::vector<indices>& bands, std::size_t k, std::size_t j,
                const gutter_list& gutters) const {
    std::vector<double> cuts;
    for (const auto& [lo, hi] : gutters)
      cuts.push_back((lo + hi) / 2);
    std::sort(cuts.begin(), cuts.end());
    std::size_t filled = 0;
    for (std::size_t t = k; t < j; ++t) {
      std::set<std::ptrdiff_t> columns;
      for (std::size_t i : bands[t])
        columns.insert(std::upper_bound(cuts.begin(), cuts.end(), centre(i)) - cuts.begin());
      if (columns.size() >= 2) ++filled;
    }
    return filled >= 2;
  }

  // Bands k..j-1 that keep `gutters` in common: two sides of prose, a table, or lines.
  void add_region(const std::vector<indices>& bands, std::size_t k, std::size_t j,
                  const gutter_list& gutters, double em, std::vector<found_row>& found) const {
    auto cut = gutters.begin();  // the widest, the first of equals
    for (auto g = gutters.begin(); g != gutters.end(); ++g)
      if (g->second - g->first > cut->second - cut->first) cut = g;
    const double middle = (cut->first + cut->second) / 2;
    indices left, right;
    for (std::size_t t = k; t < j; ++t)
      for (std::size_t i : bands[t])
        (centre(i) < middle ? left : right).push_back(i);
    if (j - k >= 2 && is_prose(left, right, em)) {
      for (const indices* side : {&left, &right})
        for (layout_row& row : order(*side))
          found.push_back({std::move(row), no_band});
    } else if (is_table(bands, k, j, gutters)) {
      layout_row table;
      table.bands.assign(bands.begin() + static_cast<std::ptrdiff_t>(k),
                         bands.begin() + static_cast<std::ptrdiff_t>(j));
      table.gutters = gutters;
      found.push_back({std::move(table), no_band});
    } else {
      for (std::size_t t = k; t < j; ++t)
        found.push_back({{bands[t], {}, {}}, t});
    }
  }

  const std::vector<layout_block>& blocks_;
};

}  // namespace

std::vector<layout_row> order_rows(const std::vector<layout_block>& blocks) {
  indices all(blocks.size());
  for (std::size_t i = 0; i < all.size(); ++i)
    all[i] = i;
  return reading_order(blocks).order(all);
}

}  // namespace plan6
