#include "pybind11.hpp"

#include "common/arguments.hpp"
#include "common/timing.hpp"
#include "registration.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "plan6/common/utf8.hpp"
#include "plan6/text/number_kind.hpp"
#include "plan6/text/number_scanner.hpp"
#include "plan6/text/unit_lexicon.hpp"

namespace plan6::python {
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

}  // namespace

void register_number_scanner(py::module_& m) {
  m.def(
      "scan_numbers",
      [](const py::object& text) { return scan_to_python(utf8_argument(text, "text")); },
      py::arg("text"),
      R"doc(Every number in the text as columns (numpy arrays and code tables); see plan6.scan_numbers.

>>> int(scan_numbers("計画（320人）を上回る426人")["value"][1])
426
)doc");

  m.def(
      "quantity_units",
      []() {
        py::list names;
        for (const std::string_view name : quantity_units())
          names.append(std::string(name));
        return names;
      },
      "The canonical names of every quantity unit the scanner knows, in table order.");

  m.def(
      "unit_vocabulary",
      []() {
        py::list entries;
        for (const unit_entry& entry : unit_vocabulary()) {
          py::list spellings;
          for (const unit_spelling& spelling : entry.spellings)
            if (!spelling.text.empty())
              spellings.append(py::make_tuple(encode_utf8(spelling.text), spelling.scale));
          py::dict row;
          row["unit"] = std::string(entry.unit);
          row["kind"] = std::string(number_kind_name(entry.kind));
          row["suffix"] = encode_utf8(entry.suffix);
          row["measure"] = encode_utf8(entry.measure);
          row["spellings"] = spellings;
          entries.append(row);
        }
        return entries;
      },
      R"doc(The one unit table of the core, one dict per canonical unit, in table order.

Each has its canonical name (``unit``), the kind of number it makes, the ``suffix`` a value
in it is displayed with, the ``measure`` a count in it is named by, and its ``spellings``
after a number as (text, factor to the canonical unit).

>>> next(u for u in unit_vocabulary() if u["unit"] == "persons")["suffix"]
'人'
)doc");

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

  m.def(
      "_time_scan",
      [](const py::object& text, int repeat) {
        return time_per_run(text, repeat,
                            [](const std::string& utf8) { return scan_numbers_utf8(utf8).size(); });
      },
      py::arg("text"), py::arg("repeat") = 1,
      "Seconds per run and numbers found of the C++ scan alone (decode UTF-8, then scan).");
}

}  // namespace plan6::python
