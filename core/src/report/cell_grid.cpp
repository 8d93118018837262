#include "plan6/report/cell_grid.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "plan6/common/characters.hpp"

namespace plan6 {

cell_grid::cell_grid(std::size_t rows, std::size_t columns, std::vector<grid_cell> cells,
                     std::string source)
    : rows_(rows), columns_(columns), cells_(std::move(cells)), source_(std::move(source)) {
  if (rows_ != 0 && columns_ > (static_cast<std::size_t>(-1) / 2) / rows_)
    throw std::invalid_argument(
        fmt::format("a grid of {} × {} slots is too large", rows_, columns_));
  slots_.assign(rows_ * columns_, npos);
  start_ = cells_.empty() ? 0 : static_cast<std::size_t>(-1);
  for (std::size_t k = 0; k < cells_.size(); ++k) {
    const grid_cell& c = cells_[k];
    if (c.row_span == 0 || c.column_span == 0 || c.row >= rows_ || c.column >= columns_ ||
        c.row_span > rows_ - c.row || c.column_span > columns_ - c.column)
      throw std::invalid_argument(
          fmt::format("cell {} (row {}, column {}, spanning {} × {}) lies outside the {} × {} grid",
                      k, c.row, c.column, c.row_span, c.column_span, rows_, columns_));
    if (c.end < c.start)
      throw std::invalid_argument(
          fmt::format("cell {} ends ({}) before it starts ({})", k, c.end, c.start));
    for (std::size_t r = c.row; r < c.row + c.row_span; ++r)
      for (std::size_t col = c.column; col < c.column + c.column_span; ++col) {
        std::size_t& slot = slots_[r * columns_ + col];
        if (slot != npos)
          throw std::invalid_argument(
              fmt::format("cells {} and {} both cover row {}, column {}", slot, k, r, col));
        slot = k;
      }
    start_ = std::min(start_, c.start);
    end_ = std::max(end_, c.end);
  }
}

std::size_t cell_grid::index_at(std::size_t row, std::size_t column) const {
  if (row >= rows_ || column >= columns_) return npos;
  return slots_[row * columns_ + column];
}

const grid_cell* cell_grid::at(std::size_t row, std::size_t column) const {
  const std::size_t k = index_at(row, column);
  return k == npos ? nullptr : &cells_[k];
}

std::u32string_view cell_grid::text(std::u32string_view document, std::size_t row,
                                    std::size_t column) const {
  const grid_cell* c = at(row, column);
  if (c == nullptr) return {};
  return trimmed_cell_text(document, *c);
}

std::u32string_view trimmed_cell_text(std::u32string_view document, const grid_cell& cell) {
  std::size_t a = std::min(cell.start, document.size());
  std::size_t b = std::min(cell.end, document.size());
  while (a < b && is_space(document[a]))
    ++a;
  while (b > a && is_space(document[b - 1]))
    --b;
  return document.substr(a, b - a);
}

}  // namespace plan6
