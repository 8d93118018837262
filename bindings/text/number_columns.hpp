#pragma once
// The columns of scan_numbers, built as mentions settle: compact types (int32 spans while the
// text has fewer than 2^31 code points, int8 kinds, units as codes into one string table each,
// the expressions' text as one UTF-8 table), so that a scan costs about 50 bytes per mention
// found and nothing per code point.

#include "pybind11.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "plan6/text/number_scanner.hpp"

namespace plan6::python {

/**
 * A column grown with realloc, which moves large blocks by remapping their pages (no copy,
 * no second block while growing), and handed to numpy as it is: what is resident is about
 * the column itself, where a std::vector copied into an array holds it two or three times.
 */
template <typename T>
class growing_column {
  static_assert(std::is_trivially_copyable_v<T>);
  struct free_memory {
    void operator()(T* p) const noexcept { std::free(p); }
  };

 public:
  void push_back(T value) {
    if (size_ == capacity_) grow();
    data_.get()[size_++] = value;
  }
  std::size_t size() const noexcept { return size_; }
  /** The values as a numpy array that owns them; the column is empty afterwards. */
  py::array_t<T> release() {
    if (!data_) grow();
    T* data = data_.get();
    py::capsule owner(data, [](void* p) { std::free(p); });
    data_.release();  // now the capsule's
    const auto size = static_cast<py::ssize_t>(size_);
    size_ = capacity_ = 0;
    return py::array_t<T>({size}, {static_cast<py::ssize_t>(sizeof(T))}, data, owner);
  }

 private:
  void grow() {
    const std::size_t capacity = std::max<std::size_t>(1024, 2 * capacity_);
    void* moved = std::realloc(data_.get(), capacity * sizeof(T));
    if (moved == nullptr) throw std::bad_alloc();
    data_.release();  // realloc has freed or kept it: `moved` is the block now
    data_.reset(static_cast<T*>(moved));
    capacity_ = capacity;
  }
  std::unique_ptr<T, free_memory> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
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
  growing_column<std::int32_t> narrow_values_;
  growing_column<std::int64_t> wide_values_;
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
  growing_column<double> value_;
  growing_column<std::int8_t> kind_;
  growing_column<std::int32_t> unit_, unit_ja_;
  growing_column<std::uint32_t> flags_;
  growing_column<std::uint8_t> text_;       // the expressions in UTF-8, one after the other
  growing_column<std::int64_t> text_ends_;  // where each ends in text_ (0 first)
  string_table<std::string_view> units_;
  string_table<std::u32string> written_;
};

}  // namespace plan6::python
