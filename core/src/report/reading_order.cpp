#include "plan6/report/reading_order.hpp"

#include <algorithm>
#include <limits>
#include <set>

#include "plan6/report/table_columns.hpp"

namespace plan6 {
namespace {

// Narrowest column of prose, in ems, and the share of its width a typical line fills: the
// cells of a table are short next to the columns they sit in (a row label, then 1,200本 …),
// however wide those are.
constexpr double prose_width = 10.0;
constexpr double prose_fill = 0.6;

using indices = std::vector<std::size_t>;

// A row found, with the band it is (rows that are bands of this page may be taken back into
// a region below them), or none.
struct found_row {
  layout_row row;
  std::size_t band;
};
constexpr std::size_t no_band = static_cast<std::size_t>(-1);

// As Python's statistics.median: the mean of the middle two of an even count.
double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

class reading_order {
 public:
  explicit reading_order(const std::vector<layout_block>& blocks)
      : blocks_(blocks), page_blocks_(blocks.size()) {}

  std::vector<layout_row> order(const indices& blocks) {
    std::vector<layout_row> rows;
    if (blocks.empty()) return rows;
    indices ordered = blocks;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](std::size_t a, std::size_t b) { return at(a).top < at(b).top; });
    if (stacked(ordered)) {
      for (std::size_t b : ordered)
        rows.push_back({{b}, {}, {}, {}});
      return rows;
    }
    const double em = median_em(blocks);
    std::vector<indices> bands = make_bands(blocks);
    std::vector<found_row> found;
    std::size_t i = 0;
    while (i < bands.size()) {
      x_strips gutters = band_gutters(blocks_, bands[i], em);
      if (gutters.empty()) {
        found.push_back({{bands[i], {}, {}, {}}, i});
        ++i;
        continue;
      }
      std::size_t j = run_down(bands, i, gutters, em, bands.size());
      if (j - i >= 2 && j < bands.size()) {
        // The last band may head the rows that ended the region (a table's header under
        // label/value lines): it goes with them where it shares more gutters with them.
        const std::size_t shared =
            free_part(band_gutters(blocks_, bands[j - 1], em), blocks_, bands[j], em).size();
        if (shared >= 2 && shared > gutters.size()) {
          gutters = band_gutters(blocks_, bands[i], em);
          j = run_down(bands, i, gutters, em, j - 1);
        }
      }
      while (j - i > 2 && bands[j - 1].size() == 1)  // a line after the table is not a row
        --j;
      std::size_t k = i;  // ... and up over single blocks that leave all its gutters free
      while (k > 0 && !found.empty() && found.back().band == k - 1 &&
             found.back().row.blocks.size() == 1) {
        x_strips free = free_part(gutters, blocks_, found.back().row.blocks, em);
        if (free.size() < gutters.size()) break;
        gutters = std::move(free);
        found.pop_back();
        --k;
      }
      add_region(bands, k, i, j, gutters, em, found);
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

  double median_em(const indices& blocks) const {
    std::vector<double> ems;
    ems.reserve(blocks.size());
    for (std::size_t b : blocks)
      ems.push_back(em_of(b));
    return median(std::move(ems));
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

  // Where the region of band i ends (before `stop`): it runs down while bands leave a gutter
  // of it free, with text on both sides of one where a band has several blocks (a line
  // across the columns, or a row that fills a gutter, ends it). `gutters` is left narrowed.
  std::size_t run_down(const std::vector<indices>& bands, std::size_t i, x_strips& gutters,
                       double em, std::size_t stop) const {
    std::size_t j = i + 1;
    for (; j < stop; ++j) {
      x_strips common = free_part(gutters, blocks_, bands[j], em);
      if (common.empty() || (bands[j].size() > 1 && !splits(blocks_, bands[j], common))) break;
      gutters = std::move(common);
    }
    return j;
  }

  // Columns of prose, not the columns of a table: each side wide, with several lines that
  // mostly fill it.
  bool is_prose(const indices& left, const indices& right, double em) const {
    for (const indices* side : {&left, &right}) {
      if (side->size() < 2) return false;
      double x0 = at(side->front()).x0, x1 = at(side->front()).x1;
      std::vector<double> widths;
      for (std::size_t i : *side) {
        x0 = std::min(x0, at(i).x0), x1 = std::max(x1, at(i).x1);
        widths.push_back(at(i).x1 - at(i).x0);
      }
      if (x1 - x0 < prose_width * em) return false;
      if (median(std::move(widths)) < prose_fill * (x1 - x0)) return false;
    }
    return true;
  }

  // Bands side by side make a table when two or more of them have text in two columns.
  bool is_table(const std::vector<indices>& bands, const x_strips& gutters) const {
    std::vector<double> cuts;
    for (const auto& [lo, hi] : gutters)
      cuts.push_back((lo + hi) / 2);
    std::sort(cuts.begin(), cuts.end());
    std::size_t filled = 0;
    for (const indices& band : bands) {
      std::set<std::ptrdiff_t> columns;
      for (std::size_t i : band)
        columns.insert(std::upper_bound(cuts.begin(), cuts.end(), centre(i)) - cuts.begin());
      if (columns.size() >= 2) ++filled;
    }
    return filled >= 2;
  }

  // The words of block b split over `strips` as blocks of their own (their indices), or none.
  indices split_words(std::size_t b, const x_strips& strips) {
    indices added;
    for (const layout_block& cell : split_over(at(b), strips)) {
      words_.push_back({b, added.size(), cell.x0, cell.x1});
      added.push_back(blocks_.size());
      blocks_.push_back(cell);
    }
    return added;
  }

  // The bands of a table with its header's run-together cells split over the columns that
  // its other rows show (the first row of several blocks is the header, when three rows or
  // more have several).
  void split_header(std::vector<indices>& table, double em) {
    std::size_t header = table.size(), rows = 0;
    for (std::size_t r = 0; r < table.size(); ++r)
      if (table[r].size() > 1 && rows++ == 0) header = r;
    if (rows < 3) return;
    indices body;
    for (std::size_t r = 0; r < table.size(); ++r)
      if (r != header) body.insert(body.end(), table[r].begin(), table[r].end());
    const x_strips strips = column_strips(blocks_, body, em);
    indices cells;
    for (std::size_t b : table[header]) {
      const indices words = split_words(b, strips);
      if (words.empty())
        cells.push_back(b);
      else
        cells.insert(cells.end(), words.begin(), words.end());
    }
    table[header] = std::move(cells);
  }

  // A row with the words it holds renumbered from the page's block count on.
  layout_row finish(layout_row row) const {
    std::vector<std::size_t> seen;
    auto renumber = [&](std::size_t& b) {
      if (b < page_blocks_) return;
      auto at_word = std::find(seen.begin(), seen.end(), b);
      if (at_word == seen.end()) {
        seen.push_back(b);
        row.words.push_back(words_[b - page_blocks_]);
        at_word = seen.end() - 1;
      }
      b = page_blocks_ + static_cast<std::size_t>(at_word - seen.begin());
    };
    for (std::size_t& b : row.blocks)
      renumber(b);
    for (indices& band : row.bands)
      for (std::size_t& b : band)
        renumber(b);
    return row;
  }

  // Bands k..j-1 (i the one the region was found by) that keep `gutters`: two sides of
  // prose, or the single blocks over band i as lines and a table, or lines.
  void add_region(std::vector<indices>& bands, std::size_t k, std::size_t i, std::size_t j,
                  const x_strips& gutters, double em, std::vector<found_row>& found) {
    auto cut = gutters.begin();  // the widest, the first of equals
    for (auto g = gutters.begin(); g != gutters.end(); ++g)
      if (g->second - g->first > cut->second - cut->first) cut = g;
    const double middle = (cut->first + cut->second) / 2;
    indices left, right;
    for (std::size_t t = k; t < j; ++t)
      for (std::size_t b : bands[t])
        (centre(b) < middle ? left : right).push_back(b);
    if (j - k >= 2 && is_prose(left, right, em)) {
      for (const indices* side : {&left, &right})
        for (layout_row& row : order(*side))
          found.push_back({std::move(row), no_band});
      return;
    }
    for (std::size_t t = k; t < i; ++t)  // lines over a table are no rows of it ...
      found.push_back({{bands[t], {}, {}, {}}, t});
    std::size_t top = i;
    if (top > 0 && !found.empty() && found.back().band == top - 1 &&
        found.back().row.blocks.size() == 1) {
      // ... but for its header, a line whose words fall one a column
      indices body;
      for (std::size_t t = i; t < j; ++t)
        body.insert(body.end(), bands[t].begin(), bands[t].end());
      const std::size_t line = found.back().row.blocks[0];
      const x_strips columns = column_strips(blocks_, body, em);
      if (at(line).words >= 3 && split_over(at(line), columns).size() >= 3) {
        found.pop_back();
        --top;
        bands[top] = split_words(line, columns);
      }
    }
    std::vector<indices> table(bands.begin() + static_cast<std::ptrdiff_t>(top),
                               bands.begin() + static_cast<std::ptrdiff_t>(j));
    split_header(table, em);
    indices all;
    for (const indices& band : table)
      all.insert(all.end(), band.begin(), band.end());
    x_strips columns = column_strips(blocks_, all, em);
    if (columns.empty()) columns = gutters;
    if (is_table(table, columns)) {
      layout_row row;
      row.bands = std::move(table);
      row.gutters = std::move(columns);
      found.push_back({finish(std::move(row)), no_band});
      return;
    }
    for (std::size_t t = 0; t < table.size(); ++t)
      found.push_back({finish({table[t], {}, {}, {}}), top + t});
  }

  std::vector<layout_block> blocks_;  // the page's, then the words split off them
  std::size_t page_blocks_;
  std::vector<layout_word> words_;  // words_[w] is block page_blocks_ + w
};

}  // namespace

std::vector<layout_row> order_rows(const std::vector<layout_block>& blocks) {
  indices all(blocks.size());
  for (std::size_t i = 0; i < all.size(); ++i)
    all[i] = i;
  return reading_order(blocks).order(all);
}

}  // namespace plan6
