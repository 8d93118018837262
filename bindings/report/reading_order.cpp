// The reading order of a PDF page's segments (plan6::order_rows), given as four columns of
// their boxes and one of their word counts: the Python reader keeps its segments, makes the
// words set apart into segments of their own and builds tables from the bands found.

#include "pybind11.hpp"
#include "registration.hpp"

#include <string>
#include <vector>

#include "plan6/report/reading_order.hpp"

namespace plan6::python {
namespace {

// Indices n + w of a row's words as indices into the page's list of words.
void renumber(std::vector<std::size_t>& blocks, std::size_t n, std::size_t offset) {
  for (std::size_t& b : blocks)
    if (b >= n) b += offset;
}

py::tuple pdf_reading_order(const std::vector<double>& x0, const std::vector<double>& x1,
                            const std::vector<double>& top, const std::vector<double>& bottom,
                            const std::vector<std::size_t>& words) {
  const std::size_t n = x0.size();
  if (x1.size() != n || top.size() != n || bottom.size() != n || words.size() != n)
    throw py::value_error("x0, x1, top, bottom and words must have one length, not " +
                          std::to_string(n) + ", " + std::to_string(x1.size()) + ", " +
                          std::to_string(top.size()) + ", " + std::to_string(bottom.size()) +
                          " and " + std::to_string(words.size()));
  std::vector<layout_row> rows;
  {
    py::gil_scoped_release nogil;
    std::vector<layout_block> blocks(n);
    for (std::size_t i = 0; i < n; ++i)
      blocks[i] = {x0[i], x1[i], top[i], bottom[i], words[i]};
    rows = order_rows(blocks);
  }
  py::list out, split;
  for (layout_row& row : rows) {
    const std::size_t offset = py::len(split);
    for (const layout_word& w : row.words)
      split.append(py::make_tuple(w.block, w.word, w.x0, w.x1));
    renumber(row.blocks, n, offset);
    for (auto& band : row.bands)
      renumber(band, n, offset);
    if (!row.is_table()) {
      out.append(py::cast(row.blocks));
      continue;
    }
    py::list gutters;
    for (const auto& [lo, hi] : row.gutters)
      gutters.append(py::make_tuple(lo, hi));
    out.append(py::make_tuple(py::cast(row.bands), gutters));
  }
  return py::make_tuple(out, split);
}

}  // namespace

void register_reading_order(py::module_& m) {
  m.def("pdf_reading_order", &pdf_reading_order, py::arg("x0"), py::arg("x1"), py::arg("top"),
        py::arg("bottom"), py::arg("words"),
        R"doc(The blocks of a PDF page (their boxes, y downwards) in reading order.

Stacked blocks are read top to bottom; blocks at one height form bands; bands with a gutter
in common are two columns of prose (read the left one first) or a table (see
plan6::order_rows in the core).

Parameters
----------
x0, x1, top, bottom : sequence of float
    The blocks' boxes, one length.
words : sequence of int
    The number of words of each block's text (apart by white space): a line over a table,
    or a block of its header, whose words fall one a column is split into them.

Returns
-------
tuple
    (rows, words). The rows in reading order: a line as a list of block indices, left to
    right; a table as a tuple (bands, gutters): its bands as lists of block indices, and the
    (x0, x1) of the free strips between its columns. An index n + w (n blocks given) is
    words[w], a tuple (block, word, x0, x1): that word of the block, set apart at x0-x1.

Examples
--------
>>> # two columns of three lines each, given line by line across the page
>>> x0, x1 = [0, 250] * 3, [200, 450] * 3
>>> top = [0, 0, 20, 20, 40, 40]
>>> pdf_reading_order(x0, x1, top, [t + 10 for t in top], [1] * 6)
([[0], [2], [4], [1], [3], [5]], [])
)doc");
}

}  // namespace plan6::python
