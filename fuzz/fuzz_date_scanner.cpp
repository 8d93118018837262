// libFuzzer target: the calendar's readers of text — the date scanner over running text, and
// one fiscal year or one date mention read on its own — on arbitrary bytes, with the options
// (the fiscal year the text is about, the calendar's first day, lenient) from the first bytes.
// Invariants: mentions are in order, inside the text and do not overlap; every day they place
// lies in 1400–9999 with the first not after the last; a fiscal year read is in 1400–9998,
// or kept with its problem and no days in running text;
// failures are plan6::parse_error (never another exception) with a position inside the text.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "plan6/calendar/date_scanner.hpp"
#include "plan6/calendar/fiscal_calendar.hpp"
#include "plan6/calendar/fiscal_year_text.hpp"
#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"

namespace {

void check_position(const plan6::parse_error& error, std::size_t size) {
  if (error.position() != plan6::parse_error::npos && error.position() > size) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  plan6::scan_options options;
  if (data[0] & 1) options.fiscal_year = 1980 + data[0] % 64;  // some texts have no year
  options.lenient = (data[0] & 0x80) != 0;
  const int month = 1 + data[1] % 12;
  options.calendar =
      plan6::fiscal_calendar(month, 1 + data[2] % 28,
                             data[1] & 0x80 ? plan6::fiscal_year_naming::by_end_year
                                            : plan6::fiscal_year_naming::by_start_year);
  const std::string_view bytes(reinterpret_cast<const char*>(data + 3), size - 3);
  std::u32string text;
  try {
    text = plan6::decode_utf8(bytes);
  } catch (const plan6::parse_error&) {
    return 0;
  }
  std::size_t previous_end = 0;
  for (const plan6::date_mention& m : plan6::scan_dates(text, options)) {
    if (m.begin < previous_end || m.end <= m.begin || m.end > text.size()) __builtin_trap();
    previous_end = m.end;
    if (m.first && m.last && *m.last < *m.first) __builtin_trap();
    if (m.first && (m.first->year() < 1400 || m.first->year() > 9999)) __builtin_trap();
    // A fiscal year written outside 1400–9998 (1006年度) is kept as written with its problem
    // and no days, as a year is (1006年): never placed silently.
    if (m.fiscal_year && (*m.fiscal_year < 1400 || *m.fiscal_year > 9998) &&
        (m.problem.empty() || m.first || m.last))
      __builtin_trap();
  }
  // One form on its own: a short prefix, as a cell or a column header gives it.
  const std::u32string head = text.substr(0, 24);
  const std::string utf8 = plan6::encode_utf8(head);
  try {
    plan6::fiscal_year_context context;
    context.fiscal_year = options.fiscal_year;
    context.lenient = options.lenient;
    const auto reading = plan6::parse_fiscal_year(utf8, context);
    if (reading.fiscal_year && (*reading.fiscal_year < 1400 || *reading.fiscal_year > 9998))
      __builtin_trap();
    if (reading.end > head.size() || reading.begin > reading.end) __builtin_trap();
    plan6::fiscal_year_format format;
    if (reading.fiscal_year && reading.fiscal_year <= 3017) {
      // what is read is written back and read again to the same year
      const std::string written = plan6::format_fiscal_year(*reading.fiscal_year, format);
      if (plan6::parse_fiscal_year(written, {}).fiscal_year != reading.fiscal_year)
        __builtin_trap();
    }
  } catch (const plan6::parse_error& error) {
    check_position(error, head.size());
  }
  try {
    const plan6::date_mention mention = plan6::read_date_mention(head, options);
    if (mention.end > head.size()) __builtin_trap();
  } catch (const plan6::parse_error& error) {
    check_position(error, head.size());
  }
  return 0;
}
