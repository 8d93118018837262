#include "pybind11.hpp"

#include "registration.hpp"
#include "text/number_columns.hpp"

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

#include "plan6/text/number_stream.hpp"

namespace plan6::python {
namespace {

constexpr std::size_t chunk_code_points = std::size_t{1} << 16;

// Feeds a str or bytes to the stream a chunk at a time, so that no copy of the whole text is
// made (a str's own code units are read, a bytes' UTF-8 decoded piece by piece). Called
// without the GIL: the object is immutable and referenced by the caller.
void feed_source(number_stream& stream, PyObject* source, const mention_sink& sink) {
  if (PyBytes_Check(source)) {
    const std::string_view bytes(PyBytes_AS_STRING(source),
                                 static_cast<std::size_t>(PyBytes_GET_SIZE(source)));
    for (std::size_t at = 0; at < bytes.size(); at += 4 * chunk_code_points)
      stream.feed_utf8(bytes.substr(at, 4 * chunk_code_points), sink);
    return;
  }
  const int kind = PyUnicode_KIND(source);
  const void* data = PyUnicode_DATA(source);
  const auto length = static_cast<std::size_t>(PyUnicode_GET_LENGTH(source));
  std::u32string chunk;
  chunk.reserve(std::min(length, chunk_code_points));
  for (std::size_t at = 0; at < length; at += chunk_code_points) {
    chunk.clear();
    const std::size_t stop = std::min(length, at + chunk_code_points);
    for (std::size_t k = at; k < stop; ++k) {
      const Py_UCS4 c = PyUnicode_READ(kind, data, static_cast<Py_ssize_t>(k));
      if (c >= 0xD800 && c <= 0xDFFF)
        throw py::value_error(
            "text is not valid Unicode text (it holds a lone surrogate at "
            "code point " +
            std::to_string(k) + ")");
      chunk.push_back(static_cast<char32_t>(c));
    }
    stream.feed(chunk, sink);
  }
}

void check_source(const py::handle& source, const char* name) {
  if (PyBytes_Check(source.ptr()) || PyUnicode_Check(source.ptr())) return;
  throw py::type_error(std::string(name) + " must be str or bytes, not " +
                       std::string(py::str(py::type::of(source).attr("__name__"))));
}

mention_sink into(number_columns& columns) {
  return [&columns](const number_mention& m, std::u32string_view expression,
                    std::u32string_view unit) { columns.add(m, expression, unit); };
}

// plan6.scan_numbers_iter's engine: text fed in chunks, the settled mentions of each returned.
class stream_scanner {
 public:
  stream_scanner(bool with_text, std::size_t piece, std::size_t margin)
      : stream_(piece, margin), columns_(/*wide=*/true, with_text) {}

  py::dict feed(const py::object& chunk) {
    check_source(chunk, "chunk");
    if (finished_) throw py::value_error("the stream has been finished: no more chunks");
    {
      py::gil_scoped_release nogil;
      feed_source(stream_, chunk.ptr(), into(columns_));
    }
    return columns_.release();
  }

  py::dict finish() {
    if (!finished_) {
      finished_ = true;
      py::gil_scoped_release nogil;
      stream_.finish(into(columns_));
    }
    return columns_.release();
  }

  std::size_t size() const noexcept { return stream_.size(); }
  std::size_t kept() const noexcept { return stream_.kept(); }

 private:
  number_stream stream_;
  number_columns columns_;
  bool finished_ = false;
};

py::dict scan_source(const py::object& source, bool with_text) {
  check_source(source, "text");
  const std::size_t size = PyBytes_Check(source.ptr())
                               ? static_cast<std::size_t>(PyBytes_GET_SIZE(source.ptr()))
                               : static_cast<std::size_t>(PyUnicode_GET_LENGTH(source.ptr()));
  const bool wide = size > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max());
  number_columns columns(wide, with_text);
  {
    py::gil_scoped_release nogil;
    number_stream stream;
    const mention_sink sink = into(columns);
    feed_source(stream, source.ptr(), sink);
    stream.finish(sink);
  }
  return columns.release();
}

}  // namespace

void register_number_stream(py::module_& m) {
  m.def(
      "scan_numbers", &scan_source, py::arg("text"), py::arg("with_text") = false,
      R"doc(Every number in the text as columns (numpy arrays and code tables); see plan6.scan_numbers.

The text is read a chunk at a time and scanned in overlapping pieces (plan6::number_stream):
memory is the columns found plus a few pieces, whatever the text's size.

>>> int(scan_numbers("計画（320人）を上回る426人")["value"][1])
426
)doc");

  py::class_<stream_scanner>(m, "NumberStream",
                             "Scans a text fed in chunks (str or bytes, UTF-8 cut anywhere); each "
                             "call returns the columns of the mentions settled so far.")
      .def(py::init<bool, std::size_t, std::size_t>(), py::arg("with_text") = false,
           py::arg("piece") = std::size_t{1} << 18, py::arg("margin") = 4096)
      .def("feed", &stream_scanner::feed, py::arg("chunk"))
      .def("finish", &stream_scanner::finish)
      .def_property_readonly("size", &stream_scanner::size, "Code points fed so far.")
      .def_property_readonly("kept", &stream_scanner::kept, "Code points held now.");
}

}  // namespace plan6::python
