#include "text/number_columns.hpp"

#include "plan6/common/utf8.hpp"
#include "plan6/text/number_kind.hpp"

namespace plan6::python {
namespace {

py::list kind_names() {
  py::list out;
  for (int k = 0; k < number_kind_count; ++k)
    out.append(py::str(std::string(number_kind_name(static_cast<number_kind>(k)))));
  return out;
}

}  // namespace

number_columns::number_columns(bool wide, bool with_text)
    : wide_(wide),
      with_text_(with_text),
      start_(wide),
      end_(wide),
      number_start_(wide),
      number_end_(wide) {}

void number_columns::add(const number_mention& m, std::u32string_view expression,
                         std::u32string_view unit_written) {
  start_.push(m.start), end_.push(m.end);
  number_start_.push(m.number_start), number_end_.push(m.number_end);
  value_.push_back(m.value);
  kind_.push_back(static_cast<std::int8_t>(m.kind));
  unit_.push_back(units_.code(m.unit));
  unit_ja_.push_back(written_.code(std::u32string(unit_written)));
  flags_.push_back(m.flags);
  if (with_text_) {
    if (text_ends_.size() == 0) text_ends_.push_back(0);
    for (const char c : encode_utf8(expression))
      text_.push_back(static_cast<std::uint8_t>(c));
    text_ends_.push_back(static_cast<std::int64_t>(text_.size()));
  }
}

py::dict number_columns::release() {
  py::dict out;
  out["start"] = start_.release();
  out["end"] = end_.release();
  out["number_start"] = number_start_.release();
  out["number_end"] = number_end_.release();
  out["value"] = value_.release();
  out["kind"] = kind_.release();
  out["kind_names"] = kind_names();
  out["unit"] = unit_.release();
  py::list unit_names;
  for (const std::string_view name : units_.words())
    unit_names.append(py::str(std::string(name)));
  out["unit_names"] = unit_names;
  out["unit_ja"] = unit_ja_.release();
  py::list written_names;
  for (const std::u32string& name : written_.words())
    written_names.append(py::str(encode_utf8(name)));
  out["unit_ja_names"] = written_names;
  out["flags"] = flags_.release();
  if (with_text_) {
    if (text_ends_.size() == 0) text_ends_.push_back(0);
    out["text_utf8"] = text_.release();
    out["text_offsets"] = text_ends_.release();
  }
  return out;
}

}  // namespace plan6::python
