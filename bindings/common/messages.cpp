#include "pybind11.hpp"

#include "common/messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "plan6/common/utf8.hpp"

namespace plan6::python {
namespace {

/** Longer unquoted runs are cut too: they hold text only when quotes were unbalanced (the
 * caller's text held an apostrophe). The longest of plan6's own message texts is ~120. */
constexpr std::size_t plain_width = 300;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

/** [first, first + width) of `size` code points, centred on `at` where possible. */
std::size_t window_start(std::size_t size, std::size_t at, std::size_t width) {
  if (size <= width) return 0;
  const std::size_t centre = std::min(at, size);
  const std::size_t first = centre > width / 2 ? centre - width / 2 : 0;
  return std::min(first, size - width);
}

/** The cut part itself, with "…" where it was cut. */
std::u32string cut(std::u32string_view part, std::size_t at, std::size_t width) {
  const std::size_t first = window_start(part.size(), at, width);
  std::u32string out;
  if (first > 0) out += U'…';
  out += part.substr(first, width);
  if (first + width < part.size()) out += U'…';
  return out;
}

/** 1000005 as "1,000,005". */
std::string count(std::size_t n) {
  std::string digits = std::to_string(n);
  for (std::size_t at = digits.size(); at > 3; at -= 3)
    digits.insert(at - 3, ",");
  return digits;
}

}  // namespace

std::string quote_window(std::u32string_view text, std::size_t at) {
  if (text.size() <= quote_width) return "'" + encode_utf8(text) + "'";
  const std::size_t first = window_start(text.size(), at, quote_width);
  return fmt::format("'{}' (code points {}–{} of {})", encode_utf8(cut(text, at, quote_width)),
                     count(first), count(first + quote_width), count(text.size()));
}

std::string clip_message(std::string_view message, std::size_t position) {
  if (message.size() <= quote_width) return std::string(message);
  std::u32string text;
  try {
    text = decode_utf8(message);
  } catch (const std::exception&) {
    return std::string(message.substr(0, plain_width)) + "…";  // not ours to repair
  }
  std::u32string out;
  std::size_t longest = 0;  // the longest quoted part that was cut, said once at the end
  bool inside = false;
  for (std::size_t from = 0;;) {
    std::size_t to = text.find(U'\'', from);
    if (to == std::u32string::npos) to = text.size();
    const std::u32string_view part = std::u32string_view(text).substr(from, to - from);
    const std::size_t width = inside ? quote_width : plain_width;
    // (+2: a window quote_window made, with its "…" at both ends, is not cut again)
    if (part.size() > width + 2) {
      out += cut(part, inside && position != npos ? position : 0, width);
      if (inside) longest = std::max(longest, part.size());
    } else {
      out += part;
    }
    if (to == text.size()) break;
    out += U'\'';
    inside = !inside;
    from = to + 1;
  }
  std::string clipped = encode_utf8(out);
  if (longest > 0) {
    clipped += fmt::format(
        " (the text quoted is {} code points long; shown: {} of them{})", count(longest),
        quote_width, position == npos ? std::string() : ", around code point " + count(position));
  }
  return clipped;
}

}  // namespace plan6::python
