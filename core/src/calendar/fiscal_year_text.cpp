#include "plan6/calendar/fiscal_year_text.hpp"

#include <array>
#include <cstdlib>
#include <stdexcept>

#include <fmt/format.h>

#include "plan6/calendar/date_lexer.hpp"
#include "plan6/common/characters.hpp"
#include "plan6/common/parse_error.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {
namespace {

constexpr std::size_t npos = std::u32string_view::npos;

constexpr std::array<std::string_view, 7> style_names{
    "gregorian_era", "era", "gregorian", "fy", "letter", "era_year", "relative"};

struct relative_form {
  std::u32string_view text;
  int offset;
};

// Longest first: 前々年度 before 前年度.
constexpr std::array<relative_form, 10> relative_forms{{
    {U"前々年度", -2},
    {U"一昨年度", -2},
    {U"前年度", -1},
    {U"昨年度", -1},
    {U"次年度", 1},
    {U"翌年度", 1},
    {U"来年度", 1},
    {U"今年度", 0},
    {U"本年度", 0},
    {U"当年度", 0},
}};

// Era years reach three digits only far ahead (令和100年 = 2118).
constexpr date_number_rules era_year_rules{3, true, true, true};
constexpr date_number_rules letter_year_rules{3, false, true, false};
constexpr date_number_rules gregorian_rules{4, true, false, false};
constexpr date_number_rules bare_year_rules{2, true, false, false};

/** Position after "年度" (a gap allowed before it and between 年 and 度), or npos. */
std::size_t read_nendo(std::u32string_view text, std::size_t pos) {
  const std::size_t at = skip_gap(text, pos);
  if (at == npos || !matches_at(text, at, U"年")) return npos;
  const std::size_t du = skip_gap(text, at + 1);
  if (du == npos || !matches_at(text, du, U"度")) return npos;
  return du + 1;
}

/** Position after an opening bracket (with gaps around it), or npos. */
std::size_t read_bracket(std::u32string_view text, std::size_t pos, bool open) {
  const std::size_t at = skip_gap(text, pos);
  if (at == npos || at >= text.size()) return npos;
  if (open ? !is_open_paren(text[at]) : !is_close_paren(text[at])) return npos;
  const std::size_t after = skip_gap(text, at + 1);
  return after == npos ? npos : after;
}

/** Position after a closing bracket and 年度 ("）年度" of 2012（平成24）年度), or npos. */
std::size_t read_closing_nendo(std::u32string_view text, std::size_t pos) {
  const std::size_t bracket = read_bracket(text, pos, /*open=*/false);
  return bracket == npos ? npos : read_nendo(text, bracket);
}

bool followed_by_digit(std::u32string_view text, std::size_t pos) {
  return pos < text.size() && digit_value(text[pos]) >= 0;
}

/** The pieces of one fiscal year, before any range or 以降. */
struct single_year {
  std::size_t end = 0;
  fiscal_year_style style = fiscal_year_style::gregorian;
  const japanese_era* era = nullptr;  // as written
  int era_year = 0;
  int gregorian = 0;  // as written, 0 when not
  int relative = 0;
};

std::string year_text(const japanese_era& era, int year) {
  return fmt::format("{}{}", era.name, year == 1 ? std::string("元") : std::to_string(year));
}

/**
 * Reads a year written as an era and a number after `era_end`: "24", "元", "２\n４". Returns the
 * number and its end.
 */
std::optional<date_number> read_era_number(std::u32string_view text, std::size_t era_end,
                                           bool letter) {
  std::size_t at = era_end;
  if (letter) {
    if (at < text.size() && fold_width(text[at]) == U'.') ++at;
  } else {
    at = skip_gap(text, at);
    if (at == npos) return std::nullopt;
  }
  auto number = read_date_number(text, at, letter ? letter_year_rules : era_year_rules);
  if (!number || followed_by_digit(text, number->end)) return std::nullopt;
  return number;
}

/** 前年度, 今年度, 次年度… at `pos`: a year counted from the context. */
std::optional<single_year> read_relative(std::u32string_view text, std::size_t pos) {
  for (const relative_form& form : relative_forms) {
    if (matches_at(text, pos, form.text)) {
      single_year year;
      year.end = pos + form.text.size();
      year.style = fiscal_year_style::relative;
      year.relative = form.offset;
      return year;
    }
  }
  return std::nullopt;
}

/** Whether "FY" (any width or case, not inside a Latin word) is at `pos`. */
bool fy_at(std::u32string_view text, std::size_t pos) {
  return (fold_width(text[pos]) == U'F' || fold_width(text[pos]) == U'f') &&
         pos + 1 < text.size() &&
         (fold_width(text[pos + 1]) == U'Y' || fold_width(text[pos + 1]) == U'y') &&
         !(pos > 0 && is_latin(text[pos - 1]));
}

/** FY2012 after the "FY" at `pos`. */
std::optional<single_year> read_fy(std::u32string_view text, std::size_t pos) {
  const std::size_t at = skip_inline_spaces(text, pos + 2);
  date_number_rules rules = gregorian_rules;
  rules.kanji = false;
  const auto number = read_date_number(text, at, rules);
  if (!number || number->digits != 4) return std::nullopt;
  single_year year;
  year.end = number->end;
  year.style = fiscal_year_style::fy;
  year.gregorian = number->value;
  return year;
}

/** 平成24年度, 平成24（2012）年度, H24 after the era name `era`. */
std::optional<single_year> read_era_first(std::u32string_view text, const era_name& era,
                                          const fiscal_year_context& context) {
  const auto number = read_era_number(text, era.end, era.letter);
  if (!number) return std::nullopt;
  single_year year;
  year.era = era.era;
  year.era_year = number->value;
  if (era.letter) {
    year.style = fiscal_year_style::letter;
    const std::size_t nendo = read_nendo(text, number->end);
    if (nendo != npos) {
      year.end = nendo;
    } else if (context.running_text) {
      return std::nullopt;  // "H24" alone in running text may be anything: a model, a size.
    } else {
      year.end = number->end;
    }
    return year;
  }
  const std::size_t bracket = read_bracket(text, number->end, /*open=*/true);
  if (bracket != npos) {
    const auto gregorian = read_date_number(text, bracket, gregorian_rules);
    if (!gregorian || gregorian->digits != 4) return std::nullopt;
    year.end = read_closing_nendo(text, gregorian->end);
    if (year.end == npos) return std::nullopt;
    year.style = fiscal_year_style::gregorian_era;
    year.gregorian = gregorian->value;
    return year;
  }
  year.end = read_nendo(text, number->end);
  if (year.end == npos) return std::nullopt;
  year.style = fiscal_year_style::era;
  return year;
}

/** 2012年度, 2012（平成24）年度, 24年度 at `pos`. */
std::optional<single_year> read_number_first(std::u32string_view text, std::size_t pos) {
  const auto number = read_date_number(text, pos, gregorian_rules);
  if (!number || number->digits == 3) return std::nullopt;
  single_year year;
  if (number->digits == 4) {
    year.gregorian = number->value;
    const std::size_t bracket = read_bracket(text, number->end, /*open=*/true);
    if (bracket != npos) {
      const auto era = read_era_name(text, bracket, /*letters=*/true);
      if (!era) return std::nullopt;
      const auto era_number = read_era_number(text, era->end, era->letter);
      if (!era_number) return std::nullopt;
      year.end = read_closing_nendo(text, era_number->end);
      if (year.end == npos) return std::nullopt;
      year.style = fiscal_year_style::gregorian_era;
      year.era = era->era;
      year.era_year = era_number->value;
      return year;
    }
    year.style = fiscal_year_style::gregorian;
  } else {
    const auto bare = read_date_number(text, pos, bare_year_rules);
    if (!bare) return std::nullopt;
    year.style = fiscal_year_style::era_year;
    year.era_year = bare->value;
  }
  year.end = read_nendo(text, number->end);
  if (year.end == npos) return std::nullopt;
  return year;
}

/** Reads one fiscal year (no range, no 以降) at `pos`. */
std::optional<single_year> read_single(std::u32string_view text, std::size_t pos,
                                       const fiscal_year_context& context) {
  if (pos >= text.size()) return std::nullopt;
  if (context.running_text) {
    if (auto relative = read_relative(text, pos)) return relative;
  }
  if (fy_at(text, pos)) return read_fy(text, pos);
  if (const auto era = read_era_name(text, pos, /*letters=*/true))
    return read_era_first(text, *era, context);
  return read_number_first(text, pos);
}

/**
 * "2011(H23)" or "平成23(2011)" opening a range whose 年度 comes once at its end
 * (2011(H23)〜2013(H25)年度): the year in brackets after `year`, which becomes a
 * gregorian_era year ending after the closing bracket. Leaves `year` as it is otherwise.
 */
void read_bracketed_partner(std::u32string_view text, single_year& year) {
  const std::size_t inside = read_bracket(text, year.end, /*open=*/true);
  if (inside == npos) return;
  single_year paired = year;
  std::size_t after = npos;
  if (year.era == nullptr) {
    const auto era = read_era_name(text, inside, /*letters=*/true);
    const auto number = era ? read_era_number(text, era->end, era->letter) : std::nullopt;
    if (!number) return;
    paired.era = era->era;
    paired.era_year = number->value;
    after = number->end;
  } else {
    const auto gregorian = read_date_number(text, inside, gregorian_rules);
    if (!gregorian || gregorian->digits != 4) return;
    paired.gregorian = gregorian->value;
    after = gregorian->end;
  }
  const std::size_t close = skip_gap(text, after);
  if (close == npos || close >= text.size() || !is_close_paren(text[close])) return;
  paired.style = fiscal_year_style::gregorian_era;
  paired.end = close + 1;
  year = paired;
}

/**
 * For a range "平成24～26年度": reads the first year up to the range mark (no 年度 yet), so
 * that the second part can supply it. Returns the single year whose end is before the mark.
 */
std::optional<single_year> read_range_start(std::u32string_view text, std::size_t pos) {
  single_year year;
  // H23～H25年度: a letter form opening a range is as clear as 平成23～25年度
  if (const auto era = read_era_name(text, pos, /*letters=*/true)) {
    const auto number = read_era_number(text, era->end, era->letter);
    if (!number) return std::nullopt;
    year.style = era->letter ? fiscal_year_style::letter : fiscal_year_style::era;
    year.era = era->era;
    year.era_year = number->value;
    year.end = number->end;
    read_bracketed_partner(text, year);
    return year;
  }
  const auto number = read_date_number(text, pos, gregorian_rules);
  if (!number || number->digits != 4 || followed_by_digit(text, number->end)) return std::nullopt;
  year.style = fiscal_year_style::gregorian;
  year.gregorian = number->value;
  year.end = number->end;
  read_bracketed_partner(text, year);
  return year;
}

/** Chooses the era of an era-less year: the caller's, the one nearest the context year, or
 * the one written last. */
const japanese_era* choose_era(int era_year, const fiscal_year_context& context) {
  if (context.era != nullptr) return context.era;
  if (context.fiscal_year) {
    const japanese_era* best = nullptr;
    int best_distance = 0;
    for (const japanese_era& era : japanese_eras()) {
      const japanese_era* next = next_era(era);
      const int last_year = next ? next->first_year - era.first_year + 1 : era_year;
      if (era_year > last_year) continue;
      const int distance = std::abs(era.first_year + era_year - 1 - *context.fiscal_year);
      if (best == nullptr || distance < best_distance) {
        best = &era;
        best_distance = distance;
      }
    }
    return best;
  }
  return context.recent_era;
}

/** Turns the pieces into a reading: chooses the era, checks the year, fills the problem. */
fiscal_year_reading resolve(const single_year& year, std::size_t begin,
                            const fiscal_year_context& context) {
  fiscal_year_reading reading;
  reading.begin = begin;
  reading.end = year.end;
  reading.style = year.style;
  reading.era = year.era;
  reading.era_year = year.era_year;
  reading.relative = year.relative;
  switch (year.style) {
    case fiscal_year_style::relative:
      if (context.fiscal_year) reading.fiscal_year = *context.fiscal_year + year.relative;
      break;
    case fiscal_year_style::fy:
    case fiscal_year_style::gregorian:
      reading.fiscal_year = year.gregorian;
      break;
    case fiscal_year_style::era_year:
      reading.era = choose_era(year.era_year, context);
      if (reading.era == nullptr) {
        reading.problem = fmt::format(
            "{}年度 has no era: give the era (era='平成') or the fiscal year the text is about",
            year.era_year);
        break;
      }
      [[fallthrough]];
    case fiscal_year_style::era:
    case fiscal_year_style::letter:
    case fiscal_year_style::gregorian_era:
      try {
        const int gregorian = gregorian_fiscal_year(*reading.era, year.era_year, context.lenient);
        if (year.style == fiscal_year_style::gregorian_era && gregorian != year.gregorian) {
          reading.problem =
              fmt::format("{}年 is {}, not {}: the two years of {}（{}）年度 disagree",
                          year_text(*reading.era, year.era_year), gregorian, year.gregorian,
                          year.gregorian, year_text(*reading.era, year.era_year));
        } else {
          reading.fiscal_year = gregorian;
        }
      } catch (const std::invalid_argument& error) {
        reading.problem = error.what();
      }
      break;
  }
  reading.last_fiscal_year = reading.fiscal_year;
  return reading;
}

/**
 * The end of a range of fiscal years: "26年度" after 平成24 is 平成26年度, and "13年度" after 2011
 * is 2013年度 (the last two digits).
 */
fiscal_year_reading resolve_range_end(const single_year& start, const single_year& second,
                                      std::size_t at, const fiscal_year_context& context) {
  fiscal_year_context inner = context;
  if (start.era != nullptr) inner.era = start.era;
  if (second.style == fiscal_year_style::era_year && start.era == nullptr && start.gregorian != 0) {
    single_year completed = second;
    completed.style = fiscal_year_style::gregorian;
    completed.gregorian = start.gregorian - start.gregorian % 100 + second.era_year;
    if (completed.gregorian < start.gregorian) completed.gregorian += 100;
    return resolve(completed, at, inner);
  }
  return resolve(second, at, inner);
}

/** Position after 以降/以後 (with a gap before it), or npos. */
std::size_t read_onwards(std::u32string_view text, std::size_t pos) {
  const std::size_t at = skip_gap(text, pos);
  if (at == npos) return npos;
  if (matches_at(text, at, U"以降") || matches_at(text, at, U"以後")) return at + 2;
  return npos;
}

}  // namespace

std::string_view style_name(fiscal_year_style style) noexcept {
  return style_names[static_cast<std::size_t>(style)];
}

fiscal_year_style style_from_name(std::string_view name) {
  for (std::size_t i = 0; i < style_names.size(); ++i) {
    if (name == style_names[i]) return static_cast<fiscal_year_style>(i);
  }
  throw std::invalid_argument(
      fmt::format("unknown fiscal year style '{}': expected gregorian_era, era, gregorian, fy, "
                  "letter or era_year",
                  name));
}

std::optional<fiscal_year_reading> read_fiscal_year(std::u32string_view text, std::size_t pos,
                                                    const fiscal_year_context& context) {
  if (pos >= text.size() || continues_number(text, pos)) return std::nullopt;
  std::optional<single_year> first = read_single(text, pos, context);
  std::optional<fiscal_year_reading> range_end;
  if (!first) {
    // 平成24～26年度, 2011～2013年度: the first year has no 年度 of its own.
    const auto start = read_range_start(text, pos);
    if (!start) return std::nullopt;
    std::size_t at = skip_gap(text, start->end);
    if (at == npos) return std::nullopt;
    const auto mark = read_range_mark(text, at);
    if (!mark) return std::nullopt;
    at = skip_gap(text, *mark);
    if (at == npos) return std::nullopt;
    const auto second = read_single(text, at, context);
    if (!second || second->style == fiscal_year_style::relative) return std::nullopt;
    first = start;
    range_end = resolve_range_end(*start, *second, at, context);
  }
  fiscal_year_reading reading = resolve(*first, pos, context);
  if (!range_end) {
    // 2011年度～2013年度
    std::size_t at = skip_gap(text, reading.end);
    const auto mark = at == npos ? std::nullopt : read_range_mark(text, at);
    if (mark && read_onwards(text, reading.end) == npos) {
      at = skip_gap(text, *mark);
      if (at != npos && !continues_number(text, at)) {
        const auto second = read_single(text, at, context);
        if (second && second->style != fiscal_year_style::relative) {
          range_end = resolve_range_end(*first, *second, at, context);
        }
      }
    }
  }
  if (range_end) {
    reading.is_range = true;
    reading.end = range_end->end;
    reading.last_fiscal_year = range_end->fiscal_year;
    if (reading.problem.empty() && !range_end->problem.empty()) {
      reading.problem = range_end->problem;
      reading.fiscal_year.reset();
    }
    if (reading.problem.empty() && reading.fiscal_year && reading.last_fiscal_year &&
        *reading.last_fiscal_year < *reading.fiscal_year) {
      reading.problem = fmt::format("the range of fiscal years ends ({}) before it starts ({})",
                                    *reading.last_fiscal_year, *reading.fiscal_year);
      reading.fiscal_year.reset();
    }
    if (!reading.fiscal_year) reading.last_fiscal_year.reset();
  }
  const std::size_t onwards = read_onwards(text, reading.end);
  if (onwards != npos) {
    reading.open_ended = true;
    reading.end = onwards;
    reading.last_fiscal_year.reset();
  }
  return reading;
}

fiscal_year_reading parse_fiscal_year(std::string_view utf8, const fiscal_year_context& context) {
  const std::u32string text = decode_utf8(utf8);
  const auto [begin, end] = trim_bounds(text);
  const std::u32string_view view(text.data(), end);
  const std::string quoted = encode_utf8(view.substr(begin));
  fiscal_year_context single = context;
  single.running_text = false;
  const auto reading = read_fiscal_year(view, begin, single);
  if (!reading) {
    // "天平3年度": two or more ideographs before the year are an era plan6 does not know.
    std::size_t digits = begin;
    while (digits < end && (text[digits] >= U'\u4e00' && text[digits] <= U'\u9fff') &&
           !is_kanji_numeral(text[digits]) && text[digits] != U'元') {
      ++digits;
    }
    if (digits - begin >= 2 && digits < end && !read_era_name(view, begin, false) &&
        (digit_value(text[digits]) >= 0 || is_kanji_numeral(text[digits]) ||
         text[digits] == U'元')) {
      throw parse_error(
          fmt::format("'{}': unknown Japanese era '{}': expected 明治, 大正, 昭和, 平成 or 令和 "
                      "(or M, T, S, H, R)",
                      quoted, encode_utf8(view.substr(begin, digits - begin))),
          begin);
    }
    const std::size_t nen = view.find(U'年', begin);
    if (nen != npos && read_nendo(view, nen) == npos) {
      throw parse_error(
          fmt::format("'{}' is a calendar year, not a fiscal year (年度): a fiscal year is "
                      "written like 平成24年度, 2012年度 or FY2012",
                      quoted),
          nen);
    }
    throw parse_error(fmt::format("'{}' is not a fiscal year: expected a form such as "
                                  "平成24年度, 2012（平成24）年度, 24年度, H24, R6, 令和元年度, "
                                  "FY2012 or 2012年度",
                                  quoted),
                      begin);
  }
  if (!reading->problem.empty()) {
    throw parse_error(fmt::format("'{}': {}", quoted, reading->problem), reading->begin);
  }
  if (reading->end != end) {
    const std::size_t at = skip_gap(view, reading->end);
    if (at != npos && at < end && view[at] == U'年') {
      throw parse_error(
          fmt::format("'{}' is a calendar year, not a fiscal year (年度): a fiscal year is "
                      "written like 平成24年度, 2012年度 or FY2012",
                      quoted),
          at);
    }
    throw parse_error(fmt::format("'{}' has '{}' after the fiscal year", quoted,
                                  encode_utf8(view.substr(reading->end))),
                      reading->end);
  }
  if (reading->is_range) {
    throw parse_error(fmt::format("'{}' is a range of fiscal years: parse_fiscal_year reads "
                                  "one (scan_dates reads ranges)",
                                  quoted),
                      reading->begin);
  }
  return *reading;
}

namespace {

// The fiscal year as the style writes it, without 以降.
std::string fiscal_year_words(int fiscal_year, const fiscal_year_format& format) {
  auto number = [&](int value) {
    const std::string ascii = std::to_string(value);
    if (!format.fullwidth_digits) return ascii;
    std::string wide;
    for (const char c : ascii) {
      wide += encode_utf8(std::u32string(1, static_cast<char32_t>(U'０' + (c - '0'))));
    }
    return wide;
  };
  auto era_number = [&](int value) {
    return value == 1 && format.gannen ? std::string("元") : number(value);
  };
  // only the styles that name the era ask for it: a year before 明治 has none
  const auto era = [fiscal_year] { return written_era_of_fiscal_year(fiscal_year); };
  switch (format.style) {
    case fiscal_year_style::gregorian_era:
      return fmt::format("{}（{}{}）年度", number(fiscal_year), era().era.name,
                         era_number(era().year));
    case fiscal_year_style::era:
      return fmt::format("{}{}年度", era().era.name, era_number(era().year));
    case fiscal_year_style::gregorian:
      return fmt::format("{}年度", number(fiscal_year));
    case fiscal_year_style::fy:
      return fmt::format("FY{}", number(fiscal_year));
    case fiscal_year_style::letter:
      return fmt::format("{}{}", era().era.letter, number(era().year));
    case fiscal_year_style::era_year:
      return fmt::format("{}年度", era_number(era().year));
    case fiscal_year_style::relative:
      break;
  }
  throw std::invalid_argument("the relative style (前年度, 次年度) is read, not written");
}

}  // namespace

std::string format_fiscal_year(int fiscal_year, const fiscal_year_format& format) {
  if (fiscal_year < 1400 || fiscal_year > last_fiscal_year) {
    throw std::out_of_range(
        fmt::format("fiscal year {} is outside the years 1400-{}", fiscal_year, last_fiscal_year));
  }
  std::string out = fiscal_year_words(fiscal_year, format);
  if (format.open_ended) out += "以降";
  return out;
}

}  // namespace plan6
