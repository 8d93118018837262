#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "plan6/common/utf8.hpp"
#include "plan6/text/number_scanner.hpp"

namespace plan6::testing {

/** A number mention as a test compares it: its text (UTF-8) and what the scanner says. */
struct found {
  std::string text;
  double value;
  number_kind kind;
  std::string unit;
  std::uint32_t flags;
  int year, month, day;
};

/** Every number of a made-up text, as `found`s in text order. */
inline std::vector<found> scan(const std::string& utf8) {
  const std::u32string s = decode_utf8(utf8);
  std::vector<found> out;
  for (const auto& m : scan_numbers(s))
    out.push_back({encode_utf8(s.substr(m.start, m.end - m.start)), m.value, m.kind,
                   std::string(m.unit), m.flags, m.year, m.month, m.day});
  return out;
}

}  // namespace plan6::testing
