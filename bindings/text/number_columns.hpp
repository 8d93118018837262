#pragma once
// The columns of scan_numbers, built as mentions settle: compact types (int32 spans while the
// text has fewer than 2^31 code points, int8 kinds, units as codes into one string table each,
// the expressions' text as one UTF-8 table), so that a scan costs about 50 bytes per mention
// found and nothing per code point.

#include "pybind11.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "plan6/text/number_scanner.hpp"

namespace plan6::python {

/**
 * A column grown in blocks of 64Ki values and copied once into a numpy array of its exact
 * size: at most twice the column is held, where a doubling vector holds three times it while
 * it grows.
 */
template <typename T>
class chunked_column {
 public:
  void push_back(T value) {
    if (blocks_.empty() || blocks_.back().size() == block_size) {
      blocks_.emplace_back();
      blocks_.back().reserve(block_size);
    }
    blocks_.back().push_back(value);
    ++size_;
  }
  std::size_t size() const noexcept { return size_; }
  /** The values as a numpy array; the column is empty afterwards. */
  py::array_t<T> release() {
    py::array_t<T> out(static_cast<py::ssize_t>(size_));
    T* to = out.mutable_data();
    for (std::vector<T>& block : blocks_) {
      to = std::copy(block.begin(), block.end(), to);
      block = {};
    }
    blocks_.clear();
    size_ = 0;
    return out;
  }

 private:
  static constexpr std::size_t block_size = std::size_t{1} << 16;
  std::vector<std::vector<T>> blocks_;
  std::size_t size_ = 0;
};

/** A column of code-point positions: int32 when every position fits, else int64. */
class span_column {
 public:
  explicit span_column(bool wide) : wide_(wide) {}
  void push(std::size_t pos) {
    if (wide_) {
      wide_values_.push_back(static_cast<std::int64_t>(pos));
    } else {
      narrow_values_.push_back(static_cast<std::int32_t>(pos));
    }
  }
  py::array release() {
    if (wide_) return wide_values_.release();
    return narrow_values_.release();
  }

 private:
  bool wide_;
  chunked_column<std::int32_t> narrow_values_;
  chunked_column<std::int64_t> wide_values_;
};

/** Strings interned as codes, so that a column crosses to Python as codes and one table. */
template <typename Key>
class string_table {
 public:
  std::int32_t code(const Key& s) {
    auto [it, inserted] = codes_.try_emplace(s, static_cast<std::int32_t>(words_.size()));
    if (inserted) words_.push_back(s);
    return it->second;
  }
  const std::vector<Key>& words() const noexcept { return words_; }

 private:
  std::unordered_map<Key, std::int32_t> codes_;
  std::vector<Key> words_;
};

/** The columns of settled mentions; `release()` hands them over and starts afresh. */
class number_columns {
 public:
  /** `wide`: positions may pass 2^31 (int64 spans); `with_text`: keep each expression. */
  number_columns(bool wide, bool with_text);

  void add(const number_mention& m, std::u32string_view expression,
           std::u32string_view unit_written);
  std::size_t size() const noexcept { return value_.size(); }

  /** The dict plan6.text.numbers reads (needs the GIL): with `with_text`, "text_utf8" (uint8)
   * and "text_offsets" (int64, one more than rows) hold the expressions. The string tables
   * are kept, so codes of later batches extend the same tables. */
  py::dict release();

 private:
  bool wide_;
  bool with_text_;
  span_column start_, end_, number_start_, number_end_;
  chunked_column<double> value_;
  chunked_column<std::int8_t> kind_;
  chunked_column<std::int32_t> unit_, unit_ja_;
  chunked_column<std::uint32_t> flags_;
  chunked_column<std::uint8_t> text_;       // the expressions in UTF-8, one after the other
  chunked_column<std::int64_t> text_ends_;  // where each ends in text_ (0 first)
  string_table<std::string_view> units_;
  string_table<std::u32string> written_;
};

}  // namespace plan6::python
