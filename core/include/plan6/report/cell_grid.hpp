#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plan6 {

/** One cell of a table: where it stands, how far it spans, and its text in the document. */
struct grid_cell {
  std::size_t row = 0;
  std::size_t column = 0;
  std::size_t row_span = 1;
  std::size_t column_span = 1;
  std::size_t start = 0;  ///< the cell's text in the document text (code points)
  std::size_t end = 0;
};

/**
 * A table as a grid of cells, whatever it came from: lines of plain text (pipe, tab or
 * space separated), an HTML table or a spreadsheet. A cell that spans several rows or columns
 * covers every slot it spans, so a reader asking for (row, column) finds the merged cell, as
 * it reads on the page. Cell texts are spans of the document text, so every number read from
 * a cell keeps its place in the document.
 */
class cell_grid {
 public:
  cell_grid() = default;
  /**
   * A grid of `rows` × `columns` slots holding `cells`. Throws std::invalid_argument when a
   * cell lies outside the grid, spans nothing, or overlaps another.
   */
  cell_grid(std::size_t rows, std::size_t columns, std::vector<grid_cell> cells,
            std::string source = "text");

  std::size_t rows() const noexcept { return rows_; }
  std::size_t columns() const noexcept { return columns_; }
  const std::vector<grid_cell>& cells() const noexcept { return cells_; }
  /** Where the grid came from: "pipe", "tab", "spaces", "html", "sheet"… */
  const std::string& source() const noexcept { return source_; }

  /** The cell covering (row, column), or nullptr for an empty slot. */
  const grid_cell* at(std::size_t row, std::size_t column) const;
  /** The index in cells() of the cell covering (row, column), or npos. */
  std::size_t index_at(std::size_t row, std::size_t column) const;
  /** The text of the cell covering (row, column) in `document`; empty for an empty slot. */
  std::u32string_view text(std::u32string_view document, std::size_t row, std::size_t column) const;
  /** The span of the whole grid in the document: from its first cell to its last. */
  std::size_t start() const noexcept { return start_; }
  std::size_t end() const noexcept { return end_; }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

 private:
  std::size_t rows_ = 0;
  std::size_t columns_ = 0;
  std::vector<grid_cell> cells_;
  std::vector<std::size_t> slots_;  // row-major: the covering cell's index, or npos
  std::string source_;
  std::size_t start_ = 0;
  std::size_t end_ = 0;
};

/** A cell's text without surrounding white space. */
std::u32string_view trimmed_cell_text(std::u32string_view document, const grid_cell& cell);

}  // namespace plan6
