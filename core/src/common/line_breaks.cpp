#include "plan6/common/line_breaks.hpp"

namespace plan6 {

bool normalize_line_breaks(std::u32string_view text, std::u32string& out) {
  if (text.find(U'\r') == std::u32string_view::npos) return false;
  out.assign(text);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i] == U'\r') out[i] = i + 1 < out.size() && out[i + 1] == U'\n' ? U' ' : U'\n';
  return true;
}

}  // namespace plan6
