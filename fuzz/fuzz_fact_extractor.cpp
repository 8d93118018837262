// libFuzzer target: segmentation and fact extraction on arbitrary bytes.
// Invariants checked: every fact's spans lie inside the text; every number is accounted for
// (a fact's value, prior, target or starting value, or a residue entry), whichever layout
// reader (narrative, tables, graded items, legends) read it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/report/fact_extractor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::u32string text;
  try {
    text = plan6::decode_utf8(bytes);
  } catch (const plan6::parse_error&) {
    return 0;
  }
  const plan6::extraction ex = plan6::extract_facts(text);
  std::size_t accounted = ex.residue.size();
  for (const plan6::fact& f : ex.facts) {
    if (f.end > text.size() || f.start >= f.end) __builtin_trap();
    if (f.quote_end > text.size() || f.quote_start > f.start) __builtin_trap();
    if (f.layout != "narrative") {
      // A table fact is one number (or a text cell); its target is another fact of the table.
      accounted += f.qualitative ? 0 : 1;
      continue;
    }
    accounted += 1 + f.prior.present() + f.from.present() +
                 (f.target.present() && f.target.start != f.start);
  }
  if (accounted != ex.mentions.size()) __builtin_trap();
  for (const auto& py : ex.layout.plan_years)
    if (py.result_end > text.size() || py.status < 0 || py.status > 10) __builtin_trap();
  return 0;
}
