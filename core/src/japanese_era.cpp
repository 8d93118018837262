#include "plan6/japanese_era.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <fmt/format.h>

namespace plan6 {
namespace {

constexpr std::array<japanese_era, 5> eras{{
    {"明治", "Meiji", 'M', 1868, 10, 23},
    {"大正", "Taisho", 'T', 1912, 7, 30},
    {"昭和", "Showa", 'S', 1926, 12, 25},
    {"平成", "Heisei", 'H', 1989, 1, 8},
    {"令和", "Reiwa", 'R', 2019, 5, 1},
}};

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::size_t index_of(const japanese_era& era) {
  for (std::size_t i = 0; i < eras.size(); ++i) {
    if (&eras[i] == &era) return i;
  }
  throw std::invalid_argument("not one of plan6's Japanese eras");
}

}  // namespace

const std::array<japanese_era, 5>& japanese_eras() noexcept {
  return eras;
}

era_year to_era(const boost::gregorian::date& date) {
  if (date.is_special()) throw std::out_of_range("not a valid date");
  for (auto it = eras.rbegin(); it != eras.rend(); ++it) {
    if (date >= it->start()) return {*it, date.year() - it->first_year + 1};
  }
  throw std::out_of_range(
      fmt::format("{} is before the Meiji era (明治, from 1868-10-23)", iso_date(date)));
}

const japanese_era& find_era(std::string_view name_or_letter) {
  for (const japanese_era& era : eras) {
    if (name_or_letter == era.name || equals_ignoring_ascii_case(name_or_letter, era.romaji) ||
        equals_ignoring_ascii_case(name_or_letter, std::string_view(&era.letter, 1))) {
      return era;
    }
  }
  throw std::invalid_argument(fmt::format(
      "unknown Japanese era '{}': expected 明治, 大正, 昭和, 平成 or 令和 (or M, T, S, H, R)",
      name_or_letter));
}

int gregorian_year(const japanese_era& era, int year, bool lenient) {
  if (year < 1) {
    throw std::invalid_argument(
        fmt::format("{}{}年 does not exist: era years start at 1 (元年)", era.name, year));
  }
  const std::size_t i = index_of(era);
  if (!lenient && i + 1 < eras.size()) {
    const int last_year = eras[i + 1].first_year - era.first_year + 1;
    if (year > last_year) {
      throw std::invalid_argument(fmt::format(
          "{}{}年 is past the end of {} (its last year is {}{}年 = {}); pass lenient=True to "
          "count on as some documents do",
          era.name, year, era.name, era.name, last_year, eras[i + 1].first_year));
    }
  }
  return era.first_year + year - 1;
}

}  // namespace plan6
