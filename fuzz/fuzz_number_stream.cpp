// libFuzzer target: the bounded-memory number stream against the whole-text scan. The first
// two bytes choose the chunk size (in bytes, so chunks cut UTF-8 sequences and numbers) and
// the piece size (small, so that a short input is spliced several times); the rest is the
// text. Invariant: the stream's mentions are those of plan6::scan_numbers of the whole text,
// in every field, with the same expression text and written unit; invalid UTF-8 is an error
// at the same byte offset as decode_utf8 names.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"
#include "plan6/text/number_scanner.hpp"
#include "plan6/text/number_stream.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::size_t chunk = 1 + data[0] % 64;
  const std::size_t piece = 256 + std::size_t{data[1]} * 8;
  const std::string_view bytes(reinterpret_cast<const char*>(data + 2), size - 2);
  std::u32string text;
  std::size_t bad_at = plan6::parse_error::npos;
  try {
    text = plan6::decode_utf8(bytes);
  } catch (const plan6::parse_error& error) {
    bad_at = error.position();
  }
  std::vector<plan6::number_mention> streamed;
  std::vector<std::u32string> units;
  plan6::number_stream stream(piece, 32);
  const plan6::mention_sink sink = [&](const plan6::number_mention& m,
                                       std::u32string_view expression, std::u32string_view unit) {
    if (expression.size() != m.end - m.start) __builtin_trap();
    streamed.push_back(m);
    units.emplace_back(unit);
  };
  try {
    for (std::size_t at = 0; at < bytes.size(); at += chunk)
      stream.feed_utf8(bytes.substr(at, chunk), sink);
    stream.finish(sink);
  } catch (const plan6::parse_error& error) {
    // a cut sequence at the very end is named where it starts; decode_utf8 may name a byte of it
    if (bad_at == plan6::parse_error::npos || error.position() > bad_at ||
        bad_at - error.position() > 3)
      __builtin_trap();
    return 0;
  }
  if (bad_at != plan6::parse_error::npos) __builtin_trap();
  const auto whole = plan6::scan_numbers(text);
  if (whole.size() != streamed.size()) __builtin_trap();
  for (std::size_t k = 0; k < whole.size(); ++k) {
    if (!plan6::same_mention(whole[k], streamed[k])) __builtin_trap();
    if (units[k] != plan6::written_unit(text, whole[k])) __builtin_trap();
  }
  return 0;
}
