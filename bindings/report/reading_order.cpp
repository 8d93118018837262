// The reading order of a PDF page's segments (plan6::order_rows), given as four columns of
// their boxes: the Python reader keeps its segments and builds tables from the bands found.

#include "pybind11.hpp"
#include "registration.hpp"

#include <string>
#include <vector>

#include "plan6/report/reading_order.hpp"

namespace plan6::python {
namespace {

py::list pdf_reading_order(const std::vector<double>& x0, const std::vector<double>& x1,
                           const std::vector<double>& top, const std::vector<double>& bottom) {
  const std::size_t n = x0.size();
  if (x1.size() != n || top.size() != n || bottom.size() != n)
    throw py::value_error("x0, x1, top and bottom must have one length, not " + std::to_string(n) +
                          ", " + std::to_string(x1.size()) + ", " + std::to_string(top.size()) +
                          " and " + std::to_string(bottom.size()));
  std::vector<layout_row> rows;
  {
    py::gil_scoped_release nogil;
    std::vector<layout_block> blocks(n);
    for (std::size_t i = 0; i < n; ++i)
      blocks[i] = {x0[i], x1[i], top[i], bottom[i]};
    rows = order_rows(blocks);
  }
  py::list out;
  for (const layout_row& row : rows) {
    if (!row.is_table()) {
      out.append(py::cast(row.blocks));
      continue;
    }
    py::list gutters;
    for (const auto& [lo, hi] : row.gutters)
      gutters.append(py::make_tuple(lo, hi));
    out.append(py::make_tuple(py::cast(row.bands), gutters));
  }
  return out;
}

}  // namespace

void register_reading_order(py::module_& m) {
  m.def("pdf_reading_order", &pdf_reading_order, py::arg("x0"), py::arg("x1"), py::arg("top"),
        py::arg("bottom"),
        R"doc(The blocks of a PDF page (their boxes, y downwards) in reading order.

Stacked blocks are read top to bottom; blocks at one height form bands; bands with a gutter
in common are two columns of prose (read the left one first) or a table (see
plan6::order_rows in the core).

Parameters
----------
x0, x1, top, bottom : sequence of float
    The blocks' boxes, one length.

Returns
-------
list
    The rows in reading order: a line as a list of block indices, left to right; a table as
    a tuple (bands, gutters): its bands as lists of block indices, and the (x0, x1) of the
    free strips between its columns.

Examples
--------
>>> # two columns of three lines each, given line by line across the page
>>> x0, x1 = [0, 250] * 3, [200, 450] * 3
>>> top = [0, 0, 20, 20, 40, 40]
>>> pdf_reading_order(x0, x1, top, [t + 10 for t in top])
[[0], [2], [4], [1], [3], [5]]
)doc");
}

}  // namespace plan6::python
