#include "plan6/indicators/direction.hpp"

#include <stdexcept>

#include <fmt/format.h>

namespace plan6 {

direction parse_direction(std::string_view text) {
  if (text == "higher" || text == "higher_is_better" || text == "+") {
    return direction::higher_is_better;
  }
  if (text == "lower" || text == "lower_is_better" || text == "-") {
    return direction::lower_is_better;
  }
  throw std::invalid_argument(fmt::format("direction must be 'higher' or 'lower', not '{}'", text));
}

}  // namespace plan6
