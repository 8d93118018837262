#include "plan6/text/number_kind.hpp"

#include <array>

namespace plan6 {
namespace {

// Indexed by the kind's value, in the enum's order.
constexpr std::array<std::string_view, number_kind_count> names = {
    "quantity", "bare",    "date",        "fiscal_year", "year", "time",
    "duration", "ordinal", "list_marker", "name",        "word"};

static_assert(static_cast<std::size_t>(number_kind::word) + 1 == names.size(),
              "one name per kind, in the enum's order");

}  // namespace

std::string_view number_kind_name(number_kind kind) noexcept {
  const auto k = static_cast<std::size_t>(kind);
  return k < names.size() ? names[k] : "bare";
}

}  // namespace plan6
