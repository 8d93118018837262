// libFuzzer target: Japanese number formatting and the numeral reader against each other.
// An int64 and a double from the bytes are written as reports write them (391億7,319万円) and
// read back: the integer exactly, the double to the places written; formatting never throws
// for a finite value below 9.2e18.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "plan6/common/utf8.hpp"
#include "plan6/text/japanese_number.hpp"
#include "plan6/text/japanese_number_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 17) return 0;
  std::int64_t integer = 0;
  double real = 0.0;
  std::memcpy(&integer, data, sizeof integer);
  std::memcpy(&real, data + 8, sizeof real);
  const int decimals = data[16] % 4;
  if (integer == INT64_MIN) ++integer;  // written with a minus sign the reader leaves out
  const std::int64_t magnitude = integer < 0 ? -integer : integer;
  const std::u32string written = plan6::decode_utf8(plan6::format_japanese_integer(magnitude));
  const auto back = plan6::read_numeral(written, 0);
  if (!back || back->end != written.size() || back->overflow || back->integer != magnitude)
    __builtin_trap();
  if (std::isfinite(real) && std::fabs(real) < 9.2e18) {  // (larger: std::out_of_range)
    const std::u32string text =
        plan6::decode_utf8(plan6::format_japanese_number(std::fabs(real), "", decimals));
    const auto number = plan6::read_numeral(text, 0);
    if (!number || number->end != text.size()) __builtin_trap();
    const double expected = std::fabs(real);
    const double places = expected >= 1e5 ? 0 : decimals;  // decimals only below 100,000
    const double tolerance = 0.5 * std::pow(10.0, -places) + expected * 1e-15;
    if (!number->overflow && std::fabs(number->value - expected) > tolerance) __builtin_trap();
  }
  return 0;
}
