#pragma once

#include <string>
#include <string_view>

namespace plan6 {

/**
 * Line breaks as the text parts read them: CR LF becomes space LF and a lone CR (old Mac
 * text) becomes LF. The length is kept, so every span found in `out` is a span of `text`.
 * Returns false, leaving `out` untouched, when `text` holds no CR (the common case: no copy).
 */
bool normalize_line_breaks(std::u32string_view text, std::u32string& out);

}  // namespace plan6
