#pragma once
// Error messages that quote the caller's text quote a window of it, never all of it: a 1 MB
// argument must not make a 1 MB message (nor hide the fault in the middle of one).

#include <cstddef>
#include <string>
#include <string_view>

namespace plan6::python {

/** The most code points of the caller's text a message quotes. */
inline constexpr std::size_t quote_width = 60;

/**
 * `text` quoted for a message: whole when it is at most quote_width code points, else the
 * quote_width code points around `at` (a position in `text`) with "…" where it is cut and its
 * length said: '…abc1.2.3def…' (code points 970–1,030 of 1,000,005).
 */
std::string quote_window(std::u32string_view text, std::size_t at);

/**
 * `message` with every quoted part ('…') longer than quote_width code points cut to the
 * window around `position` (the fault's offset in the text it quotes, as plan6::parse_error
 * carries it; npos for none), and any unquoted run longer than a few hundred code points cut.
 * For messages built where the text itself is no longer known (the core's).
 */
std::string clip_message(std::string_view message, std::size_t position);

}  // namespace plan6::python
