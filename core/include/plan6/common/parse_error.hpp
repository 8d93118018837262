#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace plan6 {

/**
 * Text that cannot be read as what was asked for (a fiscal year, an era date, a number).
 * `position()` is the offset of the offending part in code points, or npos when the whole
 * text is at fault. The Python binding raises it as plan6.ParseError, a ValueError.
 */
class parse_error : public std::invalid_argument {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  explicit parse_error(const std::string& message, std::size_t position = npos)
      : std::invalid_argument(message), position_(position) {}

  std::size_t position() const noexcept { return position_; }

 private:
  std::size_t position_;
};

}  // namespace plan6
