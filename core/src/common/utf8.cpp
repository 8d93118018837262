#include "plan6/common/utf8.hpp"

#include <fmt/format.h>

#include "plan6/common/parse_error.hpp"

namespace plan6 {
namespace {

[[noreturn]] void invalid_at(std::size_t offset, const char* why) {
  throw parse_error(fmt::format("invalid UTF-8 at byte offset {}: {}", offset, why), offset);
}

}  // namespace

std::u32string decode_utf8(std::string_view text, std::size_t offset) {
  // Sized once and written through a pointer: the hot loop of scanning large texts.
  std::u32string out(text.size(), U'\0');
  char32_t* dst = out.data();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      *dst++ = lead;
      ++i;
      continue;
    }
    // The common case of Japanese text: a well-formed three-byte sequence.
    if ((lead & 0xF0) == 0xE0 && i + 2 < n && (bytes[i + 1] & 0xC0) == 0x80 &&
        (bytes[i + 2] & 0xC0) == 0x80) {
      const char32_t code = (static_cast<char32_t>(lead & 0x0F) << 12) |
                            (static_cast<char32_t>(bytes[i + 1] & 0x3F) << 6) |
                            (bytes[i + 2] & 0x3F);
      if (code >= 0x800 && (code < 0xD800 || code > 0xDFFF)) {
        *dst++ = code;
        i += 3;
        continue;
      }
    }
    std::size_t length = 0;
    char32_t code = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
      length = 2, code = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, code = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, code = lead & 0x07, minimum = 0x10000;
    } else {
      invalid_at(offset + i, "not a leading byte");
    }
    if (i + length > n) invalid_at(offset + i, "truncated sequence");
    for (std::size_t k = 1; k < length; ++k) {
      const unsigned char next = bytes[i + k];
      if ((next & 0xC0) != 0x80) invalid_at(offset + i, "missing continuation byte");
      code = (code << 6) | (next & 0x3F);
    }
    if (code < minimum) invalid_at(offset + i, "overlong encoding");
    if (code >= 0xD800 && code <= 0xDFFF) invalid_at(offset + i, "surrogate code point");
    if (code > 0x10FFFF) invalid_at(offset + i, "code point above U+10FFFF");
    *dst++ = code;
    i += length;
  }
  out.resize(static_cast<std::size_t>(dst - out.data()));
  return out;
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (const char32_t c : text) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

}  // namespace plan6
