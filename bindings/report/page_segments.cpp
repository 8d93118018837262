// The segments of a PDF page, measured through PDFium's own FPDFText_GetLooseCharBox: the
// Python reader hands over the function's address and the text page's handle (both from
// pypdfium2), so the few hundred box calls of a page run in C++ with the GIL released
// instead of through a Python foreign-function call each.

#include "pybind11.hpp"
#include "registration.hpp"

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "plan6/report/page_segments.hpp"

namespace plan6::python {
namespace {

// PDFium's FS_RECTF (fpdfview.h): a rectangle in page points, y growing upwards.
struct fs_rectf {
  float left, top, right, bottom;
};

// FPDFText_GetLooseCharBox(FPDF_TEXTPAGE text_page, int index, FS_RECTF* rect): FPDF_BOOL.
using loose_char_box = int (*)(void*, int, fs_rectf*);

// The code points of `text` as they are (lone surrogates included: PDFium's text may have them).
std::u32string code_points(const py::str& text) {
  const Py_ssize_t n = PyUnicode_GetLength(text.ptr());
  if (n < 0) throw py::error_already_set();
  std::u32string out(static_cast<std::size_t>(n), U'\0');
  if (n > 0 &&
      PyUnicode_AsUCS4(text.ptr(), reinterpret_cast<Py_UCS4*>(out.data()), n, 0) == nullptr)
    throw py::error_already_set();
  return out;
}

py::str to_str(const std::u32string& text) {
  PyObject* s = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, text.data(),
                                          static_cast<Py_ssize_t>(text.size()));
  if (s == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(s);
}

py::tuple pdf_page_segments(const py::str& text, std::uintptr_t box_function,
                            std::uintptr_t textpage, double top_of_page) {
  if (box_function == 0)
    throw py::value_error("box_function must be the address of FPDFText_GetLooseCharBox, not 0");
  if (textpage == 0) throw py::value_error("textpage must be a text page handle, not 0");
  const std::u32string chars = code_points(text);
  if (chars.size() > static_cast<std::size_t>(INT_MAX))
    throw py::value_error("text has " + std::to_string(chars.size()) +
                          " code points, more than a PDF text page can index");
  const auto call = reinterpret_cast<loose_char_box>(box_function);
  void* const page = reinterpret_cast<void*>(textpage);
  std::vector<page_segment> segments;
  {
    py::gil_scoped_release nogil;
    segments = page_segments(chars, [&](std::size_t i) {
      fs_rectf r{};
      if (!call(page, static_cast<int>(i), &r)) return char_box{};
      return char_box{r.left, top_of_page - r.top, r.right, top_of_page - r.bottom};
    });
  }
  py::list texts, x0, x1, top, bottom;
  for (const page_segment& s : segments) {
    texts.append(to_str(s.text));
    x0.append(s.x0);
    x1.append(s.x1);
    top.append(s.top);
    bottom.append(s.bottom);
  }
  return py::make_tuple(texts, x0, x1, top, bottom);
}

}  // namespace

void register_page_segments(py::module_& m) {
  m.def("pdf_page_segments", &pdf_page_segments, py::arg("text"), py::arg("box_function"),
        py::arg("textpage"), py::arg("top_of_page"),
        R"doc(The runs of text of a PDF page with their boxes, in the text's order.

Each of PDFium's lines is measured by the boxes of its first and last characters and cut,
bisected and joined where they disagree; letter-spaced pieces are measured one by one (see
plan6::page_segments in the core). The boxes come from PDFium itself, called from C++ with
the GIL released: hold the lock that guards PDFium while calling this.

Parameters
----------
text : str
    The page's text, character i of the text page at index i.
box_function : int
    The address of PDFium's ``FPDFText_GetLooseCharBox``
    (``ctypes.cast(pypdfium2.raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value``), or of
    any function ``int(void*, int, FS_RECTF*)`` that fills a box of four floats (left, top,
    right, bottom; y upwards) and returns non-zero, zero for no box.
textpage : int
    The text page handle passed to it.
top_of_page : float
    The page height: y is turned to grow downwards from the top.

Returns
-------
tuple of five lists
    Texts, x0, x1, top and bottom of the segments.

Examples
--------
>>> import ctypes
>>> class Box(ctypes.Structure):
...     _fields_ = [(n, ctypes.c_float) for n in ("left", "top", "right", "bottom")]
>>> @ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(Box))
... def box(page, i, out):  # characters 10 pt wide on one line, 10 pt high
...     out[0].left, out[0].top, out[0].right, out[0].bottom = 10 * i, 90, 10 * i + 10, 80
...     return 1
>>> address = ctypes.cast(box, ctypes.c_void_p).value
>>> pdf_page_segments("目標 320", address, 1, 100.0)
(['目標 320'], [0.0], [60.0], [10.0], [20.0])
)doc");
}

}  // namespace plan6::python
