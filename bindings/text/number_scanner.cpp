#include "pybind11.hpp"

#include "common/arguments.hpp"
#include "common/timing.hpp"
#include "registration.hpp"

#include <cstddef>
#include <string>
#include <string_view>

#include "plan6/common/utf8.hpp"
#include "plan6/text/number_kind.hpp"
#include "plan6/text/number_scanner.hpp"
#include "plan6/text/number_stream.hpp"
#include "plan6/text/unit_lexicon.hpp"

namespace plan6::python {

void register_number_scanner(py::module_& m) {
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
        return time_per_run(text, repeat, [](const std::string& utf8) {
          std::size_t found = 0;
          number_stream stream;
          const mention_sink count = [&found](const number_mention&, std::u32string_view,
                                              std::u32string_view) { ++found; };
          stream.feed_utf8(utf8, count);
          stream.finish(count);
          return found;
        });
      },
      py::arg("text"), py::arg("repeat") = 1,
      "Seconds per run and numbers found of the C++ scan alone (decode UTF-8, then scan in "
      "pieces).");
}

}  // namespace plan6::python
