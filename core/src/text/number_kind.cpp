#include "plan6/text/number_kind.hpp"

namespace plan6 {

std::string_view number_kind_name(number_kind kind) noexcept {
  switch (kind) {
    case number_kind::quantity:
      return "quantity";
    case number_kind::bare:
      return "bare";
    case number_kind::date:
      return "date";
    case number_kind::fiscal_year:
      return "fiscal_year";
    case number_kind::year:
      return "year";
    case number_kind::time:
      return "time";
    case number_kind::duration:
      return "duration";
    case number_kind::ordinal:
      return "ordinal";
    case number_kind::list_marker:
      return "list_marker";
    case number_kind::name:
      return "name";
    case number_kind::word:
      return "word";
  }
  return "bare";
}

}  // namespace plan6
