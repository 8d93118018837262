#include "plan6/report/table_columns.hpp"

#include <algorithm>

namespace plan6 {

x_strips band_gutters(const std::vector<layout_block>& blocks, const std::vector<std::size_t>& band,
                      double em) {
  x_strips strips;
  double reach = blocks[band[0]].x1;
  for (std::size_t k = 1; k < band.size(); ++k) {
    const layout_block& b = blocks[band[k]];
    if (b.x0 - reach >= gutter_ems * em) strips.emplace_back(reach, b.x0);
    reach = std::max(reach, b.x1);
  }
  return strips;
}

x_strips free_part(const x_strips& gutters, const std::vector<layout_block>& blocks,
                   const std::vector<std::size_t>& band, double em) {
  x_strips found;
  for (auto [lo, hi] : gutters) {
    for (std::size_t i : band) {
      const layout_block& b = blocks[i];
      if (b.x1 <= lo || b.x0 >= hi) continue;
      if (b.x0 <= lo)
        lo = b.x1;  // reaches in from the left
      else if (b.x1 >= hi)
        hi = b.x0;  // from the right
      else
        hi = lo;  // sits inside: closed
    }
    if (hi - lo >= 0.5 * gutter_ems * em) found.emplace_back(lo, hi);
  }
  return found;
}

bool splits(const std::vector<layout_block>& blocks, const std::vector<std::size_t>& band,
            const x_strips& gutters) {
  return std::any_of(gutters.begin(), gutters.end(), [&](const std::pair<double, double>& g) {
    const auto left = [&](std::size_t i) { return blocks[i].x1 <= g.first; };
    const auto right = [&](std::size_t i) { return blocks[i].x0 >= g.second; };
    return std::any_of(band.begin(), band.end(), left) &&
           std::any_of(band.begin(), band.end(), right);
  });
}

x_strips column_strips(const std::vector<layout_block>& blocks,
                       const std::vector<std::size_t>& region, double em) {
  std::vector<std::pair<double, double>> spans;
  spans.reserve(region.size());
  for (std::size_t i : region)
    spans.emplace_back(blocks[i].x0, blocks[i].x1);
  std::sort(spans.begin(), spans.end());
  x_strips found;
  if (spans.empty()) return found;
  double reach = spans[0].second;
  for (std::size_t k = 1; k < spans.size(); ++k) {
    if (spans[k].first - reach >= 0.5 * gutter_ems * em) found.emplace_back(reach, spans[k].first);
    reach = std::max(reach, spans[k].second);
  }
  return found;
}

std::vector<layout_block> split_over(const layout_block& block, const x_strips& strips) {
  std::vector<double> bounds{block.x0};
  for (const auto& [lo, hi] : strips)
    if (block.x0 < lo && hi < block.x1) bounds.push_back((lo + hi) / 2);
  std::vector<layout_block> cells;
  if (bounds.size() == 1 || block.words != bounds.size()) return cells;
  bounds.push_back(block.x1);
  for (std::size_t c = 0; c + 1 < bounds.size(); ++c) {
    const double middle = (bounds[c] + bounds[c + 1]) / 2;
    cells.push_back({middle - 0.1, middle + 0.1, block.top, block.bottom, 1});
  }
  return cells;
}

}  // namespace plan6
