#include "pybind11.hpp"

#include "common/arguments.hpp"
#include "common/errors.hpp"
#include "registration.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "plan6/common/characters.hpp"
#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/text/japanese_number.hpp"
#include "plan6/text/number_kind.hpp"
#include "plan6/text/number_scanner.hpp"
#include "plan6/text/unit_lexicon.hpp"

namespace plan6::python {
namespace {

/**
 * The tuple subclass parse_number() returns (plan6.NumberExpression, a NamedTuple), set once
 * by the Python package; a plain tuple until then. Building it here, with tuple's own
 * constructor, saves the Python-level NamedTuple constructor on every call.
 */
py::handle& number_expression_type() {
  static py::handle type;  // a strong reference, kept until exit
  return type;
}

/** One expression: (value, unit, unit_ja, kind, flags), or ParseError saying what is wrong. */
py::object numeral_to_python(const std::u32string& decoded) {
  // An expression is a few code points: releasing the GIL would cost more than the scan.
  const std::vector<number_mention> mentions = scan_numbers(decoded);
  const auto text = [&decoded] { return encode_utf8(decoded); };  // for messages only
  auto [first, last] = trim_bounds(decoded);
  if (first == last) throw parse_error("no number in an empty text", 0);
  if (mentions.empty()) throw parse_error(fmt::format("no number in '{}'", text()), 0);
  const number_mention& m = mentions.front();
  // Qualifiers after the unit (100人余り, 3人以上) are flags, outside the span: allow them.
  if (m.end < last && mentions.size() == 1) {
    static const std::u32string_view suffixes[] = {
        U"余り", U"あまり", U"余",   U"以上", U"以下", U"未満", U"超",   U"強",   U"弱",
        U"程度", U"前後",   U"ほど", U"増",   U"減",   U"増加", U"減少", U"追加", U"ずつ"};
    const std::u32string_view rest = std::u32string_view(decoded).substr(m.end, last - m.end);
    for (const auto& suffix : suffixes)
      if (rest == suffix) last = m.end;
  }
  if (m.start != first || m.end != last || mentions.size() != 1) {
    const std::size_t at =
        m.start != first
            ? first
            : (mentions.size() > 1 && mentions[1].start < last ? mentions[1].start : m.end);
    throw parse_error(
        fmt::format("'{}' is not one number expression (unexpected text at code point {})", text(),
                    at),
        at);
  }
  if (m.has(mention_flag::overflow))
    throw parse_error(fmt::format("'{}' overflows: the value is beyond the int64 range", text()),
                      m.number_start);
  py::tuple fields =
      py::make_tuple(m.value, std::string(m.unit), encode_utf8(written_unit(decoded, m)),
                     std::string(number_kind_name(m.kind)), m.flags);
  const py::handle type = number_expression_type();
  if (!type) return std::move(fields);
  const py::tuple arguments = py::make_tuple(fields);
  PyObject* made =
      PyTuple_Type.tp_new(reinterpret_cast<PyTypeObject*>(type.ptr()), arguments.ptr(), nullptr);
  if (made == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(made);
}

/**
 * The value of one bare numeral (no unit): an int when the numeral is integral (exact up to
 * the int64 range, beyond 2^53 too), else a float; ParseError saying what is wrong.
 */
py::object numeral_value(const std::u32string& text) {
  const auto [first, last] = trim_bounds(text);
  if (first == last) throw parse_error("no numeral in an empty text", 0);
  const auto num = read_numeral(std::u32string_view(text).substr(0, last), first);
  if (!num || num->end != last || num->dotted) {
    const std::size_t at = num && !num->dotted ? num->end : first;
    throw parse_error(fmt::format("'{}' is not one numeral (unexpected text at code point {})",
                                  encode_utf8(text), at),
                      at);
  }
  if (num->overflow)
    throw parse_error(
        fmt::format("'{}' overflows: the value is beyond the int64 range", encode_utf8(text)),
        first);
  if (num->is_integer) return py::int_(num->integer);
  return py::float_(num->value);
}

}  // namespace

void register_parse_number(py::module_& m) {
  m.def(
      "parse_number",
      [](const py::object& text) { return numeral_to_python(code_points_argument(text, "text")); },
      py::arg("text"),
      R"doc(One number expression as (value, unit, unit_ja, kind, flags); see plan6.parse_number.

>>> parse_number("391億7,319万円")[0]
39173190000.0
)doc");

  m.def(
      "_set_number_expression_type",
      [](const py::type& type) {
        if (!PyType_IsSubtype(reinterpret_cast<PyTypeObject*>(type.ptr()), &PyTuple_Type))
          throw py::type_error("the number expression type must be a tuple subclass");
        number_expression_type() = type.inc_ref();
      },
      py::arg("type"), "Set the tuple subclass that parse_number returns (plan6 does it).");

  // parse_numeral is a plain METH_O function: pybind11's dispatcher would double the cost of
  // a scalar call (the reason it exists is to be the fastest way to read one numeral).
  static PyMethodDef parse_numeral_method = {
      "parse_numeral",
      [](PyObject*, PyObject* text) noexcept -> PyObject* {
        try {
          return numeral_value(code_points_argument(text, "text")).release().ptr();
        } catch (...) {
          set_python_error();
          return nullptr;
        }
      },
      METH_O,
      // the first line is the signature in pybind11's style, which pybind11-stubgen reads
      "parse_numeral(text: str | bytes) -> int | float\n\n"
      "The value of one bare numeral; see plan6.parse_numeral.\n\n"
      ">>> parse_numeral(\"一億二千三百万\")\n123000000\n"};
  PyObject* parse_numeral_function =
      PyCFunction_NewEx(&parse_numeral_method, nullptr, m.attr("__name__").ptr());
  if (parse_numeral_function == nullptr) throw py::error_already_set();
  m.add_object("parse_numeral", py::reinterpret_steal<py::object>(parse_numeral_function));

  m.def(
      "parse_numbers",
      [](const py::list& texts) {
        // Code points are copied straight from the str objects (no UTF-8 round trip) into
        // one buffer; the numerals are then read without the GIL.
        const std::size_t count = texts.size();
        std::u32string buffer;
        std::vector<std::size_t> offsets(count + 1, 0);
        for (std::size_t i = 0; i < count; ++i) {
          PyObject* item = texts[i].ptr();
          if (!PyUnicode_Check(item))
            throw py::type_error("texts[" + std::to_string(i) + "] must be str, not " +
                                 std::string(Py_TYPE(item)->tp_name));
          append_code_points(item, buffer);  // a lone surrogate is no numeral: NaN below
          offsets[i + 1] = buffer.size();
        }
        py::array_t<double> out(static_cast<py::ssize_t>(count));
        double* values = out.mutable_data();
        {
          py::gil_scoped_release nogil;
          const std::u32string_view all(buffer);
          for (std::size_t i = 0; i < count; ++i) {
            const std::u32string_view text = all.substr(offsets[i], offsets[i + 1] - offsets[i]);
            const auto num = read_numeral(text, 0);
            values[i] = num && num->end == text.size() && !num->overflow
                            ? num->value
                            : std::numeric_limits<double>::quiet_NaN();
          }
        }
        return out;
      },
      py::arg("texts"),
      R"doc(The values of many numerals (no units) as a float64 array; NaN where a text is not one numeral.

>>> parse_numbers(["一億二千三百万", "2,950", "x"]).tolist()
[123000000.0, 2950.0, nan]
)doc");
}

}  // namespace plan6::python
