#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "plan6/common/characters.hpp"

namespace plan6 {

/**
 * UTF-8 text at the boundary, code points inside. Python hands plan6 UTF-8 `str` data and
 * counts positions in code points, so the text parts decode once to UTF-32 and report every
 * span in code points: `text[start:end]` in Python is the same slice.
 */

/**
 * Decodes UTF-8. Throws plan6::parse_error naming the byte offset of the first invalid
 * sequence (overlong forms, surrogates, code points above U+10FFFF and truncated sequences
 * are invalid). `offset` is where `text` starts in a larger stream read piece by piece, added to
 * the offset named, so that the error points into the whole stream.
 */
std::u32string decode_utf8(std::string_view text, std::size_t offset = 0);

/** Encodes code points as UTF-8 (the input is trusted to hold valid code points). */
std::string encode_utf8(std::u32string_view text);

}  // namespace plan6
