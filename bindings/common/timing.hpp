#pragma once
// Benchmark helpers: the C++ work alone, timed in C++ with the GIL released.

#include "pybind11.hpp"

#include "common/arguments.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <utility>

namespace plan6::python {

/**
 * Runs `work(utf8) -> count` `repeat` times on the UTF-8 of `text` without the GIL; returns
 * (seconds per run, count per run). Used by benchmarks/bench_text.py.
 */
template <typename Work>
std::pair<double, std::size_t> time_per_run(const py::object& text, int repeat, Work work) {
  const std::string utf8 = utf8_argument(text, "text");
  if (repeat < 1) throw py::value_error("repeat must be at least 1");
  py::gil_scoped_release nogil;
  std::size_t count = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < repeat; ++i)
    count += work(utf8);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  return {elapsed.count() / repeat, count / static_cast<std::size_t>(repeat)};
}

}  // namespace plan6::python
