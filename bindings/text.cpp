#include "pybind11.hpp"

#include "errors.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/fact_extractor.hpp"
#include "plan6/text/japanese_number.hpp"
#include "plan6/text/japanese_number_format.hpp"
#include "plan6/text/number_kind.hpp"
#include "plan6/text/number_scanner.hpp"
#include "plan6/text/unit_lexicon.hpp"

namespace plan6::python {

/**
 * The UTF-8 bytes of a `str` or `bytes` argument. `bytes` are passed through unchecked, so
 * that invalid UTF-8 reaches decode_utf8 and is reported with its byte offset; a `str` that
 * cannot be encoded (a lone surrogate) is a ValueError naming the argument.
 */
std::string utf8_argument(const py::handle& obj, const char* name) {
  if (PyBytes_Check(obj.ptr())) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    PyBytes_AsStringAndSize(obj.ptr(), &data, &size);
    return std::string(data, static_cast<std::size_t>(size));
  }
  if (PyUnicode_Check(obj.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(obj.ptr(), &size);
    if (data == nullptr) {
      PyErr_Clear();
      throw py::value_error(std::string(name) +
                            " is not valid Unicode text (it holds a lone surrogate)");
    }
    return std::string(data, static_cast<std::size_t>(size));
  }
  throw py::type_error(std::string(name) + " must be str or bytes, not " +
                       std::string(py::str(py::type::of(obj).attr("__name__"))));
}

namespace {

// Interns strings as small integer codes so that columns cross to Python as arrays.
class vocabulary {
 public:
  std::int32_t code(const std::u32string& s) {
    auto [it, inserted] = codes_.try_emplace(s, static_cast<std::int32_t>(words_.size()));
    if (inserted) words_.push_back(s);
    return it->second;
  }
  std::int32_t code(std::string_view s) {
    std::u32string wide(s.begin(), s.end());  // canonical names are ASCII
    return code(wide);
  }
  py::list to_list() const {
    py::list out;
    for (const auto& w : words_)
      out.append(py::str(encode_utf8(w)));
    return out;
  }

 private:
  std::unordered_map<std::u32string, std::int32_t> codes_;
  std::vector<std::u32string> words_;
};

struct scan_columns {
  std::vector<std::int64_t> start, end, number_start, number_end;
  std::vector<double> value;
  std::vector<std::uint8_t> kind;
  std::vector<std::int32_t> unit, unit_ja;
  std::vector<std::uint32_t> flags;
  vocabulary units, written;
};

template <typename T>
py::array_t<T> to_array(std::vector<T>& v) {
  py::array_t<T> out(static_cast<py::ssize_t>(v.size()));
  std::copy(v.begin(), v.end(), out.mutable_data());
  return out;
}

py::list kind_names() {
  py::list out;
  for (int k = 0; k < number_kind_count; ++k)
    out.append(py::str(std::string(number_kind_name(static_cast<number_kind>(k)))));
  return out;
}

py::dict scan_to_python(const std::string& text) {
  scan_columns c;
  {
    py::gil_scoped_release nogil;
    const std::vector<written_mention> mentions = scan_numbers_utf8(text);
    const std::size_t n = mentions.size();
    c.start.reserve(n), c.end.reserve(n), c.number_start.reserve(n), c.number_end.reserve(n);
    c.value.reserve(n), c.kind.reserve(n), c.unit.reserve(n), c.unit_ja.reserve(n);
    c.flags.reserve(n);
    for (const written_mention& w : mentions) {
      const number_mention& m = w.mention;
      c.start.push_back(static_cast<std::int64_t>(m.start));
      c.end.push_back(static_cast<std::int64_t>(m.end));
      c.number_start.push_back(static_cast<std::int64_t>(m.number_start));
      c.number_end.push_back(static_cast<std::int64_t>(m.number_end));
      c.value.push_back(m.value);
      c.kind.push_back(static_cast<std::uint8_t>(m.kind));
      c.unit.push_back(c.units.code(m.unit));
      c.unit_ja.push_back(c.written.code(w.unit_written));
      c.flags.push_back(m.flags);
    }
  }
  py::dict out;
  out["start"] = to_array(c.start);
  out["end"] = to_array(c.end);
  out["number_start"] = to_array(c.number_start);
  out["number_end"] = to_array(c.number_end);
  out["value"] = to_array(c.value);
  out["kind"] = to_array(c.kind);
  out["kind_names"] = kind_names();
  out["unit"] = to_array(c.unit);
  out["unit_names"] = c.units.to_list();
  out["unit_ja"] = to_array(c.unit_ja);
  out["unit_ja_names"] = c.written.to_list();
  out["flags"] = to_array(c.flags);
  return out;
}

py::dict extraction_to_python(const std::string& text) {
  extraction ex;
  std::u32string decoded;
  {
    py::gil_scoped_release nogil;
    decoded = decode_utf8(text);
    ex = extract_facts(decoded);
  }
  // str objects straight from code points (no UTF-8 round trip), and one object per distinct
  // short label (units, kinds, reasons repeat on every row).
  auto str = [](std::u32string_view s) {
    PyObject* made = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, s.data(),
                                               static_cast<Py_ssize_t>(s.size()));
    if (made == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(made);
  };
  std::unordered_map<std::string, py::object> labels;
  auto label = [&labels](std::string_view s) -> py::object {
    auto [it, inserted] = labels.try_emplace(std::string(s));
    if (inserted) it->second = py::str(it->first);
    return it->second;
  };
  const report_layout& L = ex.layout;

  py::list programmes;
  for (const programme_info& p : L.programmes) {
    py::dict d;
    d["programme_no"] = p.number;
    d["programme_ja"] = str(p.name);
    programmes.append(d);
  }
  py::list plans;
  for (std::size_t i = 0; i < L.plans.size(); ++i) {
    const policy_plan_info& p = L.plans[i];
    py::dict d;
    d["policy_plan_no"] = i + 1;
    d["policy_plan_ja"] = str(p.name);
    d["programme_index"] = p.programme;
    d["name_start"] = p.name_start;
    plans.append(d);
  }
  py::list plan_years;
  for (const plan_year_info& py_ : L.plan_years) {
    py::dict d;
    d["plan_index"] = py_.plan;
    d["fiscal_year"] = py_.fiscal_year;
    d["status"] = py_.status;
    d["target_changed"] = py_.target_changed;
    d["reference_status"] = py_.reference_status;
    d["result_start"] = py_.result_start;
    d["result_end"] = py_.result_end;
    d["year_confidence"] = py_.confidence;
    d["year_evidence"] = py_.evidence;
    plan_years.append(d);
  }
  // Facts and residue as columns: numpy arrays and lists of str, so that Python builds the
  // DataFrames without a loop per row (and holds the GIL briefly in multi-file runs).
  const std::size_t nf = ex.facts.size();
  py::array_t<std::int64_t> f_plan(static_cast<py::ssize_t>(nf)),
      f_year(static_cast<py::ssize_t>(nf)), f_start(static_cast<py::ssize_t>(nf)),
      f_end(static_cast<py::ssize_t>(nf));
  py::array_t<double> f_value(static_cast<py::ssize_t>(nf)), f_prior(static_cast<py::ssize_t>(nf)),
      f_target(static_cast<py::ssize_t>(nf)), f_from(static_cast<py::ssize_t>(nf));
  py::array_t<bool> f_approx(static_cast<py::ssize_t>(nf)), f_lower(static_cast<py::ssize_t>(nf)),
      f_upper(static_cast<py::ssize_t>(nf));
  py::list f_section, f_metric, f_kind, f_unit, f_unit_ja, f_role, f_value_text, f_prior_text,
      f_target_text, f_from_text, f_quote;
  const std::u32string_view whole(decoded);
  auto slice = [&](std::size_t a, std::size_t b) { return str(whole.substr(a, b - a)); };
  auto quoted = [&](const quoted_value& q) {
    return q.present() ? py::object(slice(q.start, q.end)) : py::object(py::none());
  };
  for (std::size_t i = 0; i < nf; ++i) {
    const fact& f = ex.facts[i];
    f_plan.mutable_at(i) = f.plan;
    f_year.mutable_at(i) = f.fiscal_year;
    f_start.mutable_at(i) = static_cast<std::int64_t>(f.start);
    f_end.mutable_at(i) = static_cast<std::int64_t>(f.end);
    f_value.mutable_at(i) = f.value;
    f_prior.mutable_at(i) = f.prior.value;
    f_target.mutable_at(i) = f.target.value;
    f_from.mutable_at(i) = f.from.value;
    f_approx.mutable_at(i) = f.approximate;
    f_lower.mutable_at(i) = f.lower_bound;
    f_upper.mutable_at(i) = f.upper_bound;
    f_section.append(label(f.section == section_kind::summary  ? "summary"
                           : f.section == section_kind::result ? "result"
                                                               : "change_note"));
    f_metric.append(str(f.metric));
    f_kind.append(label(f.kind));
    f_unit.append(label(f.unit));
    f_unit_ja.append(str(f.unit_written));
    f_role.append(label(f.role));
    f_value_text.append(slice(f.start, f.end));
    f_prior_text.append(quoted(f.prior));
    f_target_text.append(quoted(f.target));
    f_from_text.append(quoted(f.from));
    f_quote.append(slice(f.quote_start, f.quote_end));
  }
  py::dict facts;
  facts["plan_index"] = f_plan;
  facts["fiscal_year"] = f_year;
  facts["section"] = f_section;
  facts["metric_ja"] = f_metric;
  facts["kind"] = f_kind;
  facts["value"] = f_value;
  facts["unit"] = f_unit;
  facts["unit_ja"] = f_unit_ja;
  facts["approximate"] = f_approx;
  facts["lower_bound"] = f_lower;
  facts["upper_bound"] = f_upper;
  facts["value_text"] = f_value_text;
  facts["prior_value"] = f_prior;
  facts["prior_text"] = f_prior_text;
  facts["target_value"] = f_target;
  facts["target_text"] = f_target_text;
  facts["from_value"] = f_from;
  facts["from_text"] = f_from_text;
  facts["role"] = f_role;
  facts["quote"] = f_quote;
  facts["span_start"] = f_start;
  facts["span_end"] = f_end;

  const std::size_t nr = ex.residue.size();
  py::array_t<std::int64_t> r_start(static_cast<py::ssize_t>(nr)),
      r_end(static_cast<py::ssize_t>(nr));
  py::array_t<double> r_value(static_cast<py::ssize_t>(nr));
  py::list r_text, r_kind, r_unit, r_reason;
  for (std::size_t i = 0; i < nr; ++i) {
    const residue_entry& r = ex.residue[i];
    const number_mention& m = ex.mentions[r.mention];
    r_start.mutable_at(i) = static_cast<std::int64_t>(m.start);
    r_end.mutable_at(i) = static_cast<std::int64_t>(m.end);
    r_value.mutable_at(i) = m.value;
    r_text.append(slice(m.start, m.end));
    r_kind.append(label(number_kind_name(m.kind)));
    r_unit.append(label(m.unit));
    r_reason.append(label(r.reason));
  }
  py::dict residue;
  residue["span_start"] = r_start;
  residue["span_end"] = r_end;
  residue["text"] = r_text;
  residue["value"] = r_value;
  residue["kind"] = r_kind;
  residue["unit"] = r_unit;
  residue["reason"] = r_reason;
  py::dict out;
  out["programmes"] = programmes;
  out["plans"] = plans;
  out["plan_years"] = plan_years;
  out["facts"] = facts;
  out["residue"] = residue;
  py::list years;
  for (const int y : L.fiscal_years)
    years.append(y);
  out["fiscal_years"] = years;
  out["mention_count"] = ex.mentions.size();
  return out;
}

/**
 * Appends the code points of the str object `str` to `out`, read straight from its storage;
 * false when it holds a lone surrogate (which UTF-8 cannot carry).
 */
bool append_code_points(PyObject* str, std::u32string& out) {
  const int kind = PyUnicode_KIND(str);
  const void* data = PyUnicode_DATA(str);
  const Py_ssize_t length = PyUnicode_GET_LENGTH(str);
  bool clean = true;
  for (Py_ssize_t k = 0; k < length; ++k) {
    const Py_UCS4 c = PyUnicode_READ(kind, data, k);
    if (c >= 0xD800 && c <= 0xDFFF) clean = false;
    out.push_back(static_cast<char32_t>(c));
  }
  return clean;
}

/**
 * The code points of a `str` argument, read straight from the object (no UTF-8 round trip:
 * a scalar call is dominated by such copies); `bytes` are decoded as UTF-8, invalid bytes
 * raising with their offset. A lone surrogate is a ValueError naming the argument.
 */
std::u32string code_points_argument(const py::handle& obj, const char* name) {
  if (!PyUnicode_Check(obj.ptr())) return decode_utf8(utf8_argument(obj, name));
  std::u32string decoded;
  decoded.reserve(static_cast<std::size_t>(PyUnicode_GET_LENGTH(obj.ptr())));
  if (!append_code_points(obj.ptr(), decoded))
    throw py::value_error(std::string(name) +
                          " is not valid Unicode text (it holds a lone surrogate)");
  return decoded;
}

/**
 * The tuple subclass parse_number() returns (plan6.NumberExpression, a NamedTuple), set once
 * by the Python package; a plain tuple until then. Building it here, with tuple's own
 * constructor, saves the Python-level NamedTuple constructor on every call.
 */
py::handle& number_expression_type() {
  static py::handle type;  // a strong reference, kept until exit
  return type;
}

/** The bounds of `text` without the white space around it: [first, last). */
std::pair<std::size_t, std::size_t> trimmed(std::u32string_view text) noexcept {
  std::size_t first = 0;
  while (first < text.size() && is_space(text[first]))
    ++first;
  std::size_t last = text.size();
  while (last > first && is_space(text[last - 1]))
    --last;
  return {first, last};
}

/** One expression: (value, unit, unit_ja, kind, flags), or ParseError saying what is wrong. */
py::object numeral_to_python(const std::u32string& decoded) {
  // An expression is a few code points: releasing the GIL would cost more than the scan.
  const std::vector<number_mention> mentions = scan_numbers(decoded);
  const auto text = [&decoded] { return encode_utf8(decoded); };  // for messages only
  auto [first, last] = trimmed(decoded);
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
  const auto [first, last] = trimmed(text);
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

void register_text(py::module_& m) {
  m.def("format_japanese_number", &format_japanese_number, py::arg("value"), py::arg("unit") = "",
        py::arg("decimals") = 0,
        R"doc(Format a number as Japanese reports write it.

>>> format_japanese_number(39173190000, "円")
'391億7,319万円'
>>> format_japanese_number(100000, "人")
'10万人'
)doc");
  m.def("format_japanese_integer", &format_japanese_integer, py::arg("value"), py::arg("unit") = "",
        R"doc(Format a whole number as Japanese reports write it, exact over the int64 range.

>>> format_japanese_integer(9007199254740993)
'9,007兆1,992億5,474万993'
)doc");

  m.def(
      "scan_numbers",
      [](const py::object& text) { return scan_to_python(utf8_argument(text, "text")); },
      py::arg("text"),
      R"doc(Every number in the text as columns (numpy arrays and code tables); see plan6.scan_numbers.

>>> int(scan_numbers("計画（320人）を上回る426人")["value"][1])
426
)doc");

  m.def(
      "extract_report",
      [](const py::object& text) { return extraction_to_python(utf8_argument(text, "text")); },
      py::arg("text"),
      R"doc(Facts, residue and structure of an evaluation report as plain lists; see plan6.extract.

>>> len(extract_report("")["facts"]["value"])
0
)doc");

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

  // Benchmark helpers: the C++ work alone (decode UTF-8, then scan or extract), timed in C++
  // with the GIL released, seconds per run. Used by benchmarks/bench_text.py.
  m.def(
      "_time_scan",
      [](const py::object& text, int repeat) {
        const std::string utf8 = utf8_argument(text, "text");
        if (repeat < 1) throw py::value_error("repeat must be at least 1");
        py::gil_scoped_release nogil;
        std::size_t found = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < repeat; ++i)
          found += scan_numbers_utf8(utf8).size();
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        return std::make_pair(elapsed.count() / repeat, found / static_cast<std::size_t>(repeat));
      },
      py::arg("text"), py::arg("repeat") = 1);
  m.def(
      "_time_extraction",
      [](const py::object& text, int repeat) {
        const std::string utf8 = utf8_argument(text, "text");
        if (repeat < 1) throw py::value_error("repeat must be at least 1");
        py::gil_scoped_release nogil;
        std::size_t facts = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < repeat; ++i)
          facts += extract_facts(decode_utf8(utf8)).facts.size();
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        return std::make_pair(elapsed.count() / repeat, facts / static_cast<std::size_t>(repeat));
      },
      py::arg("text"), py::arg("repeat") = 1);

  m.def(
      "quantity_units",
      []() {
        py::list names;
        for (const std::string_view name : quantity_units())
          names.append(std::string(name));
        return names;
      },
      "The canonical names of every quantity unit the scanner knows, in table order.");

  py::dict flags;
  flags["approximate"] = mention_flag::approximate;
  flags["lower_bound"] = mention_flag::lower_bound;
  flags["upper_bound"] = mention_flag::upper_bound;
  flags["total"] = mention_flag::total;
  flags["each"] = mention_flag::each;
  flags["increase"] = mention_flag::increase;
  flags["decrease"] = mention_flag::decrease;
  flags["overflow"] = mention_flag::overflow;
  flags["inexact"] = mention_flag::inexact;
  flags["distributed"] = mention_flag::distributed;
  flags["negative"] = mention_flag::negative;
  flags["threshold"] = mention_flag::threshold;
  flags["range_start"] = mention_flag::range_start;
  m.attr("MENTION_FLAGS") = flags;
}

}  // namespace plan6::python
