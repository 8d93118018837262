// libFuzzer target: the layout readers on tables given from outside (as an HTML page or a
// spreadsheet gives them), cells laid over arbitrary text. The first two bytes choose the
// grid's shape; the rest is the text, cut into one cell per slot (some spanning two columns).
// Invariants: no crash; every fact's span lies inside the text; every number is accounted for.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/fact_extractor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::size_t rows = 1 + data[0] % 8;
  const std::size_t columns = 1 + data[1] % 8;
  std::u32string text;
  try {
    text = plan6::decode_utf8(std::string_view(reinterpret_cast<const char*>(data + 2), size - 2));
  } catch (const plan6::parse_error&) {
    return 0;
  }
  std::vector<plan6::grid_cell> cells;
  const std::size_t slots = rows * columns;
  const std::size_t width = text.size() / slots + 1;
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < columns; ++c) {
      const std::size_t k = r * columns + c;
      const std::size_t start = std::min(text.size(), k * width);
      const std::size_t end = std::min(text.size(), start + width);
      const bool span = (data[1] & 0x80) && c + 1 < columns && (k % 3 == 0);
      cells.push_back({r, c, 1, span ? 2u : 1u, start, end});
      if (span) ++c;
    }
  std::vector<plan6::cell_grid> grids;
  try {
    grids.emplace_back(rows, columns, std::move(cells), "sheet");
  } catch (const std::invalid_argument&) {
    return 0;
  }
  const plan6::extraction ex = plan6::extract_facts(text, std::move(grids));
  std::size_t accounted = ex.residue.size();
  for (const plan6::fact& f : ex.facts) {
    if (f.end > text.size() || f.start > f.end) __builtin_trap();
    if (f.quote_end > text.size() || f.quote_start > f.start) __builtin_trap();
    if (f.layout != "narrative")
      accounted += f.qualitative ? 0 : 1;
    else
      accounted += 1 + f.prior.present() + f.from.present() +
                   (f.target.present() && f.target.start != f.start);
  }
  if (accounted != ex.mentions.size()) __builtin_trap();
  return 0;
}
